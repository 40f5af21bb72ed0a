import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, FEE_KINDS, SCHEME_PROVIDER_KINDS } from '../../api/cards.ts';
import { ACTIVITY_KIND_LABELS, FEE_KIND_LABELS, PROVIDER_KIND_LABELS } from '../../kit/labels.ts';
import { type Draft, toggle } from './scheme-draft.ts';
import type { SchemeFormState } from './useSchemeForm.ts';

type ListField = 'activityKinds' | 'feeKinds' | 'providerKinds';

/** What the card pays for: kinds of activity, kinds of fee, kinds of provider, and how often an activity meets. */
export function CoverageFields({ state }: { state: SchemeFormState }) {
  const { t } = useTranslation();
  const { draft, set, errors } = state;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('schemes.form.coverage')}</Fieldset.Legend>
      <ChoiceGroup state={state} field="activityKinds" order={ACTIVITY_KINDS} labels={ACTIVITY_KIND_LABELS} />
      <ChoiceGroup state={state} field="feeKinds" order={FEE_KINDS} labels={FEE_KIND_LABELS} />
      <ChoiceGroup state={state} field="providerKinds" order={SCHEME_PROVIDER_KINDS} labels={PROVIDER_KIND_LABELS} />
      <Textfield
        label={t('schemes.form.minSessions')}
        description={t('schemes.form.minSessionsHint')}
        name="minSessions"
        inputMode="numeric"
        autoComplete="off"
        value={draft.minSessions}
        onChange={(event) => set('minSessions', event.target.value)}
        error={errors.minSessions}
        className="field-narrow"
      />
    </Fieldset>
  );
}

function ChoiceGroup<F extends ListField>({
  state,
  field,
  order,
  labels,
}: {
  state: SchemeFormState;
  field: F;
  order: readonly Draft[F][number][];
  labels: Record<Draft[F][number], string>;
}) {
  const { t } = useTranslation();
  const { id, draft, set, errors } = state;
  const chosen = draft[field] as readonly Draft[F][number][];
  return (
    <Fieldset>
      <Fieldset.Legend>{t(`schemes.form.${field}`)}</Fieldset.Legend>
      <div className="choice-grid">
        {order.map((value, index) => (
          <Checkbox
            key={value}
            id={`${id}-${field}-${index}`}
            name={field}
            value={value}
            label={t(labels[value])}
            checked={chosen.includes(value)}
            onChange={(event) => set(field, toggle(chosen, value, event.target.checked, order) as Draft[F])}
          />
        ))}
      </div>
      {errors[field] && <ValidationMessage>{errors[field]}</ValidationMessage>}
    </Fieldset>
  );
}
