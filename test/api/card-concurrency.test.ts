/**
 * Card payments under concurrency, through HTTP: on the PostgreSQL server against two processes of the real
 * server on one database (requests alternate between them), on PGlite against one server on a real port. A
 * guardian logged in through the OpenID Connect provider enrols one child in 200 activities at once and the card
 * is never overdrawn; the same idempotency key sent 50 times at once enrols and pays once. (That a transfer
 * cannot be changed or deleted by hand in SQL is proved in src/modules/cards/ledger.test.ts.)
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { osloDate } from '../../src/domain/age.ts';
import { makeNationalId } from '../../src/domain/national-id.ts';
import { EXAMPLE_SCHEMES } from '../../src/domain/scheme.ts';
import { createNationalIdProtector } from '../../src/security/pii.ts';
import { createServices } from '../../src/services.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import { type PaymentServers, type Session, startPaymentServers } from '../helpers/payment-servers.ts';

const K = '3301';
/** What the card holds after the grant: Drammen's rules give 1 000 kroner a half-year. */
const GRANT = EXAMPLE_SCHEMES.drammen.amountOre;
/** Each activity's fee: the card pays exactly GRANT / FEE of them in full and nothing of the others. */
const FEE = 1_000;
const ACTIVITIES = 200;

let servers: PaymentServers;
let guardian: Session;
const children = { many: '', same: '' };
const schemeIds: string[] = [];
let municipalityId = 0;
let providerId = '';
const activityIds: string[] = [];
let sameKeyActivity = '';

function pid(birthDate: string, from: number): string {
  for (let i = from; ; i++) {
    const id = makeNationalId(birthDate, i, { synthetic: true });
    if (id) return id;
  }
}

before(async () => {
  servers = await startPaymentServers(2);
  const { database, config } = servers;
  const db = database.db;
  const services = createServices(database, config);
  const protector = createNationalIdProtector(config.piiKeys);
  const today = osloDate(new Date());
  const year = Number(today.slice(0, 4));
  const municipality = await services.municipalities.registerMunicipality({ kommunenummer: K, name: 'Drammen' });
  municipalityId = municipality.id;
  const person = async (nationalId: string, givenName: string, birthDate: string) =>
    (
      await db
        .insertInto('person')
        .values({
          municipalityId,
          nationalIdHash: protector.lookupHash(nationalId),
          nationalIdEnc: protector.encrypt(nationalId),
          givenName,
          familyName: 'Lund',
          birthDate,
          status: 'resident',
          streetAddress: 'Elvegata 1',
          postalCode: '3015',
          postalPlace: 'DRAMMEN',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const guardianPid = pid(`${year - 41}-02-03`, 300);
  const guardianId = await person(guardianPid, 'Marte', `${year - 41}-02-03`);
  children.many = await person(pid(`${year - 10}-04-05`, 400), 'Sander', `${year - 10}-04-05`);
  children.same = await person(pid(`${year - 12}-06-07`, 500), 'Tiril', `${year - 12}-06-07`);
  for (const childId of Object.values(children)) {
    await db.insertInto('guardianship').values({ municipalityId, childId, guardianId }).execute();
  }
  providerId = (
    await db
      .insertInto('provider')
      .values({ municipalityId, name: 'Drammen Idrettslag', kind: 'voluntary', status: 'approved' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const rules = EXAMPLE_SCHEMES.drammen;
  const scheme = await db
    .insertInto('scheme')
    .values({
      municipalityId,
      ...rules,
      activityKinds: [...rules.activityKinds],
      feeKinds: [...rules.feeKinds],
      providerKinds: [...rules.providerKinds],
      startsOn: `${year - 1}-01-01`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  schemeIds.push(scheme.id);
  await services.cards.runGrants('system', municipalityId, scheme.id);

  // Seasons from today for 60 days: inside the card's period, whatever today is.
  const seasonEnd = osloDate(new Date(Date.now() + 60 * 86_400_000));
  const activities = async (titles: string[], priceOre: number) =>
    (
      await db
        .insertInto('activity')
        .values(
          titles.map((title) => ({
            municipalityId,
            providerId,
            category: 'sport',
            title,
            minAge: 6,
            maxAge: 18,
            seasonStart: today,
            seasonEnd,
            sessionCount: 24,
            priceOre,
            kind: 'organised' as const,
            status: 'published' as const,
          })),
        )
        .returning('id')
        .execute()
    ).map((row) => row.id);
  activityIds.push(
    ...(await activities(
      Array.from({ length: ACTIVITIES }, (_, i) => `Aktivitet ${i + 1}`),
      FEE,
    )),
  );
  // Above the card's balance: the card's part is held and the family pays the rest in Vipps MobilePay.
  [sameKeyActivity = ''] = await activities(['Sommerleir'], GRANT + 30_000);
  guardian = await servers.login(guardianPid);
});
afterEach(async () => {
  await assertLedgerHolds(servers.database);
  const report = await createServices(servers.database, servers.config).ledger.check(municipalityId);
  assert.deepEqual(report.negativeCards, []);
});
after(async () => {
  await servers?.close();
});

interface EnrolmentAnswer {
  id: string;
  status: string;
  childId: string;
  activityId: string;
  feeOre: number;
  cardOre: number;
  restOre: number;
  paymentUrl: string | null;
}

async function enrol(server: number, activityId: string, childId: string, key: string) {
  const base = servers.urls[server % servers.urls.length] as string;
  const response = await fetch(`${base}/api/municipalities/${K}/enrolments`, {
    method: 'POST',
    headers: {
      cookie: guardian.cookie,
      'x-csrf-token': guardian.csrf,
      'idempotency-key': key,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ activityId, childId }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as EnrolmentAnswer, text };
}

async function cardOf(childId: string) {
  return servers.database.db
    .selectFrom('ledgerAccount')
    .select(['id', 'balanceOre'])
    .where('kind', '=', 'card')
    .where('personId', '=', childId)
    .executeTakeFirstOrThrow();
}

describe(`card payments through HTTP, concurrently (${process.env.TEST_DATABASE === 'postgres' ? 'two server processes' : 'one server'})`, () => {
  test(`${ACTIVITIES} enrolments at once against one card: never overdrawn, exactly the affordable number paid in full`, async () => {
    const card = await cardOf(children.many);
    assert.equal(Number(card.balanceOre), GRANT);
    const answers = await Promise.all(
      activityIds.map((activityId, i) => enrol(i, activityId, children.many, `many-${i}-${activityId}`)),
    );
    for (const answer of answers) assert.equal(answer.status, 201, answer.text);
    const full = answers.filter((a) => a.body.cardOre === FEE && a.body.restOre === 0);
    const byVipps = answers.filter((a) => a.body.cardOre === 0 && a.body.restOre === FEE);
    assert.equal(full.length, GRANT / FEE);
    assert.equal(byVipps.length, ACTIVITIES - GRANT / FEE, 'no enrolment is paid partly by the card');
    assert.ok(full.every((a) => a.body.status === 'confirmed'));
    assert.ok(byVipps.every((a) => a.body.status === 'awaiting_payment'));
    for (const a of byVipps) assert.equal(servers.simulator.payment(`fk-${a.body.id}`)?.amount.value, FEE);
    assert.equal(Number((await cardOf(children.many)).balanceOre), 0);
    const moved = await servers.database.db
      .selectFrom('ledgerTransfer')
      .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.sum<string>('amountOre').as('sum')])
      .where('debitAccountId', '=', card.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual([Number(moved.count), Number(moved.sum)], [GRANT / FEE, GRANT]);
    const enrolments = await servers.database.db
      .selectFrom('enrolment')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('childId', '=', children.many)
      .executeTakeFirstOrThrow();
    assert.equal(Number(enrolments.count), ACTIVITIES);
  });

  test('the same idempotency key 50 times at once: one enrolment, money moved once, the same answer each time', async () => {
    const card = await cardOf(children.same);
    const key = 'same-key-concurrent-0001';
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => enrol(i, sameKeyActivity, children.same, key)),
    );
    for (const answer of answers) assert.equal(answer.status, 201, answer.text);
    const first = answers[0]?.body as EnrolmentAnswer;
    assert.equal(first.status, 'awaiting_payment');
    assert.deepEqual([first.cardOre, first.restOre], [GRANT, 30_000]);
    const lastError = await servers.database.db
      .selectFrom('familyPayment')
      .select('lastError')
      .where('enrolmentId', '=', first.id)
      .executeTakeFirst();
    for (const answer of answers) {
      assert.deepEqual(answer.body, first, `the provider's last error: ${lastError?.lastError ?? 'none'}`);
    }
    const enrolments = await servers.database.db
      .selectFrom('enrolment')
      .select('id')
      .where('childId', '=', children.same)
      .execute();
    assert.deepEqual(
      enrolments.map((e) => e.id),
      [first.id],
    );
    const transfers = await servers.database.db
      .selectFrom('ledgerTransfer')
      .select(['amountOre', 'reason'])
      .where('debitAccountId', '=', card.id)
      .execute();
    assert.deepEqual(
      transfers.map((t) => [Number(t.amountOre), t.reason]),
      [[GRANT, 'hold']],
    );
    assert.equal(Number((await cardOf(children.same)).balanceOre), 0);
    const payments = await servers.database.db
      .selectFrom('familyPayment')
      .select(['reference', 'amountOre'])
      .where('enrolmentId', '=', first.id)
      .execute();
    assert.deepEqual(
      payments.map((p) => [p.reference, Number(p.amountOre)]),
      [[`fk-${first.id}`, 30_000]],
    );
    assert.equal(servers.simulator.payment(`fk-${first.id}`)?.amount.value, 30_000);
  });
});
