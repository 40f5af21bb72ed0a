/**
 * Journeys through the public pages in a real browser, in every language, with axe checking WCAG 2.1 A and AA.
 * Needs a built web app: npx vite build --config web/vite.config.ts (the test command does this first).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { readTexts } from '../../web/src/i18n/read-texts.ts';
import { assertNoAxeViolations } from './axe.ts';
import { type BrowserHarness, startBrowserHarness, TEST_MUNICIPALITY } from './harness.ts';

const LANGUAGES = ['nb', 'nn', 'en', 'ar'] as const;
type Language = (typeof LANGUAGES)[number];

type Texts = Record<string, Record<string, unknown>>;
const readJson = (path: string): Texts => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Texts;
const webTexts = Object.fromEntries(LANGUAGES.map((l) => [l, readTexts(l) as Texts]));
const serverTexts = Object.fromEntries(LANGUAGES.map((l) => [l, readJson(`../../src/http/locales/${l}.json`)]));

/** A text of the web app by its key, e.g. text('nb', 'home.title'). */
function text(language: Language, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], webTexts[language]);
  assert.equal(typeof value, 'string', `${language}: ${key}`);
  return value as string;
}

let harness: BrowserHarness;
const contexts: BrowserContext[] = [];

before(async () => {
  harness = await startBrowserHarness();
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await harness?.close();
});

async function open(path: string, locale: string): Promise<Page> {
  const context = await harness.browser.newContext({ locale });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${harness.baseUrl}${path}`);
  await page.locator('main h1').waitFor();
  return page;
}

async function waitForLanguage(page: Page, language: Language): Promise<void> {
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  const dir = await page.evaluate(() => document.documentElement.dir);
  assert.equal(dir, language === 'ar' ? 'rtl' : 'ltr', `dir for ${language}`);
}

async function headingText(page: Page): Promise<string | undefined> {
  return (await page.locator('main h1').textContent())?.trim();
}

function switcher(page: Page, shownLanguage: Language) {
  return page.getByRole('combobox', { name: text(shownLanguage, 'language.label') });
}

describe('home page in every language', () => {
  for (const language of LANGUAGES) {
    test(`${language}: language and direction, translated heading, municipality, no axe violations`, async () => {
      const page = await open('/', language);
      await waitForLanguage(page, language);
      assert.equal(await headingText(page), text(language, 'home.title'));
      if (language !== 'nb') assert.notEqual(text(language, 'home.title'), text('nb', 'home.title'));
      await page.locator('header a', { hasText: TEST_MUNICIPALITY.name }).waitFor();
      assert.equal(await page.title(), `${text(language, 'home.documentTitle')} – Fritidskortet`);
      assert.equal(await switcher(page, language).inputValue(), language);
      await assertNoAxeViolations(page, `home (${language})`);
    });
  }
});

test('the language chosen in the switcher is kept, survives a reload and reaches the server', async () => {
  const page = await open('/', 'nb');
  await waitForLanguage(page, 'nb');

  await switcher(page, 'nb').selectOption('ar');
  await waitForLanguage(page, 'ar');
  await page.locator('main h1', { hasText: text('ar', 'home.title') }).waitFor();

  const cookie = (await page.context().cookies()).find((c) => c.name === 'lang');
  assert.ok(cookie, 'the lang cookie is set');
  assert.equal(cookie.value, 'ar');
  assert.equal(cookie.path, '/');
  assert.equal(cookie.sameSite, 'Lax');
  assert.ok(cookie.expires > Date.now() / 1000 + 360 * 24 * 3600, 'the cookie lasts about a year');

  await page.reload();
  await page.locator('main h1').waitFor();
  await waitForLanguage(page, 'ar');
  assert.equal(await headingText(page), text('ar', 'home.title'));

  // The context's browser locale is nb; the cookie must win so the server answers in Arabic.
  const response = await page.request.get(`${harness.baseUrl}/api/municipalities/0000`);
  assert.equal(response.status(), 404);
  const body = (await response.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'MUNICIPALITY_NOT_FOUND');
  const expected = String(serverTexts.ar?.error?.MUNICIPALITY_NOT_FOUND).replace('{{kommunenummer}}', '0000');
  assert.equal(body.error.message, expected);
  assert.equal(response.headers()['content-language'], 'ar');

  await switcher(page, 'ar').selectOption('nn');
  await waitForLanguage(page, 'nn');
  await page.locator('main h1', { hasText: text('nn', 'home.title') }).waitFor();
  await assertNoAxeViolations(page, 'home after switching to nn');
});

test('keyboard only: the skip link comes first and moves focus to the main content', async () => {
  const page = await open('/', 'nb');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({
    text: document.activeElement?.textContent ?? '',
    href: document.activeElement?.getAttribute('href'),
  }));
  assert.deepEqual(first, { text: text('nb', 'app.skipToContent'), href: '#main-content' });
  assert.ok(await page.getByText(text('nb', 'app.skipToContent')).isVisible(), 'the skip link shows when focused');

  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');

  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  assert.ok(inMain, 'the next Tab stays in the main content');
});

describe('about page', () => {
  for (const language of ['nb', 'ar'] as const) {
    test(`${language}: reached from the menu, heading focused, no axe violations`, async () => {
      const page = await open('/', language);
      await page
        .getByRole('navigation')
        .getByRole('link', { name: text(language, 'nav.about') })
        .click();
      await page.locator('main h1', { hasText: text(language, 'about.title') }).waitFor();
      assert.equal(new URL(page.url()).pathname, '/about');
      assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1');
      assert.equal(await page.title(), `${text(language, 'about.documentTitle')} – Fritidskortet`);
      const current = page.getByRole('navigation').locator('[aria-current="page"]');
      assert.equal((await current.textContent())?.trim(), text(language, 'nav.about'));
      // The API's documentation (swagger-ui, served by the server) does not meet WCAG: citizen pages do not link it.
      // (The login links go through the API and come back to the app.)
      const serverPages = await page
        .locator('a[href^="/api/"]:not([href^="/api/auth/"])')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      assert.deepEqual(serverPages, [], 'no links to the API from the citizen pages');
      await assertNoAxeViolations(page, `about (${language})`);
    });
  }

  test('loads directly at its address', async () => {
    const page = await open('/about', 'en');
    assert.equal(await headingText(page), text('en', 'about.title'));
  });
});

describe('not-found page', () => {
  for (const language of ['nb', 'ar'] as const) {
    test(`${language}: an unknown address shows a translated page without axe violations`, async () => {
      const page = await open('/finnes-ikke', language);
      await waitForLanguage(page, language);
      assert.equal(await headingText(page), text(language, 'notFound.title'));
      assert.equal(await page.title(), `${text(language, 'notFound.documentTitle')} – Fritidskortet`);
      await assertNoAxeViolations(page, `not found (${language})`);
    });
  }
});

test('with several municipalities, a chooser appears and the choice is remembered', async () => {
  const context = await harness.browser.newContext({ locale: 'no' });
  contexts.push(context);
  // The test server has one municipality; answer the list as an installation serving two.
  await context.route('**/api/municipalities', (route) =>
    route.fulfill({
      json: {
        items: [
          { kommunenummer: '3999', name: 'Fjordvik', defaultLanguage: 'nb', contactEmail: null },
          { kommunenummer: '3998', name: 'Nordvik', defaultLanguage: 'nn', contactEmail: 'post@nordvik.example' },
        ],
      },
    }),
  );
  const page = await context.newPage();
  await page.goto(`${harness.baseUrl}/`);
  const chooser = page.getByRole('combobox', { name: text('nb', 'municipality.label') });
  await chooser.waitFor();
  assert.equal(await chooser.inputValue(), '');

  await chooser.selectOption('3998');
  // Plain Norwegian in the browser: the municipality's written standard (nynorsk) is used.
  await waitForLanguage(page, 'nn');
  await page.locator('header a', { hasText: 'Nordvik' }).waitFor();
  await page.locator('footer a[href="mailto:post@nordvik.example"]').waitFor();
  await assertNoAxeViolations(page, 'home with municipality chooser');

  await page.reload();
  await page.locator('header a', { hasText: 'Nordvik' }).waitFor();
  assert.equal(await chooser.inputValue(), '3998');
  await waitForLanguage(page, 'nn');
  assert.equal(
    (await context.cookies()).find((c) => c.name === 'lang'),
    undefined,
    'no choice was made for them',
  );
});
