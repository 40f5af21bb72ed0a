import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { formatPrice } from '../../kit/format.ts';
import type { FieldErrors } from '../../kit/forms/field-errors.ts';
import { FEE_KINDS, type FeeRow, kronerToOre } from './activity-draft.ts';
import { EditorSection } from './EditorSection.tsx';
import type { SectionProps } from './useActivityForm.ts';

/**
 * What it costs: one price, or the lines it is made of (participation fee, licence, membership …), each kind once;
 * with lines the price is their sum. Then what the price includes, and whether a free trial is offered.
 */
export function PriceSection({ draft, errors, update }: SectionProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const lines = draft.fees;
  const total = lines.reduce((sum, line) => sum + (kronerToOre(line.amount) ?? 0), 0);
  const unused = FEE_KINDS.filter((kind) => !lines.some((line) => line.kind === kind));
  return (
    <EditorSection title={t('activityEditor.sections.price')}>
      {lines.length === 0 ? (
        <Textfield
          label={t('activityEditor.fields.price')}
          description={t('activityEditor.fields.priceHint')}
          name="priceOre"
          inputMode="decimal"
          autoComplete="off"
          suffix="kr"
          maxLength={13}
          value={draft.price}
          onChange={(event) => update({ price: event.target.value })}
          error={errors.priceOre}
          className="field-narrow"
        />
      ) : (
        <Paragraph data-size="sm" aria-live="polite">
          {t('activityTermsEditor.total', { total: formatPrice(total, language) })}
        </Paragraph>
      )}
      {errors.fees && <ValidationMessage>{errors.fees}</ValidationMessage>}
      {errors.priceOre && lines.length > 0 && <ValidationMessage>{errors.priceOre}</ValidationMessage>}
      {lines.map((line, index) => (
        <FeeLineFields
          // Lines are added and removed at the end or in place; the index is the line's name in the form.
          // biome-ignore lint/suspicious/noArrayIndexKey: the fields are named by their index
          key={index}
          index={index}
          line={line}
          errors={errors}
          onChange={(patch) => update({ fees: lines.map((l, i) => (i === index ? { ...l, ...patch } : l)) })}
          onRemove={() => update({ fees: lines.filter((_, i) => i !== index) })}
        />
      ))}
      {unused.length > 0 && (
        <div>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() =>
              update({
                fees: [
                  ...lines,
                  // The first line takes over the single price typed so far.
                  {
                    kind: unused[0] ?? 'participation',
                    amount: lines.length === 0 && draft.price !== '0' ? draft.price : '',
                  },
                ],
              })
            }
          >
            {t('activityTermsEditor.addFee')}
          </Button>
        </div>
      )}
      <Textfield
        multiline
        rows={2}
        label={t('activityEditor.fields.priceIncludes')}
        description={t('activityEditor.fields.priceIncludesHint')}
        name="priceIncludes"
        maxLength={1000}
        lang={draft.textLanguage}
        value={draft.priceIncludes}
        onChange={(event) => update({ priceIncludes: event.target.value })}
        error={errors.priceIncludes}
      />
      <Checkbox
        name="freeTrial"
        label={t('activityEditor.fields.freeTrial')}
        description={t('activityEditor.fields.freeTrialHint')}
        checked={draft.freeTrial}
        onChange={(event) => update({ freeTrial: event.target.checked })}
      />
    </EditorSection>
  );
}

/** One line of the price: its kind and amount; its fields are named `fees/<index>/…` as the API names them. */
function FeeLineFields({
  index,
  line,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  line: FeeRow;
  errors: FieldErrors;
  onChange(patch: Partial<FeeRow>): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const kindId = useId();
  const kindError = useId();
  const prefix = `fees/${index}`;
  return (
    <Fieldset className="provider-slot">
      <Fieldset.Legend>{t('activityTermsEditor.feeLine', { number: index + 1 })}</Fieldset.Legend>
      <div className="provider-slot__fields">
        <Field>
          <Label htmlFor={kindId}>{t('activityTermsEditor.feeKind')}</Label>
          <Select
            id={kindId}
            name={`${prefix}/kind`}
            width="auto"
            value={line.kind}
            aria-invalid={errors[`${prefix}/kind`] ? true : undefined}
            aria-describedby={errors[`${prefix}/kind`] ? kindError : undefined}
            onChange={(event) => onChange({ kind: event.target.value })}
          >
            {FEE_KINDS.map((kind) => (
              <Select.Option key={kind} value={kind}>
                {t(`activityTerms.feeKind.${kind}`)}
              </Select.Option>
            ))}
          </Select>
          {errors[`${prefix}/kind`] && <ValidationMessage id={kindError}>{errors[`${prefix}/kind`]}</ValidationMessage>}
        </Field>
        <Textfield
          label={t('activityTermsEditor.amount')}
          name={`${prefix}/amountOre`}
          inputMode="decimal"
          autoComplete="off"
          suffix="kr"
          maxLength={13}
          value={line.amount}
          onChange={(event) => onChange({ amount: event.target.value })}
          error={errors[`${prefix}/amountOre`]}
        />
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={onRemove}
          aria-label={t('activityTermsEditor.removeFee', { number: index + 1 })}
          className="provider-slot__remove"
        >
          {t('providerCommon.remove')}
        </Button>
      </div>
    </Fieldset>
  );
}
