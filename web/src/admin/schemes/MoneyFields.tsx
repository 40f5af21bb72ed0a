import { Fieldset, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS } from '../../api/cards.ts';
import { PERIOD_KIND_LABELS } from '../../kit/labels.ts';
import type { SchemeFormState } from './useSchemeForm.ts';

/** The money: period, amount per child and period, when unspent money expires, the budget, and the dates in force. */
export function MoneyFields({ state }: { state: SchemeFormState }) {
  const { t } = useTranslation();
  const { id, draft, set, errors } = state;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('schemes.form.money')}</Fieldset.Legend>
      <Fieldset>
        <Fieldset.Legend>{t('schemes.form.periodKind')}</Fieldset.Legend>
        {PERIOD_KINDS.map((kind) => (
          <Radio
            key={kind}
            id={`${id}-periodKind-${kind}`}
            name="periodKind"
            value={kind}
            label={t(PERIOD_KIND_LABELS[kind])}
            checked={draft.periodKind === kind}
            onChange={() => set('periodKind', kind)}
          />
        ))}
        {errors.periodKind && <ValidationMessage>{errors.periodKind}</ValidationMessage>}
      </Fieldset>
      <Textfield
        label={t('schemes.form.amount')}
        description={t('schemes.form.amountHint')}
        name="amount"
        inputMode="decimal"
        autoComplete="off"
        suffix="kr"
        value={draft.amount}
        onChange={(event) => set('amount', event.target.value)}
        error={errors.amount}
        className="field-narrow"
      />
      <Textfield
        label={t('schemes.form.expiryMonths')}
        description={t('schemes.form.expiryMonthsHint')}
        name="expiryMonths"
        inputMode="numeric"
        autoComplete="off"
        value={draft.expiryMonths}
        onChange={(event) => set('expiryMonths', event.target.value)}
        error={errors.expiryMonths}
        className="field-narrow"
      />
      <Textfield
        label={t('schemes.form.budget')}
        description={t('schemes.form.budgetHint')}
        name="budget"
        inputMode="decimal"
        autoComplete="off"
        suffix="kr"
        value={draft.budget}
        onChange={(event) => set('budget', event.target.value)}
        error={errors.budget}
        className="field-narrow"
      />
      <div className="field-row">
        <Textfield
          type="date"
          label={t('schemes.form.startsOn')}
          name="startsOn"
          value={draft.startsOn}
          onChange={(event) => set('startsOn', event.target.value)}
          error={errors.startsOn}
        />
        <Textfield
          type="date"
          label={t('schemes.form.endsOn')}
          description={t('schemes.form.endsOnHint')}
          name="endsOn"
          value={draft.endsOn}
          onChange={(event) => set('endsOn', event.target.value)}
          error={errors.endsOn}
        />
      </div>
    </Fieldset>
  );
}
