/**
 * A family finds an activity in a real browser: football for a 9-year-old within 2 km that is free to try, as a
 * list and on the map, then the activity's own page with the help that applies. Axe checks every view.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { readTexts } from '../../web/src/i18n/read-texts.ts';
import { assertNoAxeViolations } from './axe.ts';
import { type BrowserHarness, startBrowserHarness } from './harness.ts';

type Texts = Record<string, unknown>;
const texts = Object.fromEntries(['nb', 'en', 'ar'].map((l) => [l, readTexts(l) as Texts]));
function text(language: 'nb' | 'en' | 'ar', key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts)[part], texts[language]);
  assert.equal(typeof value, 'string', key);
  return value as string;
}

// Fjordvik sentrum and points at known distances north of it.
const SENTRUM = { latitude: 59.7441, longitude: 10.2045 };
const north = (km: number) => ({ latitude: SENTRUM.latitude + km / 111.2, longitude: SENTRUM.longitude });

/** Texts as providers write them: a long compound word, a long address and an unbroken string. */
const LONG_WORD = 'Naturopplevelsesaktivitetsprogramdeltakerregistreringsskjemaet';
const LONG_URL =
  'https://www.fjordvik-friluftslag.example/aktiviteter/friluftsliv/paamelding?sesong=2026-2027&gruppe=13-16';
const UNBROKEN = '★'.repeat(8) + 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.repeat(2);

let harness: BrowserHarness;
/** The outdoor activities with long words, links and strings in their texts, and the football activity. */
const phonePages: string[] = [];
const contexts: BrowserContext[] = [];

before(async () => {
  harness = await startBrowserHarness({
    seed: async ({ database, municipalityId }) => {
      const db = database.db;
      const sentrum = await db
        .insertInto('neighbourhood')
        .values({ municipalityId, name: 'Fjordvik sentrum', ...SENTRUM })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('neighbourhood')
        .values({ municipalityId, name: 'Nordåsen', ...north(6) })
        .execute();
      const club = await db
        .insertInto('provider')
        .values({
          municipalityId,
          name: 'Fjordvik IL',
          kind: 'voluntary',
          status: 'approved',
          description: 'Idrettslag for hele byen.',
          email: 'post@fjordvik-il.example',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const base = {
        municipalityId,
        providerId: club.id,
        category: 'sport',
        seasonStart: '2026-08-17',
        seasonEnd: '2099-06-15',
        status: 'published' as const,
        schedule: JSON.stringify([{ weekday: 2, start: '17:00', end: '18:00' }]),
        weekdays: [2],
        neighbourhoodId: sentrum.id,
        languages: ['nb'],
      };
      await db
        .insertInto('activity')
        .values([
          {
            ...base,
            title: 'Fotballtrening 8–10 år',
            description: 'Vi spiller fotball på kunstgresset. Kom og prøv gratis i hele september!',
            minAge: 8,
            maxAge: 10,
            priceOre: 90_000,
            freeTrial: true,
            ...north(1),
            contactEmail: 'fotball@fjordvik-il.example',
          },
          {
            ...base,
            title: 'Fotballskole Nordåsen',
            minAge: 8,
            maxAge: 12,
            priceOre: 60_000,
            freeTrial: true,
            ...north(6),
          },
          { ...base, title: 'Fotball for viderekomne', minAge: 9, maxAge: 11, priceOre: 150_000, ...north(0.5) },
          {
            ...base,
            title: 'Barneturn',
            category: 'sport',
            minAge: 6,
            maxAge: 9,
            priceOre: 0,
            freeTrial: true,
            ...north(0.3),
          },
          // Two activities at one venue: on the map they share a place.
          {
            ...base,
            title: 'Barnekor i kulturhuset',
            category: 'art_culture',
            minAge: 7,
            maxAge: 12,
            priceOre: 50_000,
            ...north(3),
          },
          {
            ...base,
            title: 'Teater i kulturhuset',
            category: 'art_culture',
            minAge: 10,
            maxAge: 15,
            priceOre: 70_000,
            ...north(3),
          },
        ])
        .execute();
      // Older youth outdoors (another category and age, so the searches above do not find them).
      const outdoors = await db
        .insertInto('activity')
        .values([
          {
            ...base,
            title: 'Friluftsgruppa Fjellgeitene',
            category: 'nature_outdoor',
            description: `Vi går på tur hver tirsdag. Meld deg på med ${LONG_WORD}.\nLes mer: ${LONG_URL}`,
            targetGroup: `Ungdom som liker ${LONG_WORD.toLowerCase()}.`,
            minAge: 13,
            maxAge: 16,
            priceOre: 20_000,
            languages: ['nb', 'se'],
            contactEmail: 'paamelding.friluftsgruppa.fjellgeitene@fjordvik-friluftslag.example',
            ...north(4),
          },
          {
            ...base,
            title: 'Padling på fjorden',
            category: 'nature_outdoor',
            description: `Kajakk for ungdom.\n${LONG_URL}&kilde=fritidskortet&utstyr=kajakk,vest,padleaare`,
            minAge: 13,
            maxAge: 16,
            priceOre: 40_000,
            ...north(4),
          },
          {
            ...base,
            title: 'Klatring for ungdom',
            category: 'nature_outdoor',
            description: `Klatring i hallen. Kode: ${UNBROKEN}`,
            minAge: 14,
            maxAge: 16,
            priceOre: 30_000,
            ...north(4),
          },
        ])
        .returning('id')
        .execute();
      const football = await db
        .selectFrom('activity')
        .select('id')
        .where('title', '=', 'Fotballtrening 8–10 år')
        .executeTakeFirstOrThrow();
      phonePages.push(...outdoors.map((row) => row.id), football.id);
      await db
        .insertInto('supportOffer')
        .values({
          municipalityId,
          kind: 'equipment_lending',
          title: 'BUA Fjordvik',
          summary: 'Lån fotballsko og leggskinn gratis.',
          categories: ['sport'],
        })
        .execute();
    },
  });
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

async function resultTitles(page: Page): Promise<string[]> {
  return (await page.locator('.activity-list h3').allTextContents()).map((t) => t.trim());
}

describe('a family finds an activity', () => {
  test('football for a 9-year-old within 2 km that is free to try, then its page', async () => {
    const page = await open('/', 'nb');
    await page
      .getByRole('link', { name: text('nb', 'nav.activities') })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: text('nb', 'catalogue.title') }).waitFor();
    await page.locator('.activity-list h3').first().waitFor();
    assert.equal((await resultTitles(page)).length, 9);
    await assertNoAxeViolations(page, 'activity search');

    await page.getByLabel(text('nb', 'catalogue.form.text')).fill('fotball');
    await page.getByText(text('nb', 'catalogue.form.filters')).click();
    await page.getByLabel(text('nb', 'catalogue.form.age'), { exact: true }).fill('9');
    await page.getByLabel(text('nb', 'catalogue.place.neighbourhood')).selectOption({ label: 'Fjordvik sentrum' });
    await page
      .getByLabel(text('nb', 'catalogue.place.distance'))
      .selectOption({ label: text('nb', 'catalogue.place.within').replace('{{distance}}', '2 km') });
    await page.getByLabel(text('nb', 'catalogue.form.freeTrial')).check();
    await assertNoAxeViolations(page, 'activity search with filters open');
    await page
      .getByRole('button', { name: text('nb', 'catalogue.form.submit') })
      .last()
      .click();

    await page.waitForURL(/freeTrial=true/);
    await page.waitForFunction(() => document.querySelectorAll('.activity-list h3').length === 1);
    assert.deepEqual(await resultTitles(page), ['Fotballtrening 8–10 år']);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('q'), 'fotball');
    assert.equal(url.searchParams.get('age'), '9');
    assert.equal(url.searchParams.get('maxKm'), '2');
    await page
      .locator('.activity-list')
      .getByText(/1,0\skm|1\skm/)
      .waitFor();

    await page.getByRole('button', { name: text('nb', 'catalogue.view.map') }).click();
    await page.locator('.activity-map__marker').first().waitFor();
    assert.equal(await page.locator('.activity-map__marker').count(), 1);
    assert.equal(await page.locator('.activity-map__marker').getAttribute('aria-label'), 'Fotballtrening 8–10 år');
    await assertNoAxeViolations(page, 'activity map');

    await page.getByRole('button', { name: text('nb', 'catalogue.view.list') }).click();
    await page.getByRole('link', { name: 'Fotballtrening 8–10 år' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fotballtrening 8–10 år' }).waitFor();
    await page.getByText('BUA Fjordvik').waitFor();
    await page.getByRole('link', { name: 'fotball@fjordvik-il.example' }).waitFor();
    assert.match(page.url(), /\/activities\/3999\/[0-9a-f-]{36}$/);
    await assertNoAxeViolations(page, 'activity page');

    // The address is shareable: opened fresh, it shows the same activity.
    const shared = await open(new URL(page.url()).pathname, 'nb');
    await shared.getByRole('heading', { level: 1, name: 'Fotballtrening 8–10 år' }).waitFor();
  });

  test('activities at one venue share a marker on the map that lists them', async () => {
    const page = await open('/activities?category=art_culture', 'nb');
    await page.waitForFunction(() => document.querySelectorAll('.activity-list h3').length === 2);
    await page.getByRole('button', { name: text('nb', 'catalogue.view.map') }).click();
    const cluster = page.getByRole('button', {
      name: text('nb', 'catalogue.map.cluster').replace('{{count}}', '2'),
    });
    await cluster.waitFor();
    assert.equal(await page.locator('.activity-map__marker').count(), 0);
    await assertNoAxeViolations(page, 'activity map with a cluster');
    await cluster.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup .activity-map__list');
    await popup.getByRole('link', { name: 'Barnekor i kulturhuset' }).waitFor();
    await popup.getByRole('link', { name: 'Teater i kulturhuset' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teater i kulturhuset' }).waitFor();
  });

  test('on a phone the search, its filters, the map and an activity fit the screen', async () => {
    const context = await harness.browser.newContext({
      locale: 'nb',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    const fits = async (label: string) => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${label}: the page is ${overflow}px wider than the phone`);
    };
    await page.goto(`${harness.baseUrl}/activities`);
    await page.waitForFunction(() => document.querySelectorAll('.activity-list h3').length === 9);
    await fits('search');
    await page.getByText(text('nb', 'catalogue.form.filters')).click();
    await page.getByLabel(text('nb', 'catalogue.form.age'), { exact: true }).waitFor();
    await fits('filters');
    await assertNoAxeViolations(page, 'activity search with filters on a phone');
    await page.getByRole('button', { name: text('nb', 'catalogue.view.map') }).click();
    await page.locator('.activity-map .leaflet-marker-icon').first().waitFor();
    await fits('map');
    await page.getByRole('button', { name: text('nb', 'catalogue.view.list') }).click();
    await page.getByRole('link', { name: 'Fotballtrening 8–10 år' }).click();
    await page.getByRole('heading', { level: 1, name: 'Fotballtrening 8–10 år' }).waitFor();
    await fits('activity page');
    await assertNoAxeViolations(page, 'activity page on a phone');
  });

  test('the search reads right to left in Arabic and keeps the choices in the address', async () => {
    const page = await open('/activities?category=sport&free=true', 'ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.getByRole('heading', { level: 1, name: text('ar', 'catalogue.title') }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.activity-list h3').length === 1);
    assert.deepEqual(await resultTitles(page), ['Barneturn']);
    await assertNoAxeViolations(page, 'activity search (ar)');
  });

  test('languages are named from our own texts, Northern Sami too, in the filter and on the cards', async () => {
    const page = await open('/activities?category=nature_outdoor', 'nb');
    await page.waitForFunction(() => document.querySelectorAll('.activity-list h3').length === 3);
    const card = page.locator('.activity-card', { hasText: 'Friluftsgruppa Fjellgeitene' });
    await card.getByText(text('nb', 'spokenLanguage.se'), { exact: true }).waitFor();
    await page.getByText(text('nb', 'catalogue.form.filters')).click();
    const filter = page.getByLabel(text('nb', 'catalogue.form.language'));
    const options = (await filter.locator('option').allTextContents()).map((option) => option.trim());
    assert.ok(options.includes(text('nb', 'spokenLanguage.se')), options.join(', '));
    assert.ok(!options.includes('se'), options.join(', '));
  });

  test('an unknown activity says so', async () => {
    const page = await open('/activities/3999/00000000-0000-4000-8000-000000000000', 'nb');
    await page.getByRole('heading', { level: 1, name: text('nb', 'activity.notFound.title') }).waitFor();
  });
});

describe('an activity page on a phone', () => {
  for (const language of ['nb', 'en', 'ar'] as const) {
    test(`${language}: fits 375 px, long words and links in its texts wrap; providers' texts keep their language`, async () => {
      const context = await harness.browser.newContext({
        locale: language,
        viewport: { width: 375, height: 812 },
        isMobile: true,
        hasTouch: true,
      });
      contexts.push(context);
      const page = await context.newPage();
      assert.ok(phonePages.length >= 4);
      for (const id of phonePages) {
        await page.goto(`${harness.baseUrl}/activities/3999/${id}`);
        await page.locator('main h1').waitFor();
        await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
        const { scrollWidth, innerWidth, outside } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          // Text of the page that reaches past either edge of the screen.
          outside: [...document.querySelectorAll('main p, main h1, main dd, main li')]
            .filter((element) => {
              const range = document.createRange();
              range.selectNodeContents(element);
              const box = range.getBoundingClientRect();
              return box.width > 0 && (box.left < 0 || box.right > window.innerWidth);
            })
            .map((element) => element.textContent?.slice(0, 40)),
        }));
        const title = await page.locator('main h1').textContent();
        assert.ok(
          scrollWidth <= innerWidth,
          `${title} (${language}): ${scrollWidth}px wide on a ${innerWidth}px phone`,
        );
        assert.deepEqual(outside, [], `${title} (${language}): text cut at the screen's edge`);
      }

      // The last page is the football activity: its Norwegian title, description and provider keep their language
      // and their own direction, also inside an Arabic page.
      for (const element of [
        page.locator('main h1'),
        page.locator('.activity-page__description'),
        page.locator('.activity-page__intro p').first(),
      ]) {
        assert.deepEqual(
          await element.evaluate((e) => [e.getAttribute('lang'), e.getAttribute('dir'), getComputedStyle(e).direction]),
          ['nb', 'auto', 'ltr'],
        );
      }
      await assertNoAxeViolations(page, `activity page on a phone (${language})`);
    });
  }
});
