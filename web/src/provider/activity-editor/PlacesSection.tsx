import { Checkbox, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { REFUND_POLICIES, type RefundPolicy } from './activity-draft.ts';
import { EditorSection } from './EditorSection.tsx';
import type { SectionProps } from './useActivityForm.ts';

/** How many places there are (empty: no limit), a waiting list when they are taken, and the rule for refunds. */
export function PlacesSection({ draft, errors, update, placesTaken }: SectionProps & { placesTaken: number }) {
  const { t } = useTranslation();
  const limited = draft.capacity.trim() !== '';
  return (
    <EditorSection title={t('activityTermsEditor.section')}>
      <Textfield
        label={t('activityTermsEditor.capacity')}
        description={
          placesTaken > 0
            ? `${t('activityTermsEditor.capacityHint')} ${t('activityTermsEditor.taken', { taken: placesTaken })}`
            : t('activityTermsEditor.capacityHint')
        }
        name="capacity"
        inputMode="numeric"
        autoComplete="off"
        maxLength={5}
        value={draft.capacity}
        onChange={(event) => update({ capacity: event.target.value })}
        error={errors.capacity}
        className="field-narrow"
      />
      {/* A waiting list only means something when the places are counted. */}
      {limited && (
        <Checkbox
          name="waitingList"
          label={t('activityTermsEditor.waitingList')}
          description={t('activityTermsEditor.waitingListHint')}
          checked={draft.waitingList}
          onChange={(event) => update({ waitingList: event.target.checked })}
          error={errors.waitingList}
        />
      )}
      <Fieldset>
        <Fieldset.Legend>{t('activityTermsEditor.refundPolicy')}</Fieldset.Legend>
        {REFUND_POLICIES.map((policy) => (
          <Radio
            key={policy}
            name="refundPolicy"
            value={policy}
            label={t(`activityTerms.refundPolicy.${policy}`)}
            checked={draft.refundPolicy === policy}
            onChange={() => update({ refundPolicy: policy as RefundPolicy })}
          />
        ))}
      </Fieldset>
    </EditorSection>
  );
}
