/**
 * Payment requests in a real browser, on a 375 px phone with axe checking WCAG 2.1 A and AA: a club's admin sends
 * a request for a fee to every child enrolled in an activity from the participant page; the guardian sees it on
 * the wallet and pays it with the card; the club's page shows it paid, in bokmål and in Arabic (right to left),
 * never how it was paid.
 *
 * Needs a built web app: npx vite build --config web/vite.config.ts (the test command does this first).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { osloDate } from '../../src/domain/age.ts';
import { makeNationalId } from '../../src/domain/national-id.ts';
import { createEPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from '../../src/integrations/vipps/simulator.ts';
import { createNationalIdProtector } from '../../src/security/pii.ts';
import { readTexts } from '../../web/src/i18n/read-texts.ts';
import { formatAmount } from '../../web/src/kit/format.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import { as } from '../helpers/world.ts';
import { assertNoAxeViolations } from './axe.ts';
import { launchBrowser } from './harness.ts';
import { type IdentityWorld, startIdentityWorld } from './identity-world.ts';
import { loginAtIdporten, screenshots, tableRow } from './journey.ts';

type Texts = Record<string, unknown>;
const texts = { nb: readTexts('nb') as Texts, ar: readTexts('ar') as Texts };

/** A text of the app (bokmål, or the language given) with {{variables}} filled in. */
function text(key: string, values: Record<string, string | number> = {}, language: 'nb' | 'ar' = 'nb'): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts[language]);
  assert.equal(typeof value, 'string', key);
  return (value as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

const kr = (ore: number, language: 'nb' | 'ar' = 'nb') => formatAmount(ore, language);

let env: IdentityWorld;
let simulator: VippsSimulator;
let browser: Browser;
let adminNationalId = '';
let activityId = '';
const contexts: BrowserContext[] = [];

before(async () => {
  simulator = await startVippsSimulator();
  const payments = createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials, retries: 0 });
  env = await startIdentityWorld({ payments });
  const { world, server } = env;
  // 1 000 kr on each child's card.
  await world.services.cards.runGrants('system', world.a.id, world.schemes.universalA);
  const year = new Date().getUTCFullYear();
  let serial = 660;
  let nationalId: string | null = null;
  while (!nationalId) nationalId = makeNationalId(`${year - 41}-06-02`, serial++, { synthetic: true });
  adminNationalId = nationalId;
  const protector = createNationalIdProtector(server.config.piiKeys);
  const db = server.database.db;
  await db
    .insertInto('person')
    .values({
      municipalityId: world.a.id,
      nationalIdHash: protector.lookupHash(nationalId),
      nationalIdEnc: protector.encrypt(nationalId),
      givenName: 'Turid',
      familyName: 'Trener',
      birthDate: `${year - 41}-06-02`,
      status: 'resident',
      addressProtection: 'none',
      streetAddress: 'Elvegata 5',
      postalCode: '3015',
      postalPlace: 'DRAMMEN',
    })
    .execute();
  await db
    .insertInto('roleAssignment')
    .values({
      municipalityId: world.a.id,
      role: 'provider_admin',
      citizenHash: protector.lookupHash(nationalId),
      holderName: 'Turid Trener',
      providerId: world.providers.a1,
      grantedBy: 'test',
    })
    .execute();
  const start = new Date(`${osloDate()}T12:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 90);
  const row = await db
    .insertInto('activity')
    .values({
      municipalityId: world.a.id,
      providerId: world.providers.a1,
      category: 'sport',
      title: 'Turn for barn',
      minAge: 6,
      maxAge: 18,
      seasonStart: start.toISOString().slice(0, 10),
      seasonEnd: end.toISOString().slice(0, 10),
      sessionCount: 24,
      priceOre: 30_000,
      kind: 'organised',
      status: 'published',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  activityId = row.id;
  // Ola is enrolled; the card pays the place.
  const response = await fetch(`${server.baseUrl}/api/municipalities/${world.a.kommunenummer}/enrolments`, {
    method: 'POST',
    headers: { ...as(world, 'guardianA'), 'content-type': 'application/json', 'idempotency-key': 'browser-request-1' },
    body: JSON.stringify({ activityId, childId: world.people.childA.id }),
  });
  assert.equal(response.status, 201);
  browser = await launchBrowser();
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await env?.server.close();
  await simulator?.close();
});

const url = (path: string) => `${env.server.baseUrl}${path}`;

async function phone(): Promise<Page> {
  const context = await browser.newContext({ locale: 'nb', viewport: { width: 375, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

async function login(page: Page, path: string, nationalId: string): Promise<void> {
  await page.goto(url(path));
  await page
    .locator('main')
    .getByRole('link', { name: text('auth.loginCitizen') })
    .click();
  await loginAtIdporten(page, nationalId);
  await page.waitForURL((current) => current.pathname === path && !current.searchParams.has('loginError'));
}

const DUE = (() => {
  const date = new Date(`${osloDate()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 14);
  return date.toISOString().slice(0, 10);
})();

describe('a payment request from the club to the family', () => {
  let club: Page;

  test('the club sends a request to everyone enrolled, from the participant page', async () => {
    club = await phone();
    const participants = `/organisation/${env.world.providers.a1}/activities/${activityId}/participants`;
    await login(club, participants, adminNationalId);
    await club.getByRole('link', { name: text('participantList.requests') }).click();
    await club.waitForURL((current) => current.pathname.endsWith('/requests'));
    await club.getByRole('heading', { level: 1, name: text('providerRequests.title') }).waitFor();
    await club.getByText(text('providerRequests.empty')).waitFor();
    await club.getByRole('combobox', { name: text('providerRequests.feeKind') }).selectOption('membership');
    await club.getByRole('textbox', { name: text('providerRequests.amountKr') }).fill('250');
    await club.getByLabel(text('providerRequests.dueDate'), { exact: true }).fill(DUE);
    await club.getByRole('textbox', { name: text('providerRequests.description') }).fill('Medlemskontingent høst');
    await club.getByRole('textbox', { name: text('providerRequests.invoiceNumber'), exact: true }).fill('F-2026-17');
    await assertNoAxeViolations(club, 'payment request form (375 px)');
    await club.getByRole('button', { name: text('providerRequests.send') }).click();
    await club.getByText(text('providerRequests.sent', { count: 1 })).waitFor();
    await tableRow(club, env.world.people.childA.name, text('providerRequests.statuses.open')).waitFor();
    await assertNoAxeViolations(club, 'payment request sent (375 px)');
    await screenshots(club, 'payment-request-sent');
  });

  test('the guardian pays it with the card on the wallet', async () => {
    const page = await phone();
    await login(page, '/cards', env.world.people.guardianA.nationalId);
    const section = page.locator('main section', {
      has: page.getByRole('heading', { level: 2, name: text('paymentRequests.title') }),
    });
    const pay = section.getByRole('button', {
      name: text('paymentRequests.pay', { amount: kr(25_000), name: env.world.people.childA.name }),
    });
    await pay.waitFor();
    await section.getByText('Medlemskontingent høst').waitFor();
    await assertNoAxeViolations(page, 'wallet with a payment request (375 px)');
    await pay.click();
    await section.getByText(text('paymentRequests.paidSplit', { card: kr(25_000), rest: kr(0) })).waitFor();
    await assertNoAxeViolations(page, 'payment request paid by the card (375 px)');
    await assertLedgerHolds(env.server.database);
  });

  test('the club sees it paid, never how; in Arabic too, right to left', async () => {
    await club.reload();
    const row = tableRow(club, env.world.people.childA.name, text('providerRequests.statuses.paid'));
    await row.waitFor();
    // The list says paid, never how: no split between the card and the family.
    const list = (await club.locator('main table').textContent()) ?? '';
    assert.ok(
      !list.includes('Vipps') && !list.includes(text('paymentRequests.paidSplit', { card: kr(25_000), rest: kr(0) })),
      list,
    );
    await club.context().addCookies([{ name: 'lang', value: 'ar', url: env.server.baseUrl }]);
    await club.reload();
    await club.getByRole('heading', { level: 1, name: text('providerRequests.title', {}, 'ar') }).waitFor();
    assert.equal(await club.evaluate(() => document.documentElement.dir), 'rtl');
    await tableRow(club, env.world.people.childA.name, text('providerRequests.statuses.paid', {}, 'ar')).waitFor();
    await assertNoAxeViolations(club, 'payment requests in Arabic (375 px)');
  });
});
