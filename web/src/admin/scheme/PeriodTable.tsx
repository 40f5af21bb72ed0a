import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SchemePeriod } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatAmount, formatDate, formatDateRange, formatNumber } from '../../kit/format.ts';

/** Every period the scheme has granted in: granted against the budget, spent, left on cards, cards, expiry. */
export function PeriodTable({ periods, busy }: { periods: SchemePeriod[]; busy: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const money = (ore: number) => formatAmount(ore, language);
  const columns: Column<SchemePeriod>[] = [
    {
      head: t('scheme.periods.period'),
      cell: (period) => (
        <>
          <span className="cell-main">{formatDateRange(period.periodStart, period.periodEnd, language)}</span>
          {!period.opened && (
            <Tag data-color="neutral" data-size="sm">
              {t('scheme.periods.notOpened')}
            </Tag>
          )}
        </>
      ),
    },
    {
      head: t('scheme.periods.granted'),
      cell: (period) => (
        <>
          <span className="cell-main">{money(period.grantedOre)}</span>
          <span className="cell-sub">{t('schemes.list.ofBudget', { budget: money(period.budgetOre) })}</span>
        </>
      ),
    },
    { head: t('scheme.periods.spent'), cell: (period) => money(period.spentOre) },
    { head: t('scheme.periods.unspent'), cell: (period) => money(period.unspentOre) },
    { head: t('scheme.periods.cards'), cell: (period) => formatNumber(period.cards, language) },
    {
      head: t('scheme.periods.expiresOn'),
      className: 'data-table__nowrap',
      cell: (period) => formatDate(period.expiresOn, language),
    },
  ];
  return (
    <DataTable
      labelledBy="scheme-periods"
      columns={columns}
      rows={periods}
      rowKey={(period) => period.periodStart}
      busy={busy}
      empty={t('scheme.periods.empty')}
    />
  );
}
