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
const texts = Object.fromEntries(['nb', 'ar'].map((l) => [l, readTexts(l) as Texts]));
function text(language: 'nb' | 'ar', key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts)[part], texts[language]);
  assert.equal(typeof value, 'string', key);
  return value as string;
}

// Fjordvik sentrum and points at known distances north of it.
const SENTRUM = { latitude: 59.7441, longitude: 10.2045 };
const north = (km: number) => ({ latitude: SENTRUM.latitude + km / 111.2, longitude: SENTRUM.longitude });

let harness: BrowserHarness;
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
    assert.equal((await resultTitles(page)).length, 6);
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
    await page.waitForFunction(() => document.querySelectorAll('.activity-list h3').length === 6);
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

  test('an unknown activity says so', async () => {
    const page = await open('/activities/3999/00000000-0000-4000-8000-000000000000', 'nb');
    await page.getByRole('heading', { level: 1, name: text('nb', 'activity.notFound.title') }).waitFor();
  });
});
