import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { LANGUAGES, negotiateLanguage, normaliseLanguage } from './i18n.ts';

test('language tags map to the supported languages', () => {
  assert.equal(normaliseLanguage('no'), 'nb');
  assert.equal(normaliseLanguage('nb-NO'), 'nb');
  assert.equal(normaliseLanguage('nn_NO'), 'nn');
  assert.equal(normaliseLanguage('ar-SA'), 'ar');
  assert.equal(normaliseLanguage('de'), undefined);
});

test('Accept-Language is honoured by weight, the explicit choice first, bokmål last', () => {
  assert.equal(negotiateLanguage(undefined, 'de-DE, en;q=0.5, nn;q=0.8'), 'nn');
  assert.equal(negotiateLanguage(undefined, 'de, fr'), 'nb');
  assert.equal(negotiateLanguage('ar', 'en'), 'ar');
  assert.equal(negotiateLanguage('xx', 'en'), 'en');
  assert.equal(negotiateLanguage(undefined, 'en;q=0, nn'), 'nn');
  assert.equal(negotiateLanguage(undefined, undefined), 'nb');
});

test('server message catalogues have the same keys and no empty text', () => {
  const keys = (obj: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(obj).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  const catalogues = LANGUAGES.map((lng) => {
    const data = JSON.parse(readFileSync(new URL(`./locales/${lng}.json`, import.meta.url), 'utf8'));
    return { lng, data, keys: keys(data).sort() };
  });
  const reference = catalogues[0]?.keys ?? [];
  for (const { lng, keys: k } of catalogues) assert.deepEqual(k, reference, `${lng} differs from nb`);
});
