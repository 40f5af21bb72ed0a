import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SearchOptions } from '../../api/client.ts';
import { NeighbourhoodSelect } from '../../kit/forms/ContactFields.tsx';
import { EditorSection } from './EditorSection.tsx';
import type { SectionProps } from './useActivityForm.ts';

/** Where the activity is: street address, postal code and the municipality's neighbourhood. */
export function WhereSection({
  draft,
  errors,
  update,
  options,
}: SectionProps & { options: SearchOptions | undefined }) {
  const { t } = useTranslation();
  return (
    <EditorSection title={t('activityEditor.sections.where')}>
      <Paragraph data-size="sm" className="muted">
        {t('activityEditor.fields.whereHint')}
      </Paragraph>
      <Textfield
        label={t('activityEditor.fields.streetAddress')}
        name="streetAddress"
        autoComplete="street-address"
        maxLength={200}
        value={draft.streetAddress}
        onChange={(event) => update({ streetAddress: event.target.value })}
        error={errors.streetAddress}
        className="field-medium"
      />
      <Textfield
        label={t('activityEditor.fields.postalCode')}
        name="postalCode"
        inputMode="numeric"
        autoComplete="postal-code"
        maxLength={4}
        value={draft.postalCode}
        onChange={(event) => update({ postalCode: event.target.value })}
        error={errors.postalCode}
        className="field-narrow"
      />
      <NeighbourhoodSelect
        label={t('activityEditor.fields.neighbourhood')}
        neighbourhoods={options?.neighbourhoods ?? []}
        value={draft.neighbourhoodId}
        onChange={(neighbourhoodId) => update({ neighbourhoodId })}
        error={errors.neighbourhoodId}
      />
    </EditorSection>
  );
}
