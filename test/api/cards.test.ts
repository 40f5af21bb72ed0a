/**
 * The leisure card through the API: schemes set up by the municipality (Drammen's and Sandefjord's rules), grant
 * runs over the population, children who become eligible later, placements in a means-tested scheme, and the
 * family's wallet. The ledger check runs after every test.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { EXAMPLE_SCHEMES } from '../../src/domain/scheme.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import { type ActorName, as, buildWorld, type World } from '../helpers/world.ts';

const A = '3301';

let t: TestApp;
let world: World;

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
});
afterEach(async () => {
  await assertLedgerHolds(t.database);
});
after(async () => {
  await t.close();
});

async function call(
  actor: ActorName,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
  language = 'nb',
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the answer field by field and asserts each
): Promise<{ status: number; body: any }> {
  const response = await t.app.inject({
    method,
    url,
    headers: { ...as(world, actor), 'accept-language': language },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : undefined };
}

interface WalletHolder {
  personId: string;
  name: string;
  relation: string;
  cards: {
    schemeName: string;
    balanceOre: number;
    periodStart: string;
    expiresOn: string;
    transactions: { reason: string; amountOre: number }[];
  }[];
}

describe('schemes', () => {
  test('an administrator sets up a scheme with the rules of Drammen; bad rules are refused, translated, and change nothing', async () => {
    const created = await call('adminA', 'POST', `/api/municipalities/${A}/schemes`, {
      ...EXAMPLE_SCHEMES.drammen,
      name: 'Fritidskortet høst',
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.amountOre, 100_000);
    assert.deepEqual(created.body.feeKinds, ['participation', 'licence', 'membership']);
    assert.equal(created.body.currentPeriod.budgetOre, EXAMPLE_SCHEMES.drammen.budgetOre);

    const before = (await call('adminA', 'GET', `/api/municipalities/${A}/schemes`)).body.length;
    const bad = await call(
      'adminA',
      'POST',
      `/api/municipalities/${A}/schemes`,
      {
        ...EXAMPLE_SCHEMES.drammen,
        name: 'Feil',
        minAge: 12,
        maxAge: 8,
        residence: 'none',
        feeKinds: ['licence', 'licence'],
      },
      'en',
    );
    assert.equal(bad.status, 400);
    const messages = Object.fromEntries(
      (bad.body.error.details as { field: string; message: string }[]).map((d) => [d.field, d.message]),
    );
    assert.equal(messages['body/maxAge'], 'The highest age cannot be lower than the lowest age.');
    assert.equal(
      messages['body/residence'],
      'A universal scheme must require that the child lives in the municipality.',
    );
    assert.ok(messages['body/feeKinds/1']);
    const wrongKind = await call('adminA', 'POST', `/api/municipalities/${A}/schemes`, {
      ...EXAMPLE_SCHEMES.drammen,
      name: 'Feil 2',
      activityKinds: ['football'],
    });
    assert.equal(wrongKind.status, 400);
    const taken = await call('adminA', 'POST', `/api/municipalities/${A}/schemes`, {
      ...EXAMPLE_SCHEMES.drammen,
      name: 'Fritidskortet høst',
    });
    assert.equal(taken.status, 409);
    assert.equal(taken.body.error.code, 'SCHEME_EXISTS');
    assert.equal((await call('adminA', 'GET', `/api/municipalities/${A}/schemes`)).body.length, before);
  });
});

describe('grants and the wallet', () => {
  test("a grant run gives every resident child 6–18 the half-year's amount once; a second run gives nothing more", async () => {
    const url = `/api/municipalities/${A}/schemes/${world.schemes.universalA}/grant-runs`;
    const first = await call('adminA', 'POST', url);
    assert.equal(first.status, 200);
    // Ola (10), Ida (16), Nora (9) and Emil (8, strictly protected: his card works like any other).
    assert.equal(first.body.children, 4);
    assert.equal(first.body.amountOre, 400_000);
    assert.equal(first.body.periodGrantedOre, 400_000);
    assert.equal(first.body.overBudgetOre, 0);
    const second = await call('adminA', 'POST', url);
    assert.equal(second.body.children, 0);
    assert.equal(second.body.amountOre, 0);
    assert.equal(second.body.periodGrantedOre, 400_000);

    const runs = await call('adminA', 'GET', url);
    assert.equal(runs.body.length, 2);
    const scheme = await call('caseworkerA', 'GET', `/api/municipalities/${A}/schemes/${world.schemes.universalA}`);
    assert.equal(scheme.body.currentPeriod.grantedOre, 400_000);
    assert.equal(scheme.body.currentPeriod.unspentOre, 400_000);
    assert.equal(scheme.body.currentPeriod.cards, 4);
    assert.equal(scheme.body.currentPeriod.opened, true);
  });

  test('a guardian sees each child’s card with balance, period, expiry and the grant; a youth sees her own', async () => {
    const guardian = await call('guardianA', 'GET', `/api/municipalities/${A}/cards`);
    assert.equal(guardian.status, 200);
    const holders = guardian.body as WalletHolder[];
    assert.deepEqual(holders.map((h) => h.name).sort(), ['Ida Nordmann', 'Ola Nordmann']);
    for (const holder of holders) {
      const [card] = holder.cards;
      assert.ok(card);
      assert.equal(card.schemeName, EXAMPLE_SCHEMES.drammen.name);
      assert.equal(card.balanceOre, 100_000);
      assert.deepEqual(
        card.transactions.map((x) => [x.reason, x.amountOre]),
        [['grant', 100_000]],
      );
      assert.ok(card.expiresOn.endsWith('-06-30') || card.expiresOn.endsWith('-12-31'));
    }
    const youth = (await call('youthA', 'GET', `/api/municipalities/${A}/cards`)).body as WalletHolder[];
    assert.deepEqual(
      youth.map((h) => [h.name, h.relation, h.cards.length]),
      [['Ida Nordmann', 'self', 1]],
    );
    const other = (await call('otherGuardianA', 'GET', `/api/municipalities/${A}/cards`)).body as WalletHolder[];
    assert.deepEqual(
      other.map((h) => h.name),
      ['Nora Hansen'],
    );
    // Another municipality's guardian has no card here.
    assert.equal((await call('guardianB', 'GET', `/api/municipalities/${A}/cards`)).status, 403);
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .select(['subjectPersonId'])
      .where('action', '=', 'card.read')
      .where('actorId', '=', world.people.guardianA.id)
      .execute();
    assert.deepEqual(
      audit.map((a) => a.subjectPersonId).sort(),
      [world.people.childA.id, world.people.youthA.id].sort(),
    );
  });

  test('a child who moves in mid-period is granted on the next population sync, once', async () => {
    const db = t.database.db;
    const newcomer = await db
      .insertInto('person')
      .values({
        municipalityId: world.a.id,
        nationalIdHash: Buffer.from('newcomer-hash-0000000000000000000'),
        nationalIdEnc: Buffer.from('newcomer'),
        givenName: 'Jonas',
        familyName: 'Berg',
        birthDate: `${new Date().getUTCFullYear() - 12}-02-02`,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const first = await world.services.cards.grantNewlyEligible(world.a.id);
    assert.deepEqual(first, { children: 1, amountOre: 100_000 });
    const second = await world.services.cards.grantNewlyEligible(world.a.id);
    assert.deepEqual(second, { children: 0, amountOre: 0 });
    const card = await db
      .selectFrom('ledgerAccount')
      .select('balanceOre')
      .where('personId', '=', newcomer.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(card.balanceOre), 100_000);
    // The other municipality's scheme has not opened its period: nothing granted there.
    assert.deepEqual(await world.services.cards.grantNewlyEligible(world.b.id), { children: 0, amountOre: 0 });
  });

  test("a scheme's period kind cannot change once it has granted; a scheme not yet in force grants nothing", async () => {
    const locked = await call('adminA', 'PUT', `/api/municipalities/${A}/schemes/${world.schemes.universalA}`, {
      ...EXAMPLE_SCHEMES.drammen,
      periodKind: 'calendar_year',
      startsOn: '2025-01-01',
    });
    assert.equal(locked.status, 400);
    assert.equal(locked.body.error.details[0].field, 'body/periodKind');
    const future = await call('adminA', 'POST', `/api/municipalities/${A}/schemes`, {
      ...EXAMPLE_SCHEMES.drammen,
      name: 'Neste år',
      startsOn: `${new Date().getUTCFullYear() + 1}-01-01`,
    });
    const run = await call('adminA', 'POST', `/api/municipalities/${A}/schemes/${future.body.id}/grant-runs`);
    assert.equal(run.status, 409);
    assert.equal(run.body.error.code, 'SCHEME_NOT_IN_FORCE');
  });
});

describe('placements in a means-tested scheme', () => {
  const url = () => `/api/municipalities/${A}/schemes/${world.schemes.meansTestedA}/placements`;

  test('a caseworker places a named child with a reason; the card holds the amount at once, and the family sees it', async () => {
    const placed = await call('caseworkerA', 'POST', url(), {
      personId: world.people.otherChildA.id,
      reason: 'low_income',
      note: 'Henvist fra NAV',
    });
    assert.equal(placed.status, 201);
    assert.equal(placed.body.grantedOre, EXAMPLE_SCHEMES.sandefjord.amountOre);
    assert.equal(placed.body.placement.person.name, 'Nora Hansen');
    const again = await call('caseworkerA', 'POST', url(), { personId: world.people.otherChildA.id, reason: 'other' });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'PLACEMENT_EXISTS');
    const wallet = (await call('otherGuardianA', 'GET', `/api/municipalities/${A}/cards`)).body as WalletHolder[];
    const names = wallet[0]?.cards.map((c) => c.schemeName).sort();
    assert.deepEqual(names, [EXAMPLE_SCHEMES.drammen.name, EXAMPLE_SCHEMES.sandefjord.name].sort());

    // Ended and placed again in the same period: the child keeps the period's one grant.
    await call('caseworkerA', 'POST', `${url()}/${placed.body.placement.id}/end`);
    const replaced = await call('caseworkerA', 'POST', url(), {
      personId: world.people.otherChildA.id,
      reason: 'other',
    });
    assert.equal(replaced.status, 201);
    assert.equal(replaced.body.grantedOre, 0);
    const list = await call('adminA', 'GET', `${url()}?open=false`);
    assert.equal(list.body.total, 2);
  });

  test('refusals: a universal scheme, an adult, a strictly protected child for unnamed staff, another municipality', async () => {
    const universal = await call(
      'caseworkerA',
      'POST',
      `/api/municipalities/${A}/schemes/${world.schemes.universalA}/placements`,
      { personId: world.people.childA.id, reason: 'low_income' },
    );
    assert.equal(universal.body.error.code, 'SCHEME_NOT_MEANS_TESTED');
    const adult = await call(
      'caseworkerA',
      'POST',
      url(),
      { personId: world.people.guardianA.id, reason: 'low_income' },
      'en',
    );
    assert.equal(adult.status, 409);
    assert.equal(adult.body.error.code, 'OUTSIDE_SCHEME_AGE');
    assert.match(adult.body.error.message, /2–18/);
    const hidden = await call('caseworkerA', 'POST', url(), {
      personId: world.people.protectedChildA.id,
      reason: 'child_welfare',
    });
    assert.equal(hidden.status, 404);
    const named = await call('protectedCaseworkerA', 'POST', url(), {
      personId: world.people.protectedChildA.id,
      reason: 'child_welfare',
      note: 'Bor hos besteforeldre i Lier',
    });
    assert.equal(named.status, 201);
    // In the list, unnamed staff see that a protected child is placed, not who, nor the note written about them.
    const list = await call('caseworkerA', 'GET', url());
    const protectedRow = (list.body.items as { person: unknown; note: string }[]).filter((i) => i.person === null);
    assert.equal(protectedRow.length, 1);
    assert.equal(protectedRow[0]?.note, '');
    const namedList = await call('protectedCaseworkerA', 'GET', url());
    const shown = (namedList.body.items as { person: { id: string } | null; note: string }[]).find(
      (i) => i.person?.id === world.people.protectedChildA.id,
    );
    assert.equal(shown?.note, 'Bor hos besteforeldre i Lier');
    const elsewhere = await call('caseworkerA', 'POST', url(), {
      personId: world.people.childB.id,
      reason: 'low_income',
    });
    assert.equal(elsewhere.status, 404);
    const badReason = await call('caseworkerA', 'POST', url(), { personId: world.people.childA.id, reason: 'poor' });
    assert.equal(badReason.status, 400);
  });
});
