/**
 * Expiry at the period's end through the API: the unspent money of every card whose expiry date has passed goes
 * back to its scheme's budget, exactly once; cards extended for their child or their period are left alone; a card
 * holding money for a payment in progress waits for a later run; the run is reported per scheme and period, and
 * the family sees the expiry in its wallet. The ledger check runs after every test.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { expiryCommand } from '../../src/cli/cards.ts';
import { osloDate } from '../../src/domain/age.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import {
  type Actor,
  type ActorName,
  as,
  asActor,
  buildWorld,
  insertPublishedActivity,
  secondAdminA,
  type World,
} from '../helpers/world.ts';

const A = '3301';

let t: TestApp;
let world: World;
let secondAdmin: Actor;
const year = new Date().getUTCFullYear();
/** Last year's two half-years (Drammen's rules: 1 000 kr, expiring at the period's end) and calendar year. */
const FIRST = `${year - 1}-01-01`;
const SECOND = `${year - 1}-07-01`;
const cards = { child: '', youth: '', other: '', protected: '', childSecond: '', childMeans: '' };
let heldEnrolment = '';

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

/** A child's card in a past period of a scheme, granted through the ledger. */
async function grantedCard(schemeId: string, periodStart: string, personId: string, amountOre: number) {
  const ledger = world.services.ledger;
  const municipalityId = world.a.id;
  const budget = await ledger.ensureAccount({ municipalityId, kind: 'scheme_budget', schemeId, periodStart });
  const card = await ledger.ensureAccount({ municipalityId, kind: 'card', schemeId, periodStart, personId });
  await ledger.transfer({
    municipalityId,
    idempotencyKey: `grant:${schemeId}:${periodStart}:${personId}`,
    debitAccountId: budget.id,
    creditAccountId: card.id,
    amountOre,
    reason: 'grant',
    createdBy: 'test',
  });
  return card.id;
}

async function balance(accountId: string): Promise<number> {
  const row = await t.database.db
    .selectFrom('ledgerAccount')
    .select('balanceOre')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return Number(row.balanceOre);
}

function daysFromToday(days: number): string {
  return osloDate(new Date(Date.now() + days * 86_400_000));
}

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
  secondAdmin = await secondAdminA(t, world);
  const { universalA, meansTestedA } = world.schemes;
  const { childA, youthA, otherChildA, protectedChildA } = world.people;
  const municipalityId = world.a.id;
  cards.child = await grantedCard(universalA, FIRST, childA.id, 100_000);
  cards.youth = await grantedCard(universalA, FIRST, youthA.id, 100_000);
  cards.other = await grantedCard(universalA, FIRST, otherChildA.id, 100_000);
  cards.protected = await grantedCard(universalA, FIRST, protectedChildA.id, 100_000);
  cards.childSecond = await grantedCard(universalA, SECOND, childA.id, 100_000);
  cards.childMeans = await grantedCard(meansTestedA, FIRST, childA.id, 300_000);
  const ledger = world.services.ledger;
  // Ola spent 300 kr of the first half-year.
  const payable = await ledger.ensureAccount({
    municipalityId,
    kind: 'provider_payable',
    providerId: world.providers.a1,
  });
  await ledger.transfer({
    municipalityId,
    idempotencyKey: 'test:spend',
    debitAccountId: cards.child,
    creditAccountId: payable.id,
    amountOre: 30_000,
    reason: 'payment',
    createdBy: 'test',
  });
  // Emil's card holds 400 kr while his family pays the rest of a fee.
  const activityId = await insertPublishedActivity(t, world, 'expiry', { year: year - 1, priceOre: 60_000 });
  const enrolment = await t.database.db
    .insertInto('enrolment')
    .values({
      municipalityId,
      activityId,
      childId: protectedChildA.id,
      status: 'awaiting_payment',
      idempotencyKey: 'test:held',
      enrolledBy: 'test',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  heldEnrolment = enrolment.id;
  const hold = await ledger.ensureAccount({ municipalityId, kind: 'payment_hold' });
  await ledger.transfer({
    municipalityId,
    idempotencyKey: 'test:hold',
    debitAccountId: cards.protected,
    creditAccountId: hold.id,
    amountOre: 40_000,
    reason: 'hold',
    enrolmentId: heldEnrolment,
    createdBy: 'test',
  });
  // Nora's card is extended for her (a correction two administrators agreed on); the second half-year for all.
  for (const body of [
    {
      kind: 'extend_expiry',
      reason: 'Familien var bortreist hele høsten',
      schemeId: universalA,
      periodStart: FIRST,
      personId: otherChildA.id,
      expiresOn: daysFromToday(30),
    },
    {
      kind: 'extend_expiry',
      reason: 'Hallen var stengt i høst',
      schemeId: universalA,
      periodStart: SECOND,
      expiresOn: daysFromToday(10),
    },
  ]) {
    const prepared = await call('adminA', 'POST', `/api/municipalities/${A}/corrections`, body);
    assert.equal(prepared.status, 201, JSON.stringify(prepared.body));
    const approved = await call(
      secondAdmin,
      'POST',
      `/api/municipalities/${A}/corrections/${prepared.body.id}/approve`,
    );
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
  }
  // This half-year's cards are not due.
  const granted = await call('adminA', 'POST', `/api/municipalities/${A}/schemes/${universalA}/grant-runs`);
  assert.equal(granted.body.children, 4);
});
afterEach(async () => {
  await assertLedgerHolds(t.database);
});
after(async () => {
  await t.close();
});

async function expiryTransfers(): Promise<number> {
  const row = await t.database.db
    .selectFrom('ledgerTransfer')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('reason', '=', 'expiry')
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

describe('expiry runs', () => {
  test('a run returns exactly the unspent money of the due cards to their budgets, reported per scheme and period', async () => {
    const budgetBefore = await world.services.ledger.ensureAccount({
      municipalityId: world.a.id,
      kind: 'scheme_budget',
      schemeId: world.schemes.universalA,
      periodStart: FIRST,
    });
    const run = await call('adminA', 'POST', `/api/municipalities/${A}/expiry-runs`);
    assert.equal(run.status, 200, JSON.stringify(run.body));
    const lines = Object.fromEntries(
      (run.body.lines as { schemeId: string; periodStart: string; cards: number; amountOre: number }[]).map((l) => [
        `${l.schemeId}:${l.periodStart}`,
        l,
      ]),
    );
    // Ola's 700 kr and Ida's 1 000 kr; Emil's card waits for his payment; Nora's is extended.
    assert.deepEqual(
      {
        ...lines[`${world.schemes.universalA}:${FIRST}`],
        schemeName: undefined,
      },
      {
        schemeId: world.schemes.universalA,
        schemeName: undefined,
        periodStart: FIRST,
        periodEnd: `${year - 1}-06-30`,
        expiresOn: `${year - 1}-06-30`,
        cards: 2,
        amountOre: 170_000,
        heldCards: 1,
      },
    );
    assert.equal(lines[`${world.schemes.meansTestedA}:${FIRST}`]?.cards, 1);
    assert.equal(lines[`${world.schemes.meansTestedA}:${FIRST}`]?.amountOre, 300_000);
    assert.equal(lines[`${world.schemes.universalA}:${SECOND}`], undefined, 'the extended period is left alone');
    assert.equal(run.body.cards, 3);
    assert.equal(run.body.amountOre, 470_000);
    assert.equal(run.body.heldCards, 1);

    assert.equal(await balance(cards.child), 0);
    assert.equal(await balance(cards.youth), 0);
    assert.equal(await balance(cards.childMeans), 0);
    assert.equal(await balance(cards.other), 100_000, 'extended for the child');
    assert.equal(await balance(cards.childSecond), 100_000, 'extended for the period');
    assert.equal(await balance(cards.protected), 60_000, 'a payment holds money on it');
    assert.equal(await balance(budgetBefore.id), -400_000 + 170_000);
    // This half-year's cards keep their money.
    const current = await t.database.db
      .selectFrom('ledgerAccount')
      .select(['balanceOre'])
      .where('kind', '=', 'card')
      .where('schemeId', '=', world.schemes.universalA)
      .where('periodStart', '>', SECOND)
      .execute();
    assert.deepEqual(
      current.map((c) => Number(c.balanceOre)),
      [100_000, 100_000, 100_000, 100_000],
    );
    const keys = await t.database.db
      .selectFrom('ledgerTransfer')
      .select(['idempotencyKey', 'amountOre', 'debitAccountId'])
      .where('reason', '=', 'expiry')
      .orderBy('amountOre')
      .execute();
    assert.deepEqual(
      keys.map((k) => [k.idempotencyKey, Number(k.amountOre)]),
      [
        [`expiry:${cards.child}`, 70_000],
        [`expiry:${cards.youth}`, 100_000],
        [`expiry:${cards.childMeans}`, 300_000],
      ],
    );
  });

  test('a second run moves nothing', async () => {
    const before = await expiryTransfers();
    const run = await call('adminA', 'POST', `/api/municipalities/${A}/expiry-runs`);
    assert.equal(run.status, 200);
    assert.equal(run.body.cards, 0);
    assert.equal(run.body.amountOre, 0);
    assert.equal(run.body.heldCards, 1);
    assert.equal(await expiryTransfers(), before);
  });

  test('the family sees the expiry in its wallet', async () => {
    const wallet = await call('guardianA', 'GET', `/api/municipalities/${A}/cards`);
    assert.equal(wallet.status, 200);
    const ola = (
      wallet.body as {
        name: string;
        cards: { accountId: string; expired: boolean; transactions: { reason: string; amountOre: number }[] }[];
      }[]
    ).find((h) => h.name === 'Ola Nordmann');
    const card = ola?.cards.find((c) => c.accountId === cards.child);
    assert.ok(card);
    assert.equal(card.expired, true);
    assert.deepEqual(
      card.transactions.map((x) => [x.reason, x.amountOre]),
      [
        ['expiry', -70_000],
        ['payment', -30_000],
        ['grant', 100_000],
      ],
    );
  });

  test('once the held payment is given up, the next run (here from the command line) expires the rest', async () => {
    await t.database.db
      .updateTable('enrolment')
      .set({ status: 'payment_abandoned' })
      .where('id', '=', heldEnrolment)
      .execute();
    const hold = await world.services.ledger.ensureAccount({ municipalityId: world.a.id, kind: 'payment_hold' });
    await world.services.ledger.transfer({
      municipalityId: world.a.id,
      idempotencyKey: 'test:release',
      debitAccountId: hold.id,
      creditAccountId: cards.protected,
      amountOre: 40_000,
      reason: 'release',
      enrolmentId: heldEnrolment,
      createdBy: 'test',
    });
    const lines: string[] = [];
    const code = await expiryCommand(world.services, A, (line) => lines.push(line));
    assert.equal(code, 0);
    assert.equal(await balance(cards.protected), 0);
    assert.match(lines.join('\n'), /1 card\b/);
    assert.match(lines.join('\n'), /1\u00a0000 kr/);
  });

  test('runs are listed per scheme and period; only an administrator runs expiry', async () => {
    const runs = await call('caseworkerA', 'GET', `/api/municipalities/${A}/expiry-runs`);
    assert.equal(runs.status, 200);
    const first = (runs.body as { schemeId: string; periodStart: string; cards: number; amountOre: number }[]).filter(
      (l) => l.schemeId === world.schemes.universalA && l.periodStart === FIRST,
    );
    assert.deepEqual(
      first.map((l) => [l.cards, l.amountOre]).sort((x, y) => (x[1] ?? 0) - (y[1] ?? 0)),
      [
        [0, 0],
        [1, 100_000],
        [2, 170_000],
      ],
    );
    const before = await expiryTransfers();
    assert.equal((await call('caseworkerA', 'POST', `/api/municipalities/${A}/expiry-runs`)).status, 403);
    assert.equal((await call('adminB', 'POST', `/api/municipalities/${A}/expiry-runs`)).status, 403);
    const audit = await sql<{ count: number }>`
      select count(*)::int as count from audit_event where action = 'expiry.run'`.execute(t.database.db);
    assert.equal(audit.rows[0]?.count, 3);
    assert.equal(await expiryTransfers(), before);
  });
});
