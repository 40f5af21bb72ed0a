import { Checkbox, Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageLabel } from '../../kit/labels.ts';
import type { FilterProps } from './useSearchDraft.ts';

/** Free trial, adapted activities, and the language the activity is held in (when any other than Norwegian is offered). */
export function MoreFilters({ draft, set, languages }: FilterProps & { languages: string[] }) {
  const { t } = useTranslation();
  const ids = { language: useId() };
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('catalogue.form.more')}</Fieldset.Legend>
        <Checkbox
          name="freeTrial"
          label={t('catalogue.form.freeTrial')}
          description={t('catalogue.form.freeTrialHint')}
          checked={draft.freeTrial}
          onChange={(e) => set('freeTrial', e.target.checked)}
        />
        <Checkbox
          name="adapted"
          label={t('catalogue.form.adapted')}
          description={t('catalogue.form.adaptedHint')}
          checked={draft.adapted}
          onChange={(e) => set('adapted', e.target.checked)}
        />
      </Fieldset>
      {languages.length > 0 && (
        <Field>
          <Label htmlFor={ids.language}>{t('catalogue.form.language')}</Label>
          <Select
            id={ids.language}
            name="language"
            value={draft.languages[0] ?? ''}
            onChange={(e) => set('languages', e.target.value ? [e.target.value] : [])}
          >
            <Select.Option value="">{t('catalogue.form.anyLanguage')}</Select.Option>
            {languages.map((l) => (
              <Select.Option key={l} value={l}>
                {languageLabel(t, l)}
              </Select.Option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
