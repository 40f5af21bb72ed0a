import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PAGES } from '../navigation.ts';
import { readTexts } from './read-texts.ts';

const here = dirname(fileURLToPath(import.meta.url));
const sourceRoot = join(here, '..');
const LANGUAGES = ['nb', 'nn', 'en', 'ar'];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const locales = new Map(LANGUAGES.map((lng) => [lng, flatten(readTexts(lng) as Tree)]));
const bokmal = locales.get('nb') ?? new Map<string, string>();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [full] : [];
  });
}

/** Keys passed literally to t('…') (also i18n.t and t("…")) anywhere in the app's source. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(sourceRoot)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*(['"`])([^'"`$]+)\1/g)) {
      used.set(match[2] as string, relative(sourceRoot, file));
    }
  }
  return used;
}

test('every language has exactly the keys of bokmål', () => {
  for (const [lng, keys] of locales) {
    const missing = [...bokmal.keys()].filter((key) => !keys.has(key));
    const extra = [...keys.keys()].filter((key) => !bokmal.has(key));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${lng}.json`);
  }
});

test('no translation is empty', () => {
  for (const [lng, keys] of locales) {
    for (const [key, value] of keys) assert.ok(value.trim().length > 0, `${lng}.json: ${key} is empty`);
  }
});

test('interpolations are the same in every language', () => {
  const variables = (value: string) => [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
  for (const [lng, keys] of locales) {
    for (const [key, value] of keys) {
      assert.deepEqual(variables(value), variables(bokmal.get(key) ?? ''), `${lng}.json: ${key}`);
    }
  }
});

test('every key used in the app exists', () => {
  const used = usedKeys();
  assert.ok(used.size > 10, 'the scan found the t() calls');
  for (const [key, file] of used) assert.ok(bokmal.has(key), `${file} uses "${key}", which is not in nb.json`);
});

test('every menu label exists', () => {
  for (const page of Object.values(PAGES)) assert.ok(bokmal.has(page.labelKey), page.labelKey);
});
