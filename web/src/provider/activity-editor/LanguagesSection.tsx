import { Checkbox, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { languageLabel } from '../../kit/labels.ts';
import { COMMON_LANGUAGES } from './activity-draft.ts';
import { EditorSection } from './EditorSection.tsx';
import type { SectionProps } from './useActivityForm.ts';

/** The languages spoken at the activity: the common ones, and any others the activity already has. */
export function LanguagesSection({ draft, errors, update }: SectionProps) {
  const { t } = useTranslation();
  const languageChoices = [
    ...COMMON_LANGUAGES,
    ...draft.languages.filter((l) => !COMMON_LANGUAGES.includes(l as never)),
  ];
  return (
    <EditorSection title={t('activityEditor.fields.languages')} description={t('activityEditor.fields.languagesHint')}>
      {errors.languages && <ValidationMessage>{errors.languages}</ValidationMessage>}
      <div className="provider-checkbox-grid">
        {languageChoices.map((code) => (
          <Checkbox
            key={code}
            name="languages"
            value={code}
            label={languageLabel(t, code)}
            checked={draft.languages.includes(code)}
            onChange={(event) =>
              update({
                languages: event.target.checked
                  ? [...draft.languages, code]
                  : draft.languages.filter((l) => l !== code),
              })
            }
          />
        ))}
      </div>
    </EditorSection>
  );
}
