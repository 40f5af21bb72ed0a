import { Button, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SupportOffer } from '../../api/client.ts';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { UserText } from '../../kit/UserText.tsx';
import { ageRange } from './notice.ts';

/** The municipality's offers, shown or hidden to families, each with "change", "hide"/"show" and "delete". */
export function OfferTable({
  offers,
  busy,
  toggling,
  onEdit,
  onSetActive,
  onDelete,
}: {
  offers: SupportOffer[] | undefined;
  busy: boolean;
  /** The offer being shown or hidden just now. */
  toggling: string | undefined;
  onEdit(offer: SupportOffer): void;
  onSetActive(offer: SupportOffer, active: boolean): void;
  onDelete(offer: SupportOffer): void;
}) {
  const { t } = useTranslation();
  const columns: Column<SupportOffer>[] = [
    {
      head: t('supportOffers.list.offer'),
      cell: (offer) => (
        <>
          <UserText className="cell-main">{offer.title}</UserText>
          <span className="cell-sub">{t(`supportKind.${offer.kind}`)}</span>
        </>
      ),
    },
    {
      head: t('supportOffers.list.appliesTo'),
      cell: (offer) => (
        <>
          <span className="cell-main">
            {offer.categories.length === 0
              ? t('supportOffers.list.allCategories')
              : offer.categories.map((code) => t(`category.${code}`)).join(', ')}
          </span>
          <span className="cell-sub">{ageRange(t, offer.minAge, offer.maxAge)}</span>
        </>
      ),
    },
    {
      head: t('supportOffers.list.status'),
      cell: (offer) =>
        offer.active ? (
          <Tag data-color="success" data-size="sm">
            {t('supportOffers.list.active')}
          </Tag>
        ) : (
          <Tag data-color="neutral" data-size="sm">
            {t('supportOffers.list.inactive')}
          </Tag>
        ),
    },
  ];
  return (
    <DataTable
      labelledBy="support-list"
      columns={columns}
      rows={offers}
      rowKey={(offer) => offer.id}
      loading={t('supportOffers.list.loading')}
      busy={busy}
      empty={t('supportOffers.list.empty')}
      actions={{
        head: t('supportOffers.list.actions'),
        cell: (offer) => (
          <div className="button-row support-actions">
            <Button
              variant="secondary"
              data-size="sm"
              onClick={() => onEdit(offer)}
              aria-label={t('supportOffers.list.editLabel', { title: offer.title })}
            >
              {t('supportOffers.list.edit')}
            </Button>
            <Button
              variant="secondary"
              data-size="sm"
              loading={toggling === offer.id}
              aria-disabled={toggling === offer.id}
              onClick={() => toggling === undefined && onSetActive(offer, !offer.active)}
              aria-label={
                offer.active
                  ? t('supportOffers.list.deactivateLabel', { title: offer.title })
                  : t('supportOffers.list.activateLabel', { title: offer.title })
              }
            >
              {offer.active ? t('supportOffers.list.deactivate') : t('supportOffers.list.activate')}
            </Button>
            <Button
              variant="secondary"
              data-color="danger"
              data-size="sm"
              onClick={() => onDelete(offer)}
              aria-label={t('supportOffers.list.deleteLabel', { title: offer.title })}
            >
              {t('supportOffers.list.delete')}
            </Button>
          </div>
        ),
      }}
    />
  );
}
