import assert from 'node:assert/strict';
import { after, afterEach, before, test } from 'node:test';
import { sql } from 'kysely';
import { testConfig } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import { assertLedgerHolds } from '../../../test/helpers/ledger.ts';
import { EXAMPLE_SCHEMES } from '../../domain/scheme.ts';
import { createServices, type Services } from '../../services.ts';

/** The set-based grant run (more children than the posting trigger posts row by row) and the opening of a card. */

const NOW = new Date('2026-08-03T08:00:00Z');
const CHILDREN = 150;

let database: TestDatabase;
let services: Services;
let municipalityId: number;
let schemeId: string;

before(async () => {
  database = await createTestDatabase();
  services = createServices(database, testConfig(), { now: () => NOW });
  municipalityId = (await services.municipalities.registerMunicipality({ kommunenummer: '3301', name: 'Drammen' })).id;
  await sql`
    insert into person (municipality_id, national_id_hash, national_id_enc, given_name, family_name, birth_date)
    select ${municipalityId}, decode(md5('hash' || i), 'hex'), decode(md5('enc' || i), 'hex'), 'Barn', 'Nummer ' || i,
           date '2010-01-01' + i
    from generate_series(1, ${CHILDREN}) i`.execute(database.db);
  schemeId = (await services.cards.createScheme('system', municipalityId, EXAMPLE_SCHEMES.drammen)).id;
});
afterEach(async () => {
  await assertLedgerHolds(database);
});
after(async () => {
  await database.dispose();
});

async function balances(kind: 'card' | 'scheme_budget'): Promise<number[]> {
  const rows = await database.db
    .selectFrom('ledgerAccount')
    .select('balanceOre')
    .where('municipalityId', '=', municipalityId)
    .where('kind', '=', kind)
    .execute();
  return rows.map((r) => Number(r.balanceOre));
}

test('a run of many children opens each card with its grant, posts the budget once, and a second run grants nothing', async () => {
  const amount = EXAMPLE_SCHEMES.drammen.amountOre;
  const first = await services.cards.runGrants('system', municipalityId, schemeId);
  assert.equal(first.children, CHILDREN);
  assert.equal(first.amountOre, CHILDREN * amount);
  const cards = await balances('card');
  assert.equal(cards.length, CHILDREN);
  assert.ok(cards.every((b) => b === amount));
  assert.deepEqual(await balances('scheme_budget'), [-CHILDREN * amount]);
  const keys = await sql<{ n: number }>`
    select count(*)::int as n from ledger_transfer t
    join ledger_account a on a.municipality_id = t.municipality_id and a.id = t.credit_account_id
    where t.municipality_id = ${municipalityId} and a.opened_by_grant
      and t.idempotency_key = 'grant:' || a.scheme_id || ':' || a.period_start || ':' || a.person_id`.execute(
    database.db,
  );
  assert.equal(keys.rows[0]?.n, CHILDREN);
  const again = await services.cards.runGrants('system', municipalityId, schemeId);
  assert.equal(again.children, 0);
  assert.deepEqual(await balances('scheme_budget'), [-CHILDREN * amount]);
});

test('by hand in SQL: no account opens with money but a card with its own grant, and a transfer names real accounts', async () => {
  const db = database.db;
  const periodStart = '2030-01-01';
  const budget = await services.ledger.ensureAccount({
    municipalityId,
    kind: 'scheme_budget',
    schemeId,
    periodStart,
  });
  const person = (
    await db
      .selectFrom('person')
      .select('id')
      .where('municipalityId', '=', municipalityId)
      .orderBy('id')
      .executeTakeFirstOrThrow()
  ).id;
  const refused = (code: string) => (error: { code?: string }) => error.code === code;
  const card = (balance: number, opened: boolean) => sql`
    insert into ledger_account (municipality_id, kind, scheme_id, period_start, person_id, balance_ore, opened_by_grant)
    values (${municipalityId}, 'card', ${schemeId}, ${periodStart}, ${person}, ${balance}, ${opened})
    returning id, person_id`;
  // Money out of nothing, with or without the mark of a grant.
  await assert.rejects(card(5_000, false).execute(db), refused('FL001'));
  await assert.rejects(card(5_000, true).execute(db), refused('FL001'));
  const grant = (key: string, amount: number) => sql`
    with c as (${card(5_000, true)})
    insert into ledger_transfer
      (municipality_id, idempotency_key, debit_account_id, credit_account_id, amount_ore, reason, created_by)
    select ${municipalityId}, ${key}, ${budget.id}, c.id, ${amount}, 'grant', 'by hand' from c`;
  const key = `grant:${schemeId}:${periodStart}:${person}`;
  // The grant must move exactly the opening balance, under the card's own key.
  await assert.rejects(grant(key, 4_000).execute(db), refused('FL001'));
  await assert.rejects(grant(`${key}-other`, 5_000).execute(db), refused('FL001'));
  await grant(key, 5_000).execute(db);
  const opened = await db
    .selectFrom('ledgerAccount')
    .select(['id', 'balanceOre'])
    .where('municipalityId', '=', municipalityId)
    .where('kind', '=', 'card')
    .where('periodStart', '=', periodStart)
    .executeTakeFirstOrThrow();
  assert.equal(Number(opened.balanceOre), 5_000);
  const budgetAfter = await db
    .selectFrom('ledgerAccount')
    .select('balanceOre')
    .where('municipalityId', '=', municipalityId)
    .where('id', '=', budget.id)
    .executeTakeFirstOrThrow();
  assert.equal(Number(budgetAfter.balanceOre), -5_000);
  // The mark never changes; an account is never truncated; a transfer's accounts exist.
  await assert.rejects(
    sql`update ledger_account set opened_by_grant = false where id = ${opened.id}`.execute(db),
    refused('FL001'),
  );
  await assert.rejects(sql`truncate ledger_account cascade`.execute(db), refused('FL001'));
  await assert.rejects(
    sql`insert into ledger_transfer (municipality_id, idempotency_key, debit_account_id, credit_account_id,
          amount_ore, reason, created_by)
        values (${municipalityId}, 'nowhere', ${opened.id}, gen_random_uuid(), 100, 'payment', 'by hand')`.execute(db),
    refused('23503'),
  );
  await assert.rejects(
    sql`insert into ledger_transfer (municipality_id, idempotency_key, debit_account_id, credit_account_id,
          amount_ore, reason, created_by)
        values (${municipalityId + 1000}, 'elsewhere', ${budget.id}, ${opened.id}, 100, 'grant', 'by hand')`.execute(
      db,
    ),
    refused('23503'),
  );
});
