import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { deleteSupportOffer } from '../../api/admin.ts';
import type { SupportOffer } from '../../api/client.ts';
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx';

/** "Delete?": an offer goes away for good (hiding it is the other choice). */
export function DeleteDialog({
  kommunenummer,
  offer,
  onClose,
  onDeleted,
}: {
  kommunenummer: string;
  offer: SupportOffer | undefined;
  onClose(): void;
  onDeleted(offer: SupportOffer): void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={offer !== undefined}
      title={t('supportOffers.delete.title')}
      closeLabel={t('supportOffers.delete.close')}
      confirmLabel={t('supportOffers.delete.confirm')}
      cancelLabel={t('supportOffers.delete.cancel')}
      danger
      loginKind="staff"
      onConfirm={async () => {
        if (!offer) return;
        await deleteSupportOffer(kommunenummer, offer.id);
        onDeleted(offer);
      }}
      onClose={onClose}
    >
      {offer && <Paragraph>{t('supportOffers.delete.text', { title: offer.title })}</Paragraph>}
    </ConfirmDialog>
  );
}
