import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, directionOf, languageCookie, normaliseLanguage, readLanguageCookie } from './languages.ts';

test('browser tags map to supported languages', () => {
  assert.equal(normaliseLanguage('nb-NO'), 'nb');
  assert.equal(normaliseLanguage('nn_NO'), 'nn');
  assert.equal(normaliseLanguage('en-GB'), 'en');
  assert.equal(normaliseLanguage('ar-SY'), 'ar');
  assert.equal(normaliseLanguage('no'), 'no');
  assert.equal(normaliseLanguage('de'), undefined);
});

test('an explicit choice wins, then the browser, then the municipality', () => {
  assert.equal(detectLanguage('ar', ['nn-NO'], 'nn'), 'ar');
  assert.equal(detectLanguage(undefined, ['de-DE', 'en-US'], 'nn'), 'en');
  assert.equal(detectLanguage(undefined, ['nb-NO'], 'nn'), 'nb');
  assert.equal(detectLanguage(undefined, ['no'], 'nn'), 'nn');
  assert.equal(detectLanguage(undefined, ['no']), 'nb');
  assert.equal(detectLanguage(undefined, ['de'], 'nn'), 'nn');
  assert.equal(detectLanguage(undefined, []), 'nb');
});

test('the cookie is read among others and ignores unknown values', () => {
  assert.equal(readLanguageCookie('a=1; lang=nn; b=2'), 'nn');
  assert.equal(readLanguageCookie('lang=xx'), undefined);
  assert.equal(readLanguageCookie(''), undefined);
});

test('the cookie is kept for a year on the whole site', () => {
  assert.equal(languageCookie('en', false), 'lang=en; Path=/; Max-Age=31536000; SameSite=Lax');
  assert.match(languageCookie('en', true), /; Secure$/);
});

test('Arabic is written right to left', () => {
  assert.equal(directionOf('ar'), 'rtl');
  assert.equal(directionOf('nb'), 'ltr');
});
