import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type TFunction } from 'i18next';

/** Languages the server answers in. The first is the default (bokmål). */
export const LANGUAGES = ['nb', 'nn', 'en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'locales');
const resources = Object.fromEntries(
  LANGUAGES.map((lng) => [lng, { translation: JSON.parse(readFileSync(join(dir, `${lng}.json`), 'utf8')) }]),
);

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function translator(language: Language): TFunction {
  return instance.getFixedT(language);
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Maps a language tag to a supported language: 'no', 'nb-NO' → nb; 'nn-NO' → nn; 'en-GB' → en. */
export function normaliseLanguage(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no') return 'nb';
  return isLanguage(primary) ? primary : undefined;
}

/** Picks the language from an explicit choice (cookie) first, then the Accept-Language header by weight. */
export function negotiateLanguage(explicit: string | undefined, acceptLanguage: string | undefined): Language {
  if (explicit) {
    const chosen = normaliseLanguage(explicit);
    if (chosen) return chosen;
  }
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part, index) => {
        const [tag = '', ...params] = part.split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        const weight = q ? Number(q.slice(2)) : 1;
        return { tag, weight: Number.isFinite(weight) ? weight : 0, index };
      })
      .filter((entry) => entry.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.index - b.index);
    for (const entry of ranked) {
      const lang = normaliseLanguage(entry.tag);
      if (lang) return lang;
    }
  }
  return DEFAULT_LANGUAGE;
}
