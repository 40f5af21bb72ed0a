import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { EditorSection } from './EditorSection.tsx';
import type { SectionProps } from './useActivityForm.ts';

/** What it costs, what the price includes, and whether a free trial is offered. */
export function PriceSection({ draft, errors, update }: SectionProps) {
  const { t } = useTranslation();
  return (
    <EditorSection title={t('activityEditor.sections.price')}>
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
