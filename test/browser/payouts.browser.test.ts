/**
 * Payouts in a real browser at phone width, with axe checking WCAG 2.1 A and AA on every view: one municipality
 * administrator (bokmål) prepares a batch and is refused when she tries to approve it herself; a second
 * administrator (Arabic) approves it and downloads the payment file.
 *
 * Needs a built web app: npx vite build --config web/vite.config.ts (the test command does this first).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DevStaffUser } from '../../src/integrations/oidc/dev-provider.ts';
import { createServices } from '../../src/services.ts';
import { readTexts } from '../../web/src/i18n/read-texts.ts';
import { testConfig } from '../helpers/app.ts';
import { type LoginServer, startLoginServer } from '../helpers/login.ts';
import { assertNoAxeViolations } from './axe.ts';
import { launchBrowser } from './harness.ts';
import { loginAsStaff, screenshots, tableRow } from './journey.ts';

type Language = 'nb' | 'ar';
type Texts = Record<string, unknown>;
const texts = Object.fromEntries((['nb', 'ar'] as const).map((l) => [l, readTexts(l) as Texts]));

function text(language: Language, key: string, values: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts[language]);
  assert.equal(typeof value, 'string', `${language}: ${key}`);
  return (value as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

const PREPARER = {
  subject: 'pia-forbereder',
  name: 'Pia Forbereder',
  email: 'pia@fjordvik.example',
} satisfies DevStaffUser;
const APPROVER = {
  subject: 'gro-godkjenner',
  name: 'Gro Godkjenner',
  email: 'gro@fjordvik.example',
} satisfies DevStaffUser;
const MUNICIPALITY = { kommunenummer: '3999', name: 'Fjordvik' };

let server: LoginServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

before(async () => {
  const webDist = testConfig().webDist;
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(`No built web app in ${webDist}. Run "npx vite build --config web/vite.config.ts" first.`);
  }
  server = await startLoginServer({ webDist, staffUsers: [PREPARER, APPROVER] });
  const services = createServices(server.database, server.config);
  const { id: municipalityId } = await services.municipalities.registerMunicipality(MUNICIPALITY);
  for (const admin of [PREPARER, APPROVER]) {
    await services.identity.ensureStaffRole({
      issuer: server.provider.staffIssuer,
      ...admin,
      municipalityId,
      role: 'municipality_admin',
    });
  }
  const db = server.database.db;
  await db
    .insertInto('payoutSettings')
    .values({
      municipalityId,
      debtorAccount: '86011117947',
      debtorName: 'Fjordvik kommune',
      organisationNumber: '974751968',
      debitLedgerAccount: '4790',
      creditLedgerAccount: '1920',
      costCentre: '',
      updatedBy: 'test',
    })
    .execute();
  const provider = async (name: string, bankAccount: string | null) =>
    (
      await db
        .insertInto('provider')
        .values({ municipalityId, name, kind: 'voluntary', status: 'approved', bankAccount })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const paid = await provider('Fjordvik Turn', '86011117947');
  const heldBack = await provider('Fjordvik Sjakk', null);
  const clearing = await services.ledger.ensureAccount({ municipalityId, kind: 'payment_clearing' });
  let n = 0;
  for (const [providerId, amountOre] of [
    [paid, 45_000],
    [paid, 5_050],
    [heldBack, 20_000],
  ] as const) {
    const payable = await services.ledger.ensureAccount({ municipalityId, kind: 'provider_payable', providerId });
    await services.ledger.transfer({
      municipalityId,
      idempotencyKey: `browser-payment-${++n}`,
      debitAccountId: clearing.id,
      creditAccountId: payable.id,
      amountOre,
      reason: 'payment',
      createdBy: 'test',
    });
  }
  browser = await launchBrowser();
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

const PATH = '/admin/payouts';

async function openAs(admin: DevStaffUser, language: Language): Promise<Page> {
  const context = await browser.newContext({ locale: language, viewport: { width: 375, height: 812 } });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}${PATH}`);
  await page.getByRole('heading', { level: 1, name: text(language, 'payouts.title') }).waitFor();
  await page
    .locator('main')
    .getByRole('link', { name: text(language, 'auth.loginStaff') })
    .click();
  await loginAsStaff(page, admin.subject);
  await page.waitForURL((current) => current.pathname === PATH && !current.searchParams.has('loginError'));
  await page.getByRole('heading', { level: 2, name: text(language, 'payouts.list.title') }).waitFor();
  return page;
}

describe('payouts', () => {
  test('one administrator prepares, cannot approve her own batch; another approves and downloads the file', async () => {
    const preparer = await openAs(PREPARER, 'nb');
    await preparer.getByText(text('nb', 'payouts.list.empty')).waitFor();
    await assertNoAxeViolations(preparer, 'payouts page, no batches');
    await preparer.getByRole('button', { name: text('nb', 'payouts.prepare.submit') }).click();
    await preparer.getByRole('heading', { name: text('nb', 'payouts.heldBack.title') }).waitFor();
    await preparer.getByText('Fjordvik Sjakk').waitFor();
    const row = tableRow(preparer, text('nb', 'payouts.list.batchName', { id: 1 }));
    await row.getByText(text('nb', 'payouts.status.prepared')).waitFor();
    await assertNoAxeViolations(preparer, 'payouts page, a prepared batch and a provider held back');
    await screenshots(preparer, 'payouts-prepared');

    // Four eyes: the preparer is told another administrator must approve.
    await row.getByRole('button', { name: text('nb', 'payouts.list.approveLabel', { id: 1 }) }).click();
    await preparer.getByText('En annen administrator må godkjenne utbetalingen').waitFor();
    await row.getByText(text('nb', 'payouts.status.prepared')).waitFor();
    await assertNoAxeViolations(preparer, 'payouts page, approval refused');

    const approver = await openAs(APPROVER, 'ar');
    const arRow = tableRow(approver, text('ar', 'payouts.list.batchName', { id: 1 }));
    await arRow.getByRole('button', { name: text('ar', 'payouts.list.approveLabel', { id: 1 }) }).click();
    await arRow.getByText(text('ar', 'payouts.status.approved')).waitFor();
    const fileLink = arRow.getByRole('link', { name: text('ar', 'payouts.list.fileLabel', { id: 1 }) });
    await fileLink.waitFor();
    await assertNoAxeViolations(approver, 'payouts page in Arabic, an approved batch');
    await screenshots(approver, 'payouts-approved-ar');
    const href = await fileLink.getAttribute('href');
    assert.ok(href);
    const file = await approver.request.get(`${server.baseUrl}${href}`);
    assert.equal(file.status(), 200);
    const xml = await file.text();
    assert.match(xml, /<CtrlSum>500\.50<\/CtrlSum>/);
    assert.match(xml, /<Nm>Fjordvik Turn<\/Nm>/);
    assert.doesNotMatch(xml, /Fjordvik Sjakk/);
  });
});
