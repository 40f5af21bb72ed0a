import { Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listNews, type News } from '../../api/admin.ts';
import { getSearchOptions, type Membership } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { formatNumber } from '../../kit/format.ts';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { LoadStatus } from '../../kit/LoadStatus.tsx';
import { Pager } from '../../kit/Pager.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { AdminPage } from '../AdminPage.tsx';
import { ComposeForm } from './ComposeForm.tsx';
import { NewsDialog } from './NewsDialog.tsx';
import { NewsTable } from './NewsTable.tsx';

const PAGE_SIZE = 10;

/** "Nyheter til tilbydere": the municipality writes to all approved providers, or a chosen part of them. */
export function NewsPage() {
  const { t } = useTranslation();
  return (
    <AdminPage
      page="news"
      title={t('adminNews.title')}
      documentTitle={t('adminNews.documentTitle')}
      lead={t('adminNews.lead')}
    >
      {(membership) => <NewsAdmin membership={membership} />}
    </AdminPage>
  );
}

function NewsAdmin({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const k = membership.kommunenummer;
  const options = useLoad((signal) => getSearchOptions(k, signal), [k]);
  const [offset, setOffset] = useState(0);
  const sent = useLoad((signal) => listNews(k, { limit: PAGE_SIZE, offset }, signal), [k, offset]);
  const [lastSent, setLastSent] = useState<News>();
  const [shown, setShown] = useState<News>();

  function onSent(news: News) {
    setLastSent(news);
    if (offset === 0) sent.reload();
    else setOffset(0);
  }

  return (
    <>
      <LiveNotice
        message={
          lastSent &&
          t('adminNews.sent.done', {
            subject: lastSent.subject,
            count: formatNumber(lastSent.recipientCount, language),
          })
        }
      />

      <LoadStatus load={options} loginKind="staff" loading={t('adminNews.compose.loading')}>
        {(data) => <ComposeForm kommunenummer={k} options={data} onSent={onSent} />}
      </LoadStatus>

      <section aria-labelledby="news-sent" className="page-section">
        <Heading level={2} data-size="md" id="news-sent">
          {t('adminNews.list.title')}
        </Heading>
        {sent.status === 'failed' && <ApiErrorAlert error={sent.error} loginKind="staff" />}
        <NewsTable news={sent.data?.items} busy={sent.status === 'loading'} options={options.data} onShow={setShown} />
        {sent.data && (
          <Pager
            total={sent.data.total}
            limit={PAGE_SIZE}
            offset={offset}
            label={t('adminNews.list.paging')}
            onChange={setOffset}
          />
        )}
      </section>

      <NewsDialog
        kommunenummer={k}
        news={shown}
        options={options.data}
        onClose={() => {
          setShown(undefined);
          sent.reload();
        }}
      />
    </>
  );
}
