/**
 * Payment requests through the API, against the local Vipps MobilePay simulator: a provider asks every child of an
 * activity for a fee in one step; the family pays with the card and the rest in Vipps on the enrolment's payment
 * path; an abandoned payment gives the card money back and the request is open again; withdrawal; what each side
 * sees; bad input changes nothing. The ledger check runs after every test.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { makeKid } from '../../src/domain/kid.ts';
import { createEPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from '../../src/integrations/vipps/simulator.ts';
import { createServices } from '../../src/services.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import { type ActorName, as, buildWorld, insertPublishedActivity, type World } from '../helpers/world.ts';

const A = '3301';
const year = new Date().getUTCFullYear();
const NOW = new Date(`${year}-09-01T10:00:00Z`);
const DUE = `${year}-09-20`;

let t: TestApp;
let world: World;
let simulator: VippsSimulator;
let football = '';
let chess = '';
const enrolments: Record<'childA' | 'otherChildA', string> = { childA: '', otherChildA: '' };

let keys = 0;
async function call(actor: ActorName, method: 'GET' | 'POST', url: string, payload?: object, key?: string) {
  const response = await t.app.inject({
    method,
    url: `/api/municipalities/${A}${url}`,
    headers: { ...as(world, actor), ...(key ? { 'idempotency-key': key } : {}) },
    ...(payload ? { payload } : {}),
  });
  return { status: response.statusCode, body: response.json() };
}

function send(activityId: string, body: object, key = `send-key-${++keys}`, actor: ActorName = 'providerAdminA') {
  return call(actor, 'POST', `/providers/${world.providers.a1}/activities/${activityId}/payment-requests`, body, key);
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

/** What a use case could have changed: the requests, their payments and the ledger. */
async function snapshot() {
  const db = t.database.db;
  const requests = await db.selectFrom('paymentRequest').select(['id', 'status']).orderBy('id').execute();
  const payments = await db.selectFrom('familyPayment').select(['id', 'status']).orderBy('id').execute();
  const transfers = await db
    .selectFrom('ledgerTransfer')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { requests, payments, transfers: Number(transfers.n) };
}

before(async () => {
  simulator = await startVippsSimulator();
  const payments = createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials, retries: 0 });
  t = await createTestApp({}, undefined, {
    services: (database, config) => createServices(database, config, { payments, now: () => NOW }),
  });
  world = await buildWorld(t);
  const services = createServices(t.database, t.config, { now: () => NOW });
  await services.cards.runGrants('system', world.a.id, world.schemes.universalA);
  football = await insertPublishedActivity(t, world, 'football', { year, priceOre: 10_000 });
  chess = await insertPublishedActivity(t, world, 'chess', { year, priceOre: 10_000 });
  for (const [child, guardian] of [
    ['childA', 'guardianA'],
    ['otherChildA', 'otherGuardianA'],
  ] as const) {
    const enrolled = await call(
      guardian,
      'POST',
      '/enrolments',
      { activityId: football, childId: world.people[child].id },
      `enrol-${child}-key`,
    );
    assert.equal(enrolled.body.status, 'confirmed', JSON.stringify(enrolled.body));
    enrolments[child] = enrolled.body.id;
  }
});
afterEach(async () => {
  await assertLedgerHolds(t.database);
});
after(async () => {
  await t.close();
  await simulator.close();
});

describe('payment requests', () => {
  let requestA = '';
  let requestOther = '';

  test('one step sends a request to every enrolled child; the same key sends once', async () => {
    const kid = makeKid('4711', 'MOD10');
    const body = { feeKind: 'participation', amountOre: 20_000, dueDate: DUE, description: 'Treningsavgift', kid };
    const sent = await send(football, body, 'bulk-send-key-1');
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.equal(sent.body.length, 2);
    assert.deepEqual(
      sent.body.map((r: { enrolmentId: string }) => r.enrolmentId).sort(),
      Object.values(enrolments).sort(),
    );
    for (const r of sent.body) {
      assert.equal(r.status, 'open');
      assert.equal(r.kid, kid);
      assert.equal(r.amountOre, 20_000);
    }
    const again = await send(football, body, 'bulk-send-key-1');
    assert.equal(again.status, 201);
    assert.deepEqual(
      again.body.map((r: { id: string }) => r.id).sort(),
      sent.body.map((r: { id: string }) => r.id).sort(),
    );
    assert.equal((await snapshot()).requests.length, 2);
    requestA = sent.body.find((r: { enrolmentId: string }) => r.enrolmentId === enrolments.childA).id;
    requestOther = sent.body.find((r: { enrolmentId: string }) => r.enrolmentId === enrolments.otherChildA).id;

    const family = await call('guardianA', 'GET', '/payment-requests');
    assert.equal(family.status, 200);
    assert.deepEqual(
      family.body.map((r: { id: string }) => r.id),
      [requestA],
      'a family sees only the requests to its own children',
    );
    assert.equal(family.body[0].providerName.length > 0, true);
    assert.equal(family.body[0].activityTitle, 'Aktivitet football');
  });

  test('the card pays a covered fee in full: paid at once, owed to the club; paying twice is refused', async () => {
    const before = await payable();
    const paid = await call('guardianA', 'POST', `/payment-requests/${requestA}/pay`);
    assert.equal(paid.status, 200, JSON.stringify(paid.body));
    assert.equal(paid.body.status, 'paid');
    assert.equal(paid.body.cardOre, 20_000);
    assert.equal(paid.body.restOre, 0);
    assert.equal(await balanceOf(world.people.childA.id), 70_000);
    assert.equal((await payable()) - before, 20_000);
    const state = await snapshot();
    const twice = await call('guardianA', 'POST', `/payment-requests/${requestA}/pay`);
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'PAYMENT_REQUEST_PAID');
    assert.deepEqual(await snapshot(), state);

    const seen = await call(
      'providerAdminA',
      'GET',
      `/providers/${world.providers.a1}/activities/${football}/payment-requests`,
    );
    assert.equal(seen.status, 200);
    const mine = seen.body.find((r: { id: string }) => r.id === requestA);
    assert.equal(mine.status, 'paid');
    assert.equal('cardOre' in mine || 'restOre' in mine, false, 'the provider never sees how it was paid');
    assert.equal(seen.body.find((r: { id: string }) => r.id === requestOther).status, 'open');
  });

  test('above the balance: the card money is held, the family pays the rest in Vipps, then it is paid', async () => {
    const sent = await send(football, {
      feeKind: 'membership',
      amountOre: 80_000,
      dueDate: DUE,
      invoiceNumber: 'F-2026-17',
      enrolmentIds: [enrolments.childA],
    });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.equal(sent.body.length, 1);
    const id = sent.body[0].id;
    const before = await payable();
    const paying = await call('guardianA', 'POST', `/payment-requests/${id}/pay`);
    assert.equal(paying.body.status, 'paying', JSON.stringify(paying.body));
    assert.equal(paying.body.cardOre, 70_000);
    assert.equal(paying.body.restOre, 10_000);
    assert.match(paying.body.paymentUrl, /^http:\/\/127\.0\.0\.1:\d+\//);
    assert.equal(await balanceOf(world.people.childA.id), 0, 'held');
    assert.equal(await payable(), before);
    const seen = await call(
      'providerAdminA',
      'GET',
      `/providers/${world.providers.a1}/activities/${football}/payment-requests`,
    );
    assert.equal(
      seen.body.find((r: { id: string }) => r.id === id).status,
      'open',
      'a payment in progress is open to the provider',
    );
    // Withdrawing while the family pays is refused.
    const withdraw = await call(
      'providerAdminA',
      'POST',
      `/providers/${world.providers.a1}/payment-requests/${id}/withdraw`,
    );
    assert.equal(withdraw.body.error?.code, 'PAYMENT_IN_PROGRESS');

    const reference = `fkr-${id}-1`;
    assert.equal(simulator.payment(reference)?.amount.value, 10_000);
    simulator.approve(reference);
    const refreshed = await call('guardianA', 'POST', `/payment-requests/${id}/refresh`);
    assert.equal(refreshed.body.status, 'paid');
    assert.equal((await payable()) - before, 80_000);
    assert.equal(simulator.payment(reference)?.aggregate.capturedAmount.value, 10_000);
    await call('guardianA', 'POST', `/payment-requests/${id}/refresh`);
    assert.equal((await payable()) - before, 80_000, 'settling again moves nothing more');
    const enrolment = await t.database.db
      .selectFrom('enrolment')
      .select('status')
      .where('id', '=', enrolments.childA)
      .executeTakeFirstOrThrow();
    assert.equal(enrolment.status, 'confirmed', 'the enrolment is not touched by its request’s payment');
  });

  test('an abandoned payment gives the card money back and the request is open again; paid the second time', async () => {
    const sent = await send(football, {
      feeKind: 'participation',
      amountOre: 95_000,
      dueDate: DUE,
      enrolmentIds: [enrolments.otherChildA],
    });
    const id = sent.body[0].id;
    const cardBefore = await balanceOf(world.people.otherChildA.id);
    const paying = await call('otherGuardianA', 'POST', `/payment-requests/${id}/pay`);
    assert.equal(paying.body.cardOre, cardBefore);
    assert.equal(await balanceOf(world.people.otherChildA.id), 0);
    simulator.reject(`fkr-${id}-1`);
    const open = await call('otherGuardianA', 'POST', `/payment-requests/${id}/refresh`);
    assert.equal(open.body.status, 'open');
    assert.equal(open.body.cardOre, 0);
    assert.equal(await balanceOf(world.people.otherChildA.id), cardBefore, 'the held card money is back');
    const before = await payable();
    const again = await call('otherGuardianA', 'POST', `/payment-requests/${id}/pay`);
    assert.equal(again.body.status, 'paying');
    simulator.approve(`fkr-${id}-2`);
    const paid = await call('otherGuardianA', 'POST', `/payment-requests/${id}/refresh`);
    assert.equal(paid.body.status, 'paid');
    assert.equal((await payable()) - before, 95_000);
  });

  test('the provider withdraws an open request; it cannot be paid, and a paid one cannot be withdrawn', async () => {
    const withdrawn = await call(
      'providerAdminA',
      'POST',
      `/providers/${world.providers.a1}/payment-requests/${requestOther}/withdraw`,
    );
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    assert.equal(withdrawn.body.status, 'withdrawn');
    const state = await snapshot();
    const pay = await call('otherGuardianA', 'POST', `/payment-requests/${requestOther}/pay`);
    assert.equal(pay.status, 409);
    assert.equal(pay.body.error.code, 'PAYMENT_REQUEST_WITHDRAWN');
    assert.match(pay.body.error.message, /\S/);
    const paidOne = await call(
      'providerAdminA',
      'POST',
      `/providers/${world.providers.a1}/payment-requests/${requestA}/withdraw`,
    );
    assert.equal(paidOne.status, 409);
    assert.equal(paidOne.body.error.code, 'PAYMENT_REQUEST_PAID');
    assert.deepEqual(await snapshot(), state);
    const family = await call('otherGuardianA', 'GET', '/payment-requests');
    assert.equal(family.body.find((r: { id: string }) => r.id === requestOther).status, 'withdrawn');
  });

  test('overdue is open past the due date, derived from the date', async () => {
    const sent = await send(football, {
      feeKind: 'cup',
      amountOre: 5_000,
      dueDate: DUE,
      enrolmentIds: [enrolments.childA],
    });
    const id = sent.body[0].id;
    await t.database.db
      .updateTable('paymentRequest')
      .set({ dueDate: `${year}-08-31` })
      .where('id', '=', id)
      .execute();
    const seen = await call(
      'providerAdminA',
      'GET',
      `/providers/${world.providers.a1}/activities/${football}/payment-requests`,
    );
    assert.equal(seen.body.find((r: { id: string }) => r.id === id).status, 'overdue');
    const family = await call('guardianA', 'GET', '/payment-requests');
    assert.equal(family.body.find((r: { id: string }) => r.id === id).status, 'overdue');
    const stored = await t.database.db
      .selectFrom('paymentRequest')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(stored.status, 'open');
  });

  test('bad input is refused with a translated 4xx and changes nothing', async () => {
    const state = await snapshot();
    const ok = { feeKind: 'participation', amountOre: 1_000, dueDate: DUE };
    const cases: [
      string,
      Promise<{ status: number; body: { error: { code: string; message: string; details?: { field: string }[] } } }>,
      number,
      string,
    ][] = [
      ['a child not enrolled', send(chess, { ...ok, enrolmentIds: [enrolments.childA] }), 409, 'NOT_ENROLLED'],
      ['no one enrolled', send(chess, ok), 409, 'NO_PARTICIPANTS'],
      ['an invalid KID', send(football, { ...ok, kid: '2345674' }), 400, 'VALIDATION_FAILED'],
      ['amount zero', send(football, { ...ok, amountOre: 0 }), 400, 'VALIDATION_FAILED'],
      ['amount below zero', send(football, { ...ok, amountOre: -100 }), 400, 'VALIDATION_FAILED'],
      ['a due date in the past', send(football, { ...ok, dueDate: `${year}-08-01` }), 400, 'VALIDATION_FAILED'],
      [
        'another provider’s activity',
        call(
          'providerAdminA',
          'POST',
          `/providers/${world.providers.a2}/activities/${football}/payment-requests`,
          ok,
          'other-provider-key',
        ),
        403,
        'FORBIDDEN',
      ],
      [
        'another family’s child',
        call('guardianA', 'POST', `/payment-requests/${requestOther}/pay`),
        404,
        'PAYMENT_REQUEST_NOT_FOUND',
      ],
      ['the key of another sending', send(chess, ok, 'bulk-send-key-1'), 422, 'IDEMPOTENCY_KEY_REUSED'],
    ];
    for (const [name, pending, status, code] of cases) {
      const response = await pending;
      assert.equal(response.status, status, `${name}: ${JSON.stringify(response.body)}`);
      assert.equal(response.body.error.code, code, name);
      assert.match(response.body.error.message, /\S/, name);
    }
    const kid = await send(football, { ...ok, kid: '2345674' });
    assert.equal(kid.body.error.details?.[0]?.field, 'body/kid');
    // Another provider's activity through the provider's own path.
    const a2Activity = await t.database.db
      .insertInto('activity')
      .values({
        municipalityId: world.a.id,
        providerId: world.providers.a2,
        category: 'sport',
        title: 'Aktivitet a2',
        minAge: 6,
        maxAge: 18,
        seasonStart: `${year}-09-15`,
        seasonEnd: `${year}-12-15`,
        sessionCount: 10,
        priceOre: 1_000,
        kind: 'organised',
        textLanguage: 'nb',
        status: 'published',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const foreign = await send(a2Activity.id, ok);
    assert.equal(foreign.status, 404);
    assert.equal(foreign.body.error.code, 'ACTIVITY_NOT_FOUND');
    assert.deepEqual(await snapshot(), state);
  });
});
