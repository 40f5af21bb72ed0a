/**
 * Steps the enrolment and payment journeys share: one identity world with the Vipps MobilePay simulator and a
 * granted half-year on every child's card, activities made to measure, a guardian's phone in a chosen language,
 * and the wallet's cards and enrolment rows. Texts come from the locale files, amounts from the app's formatter.
 */
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { osloDate } from '../../src/domain/age.ts';
import type { RefundPolicy } from '../../src/domain/enrolment.ts';
import { createEPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from '../../src/integrations/vipps/simulator.ts';
import { formatAmount } from '../../web/src/kit/format.ts';
import { launchBrowser } from './harness.ts';
import { type IdentityWorld, startIdentityWorld } from './identity-world.ts';
import { loginAtIdporten } from './journey.ts';
import { type Language, text } from './texts.ts';

/**
 * A text as the page shows it: with {{variables}} filled in and each element that holds a provider's text (e.g.
 * `<activity/>`, drawn with the text's own language) replaced by that text.
 */
export function shown(language: Language, key: string, values: Record<string, string | number> = {}): string {
  return text(language, key, values).replace(/<(\w+)\/>/g, (_, name: string) => String(values[name] ?? `<${name}/>`));
}

/** A phone first: the width the journeys use. */
export const PHONE = { width: 375, height: 800 } as const;

/** An amount in øre as the app writes it in a language. */
export const amount = (ore: number, language: Language, signed = false) => formatAmount(ore, language, { signed });

export interface ActivityInput {
  title: string;
  priceOre: number;
  description?: string;
  capacity?: number;
  waitingList?: boolean;
  refundPolicy?: RefundPolicy;
}

export interface EnrolmentWorld {
  env: IdentityWorld;
  simulator: VippsSimulator;
  browser: Browser;
  url(path: string): string;
  /** A published activity of the world's provider for 6–18 year olds; the season starts tomorrow. */
  addActivity(input: ActivityInput): Promise<string>;
  /** A new browser on a phone set to a language, logged in with ID-porten as this guardian, on the wallet. */
  guardianPhone(nationalId: string, phoneLanguage?: Language): Promise<Page>;
  /** The id of a child's enrolment in an activity (the newest). */
  enrolmentId(activityId: string, childId: string): Promise<string>;
  close(): Promise<void>;
}

/** The world: the access-test families, the simulator as payment provider, and 1 000 kr on each child's card. */
export async function startEnrolmentWorld(): Promise<EnrolmentWorld> {
  const simulator = await startVippsSimulator();
  const payments = createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials, retries: 0 });
  const env = await startIdentityWorld({ payments });
  const { world } = env;
  await world.services.cards.runGrants('system', world.a.id, world.schemes.universalA);
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const url = (path: string) => `${env.server.baseUrl}${path}`;
  const start = new Date(`${osloDate()}T12:00:00Z`);
  start.setUTCDate(start.getUTCDate() + 1);
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 90);
  const db = env.server.database.db;

  return {
    env,
    simulator,
    browser,
    url,
    async addActivity(input) {
      const row = await db
        .insertInto('activity')
        .values({
          municipalityId: world.a.id,
          providerId: world.providers.a1,
          category: 'sport',
          title: input.title,
          description: input.description ?? '',
          textLanguage: 'nb',
          minAge: 6,
          maxAge: 18,
          seasonStart: start.toISOString().slice(0, 10),
          seasonEnd: end.toISOString().slice(0, 10),
          sessionCount: 24,
          priceOre: input.priceOre,
          kind: 'organised',
          status: 'published',
          capacity: input.capacity ?? null,
          waitingList: input.waitingList ?? false,
          ...(input.refundPolicy ? { refundPolicy: input.refundPolicy } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async guardianPhone(nationalId, phoneLanguage = 'nb') {
      const context = await browser.newContext({ locale: phoneLanguage, viewport: PHONE });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(url('/cards'));
      await page.locator('main h1', { hasText: text(phoneLanguage, 'wallet.title') }).waitFor();
      await page
        .locator('main')
        .getByRole('link', { name: text(phoneLanguage, 'auth.loginCitizen') })
        .click();
      await loginAtIdporten(page, nationalId);
      await waitForPath(page, '/cards');
      return page;
    },
    async enrolmentId(activityId, childId) {
      const row = await db
        .selectFrom('enrolment')
        .select('id')
        .where('activityId', '=', activityId)
        .where('childId', '=', childId)
        .orderBy('createdAt', 'desc')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await env.server.close();
      await simulator.close();
    },
  };
}

export async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForURL((current) => current.pathname === path && !current.searchParams.has('loginError'));
}

/** Chooses a language in the header's language menu (its name is in the language shown now). */
export async function switchLanguage(page: Page, from: Language, to: Language): Promise<void> {
  await page.getByRole('combobox', { name: text(from, 'language.label') }).selectOption(to);
  const dir = to === 'ar' ? 'rtl' : 'ltr';
  await page.waitForFunction(
    ([lang, direction]) => document.documentElement.lang === lang && document.documentElement.dir === direction,
    [to, dir] as const,
  );
}

/** The wallet, reached from the menu, in a language: its heading has drawn and the enrolments have loaded. */
export async function openWallet(page: Page, world: EnrolmentWorld, language: Language): Promise<void> {
  await page.goto(world.url('/cards'));
  await page.locator('main h1', { hasText: text(language, 'wallet.title') }).waitFor();
  await enrolmentsTable(page, language).waitFor();
  await page.locator('.wallet-card').first().waitFor();
}

/** An activity's page and its enrol section. */
export async function openActivity(page: Page, world: EnrolmentWorld, activityId: string, language: Language) {
  await page.goto(world.url(`/activities/${world.env.world.a.kommunenummer}/${activityId}`));
  await page.getByRole('heading', { level: 1 }).waitFor();
  const section = page.locator('main section', {
    has: page.getByRole('heading', { level: 2, name: text(language, 'enrol.title') }),
  });
  await section.getByRole('button', { name: text(language, 'enrol.submit') }).waitFor();
  return section;
}

/** Enrols a child from the activity page's enrol section. */
export async function enrolChild(section: Locator, childName: string, language: Language): Promise<void> {
  await section.getByRole('radio', { name: childName }).check();
  await section.getByRole('button', { name: text(language, 'enrol.submit') }).click();
}

/** The wallet's card of the universal scheme in one child's section. */
export function cardOf(page: Page, holder: string): Locator {
  const section = page.locator('main section', { has: page.getByRole('heading', { level: 2, name: holder }) });
  return section.locator('.wallet-card').first();
}

/** What is left on a child's card, as the wallet shows it. */
export async function balanceOf(page: Page, holder: string): Promise<string> {
  const shown = cardOf(page, holder).locator('.wallet-card__balance-amount');
  return ((await shown.textContent()) ?? '').trim();
}

/** Waits until the wallet shows this balance on a child's card. */
export async function expectBalance(page: Page, holder: string, expected: string): Promise<void> {
  const shown = cardOf(page, holder).locator('.wallet-card__balance-amount');
  await shown
    .filter({ hasText: expected })
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  assert.equal(((await shown.textContent()) ?? '').trim(), expected, `balance of ${holder}`);
}

/** The table of the family's enrolments on the wallet. */
export function enrolmentsTable(page: Page, language: Language): Locator {
  return page.locator('main section', {
    has: page.getByRole('heading', { level: 2, name: text(language, 'enrolments.title') }),
  });
}

/** The rows of the wallet's enrolments table that hold all these texts. */
export function enrolmentRow(page: Page, language: Language, ...cells: string[]): Locator {
  return cells.reduce(
    (rows, cell) => rows.filter({ hasText: cell }),
    enrolmentsTable(page, language).locator('tbody tr'),
  );
}
