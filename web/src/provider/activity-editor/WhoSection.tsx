import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { EditorSection } from './EditorSection.tsx';
import type { SectionProps } from './useActivityForm.ts';

/** Who the activity is for: ages, target group, adapted. */
export function WhoSection({ draft, errors, update }: SectionProps) {
  const { t } = useTranslation();
  return (
    <EditorSection title={t('activityEditor.sections.who')}>
      <div className="provider-two">
        <Textfield
          label={t('activityEditor.fields.minAge')}
          name="minAge"
          inputMode="numeric"
          autoComplete="off"
          maxLength={2}
          value={draft.minAge}
          onChange={(event) => update({ minAge: event.target.value })}
          error={errors.minAge}
          className="field-narrow"
        />
        <Textfield
          label={t('activityEditor.fields.maxAge')}
          name="maxAge"
          inputMode="numeric"
          autoComplete="off"
          maxLength={2}
          value={draft.maxAge}
          onChange={(event) => update({ maxAge: event.target.value })}
          error={errors.maxAge}
          className="field-narrow"
        />
      </div>
      <Textfield
        label={t('activityEditor.fields.targetGroup')}
        description={t('activityEditor.fields.targetGroupHint')}
        name="targetGroup"
        maxLength={200}
        lang={draft.textLanguage}
        value={draft.targetGroup}
        onChange={(event) => update({ targetGroup: event.target.value })}
        error={errors.targetGroup}
      />
      <Checkbox
        name="adapted"
        label={t('activityEditor.fields.adapted')}
        description={t('activityEditor.fields.adaptedHint')}
        checked={draft.adapted}
        onChange={(event) => update({ adapted: event.target.checked })}
      />
    </EditorSection>
  );
}
