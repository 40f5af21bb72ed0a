/**
 * Corrections of the ledger through the API: reverse a card's payment, recredit a card's expired money, extend an
 * expiry date, move a payment to another provider. Each is prepared by one administrator with a reason and carried
 * out only when a second approves it (four eyes), adds transfers (history is never changed), is refused when it is
 * larger than what it corrects or belongs to another municipality, and is audited. The ledger check runs after
 * every test.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import { type Actor, type ActorName, as, asActor, buildWorld, secondAdminA, type World } from '../helpers/world.ts';

const A = '3301';
const B = '3907';

let t: TestApp;
let world: World;
let secondAdmin: Actor;
const year = new Date().getUTCFullYear();
const LAST_YEAR = `${year - 1}-01-01`;
let card = '';
let oldCard = '';
let payableA1 = '';
let payableA2 = '';

async function call(
  actor: ActorName | Actor,
  method: 'GET' | 'POST',
  url: string,
  payload?: unknown,
  language = 'nb',
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the answer field by field and asserts each
): Promise<{ status: number; body: any }> {
  const response = await t.app.inject({
    method,
    url,
    headers: { ...(typeof actor === 'string' ? as(world, actor) : asActor(actor)), 'accept-language': language },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
}

async function balance(accountId: string): Promise<number> {
  const row = await t.database.db
    .selectFrom('ledgerAccount')
    .select('balanceOre')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.balanceOre);
}

async function count(table: 'ledgerTransfer' | 'ledgerCorrection' | 'expiryExtension'): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Pays from Ola's card to a provider; answers the transfer's id. */
async function pay(key: string, amountOre: number): Promise<number> {
  const result = await world.services.ledger.transfer({
    municipalityId: world.a.id,
    idempotencyKey: key,
    debitAccountId: card,
    creditAccountId: payableA1,
    amountOre,
    reason: 'payment',
    createdBy: 'test',
  });
  return result.transfer.id;
}

const url = `/api/municipalities/${A}/corrections`;

async function prepare(body: Record<string, unknown>, actor: ActorName | Actor = 'adminA') {
  return call(actor, 'POST', url, body, 'en');
}
async function approve(id: string, actor: ActorName | Actor = secondAdmin) {
  return call(actor, 'POST', `${url}/${id}/approve`, undefined, 'en');
}

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
  secondAdmin = await secondAdminA(t, world);
  const granted = await call(
    'adminA',
    'POST',
    `/api/municipalities/${A}/schemes/${world.schemes.universalA}/grant-runs`,
  );
  assert.equal(granted.status, 200);
  const ledger = world.services.ledger;
  const municipalityId = world.a.id;
  const accounts = await t.database.db
    .selectFrom('ledgerAccount')
    .select('id')
    .where('kind', '=', 'card')
    .where('personId', '=', world.people.childA.id)
    .executeTakeFirstOrThrow();
  card = accounts.id;
  payableA1 = (await ledger.ensureAccount({ municipalityId, kind: 'provider_payable', providerId: world.providers.a1 }))
    .id;
  payableA2 = (await ledger.ensureAccount({ municipalityId, kind: 'provider_payable', providerId: world.providers.a2 }))
    .id;
  // Last year's card of Ola, expired with 500 kr on it.
  const budget = await ledger.ensureAccount({
    municipalityId,
    kind: 'scheme_budget',
    schemeId: world.schemes.universalA,
    periodStart: LAST_YEAR,
  });
  oldCard = (
    await ledger.ensureAccount({
      municipalityId,
      kind: 'card',
      schemeId: world.schemes.universalA,
      periodStart: LAST_YEAR,
      personId: world.people.childA.id,
    })
  ).id;
  await ledger.transfer({
    municipalityId,
    idempotencyKey: 'test:old-grant',
    debitAccountId: budget.id,
    creditAccountId: oldCard,
    amountOre: 50_000,
    reason: 'grant',
    createdBy: 'test',
  });
  const expired = await world.services.expiry.run('system', municipalityId);
  assert.equal(expired.amountOre, 50_000);
});
afterEach(async () => {
  await assertLedgerHolds(t.database);
});
after(async () => {
  await t.close();
});

describe('four eyes', () => {
  test('a payment is reversed only when a second administrator approves; the preparer cannot, nor can anyone twice', async () => {
    const transferId = await pay('test:pay-1', 40_000);
    const cardBefore = await balance(card);
    const prepared = await prepare({
      kind: 'reverse_payment',
      transferId,
      amountOre: 25_000,
      reason: 'The activity was not one the scheme pays for',
    });
    assert.equal(prepared.status, 201, JSON.stringify(prepared.body));
    assert.equal(prepared.body.status, 'prepared');
    assert.equal(prepared.body.preparedByName, 'Anders Admin');
    assert.deepEqual(prepared.body.transferIds, []);
    assert.equal(await balance(card), cardBefore, 'nothing moves before approval');

    const own = await approve(prepared.body.id, 'adminA');
    assert.equal(own.status, 403);
    assert.equal(own.body.error.code, 'CORRECTION_SAME_ADMIN');
    assert.equal(
      own.body.error.message,
      'Another administrator must approve the correction. The one who prepared it cannot approve it.',
    );
    assert.equal(await balance(card), cardBefore);

    const approved = await approve(prepared.body.id);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'approved');
    assert.equal(approved.body.approvedByName, 'Astrid Admin');
    assert.equal(approved.body.transferIds.length, 1);
    assert.equal(await balance(card), cardBefore + 25_000);
    const reversal = await t.database.db
      .selectFrom('ledgerTransfer')
      .select(['reason', 'reversesId', 'amountOre', 'debitAccountId', 'creditAccountId'])
      .where('id', '=', approved.body.transferIds[0])
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      { ...reversal, amountOre: Number(reversal.amountOre), reversesId: Number(reversal.reversesId) },
      {
        reason: 'reversal',
        reversesId: transferId,
        amountOre: 25_000,
        debitAccountId: payableA1,
        creditAccountId: card,
      },
    );

    const transfers = await count('ledgerTransfer');
    const again = await approve(prepared.body.id);
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'CORRECTION_ALREADY_APPROVED');
    assert.equal(await count('ledgerTransfer'), transfers);

    const audit = await t.database.db
      .selectFrom('auditEvent')
      .select(['action', 'actorName', 'reason'])
      .where('action', 'in', ['correction.prepare', 'correction.approve'])
      .where('details', '@>', JSON.stringify({ correctionId: prepared.body.id }) as never)
      .orderBy('occurredAt')
      .execute();
    assert.deepEqual(
      audit.map((a) => [a.action, a.actorName, a.reason]),
      [
        ['correction.prepare', 'Anders Admin', 'The activity was not one the scheme pays for'],
        ['correction.approve', 'Astrid Admin', 'The activity was not one the scheme pays for'],
      ],
    );
  });

  test('a correction larger than what it corrects is refused, translated, and nothing is prepared or moved', async () => {
    const transferId = await pay('test:pay-2', 10_000);
    const corrections = await count('ledgerCorrection');
    const tooLarge = await prepare({ kind: 'reverse_payment', transferId, amountOre: 10_001, reason: 'Feil beløp' });
    assert.equal(tooLarge.status, 400);
    assert.equal(tooLarge.body.error.code, 'VALIDATION_FAILED');
    assert.deepEqual(tooLarge.body.error.details, [{ field: 'body/amountOre', message: 'Can be at most 10000.' }]);
    assert.equal(await count('ledgerCorrection'), corrections);

    // Two corrections that each fit, but not together: the second is refused at approval and moves nothing.
    const first = await prepare({ kind: 'reverse_payment', transferId, amountOre: 6_000, reason: 'Feil beløp' });
    const second = await prepare({ kind: 'reverse_payment', transferId, amountOre: 6_000, reason: 'Feil beløp' });
    assert.equal((await approve(first.body.id)).status, 200);
    const transfers = await count('ledgerTransfer');
    const refused = await approve(second.body.id);
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body.error.details, [{ field: 'body/amountOre', message: 'Can be at most 4000.' }]);
    assert.equal(await count('ledgerTransfer'), transfers);
    assert.equal((await call(secondAdmin, 'GET', `${url}/${second.body.id}`)).body.status, 'prepared');

    const grant = await t.database.db
      .selectFrom('ledgerTransfer')
      .select('id')
      .where('creditAccountId', '=', card)
      .where('reason', '=', 'grant')
      .executeTakeFirstOrThrow();
    const wrongKind = await prepare({ kind: 'reverse_payment', transferId: grant.id, amountOre: 1, reason: 'Feil' });
    assert.equal(wrongKind.status, 409);
    assert.equal(wrongKind.body.error.code, 'CORRECTION_NOT_APPLICABLE');
    const missing = await prepare({ kind: 'move_payment', transferId, amountOre: 1, reason: 'Feil' });
    assert.equal(missing.status, 400);
    assert.deepEqual(
      missing.body.error.details.map((d: { field: string }) => d.field),
      ['body/providerId'],
    );
    const blank = await prepare({ kind: 'reverse_payment', transferId, amountOre: 1, reason: '   ' });
    assert.equal(blank.status, 400);
    assert.equal(await count('ledgerCorrection'), corrections + 2);
  });

  test('another municipality’s transfers and corrections are not found, and its administrators are refused', async () => {
    const transferId = await pay('test:pay-3', 5_000);
    const inB = await call('adminB', 'POST', `/api/municipalities/${B}/corrections`, {
      kind: 'reverse_payment',
      transferId,
      amountOre: 5_000,
      reason: 'Prøver',
    });
    assert.equal(inB.status, 404);
    assert.equal(inB.body.error.code, 'TRANSFER_NOT_FOUND');
    const prepared = await prepare({ kind: 'reverse_payment', transferId, amountOre: 5_000, reason: 'Dobbelt betalt' });
    assert.equal(prepared.status, 201);
    const viaB = await call('adminB', 'POST', `/api/municipalities/${B}/corrections/${prepared.body.id}/approve`);
    assert.equal(viaB.status, 404);
    assert.equal(viaB.body.error.code, 'CORRECTION_NOT_FOUND');
    assert.equal((await call('adminB', 'POST', `${url}/${prepared.body.id}/approve`)).status, 403);
    assert.equal((await call('caseworkerA', 'POST', `${url}/${prepared.body.id}/approve`)).status, 403);
    assert.equal((await call(secondAdmin, 'GET', `${url}/${prepared.body.id}`)).body.status, 'prepared');
  });
});

describe('each kind of correction', () => {
  test('expired money is recredited to the card, at most what expired', async () => {
    const expiry = await t.database.db
      .selectFrom('ledgerTransfer')
      .select('id')
      .where('idempotencyKey', '=', `expiry:${oldCard}`)
      .executeTakeFirstOrThrow();
    const tooLarge = await prepare({ kind: 'recredit_card', transferId: expiry.id, amountOre: 50_001, reason: 'Syk' });
    assert.equal(tooLarge.status, 400);
    const prepared = await prepare({
      kind: 'recredit_card',
      transferId: expiry.id,
      amountOre: 50_000,
      reason: 'Barnet var sykt hele våren',
    });
    assert.equal(prepared.status, 201);
    assert.equal(await balance(oldCard), 0);
    const approved = await approve(prepared.body.id);
    assert.equal(approved.status, 200);
    assert.equal(await balance(oldCard), 50_000);
    const wallet = await call('guardianA', 'GET', `/api/municipalities/${A}/cards`);
    const ola = (
      wallet.body as { cards: { accountId: string; transactions: { reason: string; amountOre: number }[] }[] }[]
    )
      .flatMap((h) => h.cards)
      .find((c) => c.accountId === oldCard);
    assert.deepEqual(
      ola?.transactions.map((x) => [x.reason, x.amountOre]),
      [
        ['reversal', 50_000],
        ['expiry', -50_000],
        ['grant', 50_000],
      ],
    );
  });

  test('an expiry date is extended for one child and for a whole period; an earlier date is refused', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const earlier = await prepare({
      kind: 'extend_expiry',
      schemeId: world.schemes.universalA,
      periodStart: LAST_YEAR,
      personId: world.people.childA.id,
      expiresOn: `${year - 1}-03-01`,
      reason: 'Syk',
    });
    assert.equal(earlier.status, 400);
    assert.equal(earlier.body.error.details[0].field, 'body/expiresOn');
    const noCard = await prepare({
      kind: 'extend_expiry',
      schemeId: world.schemes.universalA,
      periodStart: LAST_YEAR,
      personId: world.people.otherChildA.id,
      expiresOn: `${year + 1}-01-31`,
      reason: 'Syk',
    });
    assert.equal(noCard.status, 404);
    assert.equal(noCard.body.error.code, 'CARD_NOT_FOUND');
    const extensions = await count('expiryExtension');
    for (const personId of [world.people.childA.id, undefined]) {
      const prepared = await prepare({
        kind: 'extend_expiry',
        schemeId: world.schemes.universalA,
        periodStart: LAST_YEAR,
        ...(personId ? { personId } : {}),
        expiresOn: `${year + 1}-01-31`,
        reason: 'Hallen var stengt',
      });
      assert.equal(prepared.status, 201, JSON.stringify(prepared.body));
      assert.equal(await count('expiryExtension'), extensions + (personId ? 0 : 1));
      assert.equal((await approve(prepared.body.id)).status, 200);
    }
    const rows = await t.database.db
      .selectFrom('expiryExtension')
      .select(['personId', 'expiresOn', 'reason'])
      .where('periodStart', '=', LAST_YEAR)
      .orderBy('createdAt')
      .execute();
    assert.deepEqual(rows, [
      { personId: world.people.childA.id, expiresOn: `${year + 1}-01-31`, reason: 'Hallen var stengt' },
      { personId: null, expiresOn: `${year + 1}-01-31`, reason: 'Hallen var stengt' },
    ]);
    assert.ok(today < `${year + 1}-01-31`);
  });

  test('a payment moves to another provider: back from the first, on to the second; the card pays once', async () => {
    const transferId = await pay('test:pay-4', 20_000);
    const before = { card: await balance(card), a1: await balance(payableA1), a2: await balance(payableA2) };
    const same = await prepare({
      kind: 'move_payment',
      transferId,
      amountOre: 20_000,
      providerId: world.providers.a1,
      reason: 'Feil lag',
    });
    assert.equal(same.status, 400);
    const otherMunicipality = await prepare({
      kind: 'move_payment',
      transferId,
      amountOre: 20_000,
      providerId: world.providers.b1,
      reason: 'Feil lag',
    });
    assert.equal(otherMunicipality.status, 404);
    assert.equal(otherMunicipality.body.error.code, 'PROVIDER_NOT_FOUND');
    const prepared = await prepare({
      kind: 'move_payment',
      transferId,
      amountOre: 20_000,
      providerId: world.providers.a2,
      reason: 'Betalt til feil lag',
    });
    assert.equal(prepared.status, 201);
    const approved = await approve(prepared.body.id);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.transferIds.length, 2);
    assert.deepEqual(
      { card: await balance(card), a1: await balance(payableA1), a2: await balance(payableA2) },
      { card: before.card, a1: before.a1 - 20_000, a2: before.a2 + 20_000 },
    );
    const list = await call('adminA', 'GET', `${url}?status=approved`);
    assert.equal(list.status, 200);
    assert.ok(list.body.items.some((c: { id: string }) => c.id === prepared.body.id));
    assert.ok(list.body.items.every((c: { status: string }) => c.status === 'approved'));
  });
});
