/**
 * A provider sets an activity's terms through the API: places, waiting list, refund rule and fee lines. The price
 * follows the lines, bad terms are refused with their fields named, capacity may not drop below the places taken,
 * and the public activity page (with its ETag) shows what a family needs. Enrolment runs against the local Vipps
 * MobilePay simulator.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { createEPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from '../../src/integrations/vipps/simulator.ts';
import { createServices } from '../../src/services.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import { type ActorName, as, buildWorld, type World } from '../helpers/world.ts';

const A = '3301';
const year = new Date().getUTCFullYear();
const NOW = new Date(`${year}-09-01T10:00:00Z`);

let t: TestApp;
let world: World;
let simulator: VippsSimulator;

before(async () => {
  simulator = await startVippsSimulator();
  const payments = createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials, retries: 0 });
  t = await createTestApp({}, undefined, {
    services: (database, config) => createServices(database, config, { payments, now: () => NOW }),
  });
  world = await buildWorld(t);
  const services = createServices(t.database, t.config, { now: () => NOW });
  await services.cards.runGrants('system', world.a.id, world.schemes.universalA);
});
afterEach(async () => {
  await assertLedgerHolds(t.database);
});
after(async () => {
  await t.close();
  await simulator.close();
});

const activitiesUrl = () => `/api/municipalities/${A}/providers/${world.providers.a1}/activities`;

function body(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Klatring for barn',
    description: 'Buldring i Drammenshallen.',
    category: 'sport',
    minAge: 6,
    maxAge: 18,
    seasonStart: `${year}-09-15`,
    seasonEnd: `${year}-12-15`,
    sessionCount: 20,
    streetAddress: 'Marienlyst 1',
    postalCode: '3015',
    latitude: 59.7441,
    longitude: 10.2045,
    contactEmail: 'klatring@example.org',
    ...overrides,
  };
}

async function call(actor: ActorName, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
  const response = await t.app.inject({
    method,
    url,
    headers: as(world, actor),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  return { status: response.statusCode, body: response.json(), headers: response.headers };
}

let keys = 0;
async function enrol(actor: ActorName, activityId: string, childId: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: `/api/municipalities/${A}/enrolments`,
    headers: { ...as(world, actor), 'idempotency-key': `terms-key-${++keys}` },
    payload: { activityId, childId },
  });
  assert.equal(response.statusCode, 201, response.body);
  return response.json() as { status: string };
}

function fields(answer: { body: { error?: { details?: { field: string }[] } } }): string[] {
  return (answer.body.error?.details ?? []).map((d) => d.field).sort();
}

async function publicPage(activityId: string, ifNoneMatch?: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/municipalities/${A}/activities/${activityId}`,
    headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {},
  });
}

describe('a provider sets places, a waiting list, the refund rule and fee lines', () => {
  test('fee lines make the price; the terms are returned, stored with the activity, and audited together', async () => {
    const created = await call(
      'providerAdminA',
      'POST',
      activitiesUrl(),
      body({
        fees: [
          { kind: 'participation', amountOre: 40_000 },
          { kind: 'licence', amountOre: 12_050 },
        ],
        capacity: 12,
        waitingList: true,
        refundPolicy: 'none',
      }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.priceOre, 52_050);
    assert.equal(created.body.free, false);
    assert.deepEqual(created.body.fees, [
      { kind: 'licence', amountOre: 12_050 },
      { kind: 'participation', amountOre: 40_000 },
    ]);
    assert.equal(created.body.capacity, 12);
    assert.equal(created.body.waitingList, true);
    assert.equal(created.body.refundPolicy, 'none');
    assert.equal(created.body.placesTaken, 0);

    const id = created.body.id as string;
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .select(['action', 'details'])
      .where('municipalityId', '=', world.a.id)
      .where('action', '=', 'activity.create')
      .execute();
    const entry = audit.find((a) => (a.details as { activityId?: string }).activityId === id);
    assert.ok(entry, 'the creation is audited');
    assert.equal((entry.details as { priceOre: number }).priceOre, 52_050);

    // A price sent alongside the lines must be their sum; the sum itself is accepted.
    const same = await call(
      'providerAdminA',
      'PUT',
      `${activitiesUrl()}/${id}`,
      body({ priceOre: 30_000, fees: [{ kind: 'membership', amountOre: 30_000 }] }),
    );
    assert.equal(same.status, 200, JSON.stringify(same.body));
    assert.deepEqual(same.body.fees, [{ kind: 'membership', amountOre: 30_000 }]);
    // PUT replaces every field: left out, the places are unlimited and the refund rule the default.
    assert.equal(same.body.capacity, null);
    assert.equal(same.body.waitingList, false);
    assert.equal(same.body.refundPolicy, 'until_season_start');

    // Without lines, the single price stands and the lines are gone.
    const single = await call('providerAdminA', 'PUT', `${activitiesUrl()}/${id}`, body({ priceOre: 45_000 }));
    assert.equal(single.status, 200);
    assert.equal(single.body.priceOre, 45_000);
    assert.deepEqual(single.body.fees, []);
    const stored = await t.database.db.selectFrom('activityFee').select('kind').where('activityId', '=', id).execute();
    assert.deepEqual(stored, []);
  });

  test('bad terms are refused with their fields named, and nothing changes', async () => {
    const created = await call(
      'providerAdminA',
      'POST',
      activitiesUrl(),
      body({ fees: [{ kind: 'participation', amountOre: 10_000 }], capacity: 5 }),
    );
    assert.equal(created.status, 201);
    const url = `${activitiesUrl()}/${created.body.id}`;
    const before = await call('providerAdminA', 'GET', url);

    const cases: [Record<string, unknown>, string[]][] = [
      [{ priceOre: 5_000, fees: [{ kind: 'participation', amountOre: 10_000 }] }, ['body/priceOre']],
      [
        {
          fees: [
            { kind: 'cup', amountOre: 100 },
            { kind: 'cup', amountOre: 200 },
          ],
        },
        ['body/fees/1/kind'],
      ],
      [{ waitingList: true }, ['body/waitingList']],
      [{ capacity: 0 }, ['body/capacity']],
      [{ capacity: 10_001 }, ['body/capacity']],
      [{ fees: [{ kind: 'participation', amountOre: 0 }] }, ['body/fees/0/amountOre']],
      [{ fees: [{ kind: 'participation', amountOre: 10_000_001 }] }, ['body/fees/0/amountOre']],
      [{ fees: [{ kind: 'snacks', amountOre: 100 }] }, ['body/fees/0/kind']],
      [{ refundPolicy: 'always' }, ['body/refundPolicy']],
      [
        {
          fees: [
            { kind: 'participation', amountOre: 6_000_000 },
            { kind: 'licence', amountOre: 6_000_000 },
          ],
        },
        ['body/fees'],
      ],
    ];
    for (const [patch, expected] of cases) {
      const answer = await call('providerAdminA', 'PUT', url, body(patch));
      assert.equal(answer.status, 400, JSON.stringify(patch));
      assert.deepEqual(fields(answer), expected, JSON.stringify(answer.body));
      assert.equal(typeof answer.body.error.details[0].message, 'string');
    }
    const after = await call('providerAdminA', 'GET', url);
    assert.deepEqual(after.body, before.body);
  });

  test('capacity cannot drop below the places taken; the public page shows places left and the fee lines', async () => {
    const created = await call(
      'providerAdminA',
      'POST',
      activitiesUrl(),
      body({
        title: 'Klatring, viderekommende',
        fees: [
          { kind: 'participation', amountOre: 20_000 },
          { kind: 'membership', amountOre: 10_000 },
        ],
        capacity: 3,
        waitingList: true,
      }),
    );
    assert.equal(created.status, 201);
    const id = created.body.id as string;
    const url = `${activitiesUrl()}/${id}`;
    const published = await call('providerAdminA', 'POST', `${url}/publish`);
    assert.equal(published.status, 200, JSON.stringify(published.body));

    const first = await publicPage(id);
    assert.equal(first.statusCode, 200);
    const page = first.json();
    assert.equal(page.priceOre, 30_000);
    assert.deepEqual(page.fees, [
      { kind: 'membership', amountOre: 10_000 },
      { kind: 'participation', amountOre: 20_000 },
    ]);
    assert.deepEqual(page.places, { capacity: 3, left: 3, full: false, waitingList: true });
    assert.equal(page.refundPolicy, 'until_season_start');
    const tag = first.headers.etag as string;
    assert.equal((await publicPage(id, tag)).statusCode, 304);

    await enrol('guardianA', id, world.people.childA.id);
    await enrol('otherGuardianA', id, world.people.otherChildA.id);

    // The answer changed, so its validator did: a cache asking with the old one gets the new page.
    const changed = await publicPage(id, tag);
    assert.equal(changed.statusCode, 200);
    assert.notEqual(changed.headers.etag, tag);
    assert.deepEqual(changed.json().places, { capacity: 3, left: 1, full: false, waitingList: true });

    const mine = await call('providerAdminA', 'GET', url);
    assert.equal(mine.body.placesTaken, 2);

    const below = await call(
      'providerAdminA',
      'PUT',
      url,
      body({
        title: 'Klatring, viderekommende',
        fees: [{ kind: 'participation', amountOre: 99_000 }],
        capacity: 1,
        waitingList: true,
      }),
    );
    assert.equal(below.status, 400);
    assert.deepEqual(fields(below), ['body/capacity']);
    assert.match(below.body.error.details[0].message, /2/);
    const unchanged = await call('providerAdminA', 'GET', url);
    assert.equal(unchanged.body.capacity, 3);
    assert.equal(unchanged.body.priceOre, 30_000);
    assert.equal(unchanged.body.fees.length, 2);

    // Down to exactly the places taken: allowed, and the public page says it is full with a waiting list.
    const exact = await call(
      'providerAdminA',
      'PUT',
      url,
      body({
        title: 'Klatring, viderekommende',
        fees: [
          { kind: 'participation', amountOre: 20_000 },
          { kind: 'membership', amountOre: 10_000 },
        ],
        capacity: 2,
        waitingList: true,
      }),
    );
    assert.equal(exact.status, 200, JSON.stringify(exact.body));
    assert.deepEqual((await publicPage(id)).json().places, { capacity: 2, left: 0, full: true, waitingList: true });
  });

  test('the refusal of a lower capacity is translated', async () => {
    const created = await call('providerAdminA', 'POST', activitiesUrl(), body({ title: 'Klatring, åpen' }));
    const id = created.body.id as string;
    await call('providerAdminA', 'POST', `${activitiesUrl()}/${id}/publish`);
    await enrol('guardianA', id, world.people.youthA.id);
    await enrol('guardianA', id, world.people.childA.id);
    const messages: string[] = [];
    for (const language of ['nb', 'en']) {
      const response = await t.app.inject({
        method: 'PUT',
        url: `${activitiesUrl()}/${id}`,
        headers: { ...as(world, 'providerAdminA'), 'accept-language': language },
        payload: body({ title: 'Klatring, åpen', capacity: 1 }),
      });
      assert.equal(response.statusCode, 400);
      messages.push(response.json().error.details[0].message);
    }
    assert.notEqual(messages[0], messages[1]);
    assert.ok(
      messages.every((m) => m.includes('2')),
      messages.join(' / '),
    );
  });
});
