import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Scheme } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatAmount, formatDateRange, formatNumber } from '../../kit/format.ts';
import { ELIGIBILITY_LABELS } from '../../kit/labels.ts';
import { UserText } from '../../kit/UserText.tsx';

export const schemePath = (schemeId: string) => `/schemes/${encodeURIComponent(schemeId)}`;

/** The schemes, each with the current period's money: granted against the budget, spent, left on cards, cards. */
export function SchemeTable({
  schemes,
  busy,
  onEdit,
}: {
  schemes: Scheme[] | undefined;
  busy: boolean;
  /** Only for those who may change schemes. */
  onEdit: ((scheme: Scheme) => void) | undefined;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const money = (ore: number | undefined) => (ore === undefined ? '–' : formatAmount(ore, language));
  const columns: Column<Scheme>[] = [
    {
      head: t('schemes.list.scheme'),
      cell: (scheme) => (
        <>
          <RouterLink to={schemePath(scheme.id)} className="cell-main">
            <UserText>{scheme.name}</UserText>
          </RouterLink>
          <span className="cell-sub">{t(ELIGIBILITY_LABELS[scheme.eligibility])}</span>
        </>
      ),
    },
    {
      head: t('schemes.list.period'),
      className: 'data-table__nowrap',
      cell: (scheme) =>
        scheme.currentPeriod
          ? formatDateRange(scheme.currentPeriod.periodStart, scheme.currentPeriod.periodEnd, language)
          : t('schemes.list.noPeriod'),
    },
    {
      head: t('schemes.list.granted'),
      cell: (scheme) =>
        scheme.currentPeriod ? (
          <>
            <span className="cell-main">{money(scheme.currentPeriod.grantedOre)}</span>
            <span className="cell-sub">
              {t('schemes.list.ofBudget', { budget: money(scheme.currentPeriod.budgetOre) })}
            </span>
          </>
        ) : (
          '–'
        ),
    },
    { head: t('schemes.list.spent'), cell: (scheme) => money(scheme.currentPeriod?.spentOre) },
    { head: t('schemes.list.unspent'), cell: (scheme) => money(scheme.currentPeriod?.unspentOre) },
    {
      head: t('schemes.list.cards'),
      cell: (scheme) => (scheme.currentPeriod ? formatNumber(scheme.currentPeriod.cards, language) : '–'),
    },
  ];
  return (
    <DataTable
      labelledBy="scheme-list"
      columns={columns}
      rows={schemes}
      rowKey={(scheme) => scheme.id}
      loading={t('schemes.list.loading')}
      busy={busy}
      empty={t('schemes.list.empty')}
      actions={
        onEdit && {
          head: t('schemes.list.actions'),
          cell: (scheme) => (
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => onEdit(scheme)}
              aria-label={t('schemes.list.editLabel', { name: scheme.name })}
            >
              {t('schemes.list.edit')}
            </Button>
          ),
        }
      }
    />
  );
}
