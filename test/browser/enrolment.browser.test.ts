/**
 * Enrolment and payment in a real browser, on a 375 px phone with axe checking WCAG 2.1 A and AA: a guardian
 * enrols a child in an activity the card covers (paid by the card, confirmed at once), then in one that costs more
 * than the card holds: the page says what the card pays and what the family pays, the guardian approves the rest
 * in the local Vipps MobilePay simulator and comes back to the payment page, which says it is paid; the wallet
 * lists both enrolments.
 *
 * Needs a built web app: npx vite build --config web/vite.config.ts (the test command does this first).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { osloDate } from '../../src/domain/age.ts';
import { createEPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from '../../src/integrations/vipps/simulator.ts';
import { readTexts } from '../../web/src/i18n/read-texts.ts';
import { assertNoAxeViolations } from './axe.ts';
import { launchBrowser } from './harness.ts';
import { type IdentityWorld, startIdentityWorld } from './identity-world.ts';
import { loginAtIdporten, screenshots } from './journey.ts';

type Texts = Record<string, unknown>;
const texts = readTexts('nb') as Texts;

/** A Norwegian text of the app as the page shows it, with {{variables}} and <elements/> filled in. */
function text(key: string, values: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts);
  assert.equal(typeof value, 'string', key);
  // A provider's text is an element of its own (<activity/>), drawn with the text's language.
  return (value as string)
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`))
    .replace(/<(\w+)\/>/g, (_, name: string) => String(values[name] ?? `<${name}/>`));
}

/** Kroner as the Norwegian pages show them: "1 000 kr" with no-break spaces. */
const kroner = (value: number) => `${new Intl.NumberFormat('nb-NO').format(value)}\u00a0kr`;

const COVERED = 'Fotball for alle';
const EXPENSIVE = 'Svømmekurs';

let env: IdentityWorld;
let simulator: VippsSimulator;
let browser: Browser;
const contexts: BrowserContext[] = [];
const activities: Record<string, string> = {};

before(async () => {
  simulator = await startVippsSimulator();
  const payments = createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials, retries: 0 });
  env = await startIdentityWorld({ payments });
  const { world } = env;
  // 1 000 kr on each child's card for the current half-year.
  await world.services.cards.runGrants('system', world.a.id, world.schemes.universalA);
  const start = new Date(`${osloDate()}T12:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 90);
  for (const [title, priceOre] of [
    [COVERED, 30_000],
    [EXPENSIVE, 150_000],
  ] as const) {
    const row = await env.server.database.db
      .insertInto('activity')
      .values({
        municipalityId: world.a.id,
        providerId: world.providers.a1,
        category: 'sport',
        title,
        minAge: 6,
        maxAge: 18,
        seasonStart: start.toISOString().slice(0, 10),
        seasonEnd: end.toISOString().slice(0, 10),
        sessionCount: 24,
        priceOre,
        kind: 'organised',
        status: 'published',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    activities[title] = row.id;
  }
  browser = await launchBrowser();
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await env?.server.close();
  await simulator?.close();
});

const url = (path: string) => `${env.server.baseUrl}${path}`;

async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForURL((current) => current.pathname === path && !current.searchParams.has('loginError'));
}

async function openActivity(page: Page, title: string) {
  await page.goto(url(`/activities/${env.world.a.kommunenummer}/${activities[title]}`));
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  const section = page.locator('main section', {
    has: page.getByRole('heading', { level: 2, name: text('enrol.title') }),
  });
  await section.waitFor();
  return section;
}

describe('guardian on a phone', () => {
  test('enrols a child paid by the card, then pays the rest of a dearer activity in Vipps', async () => {
    const { people } = env.world;
    const context = await browser.newContext({ locale: 'nb', viewport: { width: 375, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();

    await page.goto(url('/cards'));
    await page.locator('main h1', { hasText: text('wallet.title') }).waitFor();
    await page
      .locator('main')
      .getByRole('link', { name: text('auth.loginCitizen') })
      .click();
    await loginAtIdporten(page, people.guardianA.nationalId);
    await waitForPath(page, '/cards');

    // The card covers the whole fee: the place is confirmed at once.
    let section = await openActivity(page, COVERED);
    await section.getByRole('radio', { name: people.childA.name }).check();
    await assertNoAxeViolations(page, 'activity page with the enrol section (375 px)');
    await screenshots(page, 'enrol-nb');
    await section.getByRole('button', { name: text('enrol.submit') }).click();
    await section.getByText(text('enrol.confirmed', { card: kroner(300) })).waitFor();
    await assertNoAxeViolations(page, 'enrolled and paid by the card (375 px)');

    // 1 500 kr with 700 kr left on the card: the family pays the rest in Vipps, told so before leaving.
    section = await openActivity(page, EXPENSIVE);
    await section.getByRole('radio', { name: people.childA.name }).check();
    await section.getByRole('button', { name: text('enrol.submit') }).click();
    await section.getByText(text('enrol.pay.text', { card: kroner(700), rest: kroner(800) })).waitFor();
    await assertNoAxeViolations(page, 'the rest to pay in Vipps (375 px)');
    await section.getByRole('link', { name: text('enrol.pay.link', { rest: kroner(800) }) }).click();

    // The simulator's approval page, then back to the payment page.
    await page.getByRole('button', { name: 'Godkjenn' }).click();
    await page.waitForURL((current) => current.pathname.startsWith('/cards/payment/'));
    await page.locator('main h1', { hasText: text('payment.title') }).waitFor();
    await page.getByText(text('payment.paid', { name: people.childA.name, activity: EXPENSIVE })).waitFor();
    await page.getByText(text('payment.paidSplit', { card: kroner(700), rest: kroner(800) })).waitFor();
    await assertNoAxeViolations(page, 'payment page: paid (375 px)');
    await screenshots(page, 'payment-paid-nb');

    // The wallet lists both enrolments with what the card and the family paid.
    await page.getByRole('link', { name: text('payment.walletLink') }).click();
    await waitForPath(page, '/cards');
    const list = page.locator('main section', {
      has: page.getByRole('heading', { level: 2, name: text('enrolments.title') }),
    });
    const row = (...cells: string[]) =>
      cells.reduce((rows, cell) => rows.filter({ hasText: cell }), list.locator('tbody tr'));
    const covered = row(COVERED, people.childA.name);
    await covered.getByText(text('enrolmentStatus.confirmed')).waitFor();
    const dear = row(EXPENSIVE, people.childA.name);
    await dear.getByText(kroner(800)).waitFor();
    await dear.getByText(kroner(700)).waitFor();
    await assertNoAxeViolations(page, 'wallet with the enrolments (375 px)');

    // Cancelling asks first.
    await covered
      .getByRole('button', { name: text('enrolments.cancelLabel', { name: people.childA.name, activity: COVERED }) })
      .click();
    const dialog = page.getByRole('dialog', { name: text('enrolments.cancel.title') });
    await dialog.waitFor();
    await assertNoAxeViolations(page, 'cancel an enrolment (375 px)');
    await dialog.getByRole('button', { name: text('enrolments.cancel.confirm') }).click();
    await row(COVERED, text('enrolmentStatus.cancelled')).waitFor();
  });
});
