/**
 * The Vipps MobilePay simulator's approval page in a real browser, with axe checking WCAG 2.1 A and AA: the
 * guardian approves or rejects and is sent back to the payment's return URL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { createEPaymentClient, type EPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from '../../src/integrations/vipps/simulator.ts';
import { assertNoAxeViolations } from './axe.ts';
import { launchBrowser } from './harness.ts';

let RETURN_URL = '';

let browser: Browser;
/** Where the guardian comes back to: the platform's page, here a plain one. */
let shop: Server;
let simulator: VippsSimulator;
let client: EPaymentClient;

before(async () => {
  shop = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="nb"><title>Ferdig</title><main><h1>Ferdig</h1></main></html>');
  });
  shop.listen(0, '127.0.0.1');
  await once(shop, 'listening');
  RETURN_URL = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/betaling/ferdig`;
  simulator = await startVippsSimulator();
  client = createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await simulator?.close();
  shop?.close();
});

async function openApproval(): Promise<{ page: Page; reference: string }> {
  const reference = `fee-${randomUUID()}`;
  const { redirectUrl } = await client.createPayment(
    { reference, amount: 34_950, paymentDescription: 'Korps, høst 2027: egenandel', returnUrl: RETURN_URL },
    randomUUID(),
  );
  assert.ok(redirectUrl);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(redirectUrl);
  return { page, reference };
}

describe('Vipps MobilePay simulator: the approval page', () => {
  test('passes axe; "Godkjenn" authorises the payment and returns to the return URL', async () => {
    const { page, reference } = await openApproval();
    try {
      assert.equal(await page.getAttribute('html', 'lang'), 'nb');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByText('349,50').waitFor();
      await assertNoAxeViolations(page, 'approval page');
      await Promise.all([page.waitForURL(RETURN_URL), page.getByRole('button', { name: 'Godkjenn' }).click()]);
      assert.equal((await client.getPayment(reference)).state, 'AUTHORIZED');
    } finally {
      await page.context().close();
    }
  });

  test('"Avvis" aborts the payment; the page then tells what happened and passes axe', async () => {
    const { page, reference } = await openApproval();
    try {
      const approvalUrl = page.url();
      await Promise.all([page.waitForURL(RETURN_URL), page.getByRole('button', { name: 'Avvis' }).click()]);
      assert.equal((await client.getPayment(reference)).state, 'ABORTED');
      await page.goto(approvalUrl);
      await page.getByRole('heading', { level: 1, name: 'Betalingen er avvist' }).waitFor();
      await assertNoAxeViolations(page, 'approval page after rejection');
    } finally {
      await page.context().close();
    }
  });
});
