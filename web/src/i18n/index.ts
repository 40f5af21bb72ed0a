import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  DEFAULT_LANGUAGE,
  detectLanguage,
  directionOf,
  isLanguage,
  LANGUAGES,
  type Language,
  languageCookie,
  readLanguageCookie,
} from './languages.ts';
import adminAr from './locales/admin/ar.json';
import adminEn from './locales/admin/en.json';
import adminNb from './locales/admin/nb.json';
import adminNn from './locales/admin/nn.json';
import ar from './locales/ar.json';
import en from './locales/en.json';
import nb from './locales/nb.json';
import nn from './locales/nn.json';
import providerAr from './locales/provider/ar.json';
import providerEn from './locales/provider/en.json';
import providerNb from './locales/provider/nb.json';
import providerNn from './locales/provider/nn.json';
import { mergeTexts } from './texts.ts';

/** The app's i18next instance. Texts live in ./locales; bokmål is the fallback for anything missing. */
export const i18n = i18next.createInstance();

export function initI18n(): void {
  const language = detectLanguage(chosenLanguage(), navigator.languages);
  void i18n.use(initReactI18next).init({
    resources: {
      nb: { translation: mergeTexts([nb, providerNb, adminNb]) },
      nn: { translation: mergeTexts([nn, providerNn, adminNn]) },
      en: { translation: mergeTexts([en, providerEn, adminEn]) },
      ar: { translation: mergeTexts([ar, providerAr, adminAr]) },
    },
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  applyToDocument(language);
  i18n.on('languageChanged', (next) => {
    if (isLanguage(next)) applyToDocument(next);
  });
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

/** The language the person chose themselves, kept in the `lang` cookie that the server reads too. */
export function chosenLanguage(): Language | undefined {
  return readLanguageCookie(document.cookie);
}

/** A person's explicit choice: kept for a year so that both this app and the server's messages follow it. */
export function chooseLanguage(language: Language): void {
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser families use yet.
  document.cookie = languageCookie(language, window.location.protocol === 'https:');
  void i18n.changeLanguage(language);
}

/**
 * Applies the municipality's written standard (bokmål or nynorsk) when the person has not chosen a language
 * and the browser does not say which Norwegian they read.
 */
export function applyMunicipalityDefault(municipalityDefault: Language): void {
  if (chosenLanguage()) return;
  const language = detectLanguage(undefined, navigator.languages, municipalityDefault);
  if (language !== currentLanguage()) void i18n.changeLanguage(language);
}

function applyToDocument(language: Language): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
}
