import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLES } from '../api/client.ts';
import { LOGIN_ERRORS } from '../auth.ts';
import { readTexts } from '../i18n/read-texts.ts';
import {
  ACTION_LABELS,
  ACTIVITY_KIND_LABELS,
  AUDIT_ACTIONS,
  actorLabel,
  ELIGIBILITY_LABELS,
  FEE_KIND_LABELS,
  LANGUAGE_LABELS,
  LOGIN_ERROR_LABELS,
  languageLabel,
  PERIOD_KIND_LABELS,
  PLACEMENT_REASON_LABELS,
  PROVIDER_KIND_LABELS,
  RESIDENCE_LABELS,
  ROLE_LABELS,
  reasonLabel,
  roleLabel,
  SYSTEM_ACTORS,
  SYSTEM_REASONS,
  TRANSFER_REASON_LABELS,
  transferReasonLabel,
} from './labels.ts';

const LANGUAGES = ['nb', 'nn', 'en', 'ar'];
const locales = LANGUAGES.map((language) => ({
  language,
  texts: readTexts(language) as unknown,
}));

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

test('every code has a label in every language', () => {
  const keys = [
    ...Object.values(ROLE_LABELS),
    ...Object.values(ACTION_LABELS),
    ...Object.values(SYSTEM_REASONS),
    ...Object.values(SYSTEM_ACTORS),
    ...Object.values(LANGUAGE_LABELS),
    ...Object.values(LOGIN_ERROR_LABELS),
    ...Object.values(TRANSFER_REASON_LABELS),
    ...Object.values(ELIGIBILITY_LABELS),
    ...Object.values(RESIDENCE_LABELS),
    ...Object.values(PERIOD_KIND_LABELS),
    ...Object.values(ACTIVITY_KIND_LABELS),
    ...Object.values(FEE_KIND_LABELS),
    ...Object.values(PROVIDER_KIND_LABELS),
    ...Object.values(PLACEMENT_REASON_LABELS),
  ];
  for (const { language, texts } of locales) {
    for (const key of keys) assert.equal(typeof lookup(texts, key), 'string', `${language}: ${key}`);
  }
});

test('the tables cover every role, audit action and login error', () => {
  assert.deepEqual(Object.keys(ROLE_LABELS).sort(), [...ROLES].sort());
  // The actions' table is typed by the API's closed set (schema.d.ts, kept in step by the OpenAPI check), so a
  // missing action does not compile; each has its own text.
  assert.equal(new Set(Object.values(ACTION_LABELS)).size, AUDIT_ACTIONS.length);
  assert.deepEqual(Object.keys(LOGIN_ERROR_LABELS).sort(), [...LOGIN_ERRORS, 'unknown'].sort());
});

test('unknown codes are shown as they are; a person’s own reason is kept as written', () => {
  const t = (key: string) => `<${key}>`;
  assert.equal(roleLabel(t, 'caseworker'), '<roleName.caseworker>');
  assert.equal(roleLabel(t, 'new_role'), 'new_role');
  assert.equal(roleLabel(t, null), '');
  assert.equal(transferReasonLabel(t, 'grant'), '<transferReason.grant>');
  assert.equal(transferReasonLabel(t, 'toString'), 'toString');
  assert.equal(reasonLabel(t, 'own family'), '<reason.ownFamily>');
  assert.equal(reasonLabel(t, 'Søknad om utstyr, sak 12'), 'Søknad om utstyr, sak 12');
});

test('roles granted at set-up or by the system name their granter in the reader’s language', () => {
  const t = (key: string) => `<${key}>`;
  assert.equal(actorLabel(t, 'installation set-up'), '<systemActor.installation>');
  assert.equal(actorLabel(t, 'system'), '<systemActor.system>');
  assert.equal(actorLabel(t, 'Kari Nordmann'), 'Kari Nordmann');
  assert.equal(actorLabel(t, 'toString'), 'toString');
  for (const { language, texts } of locales) {
    const shown = actorLabel((key) => lookup(texts, key) as string, 'installation set-up');
    if (language !== 'en') assert.doesNotMatch(shown, /installation set-up/, language);
  }
});

test('every activity category, sort order and support kind has a text in every language', async () => {
  const { CATEGORIES, SORTS } = await import('../catalogue/search-state.ts');
  const keys = [
    ...CATEGORIES.map((c) => `category.${c}`),
    ...SORTS.map((s) => `catalogue.sort.${s}`),
    'supportKind.support_scheme',
    'supportKind.equipment_lending',
  ];
  for (const { language, texts } of locales) {
    for (const key of keys) assert.equal(typeof lookup(texts, key), 'string', `${language}: ${key}`);
  }
});

test('every language an activity can be held in is named from our own texts, Northern Sami included', () => {
  const named = (language: string) => (code: string) => {
    const texts = locales.find((locale) => locale.language === language)?.texts;
    return languageLabel((key) => lookup(texts, key) as string, code);
  };
  assert.equal(named('nb')('se'), 'nordsamisk');
  assert.equal(named('nn')('se'), 'nordsamisk');
  assert.equal(named('en')('se'), 'Northern Sami');
  assert.equal(named('ar')('se'), 'السامية الشمالية');
  assert.equal(named('nb')('ar'), 'arabisk');
  assert.equal(named('en')('uk'), 'Ukrainian');
  for (const { language } of locales) {
    const names = Object.keys(LANGUAGE_LABELS).map(named(language));
    for (const [index, code] of Object.keys(LANGUAGE_LABELS).entries()) {
      assert.notEqual(names[index], code, `${language}: ${code} has a name`);
    }
    assert.equal(new Set(names).size, names.length, `${language}: every language has its own name`);
  }
  assert.equal(
    languageLabel((key) => key, 'xx'),
    'xx',
  );
});
