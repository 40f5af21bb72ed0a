import { useTranslation } from 'react-i18next';
import { EmailField, NameField, PhoneField } from '../../kit/forms/ContactFields.tsx';
import { EditorSection } from './EditorSection.tsx';
import type { SectionProps } from './useActivityForm.ts';

/** Whom to ask about the activity. */
export function ContactSection({ draft, errors, update }: SectionProps) {
  const { t } = useTranslation();
  return (
    <EditorSection title={t('activityEditor.sections.contact')} description={t('activityEditor.fields.contactHint')}>
      <NameField
        label={t('activityEditor.fields.contactName')}
        name="contactName"
        value={draft.contactName}
        onChange={(contactName) => update({ contactName })}
        error={errors.contactName}
      />
      <EmailField
        label={t('activityEditor.fields.contactEmail')}
        name="contactEmail"
        value={draft.contactEmail}
        onChange={(contactEmail) => update({ contactEmail })}
        error={errors.contactEmail}
      />
      <PhoneField
        label={t('activityEditor.fields.contactPhone')}
        name="contactPhone"
        maxLength={30}
        value={draft.contactPhone}
        onChange={(contactPhone) => update({ contactPhone })}
        error={errors.contactPhone}
      />
    </EditorSection>
  );
}
