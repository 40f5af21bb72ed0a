import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLanguage } from '../i18n/index.ts';
import { DEFAULT_LANGUAGE, directionOf, isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../i18n/languages.ts';
import { GlobeIcon } from './icons.tsx';

/** A native select: each language is named in its own language, so people find theirs whatever is shown. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const current = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return (
    <Field data-size="sm" className="app-header__field">
      <Label htmlFor={id} className="app-header__label">
        <GlobeIcon />
        <span className="app-header__label-text">{t('language.label')}</span>
      </Label>
      <Select
        id={id}
        name="language"
        width="auto"
        value={current}
        onChange={(event) => {
          if (isLanguage(event.target.value)) chooseLanguage(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <Select.Option key={language} value={language} lang={language} dir={directionOf(language)}>
            {LANGUAGE_NAMES[language]}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
