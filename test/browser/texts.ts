/** The web app's texts, read from its locale files, so journeys look for what people actually see. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

export const LANGUAGES = ['nb', 'nn', 'en', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

type Texts = Record<string, unknown>;
const readJson = (path: string): Texts => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Texts;
const webTexts = Object.fromEntries(LANGUAGES.map((l) => [l, readJson(`../../web/src/i18n/locales/${l}.json`)]));
const serverTexts = Object.fromEntries(LANGUAGES.map((l) => [l, readJson(`../../src/http/locales/${l}.json`)]));

/** A text of the web app by its key, with {{variables}} filled in, e.g. text('nb', 'family.title'). */
export function text(language: Language, key: string, values: Record<string, string | number> = {}): string {
  return lookup(webTexts[language], language, key, values);
}

/** A message of the server (src/http/locales), e.g. serverText('en', 'error.PERSON_NOT_FOUND'). */
export function serverText(language: Language, key: string, values: Record<string, string | number> = {}): string {
  return lookup(serverTexts[language], language, key, values);
}

function lookup(texts: Texts | undefined, language: Language, key: string, values: Record<string, string | number>) {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts);
  assert.equal(typeof value, 'string', `${language}: ${key}`);
  return (value as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}
