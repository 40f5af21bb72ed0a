/**
 * Languages of the web app and how a person's choice is kept. Pure: no DOM access, so it can be unit tested.
 * The server reads the same cookie (`lang`) so that its messages follow the language chosen here.
 */

export const LANGUAGES = ['nb', 'nn', 'en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nb';
export const LANGUAGE_COOKIE = 'lang';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Each language named in its own language, as people look for it in a list. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  en: 'English',
  ar: 'العربية',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Maps a browser language tag to a supported language. Plain Norwegian ('no', 'no-NO') says nothing about
 * bokmål or nynorsk and maps to 'no', which the caller resolves with the municipality's written standard.
 */
export function normaliseLanguage(tag: string): Language | 'no' | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no') return 'no';
  return isLanguage(primary) ? primary : undefined;
}

/** Reads the language cookie from a `document.cookie` string. */
export function readLanguageCookie(cookies: string): Language | undefined {
  for (const part of cookies.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === LANGUAGE_COOKIE) {
      const value = decodeURIComponent(rest.join('='));
      return isLanguage(value) ? value : undefined;
    }
  }
  return undefined;
}

/** The `document.cookie` assignment that keeps a language choice for a year on the whole site. */
export function languageCookie(language: Language, secure: boolean): string {
  const attributes = [`${LANGUAGE_COOKIE}=${language}`, 'Path=/', `Max-Age=${ONE_YEAR_SECONDS}`, 'SameSite=Lax'];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

/**
 * The language to show: the person's own choice first, then the browser's preferred languages, then the
 * municipality's written standard (bokmål or nynorsk), then bokmål.
 */
export function detectLanguage(
  chosen: Language | undefined,
  browserLanguages: readonly string[],
  municipalityDefault?: Language,
): Language {
  if (chosen) return chosen;
  const fallback = municipalityDefault ?? DEFAULT_LANGUAGE;
  for (const tag of browserLanguages) {
    const language = normaliseLanguage(tag);
    if (language === 'no') return fallback === 'nn' ? 'nn' : 'nb';
    if (language) return language;
  }
  return fallback;
}
