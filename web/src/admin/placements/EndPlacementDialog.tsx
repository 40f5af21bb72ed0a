import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../../api/cards.ts';
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx';

/** "End the placement?": no money in later periods; what is on the card stays until it expires. */
export function EndPlacementDialog({
  placement,
  onEnd,
  onClose,
}: {
  placement: Placement | undefined;
  onEnd(placement: Placement): Promise<void>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={placement !== undefined}
      title={t('placements.end.title')}
      closeLabel={t('placements.end.close')}
      confirmLabel={t('placements.end.confirm')}
      cancelLabel={t('placements.end.cancel')}
      danger
      loginKind="staff"
      onConfirm={async () => {
        if (placement) await onEnd(placement);
      }}
      onClose={onClose}
    >
      {placement && (
        <Paragraph>
          {placement.person
            ? t('placements.end.text', { name: placement.person.name })
            : t('placements.end.textProtected')}
        </Paragraph>
      )}
      <Paragraph>{t('placements.end.money')}</Paragraph>
    </ConfirmDialog>
  );
}
