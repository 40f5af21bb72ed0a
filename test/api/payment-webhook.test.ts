/**
 * Notifications from Vipps MobilePay, against the local simulator as the payment provider and a server listening
 * on a real port: the registration at start (once, also when two servers start at once), a guardian's approval
 * settling the enrolment through the webhook alone (no polling round runs in this file), an expired payment
 * releasing the card money, refused forgeries, replays that move nothing, and unknown payments. The ledger check
 * runs after every test.
 */
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, describe, test } from 'node:test';
import { createEPaymentClient, type EPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from '../../src/integrations/vipps/simulator.ts';
import { signWebhook } from '../../src/integrations/vipps/webhook-signature.ts';
import { PAYMENT_WEBHOOK_EVENTS } from '../../src/modules/cards/payment-webhook-service.ts';
import { paymentWebhookUrl, startPaymentWebhookRegistration } from '../../src/modules/cards/payment-webhook-work.ts';
import { createServices, type Services } from '../../src/services.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import { type ActorName, as, buildWorld, insertPublishedActivity, type World } from '../helpers/world.ts';

const A = '3301';
const year = new Date().getUTCFullYear();
const NOW = new Date(`${year}-09-01T10:00:00Z`);

let t: TestApp;
let world: World;
let simulator: VippsSimulator;
let payments: EPaymentClient;
let services: Services;
let url: string;
const activities: Record<string, string> = {};

const client = () => createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials, retries: 0 });
/** A client of a provider that cannot be reached (nothing listens on port 1). */
const unreachable = () =>
  createEPaymentClient({ baseUrl: 'http://127.0.0.1:1', ...simulator.credentials, retries: 0, timeoutMs: 2_000 });

before(async () => {
  simulator = await startVippsSimulator({ webhookRetryDelayMs: 50 });
  payments = client();
  t = await createTestApp({}, undefined, {
    services: (database, config) => {
      services = createServices(database, config, { payments, now: () => NOW });
      return services;
    },
  });
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  url = paymentWebhookUrl('http://127.0.0.1:0', (t.app.server.address() as AddressInfo).port);
  world = await buildWorld(t);
  await createServices(t.database, t.config, { now: () => NOW }).cards.runGrants(
    'system',
    world.a.id,
    world.schemes.universalA,
  );
  for (const [key, priceOre, kind] of [
    ['swimming', 150_000, 'organised'],
    ['sailing', 140_000, 'organised'],
    ['riding', 130_000, 'organised'],
    ['climbing', 120_000, 'organised'],
    // The scheme does not cover camps: the family pays all of it.
    ['camp', 50_000, 'camp'],
  ] as const) {
    activities[key] = await insertPublishedActivity(t, world, key, { year, priceOre, kind });
  }
});
afterEach(async () => {
  await assertLedgerHolds(t.database);
});
after(async () => {
  await t.close();
  await simulator.close();
});

let keys = 0;
/** The guardian enrols a child in an activity the card covers only in part: the rest waits in Vipps. */
async function enrolAwaitingPayment(activity: string, childId: string, actor: ActorName = 'guardianA') {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/municipalities/${A}/enrolments`,
    headers: { ...as(world, actor), 'idempotency-key': `webhook-key-${++keys}` },
    payload: { activityId: activities[activity], childId },
  });
  assert.equal(response.statusCode, 201, response.body);
  const body = response.json() as { id: string; status: string; cardOre: number; restOre: number };
  assert.equal(body.status, 'awaiting_payment');
  return { ...body, reference: `fk-${body.id}` };
}

/** The enrolment as the family sees it (GET: reads only, settles nothing). */
async function enrolment(id: string, actor: ActorName = 'guardianA') {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/municipalities/${A}/enrolments`,
    headers: as(world, actor),
  });
  return (response.json() as { id: string; status: string }[]).find((e) => e.id === id);
}

async function balanceOf(personId: string): Promise<number> {
  const row = await t.database.db
    .selectFrom('ledgerAccount')
    .select('balanceOre')
    .where('personId', '=', personId)
    .where('schemeId', '=', world.schemes.universalA)
    .executeTakeFirstOrThrow();
  return Number(row.balanceOre);
}

async function accountBalance(kind: 'provider_payable' | 'payment_hold'): Promise<number> {
  const row = await t.database.db
    .selectFrom('ledgerAccount')
    .select('balanceOre')
    .where('kind', '=', kind)
    .where('municipalityId', '=', world.a.id)
    .executeTakeFirst();
  return Number(row?.balanceOre ?? 0);
}

async function transferCount(): Promise<number> {
  const row = await t.database.db
    .selectFrom('ledgerTransfer')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function paymentStatus(reference: string): Promise<string | undefined> {
  const row = await t.database.db
    .selectFrom('familyPayment')
    .select('status')
    .where('reference', '=', reference)
    .executeTakeFirst();
  return row?.status;
}

async function notifications(reference: string) {
  return t.database.db
    .selectFrom('paymentNotification')
    .select(['eventName', 'processedAt'])
    .where('reference', '=', reference)
    .execute();
}

async function storedRegistrations() {
  return t.database.db.selectFrom('paymentWebhook').select(['id', 'url', 'secret']).execute();
}

async function secret(): Promise<string> {
  const [row] = await storedRegistrations();
  assert.ok(row, 'a registration is stored');
  return row.secret;
}

/** The body the provider sends for an event of the payment's log. */
async function eventBody(reference: string, name: string): Promise<string> {
  const event = (await payments.getPaymentEvents(reference)).find((e) => e.name === name);
  assert.ok(event, `the payment has a ${name} event`);
  return JSON.stringify({
    msn: simulator.credentials.merchantSerialNumber,
    reference,
    pspReference: event.pspReference,
    name: event.name,
    amount: { currency: 'NOK', value: event.amount },
    timestamp: event.timestamp.toISOString(),
    idempotencyKey: event.idempotencyKey,
    success: event.success,
  });
}

/** Sends a notification to the server over HTTP, as the provider does. */
async function deliver(body: string, headers: Record<string, string>, to = url) {
  const response = await fetch(to, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

async function deliverSigned(body: string, options: { secret?: string; date?: Date } = {}) {
  const headers = signWebhook({
    secret: options.secret ?? (await secret()),
    url,
    body,
    date: options.date ?? new Date(),
  });
  return deliver(body, headers);
}

async function registrationsAtProvider(forUrl = url) {
  return (await payments.listWebhooks()).filter((w) => w.url === forUrl);
}

describe('payment webhook', () => {
  test('the server registers at start; two starting at once register once; a restart reuses the registration', async () => {
    // Two server processes start at once, each with its own services and its own client of the provider.
    const second = createServices(t.database, t.config, { payments: client() });
    const [one, two] = await Promise.all([
      startPaymentWebhookRegistration({ webhooks: services.paymentWebhooks, url, retryMs: 50 }).ready,
      startPaymentWebhookRegistration({ webhooks: second.paymentWebhooks, url, retryMs: 50 }).ready,
    ]);
    assert.ok(one && two);
    assert.equal(one.id, two.id);
    // One registered, the other waited for it and reused it: nobody registered a second one to clean up later.
    assert.deepEqual([one.reused, two.reused].sort(), [false, true]);
    assert.deepEqual([one.removed, two.removed], [0, 0]);
    const listed = await registrationsAtProvider();
    assert.equal(listed.length, 1);
    assert.deepEqual([...(listed[0]?.events ?? [])].sort(), [...PAYMENT_WEBHOOK_EVENTS].sort());
    const stored = await storedRegistrations();
    assert.deepEqual(
      stored.map((r) => [r.id, r.url]),
      [[one.id, url]],
    );

    // A restart: the provider still lists it, so it is kept with its secret.
    const storedSecret = stored[0]?.secret;
    const restart = await startPaymentWebhookRegistration({ webhooks: services.paymentWebhooks, url }).ready;
    assert.deepEqual(restart, { id: one.id, reused: true, removed: 0, notRemoved: 0 });
    assert.equal(await secret(), storedSecret);

    // A stale registration for this URL (left by a crash between registering and storing) goes at the next
    // start; another installation's registration for another URL is left alone.
    const stale = await payments.registerWebhook(url, PAYMENT_WEBHOOK_EVENTS);
    const elsewhere = await payments.registerWebhook('https://andre.example.no/webhook', PAYMENT_WEBHOOK_EVENTS);
    const cleaned = await startPaymentWebhookRegistration({ webhooks: services.paymentWebhooks, url }).ready;
    assert.deepEqual(cleaned, { id: one.id, reused: true, removed: 1, notRemoved: 0 });
    assert.deepEqual(
      (await registrationsAtProvider()).map((w) => w.id),
      [one.id],
    );
    assert.ok((await payments.listWebhooks()).some((w) => w.id === elsewhere.id));
    assert.ok(!(await payments.listWebhooks()).some((w) => w.id === stale.id));
    await payments.deleteWebhook(elsewhere.id);

    // A start while the provider cannot be reached: the server keeps trying (and keeps what is stored) until
    // it stops.
    const down = createServices(t.database, t.config, { payments: unreachable() });
    const trying = startPaymentWebhookRegistration({ webhooks: down.paymentWebhooks, url, retryMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await trying.stop();
    assert.equal(await trying.ready, undefined);
    assert.deepEqual(
      (await storedRegistrations()).map((r) => r.id),
      [one.id],
    );
  });

  test('the guardian approves in Vipps: the webhook settles the enrolment without any polling round', async () => {
    const payableBefore = await accountBalance('provider_payable');
    const enrolled = await enrolAwaitingPayment('swimming', world.people.childA.id);
    assert.equal(enrolled.cardOre, 100_000);
    assert.equal(enrolled.restOre, 50_000);
    assert.equal(await balanceOf(world.people.childA.id), 0);
    assert.equal(await accountBalance('payment_hold'), 100_000);

    simulator.approve(enrolled.reference);
    await simulator.webhooksSettled();

    assert.equal((await enrolment(enrolled.id))?.status, 'confirmed');
    assert.equal(await paymentStatus(enrolled.reference), 'captured');
    // The held card money and the family's part are owed to the club; the hold is empty.
    assert.equal((await accountBalance('provider_payable')) - payableBefore, 150_000);
    assert.equal(await accountBalance('payment_hold'), 0);
    assert.equal(simulator.payment(enrolled.reference)?.aggregate.capturedAmount.value, 50_000);
    const seen = await notifications(enrolled.reference);
    assert.deepEqual(seen.map((n) => n.eventName).sort(), ['AUTHORIZED', 'CAPTURED']);
    assert.ok(seen.every((n) => n.processedAt !== null));
    assert.ok(
      simulator.deliveries().every((d) => d.delivered && d.attempts === 1),
      'every notification was taken at the first attempt',
    );
  });

  test('a payment that expires in Vipps: the webhook gives the held card money back', async () => {
    const enrolled = await enrolAwaitingPayment('sailing', world.people.youthA.id);
    assert.equal(enrolled.cardOre, 100_000);
    assert.equal(await balanceOf(world.people.youthA.id), 0);

    simulator.expire(enrolled.reference);
    await simulator.webhooksSettled();

    assert.equal((await enrolment(enrolled.id))?.status, 'payment_abandoned');
    assert.equal(await paymentStatus(enrolled.reference), 'abandoned');
    assert.equal(await balanceOf(world.people.youthA.id), 100_000);
    assert.equal(await accountBalance('payment_hold'), 0);
    assert.deepEqual(
      (await notifications(enrolled.reference)).map((n) => n.eventName),
      ['EXPIRED'],
    );
  });

  test('a forged signature, a changed body, an old or future date, a wrong host or path and missing headers: 401, nothing moves', async () => {
    // The provider loses this server's registration, so the guardian's approval is not notified: the payment is
    // authorised in Vipps and waits here, as a forger would find it.
    const [registration] = await registrationsAtProvider();
    assert.ok(registration);
    await payments.deleteWebhook(registration.id);
    const enrolled = await enrolAwaitingPayment('riding', world.people.youthA.id);
    simulator.approve(enrolled.reference);
    await simulator.webhooksSettled();
    const body = await eventBody(enrolled.reference, 'AUTHORIZED');
    const key = await secret();
    const transfers = await transferCount();
    const sign = (overrides: { secret?: string; date?: Date; url?: string; body?: string } = {}) =>
      signWebhook({
        secret: overrides.secret ?? key,
        url: overrides.url ?? url,
        body: overrides.body ?? body,
        date: overrides.date ?? new Date(),
      });
    const without = (name: string) => {
      const headers: Record<string, string> = sign();
      delete headers[name];
      return headers;
    };
    const changed = body.replace('"value":30000', '"value":1');
    assert.notEqual(changed, body);

    const attempts: [string, Promise<{ status: number; text: string }>][] = [
      ['another secret', deliver(body, sign({ secret: `${key}x` }))],
      ['a changed body', deliver(changed, sign())],
      [
        'a changed body with its own hash',
        deliver(changed, { ...sign(), 'x-ms-content-sha256': sign({ body: changed })['x-ms-content-sha256'] }),
      ],
      ['a date 6 minutes old', deliver(body, sign({ date: new Date(Date.now() - 6 * 60_000) }))],
      ['a date 6 minutes ahead', deliver(body, sign({ date: new Date(Date.now() + 6 * 60_000) }))],
      ['another host', deliver(body, sign({ url: url.replace('127.0.0.1', 'fritidskort.example.no') }))],
      ['another path', deliver(body, sign(), `${url}?again=1`)],
      ['no x-ms-date', deliver(body, without('x-ms-date'))],
      ['no x-ms-content-sha256', deliver(body, without('x-ms-content-sha256'))],
      ['no authorization', deliver(body, without('authorization'))],
      ['no headers at all', deliver(body, {})],
    ];
    for (const [what, attempt] of attempts) {
      const response = await attempt;
      assert.equal(response.status, 401, `${what}: ${response.text}`);
      const answer = JSON.parse(response.text) as { error: { code: string; message: string } };
      assert.equal(answer.error.code, 'SIGNATURE_INVALID', what);
      // The answer says nothing of why.
      assert.doesNotMatch(response.text, /hash|date|secret|host|mismatch|range|header/i, what);
    }
    assert.equal(await paymentStatus(enrolled.reference), 'created');
    assert.equal((await enrolment(enrolled.id))?.status, 'awaiting_payment');
    assert.equal(await balanceOf(world.people.youthA.id), 0);
    assert.equal(await transferCount(), transfers);
    assert.deepEqual(await notifications(enrolled.reference), []);

    // The genuine notification, signed with the stored secret, settles it; the same one again moves nothing.
    const genuine = await deliverSigned(body);
    assert.equal(genuine.status, 200, genuine.text);
    assert.deepEqual(genuine.json(), { outcome: 'settled' });
    assert.equal((await enrolment(enrolled.id))?.status, 'confirmed');
    const afterSettling = await transferCount();
    const again = await deliverSigned(body);
    assert.deepEqual(again.json(), { outcome: 'duplicate' });
    assert.equal(await transferCount(), afterSettling);

    // The next start finds the registration gone at the provider and registers anew with a new secret.
    const restart = await startPaymentWebhookRegistration({ webhooks: services.paymentWebhooks, url }).ready;
    assert.equal(restart?.reused, false);
    assert.notEqual(restart?.id, registration.id);
    assert.notEqual(await secret(), key);
    assert.equal((await registrationsAtProvider()).length, 1);
    assert.equal((await storedRegistrations()).length, 1);
    // A notification signed with the old secret is refused now.
    assert.equal((await deliverSigned(body, { secret: key })).status, 401);
  });

  test('the same notification delivered again, and 10 times at once beside the provider’s own: money moves once', async () => {
    const payableBefore = await accountBalance('provider_payable');
    const enrolled = await enrolAwaitingPayment('climbing', world.people.otherChildA.id, 'otherGuardianA');
    simulator.approve(enrolled.reference);
    // The provider's own notification is on its way; the same body goes 10 times more at once.
    const body = await eventBody(enrolled.reference, 'AUTHORIZED');
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliverSigned(body)));
    await simulator.webhooksSettled();
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(10).fill(200),
    );
    const outcomes = answers.map((a) => a.json().outcome);
    assert.ok(outcomes.every((o) => o === 'settled' || o === 'duplicate'));
    assert.ok(outcomes.filter((o) => o === 'settled').length <= 1, outcomes.join(', '));
    assert.equal((await enrolment(enrolled.id, 'otherGuardianA'))?.status, 'confirmed');
    assert.equal((await accountBalance('provider_payable')) - payableBefore, enrolled.cardOre + enrolled.restOre);
    assert.equal(simulator.payment(enrolled.reference)?.aggregate.capturedAmount.value, enrolled.restOre);
    assert.equal((await notifications(enrolled.reference)).filter((n) => n.eventName === 'AUTHORIZED').length, 1);

    // Once more, later (within the date's window): taken as a duplicate, nothing moves.
    const transfers = await transferCount();
    const late = await deliverSigned(body);
    assert.deepEqual(late.json(), { outcome: 'duplicate' });
    assert.equal(await transferCount(), transfers);
  });

  test('a notification never moves money on its own word: the state at the provider decides; a failure to settle lets the provider try again', async () => {
    const enrolled = await enrolAwaitingPayment('camp', world.people.childA.id);
    assert.equal(enrolled.cardOre, 0);
    assert.equal(enrolled.restOre, 50_000);
    // A correctly signed notification claims the guardian approved; Vipps MobilePay says the payment waits.
    const claim = JSON.stringify({
      msn: simulator.credentials.merchantSerialNumber,
      reference: enrolled.reference,
      pspReference: 'psp-claimed-1',
      name: 'AUTHORIZED',
      amount: { currency: 'NOK', value: 50_000 },
      timestamp: new Date().toISOString(),
      idempotencyKey: null,
      success: true,
    });
    const transfers = await transferCount();
    const key = await secret();
    const signed = () => signWebhook({ secret: key, url, body: claim });
    const received = (webhooks: Services['paymentWebhooks']) =>
      webhooks.receive({ pathAndQuery: new URL(url).pathname, headers: signed(), body: Buffer.from(claim) });

    // The provider cannot be reached while settling: the notification is not kept, so its next attempt counts.
    const down = createServices(t.database, t.config, { payments: unreachable() });
    await assert.rejects(received(down.paymentWebhooks));
    assert.deepEqual(await notifications(enrolled.reference), []);

    const response = await deliver(claim, signed());
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(response.json(), { outcome: 'settled' });
    assert.equal(await paymentStatus(enrolled.reference), 'created');
    assert.equal((await enrolment(enrolled.id))?.status, 'awaiting_payment');
    assert.equal(await transferCount(), transfers);
    assert.equal(simulator.payment(enrolled.reference)?.state, 'CREATED');
    assert.equal((await notifications(enrolled.reference)).length, 1);
  });

  test('a notification for a payment the platform does not know: 200, logged, nothing changes', async () => {
    const transfers = await transferCount();
    const payable = await accountBalance('provider_payable');
    const reference = 'fk-00000000-0000-4000-8000-000000000000';
    const body = JSON.stringify({
      msn: simulator.credentials.merchantSerialNumber,
      reference,
      pspReference: 'psp-unknown-1',
      name: 'AUTHORIZED',
      amount: { currency: 'NOK', value: 10_000 },
      timestamp: new Date().toISOString(),
      idempotencyKey: null,
      success: true,
    });
    const response = await deliverSigned(body);
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(response.json(), { outcome: 'unknown' });
    assert.equal(await transferCount(), transfers);
    assert.equal(await accountBalance('provider_payable'), payable);
    assert.deepEqual(await notifications(reference), []);
    // A signed body that is no payment event is refused as malformed, and changes nothing either.
    const malformed = await deliverSigned('{"reference":');
    assert.equal(malformed.status, 400);
    assert.equal(await transferCount(), transfers);
  });
});
