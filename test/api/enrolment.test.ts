/**
 * Enrolment and payment through the API, against the local Vipps MobilePay simulator: the card pays what its
 * scheme covers, the family pays the rest in Vipps, an abandoned payment gives the card money back, a waiting
 * list, cancellation with refund, and what the provider sees. The ledger check runs after every test.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { createEPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from '../../src/integrations/vipps/simulator.ts';
import { createServices } from '../../src/services.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import {
  type ActorName,
  as,
  asActor,
  buildWorld,
  insertPublishedActivity,
  secondAdminA,
  type World,
} from '../helpers/world.ts';

const A = '3301';
const year = new Date().getUTCFullYear();
const NOW = new Date(`${year}-09-01T10:00:00Z`);

let t: TestApp;
let world: World;
let simulator: VippsSimulator;
const activities: Record<string, string> = {};

before(async () => {
  simulator = await startVippsSimulator();
  const payments = createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials, retries: 0 });
  t = await createTestApp({}, undefined, {
    services: (database, config) => createServices(database, config, { payments, now: () => NOW }),
  });
  world = await buildWorld(t);
  const services = createServices(t.database, t.config, { now: () => NOW });
  await services.cards.runGrants('system', world.a.id, world.schemes.universalA);

  const activity = async (key: string, values: Omit<Parameters<typeof insertPublishedActivity>[3], 'year'>) => {
    activities[key] = await insertPublishedActivity(t, world, key, { year, ...values });
  };
  await activity('football', { priceOre: 60_000, textLanguage: 'nn' });
  await activity('handball', { priceOre: 80_000 });
  await activity('swimming', { priceOre: 150_000 });
  await activity('camp', { priceOre: 50_000, kind: 'camp' });
  await activity('choir', { priceOre: 30_000, capacity: 1, waitingList: true });
  await activity('chess', { priceOre: 20_000, capacity: 1 });
  await activity('climbing', { priceOre: 20_000 });
});
afterEach(async () => {
  await assertLedgerHolds(t.database);
});
after(async () => {
  await t.close();
  await simulator.close();
});

let keys = 0;
async function enrol(actor: ActorName, activity: string, childId: string, key = `enrol-key-${++keys}`) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/municipalities/${A}/enrolments`,
    headers: { ...as(world, actor), 'idempotency-key': key },
    payload: { activityId: activities[activity], childId },
  });
  return { status: response.statusCode, body: response.json() };
}

async function post(actor: ActorName, url: string) {
  const response = await t.app.inject({ method: 'POST', url, headers: as(world, actor) });
  return { status: response.statusCode, body: response.json() };
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

async function payable(): Promise<number> {
  const row = await t.database.db
    .selectFrom('ledgerAccount')
    .select('balanceOre')
    .where('kind', '=', 'provider_payable')
    .where('providerId', '=', world.providers.a1)
    .executeTakeFirst();
  return Number(row?.balanceOre ?? 0);
}

describe('enrolment and payment', () => {
  test('the card pays a covered fee in full: the place is confirmed at once, the money owed to the club', async () => {
    const before = await payable();
    const enrolled = await enrol('guardianA', 'football', world.people.childA.id);
    assert.equal(enrolled.status, 201, JSON.stringify(enrolled.body));
    assert.equal(enrolled.body.status, 'confirmed');
    assert.equal(enrolled.body.activityTitle, 'Aktivitet football');
    assert.equal(enrolled.body.activityTextLanguage, 'nn', 'the title carries the language the provider wrote it in');
    assert.equal(enrolled.body.cardOre, 60_000);
    assert.equal(enrolled.body.restOre, 0);
    assert.equal(await balanceOf(world.people.childA.id), 40_000);
    assert.equal((await payable()) - before, 60_000);
  });

  test('the same request twice enrols and pays once; the key for another child is refused', async () => {
    const key = 'same-request-key-1';
    const first = await enrol('otherGuardianA', 'football', world.people.otherChildA.id, key);
    const again = await enrol('otherGuardianA', 'football', world.people.otherChildA.id, key);
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.body.id, first.body.id);
    assert.equal(await balanceOf(world.people.otherChildA.id), 40_000);
    const other = await enrol('guardianA', 'football', world.people.youthA.id, key);
    assert.equal(other.status, 422);
    assert.equal(other.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
    const twice = await enrol('otherGuardianA', 'football', world.people.otherChildA.id);
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'ALREADY_ENROLLED');
  });

  test('above the balance, the card pays what it holds and the family pays the rest in Vipps', async () => {
    const before = await payable();
    const enrolled = await enrol('guardianA', 'handball', world.people.childA.id);
    assert.equal(enrolled.body.status, 'awaiting_payment');
    assert.equal(enrolled.body.cardOre, 40_000);
    assert.equal(enrolled.body.restOre, 40_000);
    assert.match(enrolled.body.paymentUrl, /^http:\/\/127\.0\.0\.1:\d+\//);
    // Held, not yet paid to the club.
    assert.equal(await balanceOf(world.people.childA.id), 0);
    assert.equal(await payable(), before);
    const reference = `fk-${enrolled.body.id}`;
    assert.equal(simulator.payment(reference)?.amount.value, 40_000);
    simulator.approve(reference);
    const refreshed = await post('guardianA', `/api/municipalities/${A}/enrolments/${enrolled.body.id}/refresh`);
    assert.equal(refreshed.body.status, 'confirmed');
    assert.equal((await payable()) - before, 80_000);
    assert.equal(simulator.payment(reference)?.aggregate.capturedAmount.value, 40_000);
    // Settling again moves nothing more.
    await post('guardianA', `/api/municipalities/${A}/enrolments/${enrolled.body.id}/refresh`);
    assert.equal((await payable()) - before, 80_000);
  });

  test('a payment the guardian abandons gives the held card money back', async () => {
    const enrolled = await enrol('guardianA', 'swimming', world.people.youthA.id);
    assert.equal(enrolled.body.status, 'awaiting_payment');
    assert.equal(enrolled.body.cardOre, 100_000);
    assert.equal(await balanceOf(world.people.youthA.id), 0);
    const cancelDuring = await post('guardianA', `/api/municipalities/${A}/enrolments/${enrolled.body.id}/cancel`);
    assert.equal(cancelDuring.status, 409);
    simulator.reject(`fk-${enrolled.body.id}`);
    const refreshed = await post('guardianA', `/api/municipalities/${A}/enrolments/${enrolled.body.id}/refresh`);
    assert.equal(refreshed.body.status, 'payment_abandoned');
    assert.equal(await balanceOf(world.people.youthA.id), 100_000);
  });

  test('an activity the scheme does not cover is paid by the family in full', async () => {
    const enrolled = await enrol('guardianA', 'camp', world.people.youthA.id);
    assert.equal(enrolled.body.cardOre, 0);
    assert.equal(enrolled.body.restOre, 50_000);
    assert.equal(await balanceOf(world.people.youthA.id), 100_000);
    simulator.expire(`fk-${enrolled.body.id}`);
    const refreshed = await post('guardianA', `/api/municipalities/${A}/enrolments/${enrolled.body.id}/refresh`);
    assert.equal(refreshed.body.status, 'payment_abandoned');
  });

  test('a full activity queues the next child; a cancellation before the season refunds the card and offers the place', async () => {
    const first = await enrol('guardianA', 'choir', world.people.youthA.id);
    assert.equal(first.body.status, 'confirmed');
    assert.equal(await balanceOf(world.people.youthA.id), 70_000);
    const queued = await enrol('otherGuardianA', 'choir', world.people.otherChildA.id);
    assert.equal(queued.body.status, 'waiting');
    assert.equal(queued.body.queuePosition, 1);
    assert.equal(queued.body.cardOre, 0);
    const cancelled = await post('guardianA', `/api/municipalities/${A}/enrolments/${first.body.id}/cancel`);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(await balanceOf(world.people.youthA.id), 100_000);
    const family = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/enrolments`,
      headers: as(world, 'otherGuardianA'),
    });
    const offered = (family.json() as { id: string; status: string }[]).find((e) => e.id === queued.body.id);
    assert.equal(offered?.status, 'offered');
    const paid = await post('otherGuardianA', `/api/municipalities/${A}/enrolments/${queued.body.id}/pay`);
    assert.equal(paid.body.status, 'confirmed');
    assert.equal(paid.body.cardOre, 30_000);
  });

  test('a full activity without a waiting list, another family’s child, another municipality and a missing key are refused', async () => {
    assert.equal((await enrol('guardianA', 'chess', world.people.childA.id)).status, 201);
    const full = await enrol('otherGuardianA', 'chess', world.people.otherChildA.id);
    assert.equal(full.status, 409);
    assert.equal(full.body.error.code, 'ACTIVITY_FULL');
    const other = await enrol('guardianA', 'football', world.people.otherChildA.id);
    assert.equal(other.status, 404);
    const elsewhere = await enrol('guardianB', 'football', world.people.childB.id);
    assert.equal(elsewhere.status, 403);
    const noKey = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/enrolments`,
      headers: as(world, 'guardianA'),
      payload: { activityId: activities.football, childId: world.people.childA.id },
    });
    assert.equal(noKey.statusCode, 400);
  });

  test('the provider sees who is enrolled and whether the place is paid, never how it was paid', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/providers/${world.providers.a1}/activities/${activities.handball}/participants`,
      headers: as(world, 'providerAdminA'),
    });
    assert.equal(response.statusCode, 200);
    const [participant] = response.json() as Record<string, unknown>[];
    assert.equal(participant?.childName, 'Ola Nordmann');
    assert.equal(participant?.status, 'paid');
    assert.deepEqual(Object.keys(participant ?? {}).sort(), [
      'birthYear',
      'childName',
      'enrolledAt',
      'enrolmentId',
      'status',
    ]);
    assert.ok(!response.body.includes('cardOre') && !response.body.includes('restOre'));
  });

  test('a cancellation after a correction gave part of the payment back refunds only the rest', async () => {
    const child = world.people.youthA.id;
    const before = await balanceOf(child);
    const enrolled = await enrol('guardianA', 'climbing', child);
    assert.equal(enrolled.body.status, 'confirmed');
    assert.equal(await balanceOf(child), before - 20_000);
    const payment = await t.database.db
      .selectFrom('ledgerTransfer')
      .select('id')
      .where('enrolmentId', '=', enrolled.body.id)
      .where('reason', '=', 'payment')
      .executeTakeFirstOrThrow();
    const prepared = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/corrections`,
      headers: as(world, 'adminA'),
      payload: { kind: 'reverse_payment', transferId: payment.id, amountOre: 8_000, reason: 'Betalt for mye' },
    });
    assert.equal(prepared.statusCode, 201, prepared.body);
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/corrections/${prepared.json().id}/approve`,
      headers: asActor(await secondAdminA(t, world)),
    });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(await balanceOf(child), before - 12_000);
    const cancelled = await post('guardianA', `/api/municipalities/${A}/enrolments/${enrolled.body.id}/cancel`);
    assert.equal(cancelled.body.status, 'cancelled');
    assert.equal(await balanceOf(child), before, 'the card gets back what it paid, once');
  });
});
