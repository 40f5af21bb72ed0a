import { Field, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageLabel } from '../../kit/labels.ts';
import { CATEGORIES } from './activity-draft.ts';
import { EditorSection } from './EditorSection.tsx';
import type { SectionProps } from './useActivityForm.ts';

/** About the activity: title, description, category and the language it is written in. */
export function AboutSection({ draft, errors, update }: SectionProps) {
  const { t } = useTranslation();
  const ids = { category: useId(), textLanguage: useId() };
  return (
    <EditorSection title={t('activityEditor.sections.about')}>
      <Textfield
        label={t('activityEditor.fields.title')}
        description={t('activityEditor.fields.titleHint')}
        name="title"
        maxLength={200}
        required
        lang={draft.textLanguage}
        value={draft.title}
        onChange={(event) => update({ title: event.target.value })}
        error={errors.title}
      />
      <Textfield
        multiline
        rows={6}
        label={t('activityEditor.fields.description')}
        description={t('activityEditor.fields.descriptionHint')}
        name="description"
        maxLength={5000}
        lang={draft.textLanguage}
        value={draft.description}
        onChange={(event) => update({ description: event.target.value })}
        error={errors.description}
      />
      <Field>
        <Label htmlFor={ids.category}>{t('activityEditor.fields.category')}</Label>
        <Select
          id={ids.category}
          name="category"
          width="auto"
          value={draft.category}
          onChange={(event) => update({ category: event.target.value })}
          aria-invalid={errors.category ? true : undefined}
        >
          <Select.Option value="" disabled>
            {t('activityEditor.fields.chooseCategory')}
          </Select.Option>
          {CATEGORIES.map((c) => (
            <Select.Option key={c} value={c}>
              {t(`category.${c}`)}
            </Select.Option>
          ))}
        </Select>
        {errors.category && <ValidationMessage>{errors.category}</ValidationMessage>}
      </Field>
      <Field>
        <Label htmlFor={ids.textLanguage}>{t('activityEditor.fields.textLanguage')}</Label>
        <Select
          id={ids.textLanguage}
          name="textLanguage"
          width="auto"
          value={draft.textLanguage}
          onChange={(event) => update({ textLanguage: event.target.value === 'nn' ? 'nn' : 'nb' })}
        >
          <Select.Option value="nb">{languageLabel(t, 'nb')}</Select.Option>
          <Select.Option value="nn">{languageLabel(t, 'nn')}</Select.Option>
        </Select>
        {errors.textLanguage && <ValidationMessage>{errors.textLanguage}</ValidationMessage>}
      </Field>
    </EditorSection>
  );
}
