import { Pagination, Paragraph, usePagination } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/index.ts';
import { formatNumber } from './format.ts';

/** "Showing 11–20 of 37" and page buttons under a table. Pages count from 1; the API counts rows from 0. */
export function Pager({
  total,
  limit,
  offset,
  label,
  onChange,
}: {
  total: number;
  limit: number;
  offset: number;
  /** What is paged, for screen readers, e.g. "Pages of the access log". */
  label: string;
  onChange(offset: number): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const totalPages = Math.max(1, Math.ceil(total / limit));
  const currentPage = Math.min(totalPages, Math.floor(offset / limit) + 1);
  const { pages, prevButtonProps, nextButtonProps } = usePagination({
    currentPage,
    totalPages,
    showPages: 5,
    setCurrentPage: (page) => onChange((page - 1) * limit),
  });
  if (total === 0) return null;
  const first = offset + 1;
  const last = Math.min(offset + limit, total);
  return (
    <div className="pager">
      <Paragraph data-size="sm" className="pager__range" aria-live="polite">
        {t('paging.range', {
          first: formatNumber(first, language),
          last: formatNumber(last, language),
          total: formatNumber(total, language),
        })}
      </Paragraph>
      {totalPages > 1 && (
        <Pagination aria-label={label} data-size="sm">
          <Pagination.List>
            <Pagination.Item>
              <Pagination.Button {...prevButtonProps}>{t('paging.previous')}</Pagination.Button>
            </Pagination.Item>
            {pages.map(({ page, itemKey, buttonProps }) => (
              <Pagination.Item key={itemKey}>
                {typeof page === 'number' && (
                  <Pagination.Button {...buttonProps} aria-label={t('paging.page', { page })}>
                    {page}
                  </Pagination.Button>
                )}
              </Pagination.Item>
            ))}
            <Pagination.Item>
              <Pagination.Button {...nextButtonProps}>{t('paging.next')}</Pagination.Button>
            </Pagination.Item>
          </Pagination.List>
        </Pagination>
      )}
    </div>
  );
}
