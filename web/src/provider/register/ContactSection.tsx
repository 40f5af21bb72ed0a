import { useTranslation } from 'react-i18next';
import type { SearchOptions } from '../../api/client.ts';
import {
  EmailField,
  NameField,
  NeighbourhoodSelect,
  PhoneField,
  WebsiteField,
} from '../../kit/forms/ContactFields.tsx';
import type { SectionProps } from './useRegisterForm.ts';

/** The name shown to families, how to reach the organisation, and where in the municipality it belongs. */
export function ContactSection({
  values,
  errors,
  set,
  neighbourhoods,
}: SectionProps & { neighbourhoods: SearchOptions['neighbourhoods'] }) {
  const { t } = useTranslation();
  return (
    <>
      <NameField
        label={t('registerProvider.form.displayName')}
        description={t('registerProvider.form.displayNameHint')}
        name="displayName"
        autoComplete="organization"
        value={values.displayName}
        onChange={set('displayName')}
        error={errors.displayName}
      />
      <EmailField
        label={t('registerProvider.form.email')}
        description={t('registerProvider.form.emailHint')}
        required
        value={values.email}
        onChange={set('email')}
        error={errors.email}
      />
      <PhoneField
        label={t('registerProvider.form.phone')}
        value={values.phone}
        onChange={set('phone')}
        error={errors.phone}
      />
      <WebsiteField
        label={t('registerProvider.form.website')}
        description={t('registerProvider.form.websiteHint')}
        value={values.website}
        onChange={set('website')}
        error={errors.website}
      />
      <NeighbourhoodSelect
        label={t('registerProvider.form.neighbourhood')}
        neighbourhoods={neighbourhoods}
        value={values.neighbourhoodId}
        onChange={set('neighbourhoodId')}
        error={errors.neighbourhoodId}
      />
    </>
  );
}
