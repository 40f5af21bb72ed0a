/**
 * The municipality administrator in a real browser, logged in through the local staff provider, with axe checking
 * WCAG 2.1 A and AA on every view: writes news to the sport providers in one neighbourhood (seeing how many it
 * reaches, confirming, and finding it among the sent news), and adds, changes, deactivates and deletes support
 * offers, which families then see (or no longer see) on a sport activity's page.
 *
 * Needs a built web app: npx vite build --config web/vite.config.ts (the test command does this first).
 * With SCREENSHOT_DIR set, the pages are also saved as phone and desktop screenshots there.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { generateDemoMunicipality } from '../../src/demo/generate.ts';
import { isChildInScope, osloDate } from '../../src/domain/age.ts';
import { demoExtractLines } from '../../src/integrations/folkeregisteret/write-extract.ts';
import type { DevStaffUser } from '../../src/integrations/oidc/dev-provider.ts';
import { createServices } from '../../src/services.ts';
import { readTexts } from '../../web/src/i18n/read-texts.ts';
import { testConfig } from '../helpers/app.ts';
import { type LoginServer, startLoginServer } from '../helpers/login.ts';
import { assertNoAxeViolations } from './axe.ts';
import { launchBrowser } from './harness.ts';
import { screenshots, tableRow, waitForFieldError } from './journey.ts';

type Language = 'nb' | 'ar';
type Texts = Record<string, unknown>;
const texts = Object.fromEntries((['nb', 'ar'] as const).map((l) => [l, readTexts(l) as Texts]));

/** A text of the app (all areas) with {{variables}} filled in. */
function text(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts[language]);
  assert.equal(typeof value, 'string', `${language}: ${key}`);
  return (value as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

const ADMIN = {
  subject: 'marit-kommuneadmin',
  name: 'Marit Kommuneadmin',
  email: 'marit.kommuneadmin@fjordvik.example',
} satisfies DevStaffUser;
const MUNICIPALITY = { kommunenummer: '3999', name: 'Fjordvik' };

let server: LoginServer;
let browser: Browser;
let sportActivityId: string;
let expectedRecipients: string[];
let population: { residents: number; children: number };
const contexts: BrowserContext[] = [];

before(async () => {
  const webDist = testConfig().webDist;
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(`No built web app in ${webDist}. Run "npx vite build --config web/vite.config.ts" first.`);
  }
  server = await startLoginServer({ webDist, staffUsers: [ADMIN] });
  const services = createServices(server.database, server.config);
  const municipality = await services.municipalities.registerMunicipality(MUNICIPALITY);
  const municipalityId = municipality.id;
  await services.identity.ensureStaffRole({
    issuer: server.provider.staffIssuer,
    ...ADMIN,
    municipalityId,
    role: 'municipality_admin',
  });

  const db = server.database.db;
  const neighbourhood = async (name: string, latitude: number) =>
    (
      await db
        .insertInto('neighbourhood')
        .values({ municipalityId, name, latitude, longitude: 10.2 })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const sentrum = await neighbourhood('Fjordvik sentrum', 59.74);
  const nordasen = await neighbourhood('Nordåsen', 59.8);

  const provider = async (values: {
    name: string;
    kind: 'voluntary' | 'municipal' | 'commercial' | 'private';
    neighbourhoodId: string;
    email: string | null;
    status?: 'pending' | 'approved';
  }) =>
    (
      await db
        .insertInto('provider')
        .values({ municipalityId, status: 'approved', ...values })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const activity = async (providerId: string, title: string, category: string) =>
    (
      await db
        .insertInto('activity')
        .values({
          municipalityId,
          providerId,
          title,
          category,
          description: `${title} for barn og unge.`,
          minAge: 8,
          maxAge: 14,
          priceOre: 50_000,
          seasonStart: '2026-08-17',
          seasonEnd: '2099-06-15',
          status: 'published',
          schedule: JSON.stringify([{ weekday: 2, start: '17:00', end: '18:00' }]),
          weekdays: [2],
          languages: ['nb'],
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  // Sport providers in the centre: a club (with e-mail) and a shop (without). Others differ in one way each.
  const club = await provider({
    name: 'Fjordvik IL',
    kind: 'voluntary',
    neighbourhoodId: sentrum,
    email: 'post@fjordvik-il.example',
  });
  const shop = await provider({ name: 'Sentrum Sport AS', kind: 'commercial', neighbourhoodId: sentrum, email: null });
  const otherPlace = await provider({
    name: 'Nordåsen IL',
    kind: 'voluntary',
    neighbourhoodId: nordasen,
    email: 'post@nordasen-il.example',
  });
  const otherCategory = await provider({
    name: 'Fjordvik kulturskole',
    kind: 'municipal',
    neighbourhoodId: sentrum,
    email: 'kulturskolen@fjordvik.example',
  });
  const pending = await provider({
    name: 'Ny ballklubb',
    kind: 'voluntary',
    neighbourhoodId: sentrum,
    email: 'post@ny-ballklubb.example',
    status: 'pending',
  });
  sportActivityId = await activity(club, 'Fotballtrening 8–14 år', 'sport');
  await activity(shop, 'Klatrekurs', 'sport');
  await activity(otherPlace, 'Håndball Nordåsen', 'sport');
  await activity(otherCategory, 'Teaterverksted', 'art_culture');
  await activity(pending, 'Ballskole', 'sport');
  expectedRecipients = [club, shop].sort();

  // The population register, read in as the operator does: a full extract of a small town.
  const people = generateDemoMunicipality({ seed: 3, children: 40, providers: 0, activities: 0 });
  const imported = await services.population.importPopulation(demoExtractLines(people), {
    kommunenummer: MUNICIPALITY.kommunenummer,
    mode: 'full',
    startedBy: 'cli:drift',
    source: 'uttrekk-fjordvik.jsonl',
  });
  assert.ok(imported.ok);
  const residents = people.persons.filter((p) => p.status === 'resident');
  population = {
    residents: residents.length,
    children: residents.filter((p) => isChildInScope(p.birthDate, osloDate())).length,
  };

  browser = await launchBrowser();
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server.baseUrl}${path}`;

async function newPage(locale: Language): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function heading(page: Page, value: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: value }).waitFor();
}

/** Opens an administrator's page logged out, logs in through the municipality's staff login, and comes back. */
async function openAsAdmin(path: string, title: string): Promise<Page> {
  const page = await newPage('nb');
  await page.goto(url(path));
  await heading(page, title);
  await page
    .locator('main')
    .getByRole('link', { name: text('nb', 'auth.loginStaff') })
    .click();
  await page.locator(`input[name="subject"][value="${ADMIN.subject}"]`).check();
  await page.locator('button[type="submit"]:not([name="cancel"])').click();
  await page.waitForURL((current) => current.pathname === path && !current.searchParams.has('loginError'));
  await page.locator('header').getByText(ADMIN.name).waitFor();
  return page;
}

async function isFocused(field: Locator): Promise<boolean> {
  return field.evaluate((element) => element === document.activeElement);
}

describe('news to providers', () => {
  test('writes to the sport providers in one neighbourhood, confirms, and finds it among the sent news', async () => {
    const page = await openAsAdmin('/admin/news', text('nb', 'adminNews.title'));
    const reach = page.locator('.news-reach__count');
    // All approved providers, the one waiting for approval not counted.
    await page.getByText(text('nb', 'adminNews.compose.reach', { count: 4 })).waitFor();
    await page.getByText(text('nb', 'adminNews.list.empty')).waitFor();
    await assertNoAxeViolations(page, 'news page');

    // Nothing written: the subject says so, gets the focus, and the summary lists both problems.
    const subject = page.getByRole('textbox', { name: text('nb', 'adminNews.compose.subject') });
    const body = page.getByRole('textbox', { name: text('nb', 'adminNews.compose.body') });
    const next = page.getByRole('button', { name: text('nb', 'adminNews.compose.submit') });
    await next.click();
    await waitForFieldError(subject, text('nb', 'adminNews.compose.subjectRequired'));
    await waitForFieldError(body, text('nb', 'adminNews.compose.bodyRequired'));
    assert.ok(await isFocused(subject), 'the first invalid field has the focus');
    const summary = page.locator('.form-error-summary');
    await summary.getByRole('link', { name: text('nb', 'adminNews.compose.subjectRequired') }).waitFor();
    await summary.getByRole('link', { name: text('nb', 'adminNews.compose.bodyRequired') }).click();
    assert.ok(await isFocused(body), 'the summary link moves to its field');
    await assertNoAxeViolations(page, 'news page with field errors');

    await subject.fill('Søk om aktivitetstilskudd innen 1. mars');
    await body.fill('Hei!\n\nKommunen deler ut tilskudd til idrettslag i sentrum.\nSøk innen 1. mars.');
    await page.getByRole('radio', { name: text('nb', 'adminNews.compose.audienceFiltered') }).check();
    await page.getByRole('checkbox', { name: text('nb', 'category.sport') }).check();
    await page.getByText(text('nb', 'adminNews.compose.reach', { count: 3 })).waitFor();
    await page.getByRole('checkbox', { name: 'Fjordvik sentrum' }).check();
    await page.getByText(text('nb', 'adminNews.compose.reach', { count: 2 })).waitFor();
    assert.equal(await reach.getAttribute('role'), 'status');
    await assertNoAxeViolations(page, 'news page with an audience chosen');
    await screenshots(page, 'news-compose');

    // A confirmation before anything is sent.
    await next.click();
    const dialog = page.getByRole('dialog', { name: text('nb', 'adminNews.confirm.title') });
    await dialog.waitFor();
    await dialog.getByText('Søk om aktivitetstilskudd innen 1. mars').waitFor();
    await dialog
      .getByText(text('nb', 'adminNews.audience.categories', { list: text('nb', 'category.sport') }))
      .waitFor();
    await dialog.getByText(text('nb', 'adminNews.audience.neighbourhoods', { list: 'Fjordvik sentrum' })).waitFor();
    await assertNoAxeViolations(page, 'news confirmation');
    await dialog.getByRole('button', { name: text('nb', 'adminNews.confirm.send') }).click();

    await page
      .getByText(text('nb', 'adminNews.sent.done', { subject: 'Søk om aktivitetstilskudd innen 1. mars', count: 2 }))
      .waitFor();
    assert.equal(await subject.inputValue(), '', 'the form is empty for the next news');

    // Sent: to the two of them, one by e-mail (the shop has no address), none read yet.
    const row = tableRow(page, 'Søk om aktivitetstilskudd innen 1. mars');
    await row.waitFor();
    await row.getByText(text('nb', 'adminNews.list.emailed', { count: 1 })).waitFor();
    await row.getByText(text('nb', 'adminNews.list.readOf', { read: 0, total: 2 })).waitFor();
    await row.getByText(ADMIN.name).waitFor();
    const stored = await server.database.db
      .selectFrom('providerNewsRecipient')
      .select('providerId')
      .orderBy('providerId')
      .execute();
    assert.deepEqual(
      stored.map((r) => r.providerId),
      expectedRecipients,
    );
    await assertNoAxeViolations(page, 'news page with sent news');
    await screenshots(page, 'news-sent');

    await row
      .getByRole('button', {
        name: text('nb', 'adminNews.list.showLabel', { subject: 'Søk om aktivitetstilskudd innen 1. mars' }),
      })
      .click();
    const details = page.getByRole('dialog', { name: 'Søk om aktivitetstilskudd innen 1. mars' });
    await details.getByText('Kommunen deler ut tilskudd til idrettslag i sentrum.', { exact: false }).waitFor();
    await details.getByText(text('nb', 'adminNews.audience.neighbourhoods', { list: 'Fjordvik sentrum' })).waitFor();
    await assertNoAxeViolations(page, 'news details');
    await details
      .getByRole('button', { name: text('nb', 'adminNews.details.close') })
      .last()
      .click();
    await details.waitFor({ state: 'hidden' });

    // The same page right to left in Arabic.
    await page.getByRole('combobox', { name: text('nb', 'language.label') }).selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await heading(page, text('ar', 'adminNews.title'));
    await page.getByText(text('ar', 'adminNews.compose.reach', { count: 4 })).waitFor();
    await tableRow(page, 'Søk om aktivitetstilskudd innen 1. mars').waitFor();
    // The municipality's Norwegian subject keeps its own language and direction in the Arabic page: the full stop
    // of "1. mars" stays where it was written.
    const written = tableRow(page, 'Søk om aktivitetstilskudd innen 1. mars').getByText(
      'Søk om aktivitetstilskudd innen 1. mars',
    );
    assert.deepEqual(
      await written.evaluate((element) => [
        element.getAttribute('lang'),
        element.getAttribute('dir'),
        getComputedStyle(element).direction,
      ]),
      ['nb', 'auto', 'ltr'],
    );
    await assertNoAxeViolations(page, 'news page (ar)');
    await page.setViewportSize({ width: 375, height: 812 });
    await assertNoAxeViolations(page, 'news page on a phone (ar)');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshots(page, 'news-ar');
  });
});

describe('support offers', () => {
  test('adds, changes, deactivates and deletes offers; a sport activity shows the active one', async () => {
    const page = await openAsAdmin('/admin/support-offers', text('nb', 'supportOffers.title'));
    await page.getByText(text('nb', 'supportOffers.list.empty')).waitFor();
    await assertNoAxeViolations(page, 'support offers page');

    const title = page.getByRole('textbox', { name: text('nb', 'supportOffers.form.title') });
    const summary = page.getByRole('textbox', { name: text('nb', 'supportOffers.form.summary') });
    const url_ = page.getByRole('textbox', { name: text('nb', 'supportOffers.form.url') });
    const add = page.getByRole('button', { name: text('nb', 'supportOffers.form.add'), exact: true });

    // Bad input is named at each field.
    await url_.fill('bua.example');
    await add.click();
    await waitForFieldError(title, text('nb', 'supportOffers.form.titleRequired'));
    await waitForFieldError(url_, text('nb', 'supportOffers.form.urlInvalid'));
    assert.ok(await isFocused(title), 'the first invalid field has the focus');
    await assertNoAxeViolations(page, 'support offer form with field errors');
    await screenshots(page, 'support-errors');

    await page.getByRole('radio', { name: text('nb', 'supportKind.equipment_lending') }).check();
    await title.fill('BUA Fjordvik');
    await summary.fill('Lån fotballsko, ski og hjelmer gratis.');
    await url_.fill('https://bua.example/fjordvik');
    await page.getByRole('textbox', { name: text('nb', 'supportOffers.form.contact') }).fill('Torget 2, tirsdag 14–18');
    await page.getByRole('checkbox', { name: text('nb', 'category.sport') }).check();
    await page.getByRole('textbox', { name: text('nb', 'supportOffers.form.minAge') }).fill('6');
    await page.getByRole('textbox', { name: text('nb', 'supportOffers.form.maxAge') }).fill('16');
    await add.click();
    await page.getByText(text('nb', 'supportOffers.added', { title: 'BUA Fjordvik' })).waitFor();
    const bua = tableRow(page, 'BUA Fjordvik');
    await bua.getByText(text('nb', 'supportKind.equipment_lending')).waitFor();
    await bua.getByText(text('nb', 'category.sport')).waitFor();
    await bua.getByText(text('nb', 'supportOffers.list.ages', { from: 6, to: 16 })).waitFor();
    await bua.getByText(text('nb', 'supportOffers.list.active'), { exact: true }).waitFor();

    // A second offer for all activities, deleted again after a confirmation.
    await title.fill('Kulturstøtte');
    await summary.fill('Kommunen betaler kontingenten for barn i familier med lav inntekt.');
    await add.click();
    const culture = tableRow(page, 'Kulturstøtte');
    await culture.getByText(text('nb', 'supportOffers.list.allCategories')).waitFor();
    await culture.getByText(text('nb', 'supportOffers.list.allAges')).waitFor();
    await assertNoAxeViolations(page, 'support offers list');
    await screenshots(page, 'support-list');
    await culture
      .getByRole('button', { name: text('nb', 'supportOffers.list.deleteLabel', { title: 'Kulturstøtte' }) })
      .click();
    const confirm = page.getByRole('dialog', { name: text('nb', 'supportOffers.delete.title') });
    await confirm.getByText(text('nb', 'supportOffers.delete.text', { title: 'Kulturstøtte' })).waitFor();
    await assertNoAxeViolations(page, 'delete confirmation');
    await confirm.getByRole('button', { name: text('nb', 'supportOffers.delete.confirm') }).click();
    await page.getByText(text('nb', 'supportOffers.deleted', { title: 'Kulturstøtte' })).waitFor();
    await culture.waitFor({ state: 'detached' });

    // A change of name.
    await bua
      .getByRole('button', { name: text('nb', 'supportOffers.list.editLabel', { title: 'BUA Fjordvik' }) })
      .click();
    await page
      .getByRole('heading', { name: text('nb', 'supportOffers.form.editTitle', { title: 'BUA Fjordvik' }) })
      .waitFor();
    assert.equal(await title.inputValue(), 'BUA Fjordvik');
    await assertNoAxeViolations(page, 'support offer being changed');
    await title.fill('BUA Fjordvik sentrum');
    await page.getByRole('button', { name: text('nb', 'supportOffers.form.save') }).click();
    await page.getByText(text('nb', 'supportOffers.updated', { title: 'BUA Fjordvik sentrum' })).waitFor();

    // Families see it on a sport activity's page.
    const activityPath = `/activities/${MUNICIPALITY.kommunenummer}/${sportActivityId}`;
    const family = await newPage('nb');
    await family.goto(url(activityPath));
    await heading(family, 'Fotballtrening 8–14 år');
    await family.getByText('BUA Fjordvik sentrum', { exact: true }).waitFor();
    await family.getByText('Lån fotballsko, ski og hjelmer gratis.').waitFor();
    await family.getByText('Torget 2, tirsdag 14–18').waitFor();
    assert.equal(
      await family.getByRole('link', { name: /BUA Fjordvik sentrum/ }).getAttribute('href'),
      'https://bua.example/fjordvik',
    );
    await assertNoAxeViolations(family, 'activity page with the support offer');

    // Inactive: still in the administrator's list, gone from the activity.
    const renamed = tableRow(page, 'BUA Fjordvik sentrum');
    await renamed
      .getByRole('button', {
        name: text('nb', 'supportOffers.list.deactivateLabel', { title: 'BUA Fjordvik sentrum' }),
      })
      .click();
    await page.getByText(text('nb', 'supportOffers.deactivated', { title: 'BUA Fjordvik sentrum' })).waitFor();
    await renamed.getByText(text('nb', 'supportOffers.list.inactive')).waitFor();
    await assertNoAxeViolations(page, 'support offers list with an inactive offer');
    await family.reload();
    await heading(family, 'Fotballtrening 8–14 år');
    await family.getByText(text('nb', 'activity.provider')).first().waitFor();
    assert.equal(await family.getByText('BUA Fjordvik sentrum').count(), 0);
  });
});

describe('administration', () => {
  test('shows what the population register gives and the latest import, with no personal data', async () => {
    const page = await openAsAdmin('/admin', text('nb', 'administration.title'));
    const figure = (label: string) => page.locator('.admin-figure', { has: page.getByText(label, { exact: true }) });
    await figure(text('nb', 'administration.population.residents')).getByText(String(population.residents)).waitFor();
    await figure(text('nb', 'administration.population.children')).getByText(String(population.children)).waitFor();
    const row = page.locator('main table tbody tr', { hasText: 'uttrekk-fjordvik.jsonl' });
    await row.getByText(text('nb', 'administration.population.full')).waitFor();
    await row.getByText(text('nb', 'administration.population.startedBy', { name: 'cli:drift' })).waitFor();
    // A fresh import: no warning that the facts are old.
    assert.equal(await page.getByText(text('nb', 'administration.population.stale', { days: 35 })).count(), 0);
    await assertNoAxeViolations(page, 'administration overview');
    await screenshots(page, 'administration');
    await page
      .getByRole('navigation')
      .getByRole('link', { name: text('nb', 'nav.administration') })
      .first()
      .waitFor();
  });
});

describe('the administrator’s menu', () => {
  const PAGES = [
    ['/admin', 'nav.administration', 'administration.title'],
    ['/admin/providers', 'nav.providerApproval', 'approval.title'],
    ['/admin/news', 'nav.news', 'adminNews.title'],
    ['/admin/support-offers', 'nav.supportOffers', 'supportOffers.title'],
    ['/admin/audit', 'nav.audit', 'audit.title'],
    ['/admin/roles', 'nav.roles', 'roles.title'],
  ] as const;

  /** The menu entries marked as the page shown. */
  async function marked(page: Page, language: Language): Promise<string[]> {
    const menu = page.getByRole('navigation', { name: text(language, 'nav.label') });
    return (await menu.locator('[aria-current="page"]').allTextContents()).map((label) => label.trim());
  }

  test('marks exactly the page shown on every administration page', async () => {
    const page = await openAsAdmin('/admin', text('nb', 'administration.title'));
    const menu = page.getByRole('navigation', { name: text('nb', 'nav.label') });
    for (const [path, label, title] of PAGES) {
      await menu.getByRole('link', { name: text('nb', label), exact: true }).click();
      await page.waitForURL((current) => current.pathname === path);
      await heading(page, text('nb', title));
      assert.deepEqual(await marked(page, 'nb'), [text('nb', label)], path);
    }
  });

  test('on a phone it folds behind a menu button, so each page’s heading is on the first screen', async () => {
    const page = await openAsAdmin('/admin/providers', text('nb', 'approval.title'));
    for (const [language, viewport] of [
      ['nb', { width: 390, height: 844 }],
      ['ar', { width: 375, height: 667 }],
    ] as const) {
      await page.setViewportSize(viewport);
      if (language === 'ar') {
        await page.getByRole('combobox', { name: text('nb', 'language.label') }).selectOption('ar');
        await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      }
      const menu = page.getByRole('navigation', { name: text(language, 'nav.label') });
      const button = menu.getByRole('button', { name: text(language, 'nav.menu') });
      for (const [path, label, title] of PAGES) {
        // Opened with the keyboard, the menu lists the pages; choosing one closes it again.
        await button.focus();
        await page.keyboard.press('Enter');
        assert.equal(await button.getAttribute('aria-expanded'), 'true');
        const link = menu.getByRole('link', { name: text(language, label), exact: true });
        await link.click();
        await page.waitForURL((current) => current.pathname === path);
        await heading(page, text(language, title));
        assert.equal(await button.getAttribute('aria-expanded'), 'false');
        assert.equal(await link.isVisible(), false, `${path}: the menu is folded`);
        assert.deepEqual(await marked(page, language), [text(language, label)], path);
        const box = await page.locator('main h1').boundingBox();
        assert.ok(box && box.y + box.height <= viewport.height, `${path} (${language}): heading on the first screen`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path} (${language}): the page is ${overflow}px wider than the phone`);
      }
      // Escape folds it and gives focus back to the button.
      await button.click();
      await assertNoAxeViolations(page, `administration menu unfolded on a phone (${language})`);
      await menu.getByRole('link', { name: text(language, 'nav.roles'), exact: true }).focus();
      await page.keyboard.press('Escape');
      assert.equal(await button.getAttribute('aria-expanded'), 'false');
      assert.equal(await button.evaluate((element) => element === document.activeElement), true);
      await assertNoAxeViolations(page, `roles on a phone (${language})`);
    }
  });
});
