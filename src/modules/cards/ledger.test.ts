import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, afterEach, before, test } from 'node:test';
import { sql } from 'kysely';
import { testConfig } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import { assertLedgerHolds } from '../../../test/helpers/ledger.ts';
import { EXAMPLE_SCHEMES } from '../../domain/scheme.ts';
import { AppError } from '../../errors.ts';
import { createServices, type Services } from '../../services.ts';
import type { AccountRow } from './ledger-service.ts';
import { createLedgerStore } from './ledger-store.ts';

let database: TestDatabase;
let services: Services;
let municipalityId: number;
let schemeId: string;
const persons: string[] = [];
let providerId: string;

before(async () => {
  database = await createTestDatabase();
  services = createServices(database, testConfig());
  const m = await services.municipalities.registerMunicipality({ kommunenummer: '3301', name: 'Drammen' });
  municipalityId = m.id;
  const db = database.db;
  for (const name of ['Ola', 'Kari']) {
    const row = await db
      .insertInto('person')
      .values({
        municipalityId,
        nationalIdHash: randomBytes(32),
        nationalIdEnc: randomBytes(48),
        givenName: name,
        familyName: 'Nordmann',
        birthDate: '2015-05-17',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    persons.push(row.id);
  }
  providerId = (
    await db
      .insertInto('provider')
      .values({ municipalityId, name: 'Drammen Turn', kind: 'voluntary', status: 'approved' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  schemeId = (
    await db
      .insertInto('scheme')
      .values({
        municipalityId,
        ...EXAMPLE_SCHEMES.drammen,
        activityKinds: [...EXAMPLE_SCHEMES.drammen.activityKinds],
        feeKinds: [...EXAMPLE_SCHEMES.drammen.feeKinds],
        providerKinds: [...EXAMPLE_SCHEMES.drammen.providerKinds],
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});
afterEach(async () => {
  await assertLedgerHolds(database);
});
after(async () => {
  await database.dispose();
});

let serial = 0;
const key = (what: string) => `${what}-${++serial}`;

/** A budget and a card for a child in a fresh period, with an amount granted. */
async function fundedCard(amountOre: number, person = persons[0] as string) {
  const periodStart = `${2000 + ++serial}-01-01`;
  const budget = await services.ledger.ensureAccount({ municipalityId, kind: 'scheme_budget', schemeId, periodStart });
  const card = await services.ledger.ensureAccount({
    municipalityId,
    kind: 'card',
    schemeId,
    periodStart,
    personId: person,
  });
  if (amountOre > 0) {
    await services.ledger.transfer({
      municipalityId,
      idempotencyKey: key('grant'),
      debitAccountId: budget.id,
      creditAccountId: card.id,
      amountOre,
      reason: 'grant',
      createdBy: 'test',
    });
  }
  return { budget, card, periodStart };
}

async function payable(): Promise<AccountRow> {
  return services.ledger.ensureAccount({ municipalityId, kind: 'provider_payable', providerId });
}

async function balance(accountId: string): Promise<number> {
  const row = await database.db
    .selectFrom('ledgerAccount')
    .select('balanceOre')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.balanceOre);
}

const code = (expected: string) => (error: unknown) => error instanceof AppError && error.code === expected;

test('a grant and a payment move money between accounts; the balances are the sums of their transfers', async () => {
  const { budget, card } = await fundedCard(100_000);
  const club = await payable();
  const before = await balance(club.id);
  await services.ledger.transfer({
    municipalityId,
    idempotencyKey: key('pay'),
    debitAccountId: card.id,
    creditAccountId: club.id,
    amountOre: 60_000,
    reason: 'payment',
    createdBy: 'test',
  });
  assert.equal(await balance(card.id), 40_000);
  assert.equal(await balance(budget.id), -100_000);
  assert.equal((await balance(club.id)) - before, 60_000);
});

test('the same idempotency key moves money once; the same key for another movement is refused', async () => {
  const { card } = await fundedCard(10_000);
  const club = await payable();
  const request = {
    municipalityId,
    idempotencyKey: key('pay'),
    debitAccountId: card.id,
    creditAccountId: club.id,
    amountOre: 3_000,
    reason: 'payment' as const,
    createdBy: 'test',
  };
  const first = await services.ledger.transfer(request);
  const again = await services.ledger.transfer(request);
  assert.equal(first.replayed, false);
  assert.equal(again.replayed, true);
  assert.equal(again.transfer.id, first.transfer.id);
  assert.equal(await balance(card.id), 7_000);
  await assert.rejects(services.ledger.transfer({ ...request, amountOre: 3_001 }), code('IDEMPOTENCY_KEY_REUSED'));
  assert.equal(await balance(card.id), 7_000);
});

test('a payment above the balance is refused by the use case and moves nothing', async () => {
  const { card } = await fundedCard(5_000);
  const club = await payable();
  await assert.rejects(
    services.ledger.transfer({
      municipalityId,
      idempotencyKey: key('pay'),
      debitAccountId: card.id,
      creditAccountId: club.id,
      amountOre: 5_001,
      reason: 'payment',
      createdBy: 'test',
    }),
    code('INSUFFICIENT_BALANCE'),
  );
  assert.equal(await balance(card.id), 5_000);
});

test('the database itself refuses an overdraw, whatever the code does', async () => {
  const { card } = await fundedCard(5_000);
  const club = await payable();
  await assert.rejects(
    sql`insert into ledger_transfer (municipality_id, idempotency_key, debit_account_id, credit_account_id,
          amount_ore, reason, created_by)
        values (${municipalityId}, ${key('raw')}, ${card.id}, ${club.id}, 5001, 'payment', 'by hand')`.execute(
      database.db,
    ),
    (error: { code?: string; constraint?: string }) =>
      error.code === '23514' && error.constraint === 'ledger_account_card_not_negative',
  );
  assert.equal(await balance(card.id), 5_000);
});

test('a transfer can be neither updated nor deleted nor truncated, even by hand in SQL', async () => {
  const { card } = await fundedCard(5_000);
  const [transfer] = await services.ledger.history(municipalityId, [card.id]);
  assert.ok(transfer);
  const refused = (error: { code?: string }) => error.code === 'FL001';
  await assert.rejects(
    sql`update ledger_transfer set amount_ore = 1 where municipality_id = ${municipalityId} and id = ${transfer.id}`.execute(
      database.db,
    ),
    refused,
  );
  await assert.rejects(
    sql`delete from ledger_transfer where municipality_id = ${municipalityId} and id = ${transfer.id}`.execute(
      database.db,
    ),
    refused,
  );
  await assert.rejects(sql`truncate ledger_transfer cascade`.execute(database.db), refused);
  // Nor can a balance be set, or an account removed or given to someone else.
  await assert.rejects(
    sql`update ledger_account set balance_ore = 1000000 where id = ${card.id}`.execute(database.db),
    refused,
  );
  await assert.rejects(
    sql`update ledger_account set person_id = ${persons[1]} where id = ${card.id}`.execute(database.db),
    refused,
  );
  await assert.rejects(sql`delete from ledger_account where id = ${card.id}`.execute(database.db), refused);
  assert.equal(await balance(card.id), 5_000);
});

test("one child's money never moves to another child's card", async () => {
  const { card, periodStart } = await fundedCard(5_000, persons[0]);
  const sibling = await services.ledger.ensureAccount({
    municipalityId,
    kind: 'card',
    schemeId,
    periodStart,
    personId: persons[1],
  });
  await assert.rejects(
    services.ledger.transfer({
      municipalityId,
      idempotencyKey: key('move'),
      debitAccountId: card.id,
      creditAccountId: sibling.id,
      amountOre: 1_000,
      reason: 'payment',
      createdBy: 'test',
    }),
    code('TRANSFER_NOT_ALLOWED'),
  );
  await assert.rejects(
    sql`insert into ledger_transfer (municipality_id, idempotency_key, debit_account_id, credit_account_id,
          amount_ore, reason, created_by)
        values (${municipalityId}, ${key('raw')}, ${card.id}, ${sibling.id}, 1000, 'payment', 'by hand')`.execute(
      database.db,
    ),
    (error: { code?: string }) => error.code === 'FL002',
  );
  assert.equal(await balance(sibling.id), 0);
});

test('a reversal moves money back by a new transfer, never more than the original', async () => {
  const { card } = await fundedCard(10_000);
  const club = await payable();
  const paid = await services.ledger.transfer({
    municipalityId,
    idempotencyKey: key('pay'),
    debitAccountId: card.id,
    creditAccountId: club.id,
    amountOre: 8_000,
    reason: 'payment',
    createdBy: 'test',
  });
  const refundKey = key('refund');
  await services.ledger.reverse({
    municipalityId,
    idempotencyKey: refundKey,
    reversesTransferId: paid.transfer.id,
    amountOre: 5_000,
    createdBy: 'test',
  });
  const replay = await services.ledger.reverse({
    municipalityId,
    idempotencyKey: refundKey,
    reversesTransferId: paid.transfer.id,
    amountOre: 5_000,
    createdBy: 'test',
  });
  assert.equal(replay.replayed, true);
  assert.equal(await balance(card.id), 7_000);
  await assert.rejects(
    services.ledger.reverse({
      municipalityId,
      idempotencyKey: key('refund'),
      reversesTransferId: paid.transfer.id,
      amountOre: 3_001,
      createdBy: 'test',
    }),
    code('VALIDATION_FAILED'),
  );
  assert.equal(await balance(card.id), 7_000);
});

test('200 concurrent payments against one card never overdraw it: exactly the affordable number succeed', async () => {
  const { card } = await fundedCard(100 * 250);
  const club = await payable();
  const results = await Promise.allSettled(
    Array.from({ length: 200 }, (_, i) =>
      services.ledger.transfer({
        municipalityId,
        idempotencyKey: key(`concurrent-${i}`),
        debitAccountId: card.id,
        creditAccountId: club.id,
        amountOre: 250,
        reason: 'payment',
        createdBy: 'test',
      }),
    ),
  );
  const ok = results.filter((r) => r.status === 'fulfilled').length;
  const refused = results.filter(
    (r) => r.status === 'rejected' && r.reason instanceof AppError && r.reason.code === 'INSUFFICIENT_BALANCE',
  ).length;
  assert.equal(ok, 100);
  assert.equal(refused, 100);
  assert.equal(await balance(card.id), 0);
});

test('the same idempotency key sent 50 times at once moves money once', async () => {
  const { card } = await fundedCard(10_000);
  const club = await payable();
  const request = {
    municipalityId,
    idempotencyKey: key('same'),
    debitAccountId: card.id,
    creditAccountId: club.id,
    amountOre: 1_000,
    reason: 'payment' as const,
    createdBy: 'test',
  };
  const results = await Promise.all(Array.from({ length: 50 }, () => services.ledger.transfer(request)));
  assert.equal(new Set(results.map((r) => r.transfer.id)).size, 1);
  assert.equal(results.filter((r) => !r.replayed).length, 1);
  assert.equal(await balance(card.id), 9_000);
});

test('the ledger check finds a balance that does not match its transfers', async () => {
  const report = await services.ledger.check(municipalityId);
  assert.ok(report.transfers > 0);
  assert.deepEqual(report.balanceMismatches, []);
  // Tampering with a balance needs the triggers out of the way: only an owner can, and the check sees it.
  await database.db
    .transaction()
    .execute(async (trx) => {
      await sql`alter table ledger_account disable trigger ledger_account_guard_update`.execute(trx);
      const card = await trx
        .selectFrom('ledgerAccount')
        .select('id')
        .where('kind', '=', 'card')
        .executeTakeFirstOrThrow();
      await sql`update ledger_account set balance_ore = balance_ore + 1 where id = ${card.id}`.execute(trx);
      const tampered = await createLedgerStore(trx).check(municipalityId);
      assert.equal(tampered.balanceMismatches.length, 1);
      assert.equal(tampered.unbalancedMunicipalities.length, 1);
      throw new Rollback();
    })
    .catch((error: unknown) => {
      if (!(error instanceof Rollback)) throw error;
    });
});

class Rollback extends Error {}
