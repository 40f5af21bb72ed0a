/**
 * The leisure card in a real browser, with axe checking WCAG 2.1 A and AA on every new page (also on a 375 px
 * phone, and the wallet in Arabic): a municipality administrator sets up a scheme with Sandefjord's rules (a bad
 * value is refused at its field) and grants the current period of the universal scheme, reading the report; a
 * guardian then sees the children's cards with the balance and the grant; a caseworker finds a child, places it
 * in the means-tested scheme with a reason, and the child's guardian sees the new card; the placement is ended.
 * The journeys build on each other, in this order, in one world (test/browser/identity-world.ts).
 *
 * Needs a built web app: npx vite build --config web/vite.config.ts (the test command does this first).
 * With SCREENSHOT_DIR set, the pages are also saved as phone and desktop screenshots there.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EXAMPLE_SCHEMES } from '../../src/domain/scheme.ts';
import { readTexts } from '../../web/src/i18n/read-texts.ts';
import { assertNoAxeViolations } from './axe.ts';
import { launchBrowser } from './harness.ts';
import { type IdentityWorld, STAFF, startIdentityWorld } from './identity-world.ts';
import { loginAsStaff, loginAtIdporten, screenshots, tableRow, waitForFieldError } from './journey.ts';
import { serverText } from './texts.ts';

type Language = 'nb' | 'ar';
type Texts = Record<string, unknown>;
const texts = Object.fromEntries((['nb', 'ar'] as const).map((l) => [l, readTexts(l) as Texts]));

/** A text of the app (all areas) with {{variables}} filled in. */
function text(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts[language]);
  assert.equal(typeof value, 'string', `${language}: ${key}`);
  return (value as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** Kroner as the Norwegian pages show them: "1 000 kr" with no-break spaces. */
const kroner = (value: number) => `${new Intl.NumberFormat('nb-NO').format(value)}\u00a0kr`;

let env: IdentityWorld;
let browser: Browser;
const contexts: BrowserContext[] = [];

before(async () => {
  env = await startIdentityWorld();
  browser = await launchBrowser();
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await env?.server.close();
});

const url = (path: string) => `${env.server.baseUrl}${path}`;

async function newPage(locale: Language, width = 1280): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function heading(page: Page, value: string): Promise<void> {
  await page.locator('main h1', { hasText: value }).waitFor();
}

/** Waits for the tab's title, which the page sets once it has drawn. */
async function documentTitle(page: Page, expected: string): Promise<void> {
  await page.waitForFunction((title) => document.title === title, expected, { timeout: 5_000 });
}

async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForURL((current) => current.pathname === path && !current.searchParams.has('loginError'));
}

/** Opens a page behind the staff login and logs in as the given staff member. */
async function openAsStaff(path: string, subject: string, title: string): Promise<Page> {
  const page = await newPage('nb');
  await page.goto(url(path));
  await heading(page, title);
  await page
    .locator('main')
    .getByRole('link', { name: text('nb', 'auth.loginStaff') })
    .click();
  await loginAsStaff(page, subject);
  await waitForPath(page, path);
  return page;
}

/** Opens a page behind ID-porten as the citizen with this national identity number. */
async function openAsCitizen(path: string, nationalId: string, title: string, locale: Language = 'nb') {
  const page = await newPage(locale);
  await page.goto(url(path));
  await heading(page, title);
  await page
    .locator('main')
    .getByRole('link', { name: text(locale, 'auth.loginCitizen') })
    .click();
  await loginAtIdporten(page, nationalId);
  await waitForPath(page, path);
  return page;
}

/** The wallet's card of one scheme in one person's section. */
function cardOf(page: Page, holder: string, scheme: string) {
  const section = page.locator('main section', { has: page.getByRole('heading', { level: 2, name: holder }) });
  return section.locator('.wallet-card', { has: page.getByRole('heading', { level: 3, name: scheme }) });
}

const NEW_SCHEME = 'Aktivitetskortet';

describe('municipality administrator', () => {
  test('sets up a scheme with Sandefjord’s rules, is refused a bad value at its field, and grants the period', async () => {
    const page = await openAsStaff('/schemes', STAFF.admin.subject, text('nb', 'schemes.title'));
    await documentTitle(page, `${text('nb', 'schemes.documentTitle')} – Fritidskortet`);
    const menu = page.getByRole('navigation', { name: text('nb', 'nav.label') });
    await menu.getByRole('link', { name: text('nb', 'nav.schemes') }).waitFor();
    await tableRow(page, EXAMPLE_SCHEMES.drammen.name, text('nb', 'schemeCode.eligibility.universal')).waitFor();
    await tableRow(page, EXAMPLE_SCHEMES.sandefjord.name, text('nb', 'schemeCode.eligibility.means_tested')).waitFor();
    await assertNoAxeViolations(page, 'schemes (nb)');

    // Sandefjord's rules, in kroner, with a youth age the server does not allow.
    const rules = EXAMPLE_SCHEMES.sandefjord;
    const form = page.locator('form', {
      has: page.getByRole('heading', { name: text('nb', 'schemes.form.addTitle') }),
    });
    const field = (key: string) => form.getByRole('textbox', { name: text('nb', `schemes.form.${key}`), exact: true });
    await field('name').fill(NEW_SCHEME);
    await field('description').fill(rules.description);
    await form.getByRole('radio', { name: text('nb', 'schemeCode.eligibility.means_tested') }).check();
    await field('minAge').fill(String(rules.minAge));
    await field('maxAge').fill(String(rules.maxAge));
    await field('youthAge').fill('30');
    await form.getByRole('radio', { name: text('nb', 'schemeCode.periodKind.calendar_year') }).check();
    await field('amount').fill('3 000');
    await field('budget').fill('2 000 000');
    const activityKinds = form.getByRole('group', { name: text('nb', 'schemes.form.activityKinds') });
    for (const kind of rules.activityKinds) {
      await activityKinds.getByRole('checkbox', { name: text('nb', `schemeCode.activityKind.${kind}`) }).check();
    }
    const feeKinds = form.getByRole('group', { name: text('nb', 'schemes.form.feeKinds') });
    for (const kind of rules.feeKinds) {
      await feeKinds.getByRole('checkbox', { name: text('nb', `schemeCode.feeKind.${kind}`) }).check();
    }
    await form.getByRole('button', { name: text('nb', 'schemes.form.add') }).click();
    const refused = serverText('nb', 'field.maximum', { limit: 18 });
    await waitForFieldError(field('youthAge'), refused);
    await form.getByRole('link', { name: refused }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'youthAge');
    await assertNoAxeViolations(page, 'scheme form with a refused value (nb)');

    await field('youthAge').fill(String(rules.youthAge));
    await form.getByRole('button', { name: text('nb', 'schemes.form.add') }).click();
    await page.getByText(text('nb', 'schemes.notice.added', { name: NEW_SCHEME })).waitFor();
    await tableRow(page, NEW_SCHEME, text('nb', 'schemeCode.eligibility.means_tested')).waitFor();

    // The new scheme's page shows its rules.
    await page.getByRole('link', { name: NEW_SCHEME }).click();
    await heading(page, text('nb', 'scheme.title'));
    await page.getByRole('heading', { level: 2, name: NEW_SCHEME }).waitFor();
    await page
      .getByText(`${kroner(3000)} per ${text('nb', 'schemeCode.periodKind.calendar_year').toLowerCase()}`)
      .waitFor();
    await assertNoAxeViolations(page, 'new scheme (nb)');

    // The universal scheme: grant the current period to every child, and read the report.
    await page.getByRole('link', { name: text('nb', 'scheme.back') }).click();
    await heading(page, text('nb', 'schemes.title'));
    await page.getByRole('link', { name: EXAMPLE_SCHEMES.drammen.name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: EXAMPLE_SCHEMES.drammen.name }).waitFor();
    await page.getByText(text('nb', 'scheme.runs.empty')).waitFor();
    await page.getByRole('button', { name: text('nb', 'scheme.grant.button') }).click();
    const confirm = page.getByRole('dialog', { name: text('nb', 'scheme.grant.title') });
    await confirm.getByText(text('nb', 'scheme.grant.text', { amount: kroner(1000) })).waitFor();
    await assertNoAxeViolations(page, 'grant confirmation (nb)');
    await confirm.getByRole('button', { name: text('nb', 'scheme.grant.confirm') }).click();
    const report = page.getByRole('dialog', { name: text('nb', 'scheme.report.title') });
    await report.waitFor();
    // Ola, Ida, Nora and Emil live in the municipality and are between 6 and 18.
    await report.getByText(kroner(4000)).first().waitFor();
    await report.getByText(text('nb', 'scheme.report.withinBudget')).waitFor();
    await report
      .getByText(text('nb', 'scheme.report.ofBudget', { granted: kroner(4000), budget: kroner(14_600_000) }))
      .waitFor();
    assert.match((await report.locator('dl').textContent()) ?? '', /Barn som fikk penger\s*4/);
    await assertNoAxeViolations(page, 'grant report (nb)');
    await screenshots(page, 'grant-report-nb');
    await report.getByRole('button', { name: text('nb', 'scheme.report.done') }).click();
    await tableRow(page, STAFF.admin.name, kroner(4000)).waitFor();
    await screenshots(page, 'scheme-nb');

    // On a phone the scheme page still passes.
    await page.setViewportSize({ width: 375, height: 800 });
    await assertNoAxeViolations(page, 'scheme page at 375 px (nb)');
  });
});

describe('guardian', () => {
  test('sees the children’s cards with the balance and the grant, on a phone and in Arabic', async () => {
    const { people } = env.world;
    const page = await openAsCitizen('/family', people.guardianA.nationalId, text('nb', 'family.title'));
    await page.getByRole('link', { name: text('nb', 'family.cardsLink') }).click();
    await waitForPath(page, '/cards');
    await heading(page, text('nb', 'wallet.title'));
    await documentTitle(page, `${text('nb', 'wallet.documentTitle')} – Fritidskortet`);
    const menu = page.getByRole('navigation', { name: text('nb', 'nav.label') });
    await menu.getByRole('link', { name: text('nb', 'nav.cards') }).waitFor();

    const ola = cardOf(page, people.childA.name, EXAMPLE_SCHEMES.drammen.name);
    await ola.waitFor();
    await ola.getByText(kroner(1000), { exact: true }).waitFor();
    await ola.getByText(/\d{1,2}\. (januar|juli)–3[01]\. (juni|desember) \d{4}/).waitFor();
    const grant = ola.locator('tbody tr', { hasText: text('nb', 'transferReason.grant') });
    await grant.getByText(`+${kroner(1000)}`).waitFor();
    await cardOf(page, people.youthA.name, EXAMPLE_SCHEMES.drammen.name).waitFor();
    assert.equal(await page.getByText(text('nb', 'wallet.card.expired')).count(), 0);
    await assertNoAxeViolations(page, 'wallet (nb)');
    await screenshots(page, 'wallet-nb');

    await page.setViewportSize({ width: 375, height: 800 });
    await assertNoAxeViolations(page, 'wallet at 375 px (nb)');

    // In Arabic, right to left; the scheme's name keeps its own language and direction.
    await page.getByRole('combobox', { name: text('nb', 'language.label') }).selectOption('ar');
    await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
    await heading(page, text('ar', 'wallet.title'));
    const name = page.locator('.wallet-card h3 span').first();
    assert.equal(await name.getAttribute('lang'), 'nb');
    assert.equal(await name.getAttribute('dir'), 'auto');
    await page.getByText(text('ar', 'transferReason.grant')).first().waitFor();
    await assertNoAxeViolations(page, 'wallet (ar, 375 px)');
    await page.setViewportSize({ width: 1280, height: 900 });
    await assertNoAxeViolations(page, 'wallet (ar)');
    await screenshots(page, 'wallet-ar');
  });
});

describe('caseworker', () => {
  test('places a child in the means-tested scheme; the guardian sees the new card; the placement is ended', async () => {
    const { people } = env.world;
    const page = await openAsStaff('/people', STAFF.caseworker.subject, text('nb', 'people.title'));
    await page.getByRole('textbox', { name: text('nb', 'people.form.nationalId') }).fill(people.otherChildA.nationalId);
    await page
      .getByRole('textbox', { name: text('nb', 'people.form.reason') })
      .fill('Søknad om opplevelseskort, sak 7');
    await page.getByRole('button', { name: text('nb', 'people.form.submit') }).click();
    const result = page.locator('.person-card--result');
    await result.getByRole('heading', { name: people.otherChildA.name }).waitFor();

    await result.getByRole('button', { name: text('nb', 'placeInScheme.button') }).click();
    const dialog = page.getByRole('dialog', {
      name: text('nb', 'placeInScheme.title', { name: people.otherChildA.name }),
    });
    await dialog.waitFor();
    // Without a reason, nothing is sent.
    await dialog.getByRole('button', { name: text('nb', 'placeInScheme.confirm') }).click();
    await dialog.getByText(text('nb', 'placeInScheme.reasonRequired')).waitFor();
    await dialog.getByRole('combobox', { name: text('nb', 'placeInScheme.scheme') }).selectOption({
      label: EXAMPLE_SCHEMES.sandefjord.name,
    });
    await dialog.getByRole('radio', { name: text('nb', 'schemeCode.placementReason.low_income') }).check();
    await dialog.getByRole('textbox', { name: text('nb', 'placeInScheme.note') }).fill('Søknad via NAV');
    await assertNoAxeViolations(page, 'place in a scheme (nb)');
    await dialog.getByRole('button', { name: text('nb', 'placeInScheme.confirm') }).click();
    await page
      .getByText(
        text('nb', 'placeInScheme.done', {
          name: people.otherChildA.name,
          scheme: EXAMPLE_SCHEMES.sandefjord.name,
          amount: kroner(3000),
        }),
      )
      .waitFor();
    await assertNoAxeViolations(page, 'child placed (nb)');

    // The guardian sees the new card with the money for the year.
    const guardian = await openAsCitizen('/cards', people.otherGuardianA.nationalId, text('nb', 'wallet.title'));
    const card = cardOf(guardian, people.otherChildA.name, EXAMPLE_SCHEMES.sandefjord.name);
    await card.getByText(kroner(3000), { exact: true }).waitFor();
    await card
      .locator('tbody tr', { hasText: text('nb', 'transferReason.grant') })
      .getByText(`+${kroner(3000)}`)
      .waitFor();
    await assertNoAxeViolations(guardian, 'wallet with the new card (nb)');

    // A caseworker with access to protected people places a strictly protected child in the same scheme.
    const { actors, a, schemes } = env.world;
    const placed = await fetch(
      url(`/api/municipalities/${a.kommunenummer}/schemes/${schemes.meansTestedA}/placements`),
      {
        method: 'POST',
        headers: {
          cookie: actors.protectedCaseworkerA.cookie,
          'x-csrf-token': actors.protectedCaseworkerA.csrf,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ personId: people.protectedChildA.id, reason: 'health', note: 'Skjermet sak' }),
      },
    );
    assert.equal(placed.status, 201);

    // The caseworker finds the child among those placed, and ends the placement.
    await page
      .getByRole('navigation', { name: text('nb', 'nav.label') })
      .getByRole('link', { name: text('nb', 'nav.schemes') })
      .click();
    await heading(page, text('nb', 'schemes.title'));
    assert.equal(await page.getByRole('heading', { name: text('nb', 'schemes.form.addTitle') }).count(), 0);
    await page.getByRole('link', { name: EXAMPLE_SCHEMES.sandefjord.name, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: EXAMPLE_SCHEMES.sandefjord.name }).waitFor();
    assert.equal(await page.getByRole('button', { name: text('nb', 'scheme.grant.button') }).count(), 0);
    await page.getByRole('link', { name: text('nb', 'scheme.placementsLink') }).click();
    await heading(page, text('nb', 'placements.title'));
    const row = tableRow(page, people.otherChildA.name, text('nb', 'schemeCode.placementReason.low_income'));
    await row.getByText(STAFF.caseworker.name).waitFor();
    // The protected child is a row without details for a caseworker who may not see protected people.
    const hidden = tableRow(page, text('nb', 'placements.list.protected'));
    await hidden.waitFor();
    assert.equal(await hidden.getByText(people.protectedChildA.name).count(), 0);
    assert.equal(await hidden.getByText('Skjermet sak').count(), 0);
    assert.equal(await hidden.getByText(text('nb', 'schemeCode.placementReason.health')).count(), 1);
    await assertNoAxeViolations(page, 'placements (nb)');
    await screenshots(page, 'placements-nb');
    await page.setViewportSize({ width: 375, height: 800 });
    await assertNoAxeViolations(page, 'placements at 375 px (nb)');
    await page.setViewportSize({ width: 1280, height: 900 });

    await row
      .getByRole('button', { name: text('nb', 'placements.list.endLabel', { name: people.otherChildA.name }) })
      .click();
    const end = page.getByRole('dialog', { name: text('nb', 'placements.end.title') });
    await end.getByText(text('nb', 'placements.end.money')).waitFor();
    await assertNoAxeViolations(page, 'end the placement (nb)');
    await end.getByRole('button', { name: text('nb', 'placements.end.confirm') }).click();
    await page.getByText(text('nb', 'placements.end.done')).waitFor();
    await tableRow(page, people.otherChildA.name).waitFor({ state: 'detached' });
    await page.getByRole('checkbox', { name: text('nb', 'placements.list.showEnded') }).check();
    const ended = tableRow(page, people.otherChildA.name);
    await ended.waitFor();
    assert.equal(await ended.getByRole('button').count(), 0);
  });
});
