import { Fieldset, Radio } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_KINDS } from '../../api/providers.ts';
import { PROVIDER_KIND_LABEL } from '../../kit/StatusTags.tsx';
import type { SectionProps } from './useRegisterForm.ts';

/** Voluntary or commercial: what kind of provider the organisation is. */
export function KindSection({ values, set }: Pick<SectionProps, 'values' | 'set'>) {
  const { t } = useTranslation();
  return (
    <Fieldset>
      <Fieldset.Legend>{t('registerProvider.form.kind')}</Fieldset.Legend>
      {PROVIDER_KINDS.map((option) => (
        <Radio
          key={option}
          name="kind"
          value={option}
          label={t(PROVIDER_KIND_LABEL[option])}
          checked={values.kind === option}
          onChange={() => set('kind')(option)}
        />
      ))}
    </Fieldset>
  );
}
