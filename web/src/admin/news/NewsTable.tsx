import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { News } from '../../api/admin.ts';
import type { SearchOptions } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatDateTime, formatNumber } from '../../kit/format.ts';
import { UserText } from '../../kit/UserText.tsx';
import { AudienceSummary } from './audience.tsx';

/** The news sent so far, newest first: subject, when, to whom, how many got and read it; each can be opened. */
export function NewsTable({
  news,
  busy,
  options,
  onShow,
}: {
  news: News[] | undefined;
  busy: boolean;
  options: SearchOptions | undefined;
  onShow(news: News): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: Column<News>[] = [
    {
      head: t('adminNews.list.subject'),
      cell: (item) => (
        <>
          <UserText className="cell-main">{item.subject}</UserText>
          <span className="cell-sub">{t('adminNews.list.sentBy', { name: item.sentBy })}</span>
        </>
      ),
    },
    {
      head: t('adminNews.list.sentAt'),
      className: 'data-table__nowrap',
      cell: (item) => formatDateTime(item.sentAt, language),
    },
    {
      head: t('adminNews.list.audience'),
      cell: (item) => <AudienceSummary audience={item.audience} options={options} />,
    },
    {
      head: t('adminNews.list.recipients'),
      cell: (item) => (
        <>
          <span className="cell-main">{formatNumber(item.recipientCount, language)}</span>
          <span className="cell-sub">
            {t('adminNews.list.emailed', { count: formatNumber(item.emailCount, language) })}
          </span>
        </>
      ),
    },
    {
      head: t('adminNews.list.read'),
      className: 'data-table__nowrap',
      cell: (item) =>
        t('adminNews.list.readOf', {
          read: formatNumber(item.readCount, language),
          total: formatNumber(item.recipientCount, language),
        }),
    },
  ];
  return (
    <DataTable
      labelledBy="news-sent"
      columns={columns}
      rows={news}
      rowKey={(item) => item.id}
      loading={t('adminNews.list.loading')}
      busy={busy}
      empty={t('adminNews.list.empty')}
      actions={{
        head: t('adminNews.list.actions'),
        cell: (item) => (
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => onShow(item)}
            aria-label={t('adminNews.list.showLabel', { subject: item.subject })}
          >
            {t('adminNews.list.show')}
          </Button>
        ),
      }}
    />
  );
}
