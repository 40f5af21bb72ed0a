/**
 * A provider's admin sets an activity's terms and sees who takes part, in a real browser on a 375 px phone with
 * axe checking WCAG 2.1 A and AA: the price split into two fee lines (the total is their sum), a capacity of 1;
 * a refused capacity shows its message at the field; the activity is published, a child is enrolled (through the
 * API, the card pays), the family's page says it is full, and the provider's participant page lists the child as
 * paid, in bokmål and in Arabic (right to left).
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
import { as } from '../helpers/world.ts';
import { assertNoAxeViolations } from './axe.ts';
import { launchBrowser } from './harness.ts';
import { type IdentityWorld, startIdentityWorld } from './identity-world.ts';
import { loginAtIdporten, screenshots, tableRow, waitForFieldError } from './journey.ts';

type Texts = Record<string, unknown>;
const texts = { nb: readTexts('nb') as Texts, ar: readTexts('ar') as Texts };

/** A text of the app (bokmål, or the language given) with {{variables}} filled in. */
function text(key: string, values: Record<string, string | number> = {}, language: 'nb' | 'ar' = 'nb'): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts[language]);
  assert.equal(typeof value, 'string', key);
  return (value as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

/** Kroner as the Norwegian pages show them: "400 kr" with a no-break space. */
const kroner = (value: number) => `${new Intl.NumberFormat('nb-NO').format(value)}\u00a0kr`;

const TITLE = 'Klatring for barn';

let env: IdentityWorld;
let simulator: VippsSimulator;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let adminNationalId: string;
let activityId = '';
const contexts: BrowserContext[] = [];

before(async () => {
  simulator = await startVippsSimulator();
  const payments = createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials, retries: 0 });
  env = await startIdentityWorld({ payments });
  const { world, server } = env;
  // 1 000 kr on each child's card.
  await world.services.cards.runGrants('system', world.a.id, world.schemes.universalA);
  // The club's admin lives in the municipality and administers Drammen Turn.
  const year = new Date().getUTCFullYear();
  let serial = 640;
  let nationalId: string | null = null;
  while (!nationalId) nationalId = makeNationalId(`${year - 38}-04-19`, serial++, { synthetic: true });
  adminNationalId = nationalId;
  const protector = createNationalIdProtector(server.config.piiKeys);
  await server.database.db
    .insertInto('person')
    .values({
      municipalityId: world.a.id,
      nationalIdHash: protector.lookupHash(nationalId),
      nationalIdEnc: protector.encrypt(nationalId),
      givenName: 'Kim',
      familyName: 'Klatrer',
      birthDate: `${year - 38}-04-19`,
      status: 'resident',
      addressProtection: 'none',
      streetAddress: 'Elvegata 3',
      postalCode: '3015',
      postalPlace: 'DRAMMEN',
    })
    .execute();
  await server.database.db
    .insertInto('roleAssignment')
    .values({
      municipalityId: world.a.id,
      role: 'provider_admin',
      citizenHash: protector.lookupHash(nationalId),
      holderName: 'Kim Klatrer',
      providerId: world.providers.a1,
      grantedBy: 'test',
    })
    .execute();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'nb', viewport: { width: 375, height: 800 } });
  contexts.push(context);
  page = await context.newPage();
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await env?.server.close();
  await simulator?.close();
});

const url = (path: string) => `${env.server.baseUrl}${path}`;

async function waitForPath(p: Page, path: string | RegExp): Promise<void> {
  await p.waitForURL((current) => (typeof path === 'string' ? current.pathname === path : path.test(current.pathname)));
}

function days(from: string, n: number): string {
  const date = new Date(`${from}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

describe('provider admin on a phone', () => {
  test('sets two fee lines and a capacity of 1, and publishes', async () => {
    await page.goto(url('/organisation'));
    await page
      .locator('main')
      .getByRole('link', { name: text('auth.loginCitizen') })
      .click();
    await loginAtIdporten(page, adminNationalId);
    await waitForPath(page, '/organisation');
    await page.getByRole('tab', { name: text('organisation.tabs.activities') }).click();
    await page
      .locator('main')
      .getByRole('link', { name: text('organisation.activities.new') })
      .click();
    await waitForPath(page, /\/activities\/new$/);

    const field = (key: string) => page.getByRole('textbox', { name: text(key), exact: true });
    await field('activityEditor.fields.title').fill(TITLE);
    await page.getByRole('combobox', { name: text('activityEditor.fields.category') }).selectOption('sport');
    await field('activityEditor.fields.minAge').fill('6');
    await field('activityEditor.fields.maxAge').fill('16');
    const today = osloDate();
    await page.getByLabel(text('activityEditor.fields.seasonStart'), { exact: true }).fill(days(today, 1));
    await page.getByLabel(text('activityEditor.fields.seasonEnd'), { exact: true }).fill(days(today, 90));
    await field('activityEditor.fields.sessionCount').fill('12');

    // Two lines: the participation fee and the membership; the single price gives way to their sum.
    const addFee = page.getByRole('button', { name: text('activityTermsEditor.addFee') });
    await addFee.click();
    const first = page.getByRole('group', { name: text('activityTermsEditor.feeLine', { number: 1 }) });
    await first.getByRole('textbox', { name: text('activityTermsEditor.amount') }).fill('300');
    await addFee.click();
    const second = page.getByRole('group', { name: text('activityTermsEditor.feeLine', { number: 2 }) });
    await second
      .getByRole('combobox', { name: text('activityTermsEditor.feeKind') })
      .selectOption({ label: text('activityTerms.feeKind.membership') });
    await second.getByRole('textbox', { name: text('activityTermsEditor.amount') }).fill('100');
    assert.equal(await field('activityEditor.fields.price').count(), 0);
    await page.getByText(text('activityTermsEditor.total', { total: kroner(400) })).waitFor();

    const capacity = field('activityTermsEditor.capacity');
    await capacity.fill('0');
    await page.getByRole('checkbox', { name: text('activityTermsEditor.waitingList') }).waitFor();
    await field('activityEditor.fields.streetAddress').fill('Marienlyst 1');
    await field('activityEditor.fields.postalCode').fill('3015');
    await field('activityEditor.fields.contactEmail').fill('klatring@drammenturn.example');

    // A capacity of 0 is refused at its field before anything is sent.
    await page.getByRole('button', { name: text('activityEditor.create') }).click();
    await waitForFieldError(capacity, text('activityTermsEditor.errors.capacity'));
    await assertNoAxeViolations(page, 'activity editor, fee lines and a wrong capacity');

    await capacity.fill('1');
    await page.getByRole('radio', { name: text('activityTerms.refundPolicy.none') }).check();
    await page.getByRole('button', { name: text('activityEditor.create') }).click();
    await waitForPath(page, /\/activities\/[0-9a-f-]{36}$/);
    await page.getByText(text('activityEditor.created')).waitFor();
    activityId = page.url().split('/').pop() ?? '';
    // Saved and read back: the lines in kroner, the capacity, the refund rule.
    assert.equal(await capacity.inputValue(), '1');
    assert.equal(await page.getByRole('radio', { name: text('activityTerms.refundPolicy.none') }).isChecked(), true);
    await page.getByText(text('activityTermsEditor.total', { total: kroner(400) })).waitFor();
    await assertNoAxeViolations(page, 'activity editor, saved with fee lines and places');
    await screenshots(page, 'activity-terms');

    await page.getByRole('button', { name: text('activityEditor.publishing.publish') }).click();
    await page.getByText(text('activityEditor.publishing.published')).waitFor();
  });

  test('a child is enrolled; the family sees it full, and the provider sees the child as paid', async () => {
    const { world } = env;
    const response = await fetch(url(`/api/municipalities/${world.a.kommunenummer}/enrolments`), {
      method: 'POST',
      headers: { ...as(world, 'guardianA'), 'content-type': 'application/json', 'idempotency-key': 'browser-terms-1' },
      body: JSON.stringify({ activityId, childId: world.people.childA.id }),
    });
    const enrolled = (await response.json()) as { status: string };
    assert.equal(response.status, 201, JSON.stringify(enrolled));
    assert.equal(enrolled.status, 'confirmed');

    // The family's page: the lines by name, and no place left.
    await page.goto(url(`/activities/${world.a.kommunenummer}/${activityId}`));
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const fees = page.getByRole('list', { name: text('activityTerms.feesLabel') });
    await fees.getByText(`${text('activityTerms.feeKind.participation')}: ${kroner(300)}`).waitFor();
    await fees.getByText(`${text('activityTerms.feeKind.membership')}: ${kroner(100)}`).waitFor();
    await page.getByText(text('activityTerms.places.full'), { exact: true }).waitFor();
    await page.getByText(text('activityTerms.refundPolicy.none')).waitFor();
    await assertNoAxeViolations(page, 'activity page with fee lines, full');

    // The provider's list links to the participants.
    await page.goto(url('/organisation'));
    await page.getByRole('tab', { name: text('organisation.tabs.activities') }).click();
    await page.getByRole('link', { name: text('participantList.linkLabel', { title: TITLE }) }).click();
    await waitForPath(page, /\/participants$/);
    await page.getByRole('heading', { level: 1, name: text('participantList.title') }).waitFor();
    await page.getByText(text('participantList.places', { taken: 1, capacity: 1 })).waitFor();
    const row = tableRow(page, 'Ola Nordmann', text('participantList.statuses.paid'));
    await row.waitFor();
    assert.equal(await row.count(), 1);
    // Nothing on the page tells how the place was paid.
    const main = (await page.locator('main').textContent()) ?? '';
    assert.ok(!main.includes(kroner(400)) && !main.includes('Vipps'), main);
    await assertNoAxeViolations(page, 'participant page');
    await screenshots(page, 'participants');
  });

  test('the participant page in Arabic reads right to left and passes axe', async () => {
    await context.addCookies([{ name: 'lang', value: 'ar', url: env.server.baseUrl }]);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: text('participantList.title', {}, 'ar') }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await tableRow(page, 'Ola Nordmann', text('participantList.statuses.paid', {}, 'ar')).waitFor();
    await assertNoAxeViolations(page, 'participant page in Arabic');
  });

  test('an activity with nobody enrolled says so', async () => {
    const created = await fetch(
      url(`/api/municipalities/${env.world.a.kommunenummer}/providers/${env.world.providers.a1}/activities`),
      {
        method: 'POST',
        headers: { ...as(env.world, 'providerAdminA'), 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'Tom klatring',
          category: 'sport',
          minAge: 6,
          maxAge: 16,
          seasonStart: days(osloDate(), 1),
          seasonEnd: days(osloDate(), 30),
        }),
      },
    );
    assert.equal(created.status, 201);
    const { id } = (await created.json()) as { id: string };
    await page.goto(url(`/organisation/${env.world.providers.a1}/activities/${id}/participants`));
    await page.getByText(text('participantList.empty', {}, 'ar')).waitFor();
    await assertNoAxeViolations(page, 'participant page, nobody enrolled, Arabic');
  });
});
