import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SectionProps } from './useRegisterForm.ts';

/** A few words about the organisation, for families. */
export function DescriptionSection({ values, errors, set }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Textfield
      multiline
      rows={4}
      label={t('registerProvider.form.description')}
      description={t('registerProvider.form.descriptionHint')}
      name="description"
      maxLength={5000}
      value={values.description}
      onChange={(event) => set('description')(event.target.value)}
      error={errors.description}
    />
  );
}
