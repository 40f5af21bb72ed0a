import { Button, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatDate, formatDateTime } from '../../kit/format.ts';
import { PLACEMENT_REASON_LABELS } from '../../kit/labels.ts';

/**
 * The children placed in the scheme. A strictly protected child whom the reader may not see is a row without
 * details: "protected person".
 */
export function PlacementTable({
  placements,
  busy,
  onEnd,
}: {
  placements: Placement[] | undefined;
  busy: boolean;
  onEnd(placement: Placement): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: Column<Placement>[] = [
    {
      head: t('placements.list.child'),
      cell: (placement) =>
        placement.person ? (
          <span className="cell-main">{placement.person.name}</span>
        ) : (
          <Tag data-color="neutral" data-size="sm">
            {t('placements.list.protected')}
          </Tag>
        ),
    },
    {
      head: t('placements.list.born'),
      className: 'data-table__nowrap',
      cell: (placement) => (placement.person ? formatDate(placement.person.birthDate, language) : '–'),
    },
    {
      head: t('placements.list.reason'),
      cell: (placement) => (
        <>
          <span className="cell-main">{t(PLACEMENT_REASON_LABELS[placement.reason])}</span>
          {placement.person && placement.note && <span className="cell-sub">{placement.note}</span>}
        </>
      ),
    },
    {
      head: t('placements.list.placed'),
      cell: (placement) => (
        <>
          <span className="cell-main">{placement.placedBy}</span>
          <span className="cell-sub">{formatDateTime(placement.placedAt, language)}</span>
        </>
      ),
    },
    {
      head: t('placements.list.ended'),
      className: 'data-table__nowrap',
      cell: (placement) => (placement.endedAt ? formatDateTime(placement.endedAt, language) : '–'),
    },
  ];
  return (
    <DataTable
      labelledBy="placement-list"
      columns={columns}
      rows={placements}
      rowKey={(placement) => placement.id}
      loading={t('placements.list.loading')}
      busy={busy}
      empty={t('placements.list.empty')}
      actions={{
        head: t('placements.list.actions'),
        cell: (placement) =>
          placement.endedAt ? null : (
            <Button
              variant="secondary"
              data-color="danger"
              data-size="sm"
              onClick={() => onEnd(placement)}
              aria-label={
                placement.person
                  ? t('placements.list.endLabel', { name: placement.person.name })
                  : t('placements.list.endProtectedLabel')
              }
            >
              {t('placements.list.end')}
            </Button>
          ),
      }}
    />
  );
}
