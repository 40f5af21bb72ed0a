import { useTranslation } from 'react-i18next';
import type { GrantRun } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatAmount, formatDate, formatDateTime, formatNumber } from '../../kit/format.ts';
import { actorLabel } from '../../kit/labels.ts';

/** The latest grant runs: when, who started it, for which period, how many children and how much. */
export function GrantRunTable({ runs, busy }: { runs: GrantRun[] | undefined; busy: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: Column<GrantRun>[] = [
    {
      head: t('scheme.runs.startedAt'),
      className: 'data-table__nowrap',
      cell: (run) => formatDateTime(run.startedAt, language),
    },
    { head: t('scheme.runs.startedBy'), cell: (run) => actorLabel(t, run.startedBy) },
    {
      head: t('scheme.runs.period'),
      className: 'data-table__nowrap',
      cell: (run) => t('scheme.runs.periodFrom', { date: formatDate(run.periodStart, language) }),
    },
    { head: t('scheme.runs.children'), cell: (run) => formatNumber(run.children, language) },
    { head: t('scheme.runs.amount'), cell: (run) => formatAmount(run.amountOre, language) },
  ];
  return (
    <DataTable
      labelledBy="scheme-runs"
      columns={columns}
      rows={runs}
      rowKey={(run) => run.id}
      loading={t('scheme.runs.loading')}
      busy={busy}
      empty={t('scheme.runs.empty')}
    />
  );
}
