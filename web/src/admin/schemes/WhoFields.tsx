import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RESIDENCE_RULES } from '../../api/cards.ts';
import { RESIDENCE_LABELS } from '../../kit/labels.ts';
import type { SchemeFormState } from './useSchemeForm.ts';

/** Who the scheme is for: the age range, the residence rule, and from what age the youth uses the card alone. */
export function WhoFields({ state }: { state: SchemeFormState }) {
  const { t } = useTranslation();
  const { id, draft, set, errors } = state;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('schemes.form.who')}</Fieldset.Legend>
      <div className="field-row">
        <Textfield
          label={t('schemes.form.minAge')}
          name="minAge"
          inputMode="numeric"
          autoComplete="off"
          value={draft.minAge}
          onChange={(event) => set('minAge', event.target.value)}
          error={errors.minAge}
          className="field-narrow"
        />
        <Textfield
          label={t('schemes.form.maxAge')}
          name="maxAge"
          inputMode="numeric"
          autoComplete="off"
          value={draft.maxAge}
          onChange={(event) => set('maxAge', event.target.value)}
          error={errors.maxAge}
          className="field-narrow"
        />
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('schemes.form.residence')}</Fieldset.Legend>
        {RESIDENCE_RULES.map((rule) => (
          <Radio
            key={rule}
            id={`${id}-residence-${rule}`}
            name="residence"
            value={rule}
            label={t(RESIDENCE_LABELS[rule])}
            checked={draft.residence === rule}
            onChange={() => set('residence', rule)}
          />
        ))}
        {errors.residence && <ValidationMessage>{errors.residence}</ValidationMessage>}
      </Fieldset>
      <Textfield
        label={t('schemes.form.youthAge')}
        description={t('schemes.form.youthAgeHint')}
        name="youthAge"
        inputMode="numeric"
        autoComplete="off"
        value={draft.youthAge}
        onChange={(event) => set('youthAge', event.target.value)}
        error={errors.youthAge}
        className="field-narrow"
      />
    </Fieldset>
  );
}
