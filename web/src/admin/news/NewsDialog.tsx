import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { getNews, type News } from '../../api/admin.ts';
import type { SearchOptions } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { Fact, Facts } from '../../kit/Facts.tsx';
import { formatDateTime, formatNumber } from '../../kit/format.ts';
import { UserText, useWrittenIn } from '../../kit/UserText.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { AudienceSummary } from './audience.tsx';

/** One sent news item in full, with the latest counts of who got and read it. */
export function NewsDialog({
  kommunenummer,
  news,
  options,
  onClose,
}: {
  kommunenummer: string;
  news: News | undefined;
  options: SearchOptions | undefined;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const written = useWrittenIn();
  const language = currentLanguage();
  const titleId = useId();
  const newsId = news?.id;
  // The latest counts: providers may have read it since the list was loaded.
  const fresh = useLoad(newsId ? (signal) => getNews(kommunenummer, newsId, signal) : undefined, [
    kommunenummer,
    newsId,
  ]);
  const shown = news && fresh.data?.id === news.id ? fresh.data : news;

  return (
    <Dialog
      open={news !== undefined}
      onClose={onClose}
      closedby="any"
      closeButton={t('adminNews.details.close')}
      aria-labelledby={titleId}
      className="news-dialog"
    >
      {shown && (
        <div className="dialog-body">
          <Heading level={2} data-size="sm" id={titleId}>
            <UserText>{shown.subject}</UserText>
          </Heading>
          <Facts>
            <Fact label={t('adminNews.details.sentAt')}>{formatDateTime(shown.sentAt, language)}</Fact>
            <Fact label={t('adminNews.details.sentBy')}>{shown.sentBy}</Fact>
            <Fact label={t('adminNews.details.audience')}>
              <AudienceSummary audience={shown.audience} options={options} />
            </Fact>
            <Fact label={t('adminNews.details.recipients')}>{formatNumber(shown.recipientCount, language)}</Fact>
            <Fact label={t('adminNews.details.emailed')}>{formatNumber(shown.emailCount, language)}</Fact>
            <Fact label={t('adminNews.details.read')}>
              {t('adminNews.list.readOf', {
                read: formatNumber(shown.readCount, language),
                total: formatNumber(shown.recipientCount, language),
              })}
            </Fact>
          </Facts>
          {fresh.status === 'failed' && <ApiErrorAlert error={fresh.error} loginKind="staff" />}
          <Heading level={3} data-size="2xs">
            {t('adminNews.details.body')}
          </Heading>
          <div className="news-body" {...written()}>
            {shown.body}
          </div>
          <div className="button-row">
            <Button variant="secondary" onClick={onClose}>
              {t('adminNews.details.close')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
