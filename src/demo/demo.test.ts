import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { createTestDatabase } from '../../test/helpers/database.ts';
import { type LoginServer, startLoginServer } from '../../test/helpers/login.ts';
import { TestBrowser } from '../../test/helpers/oidc-browser.ts';
import { seedDemoProviderAdmin } from '../cli/demo.ts';
import type { PiiKeys } from '../config.ts';
import { type Database, type DatabaseTarget, openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { parseNationalId } from '../domain/national-id.ts';
import { isValidOrganisationNumber } from '../domain/organisation-number.ts';
import { postalCodeRegister } from '../integrations/posten/postal-codes.ts';
import { createNationalIdProtector } from '../security/pii.ts';
import { ACTIVITY_CATEGORIES } from './catalogue.ts';
import {
  ageOn,
  DEMO_KOMMUNENUMMER,
  type DemoData,
  demoSamplePeople,
  generateDemoMunicipality,
  REFERENCE_KOMMUNENUMMER,
} from './generate.ts';
import { DemoAlreadyLoadedError, isDemoLoaded, loadDemoMunicipality } from './load.ts';
import { DEMO_POSTAL_PLACES } from './postal-places.ts';
import { Random } from './random.ts';
import { loadReferenceData } from './reference-data.ts';

const KEYS: PiiKeys = { lookupKey: Buffer.alloc(32, 7), encryptionKey: Buffer.alloc(32, 9) };
const SMALL = { seed: 7, children: 300, providers: 10, activities: 40 } as const;

describe('seeded random numbers', () => {
  test('the same seed gives the same sequence, another seed another', () => {
    const a = new Random(1);
    const b = new Random(1);
    const c = new Random(2);
    const seqA = Array.from({ length: 20 }, () => a.uint32());
    assert.deepEqual(
      seqA,
      Array.from({ length: 20 }, () => b.uint32()),
    );
    assert.notDeepEqual(
      seqA,
      Array.from({ length: 20 }, () => c.uint32()),
    );
  });

  test('int stays in range and weightedPick follows the weights', () => {
    const rng = new Random(3);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const n = rng.int(5, 9);
      assert.ok(n >= 5 && n <= 9 && Number.isInteger(n));
      const k = rng.weightedPick([0, 1, 2], [1, 0, 3]);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    assert.equal(counts[1], 0);
    assert.ok(Math.abs((counts[2] as number) / (counts[0] as number) - 3) < 0.3);
  });
});

describe('reference data', () => {
  test('the CSV files are read into typed records, keyed by their header row', () => {
    const data = loadReferenceData();
    assert.equal(loadReferenceData(), data, 'the files are read once per process');
    assert.deepEqual(data.givenNames[0], { name: 'Emma', sex: 'F', births2005to2017: 6177, births1970to1995: 1089 });
    assert.ok(data.givenNames.every((n) => n.name !== '' && (n.sex === 'M' || n.sex === 'F')));
    assert.deepEqual(data.surnames[0], { rank: 1, surname: 'Hansen' });
    assert.deepEqual(
      data.surnames.map((s) => s.rank),
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
    // Codes and municipality numbers stay strings with their leading zeros.
    assert.deepEqual(data.postalCodes[0], {
      postalCode: '0001',
      postalPlace: 'OSLO',
      kommunenummer: '0301',
      category: 'P',
    });
    assert.deepEqual(
      data.postalCodes.find((p) => p.postalCode === '3015'),
      { postalCode: '3015', postalPlace: 'DRAMMEN', kommunenummer: REFERENCE_KOMMUNENUMMER, category: 'G' },
    );
    assert.deepEqual(
      data.populationByAge.find((r) => r.kommunenummer === REFERENCE_KOMMUNENUMMER && r.age === 6),
      { kommunenummer: REFERENCE_KOMMUNENUMMER, age: 6, male: 608, female: 521, total: 1129 },
    );
    assert.ok(data.populationByAge.every((r) => r.male + r.female === r.total));
  });

  test('the copied files load with the expected sizes', () => {
    const data = loadReferenceData();
    assert.equal(data.givenNames.length, 1026);
    assert.equal(data.surnames.length, 100);
    assert.equal(data.populationByAge.filter((r) => r.kommunenummer === REFERENCE_KOMMUNENUMMER).length, 13);
    assert.ok(data.postalCodes.some((p) => p.postalCode === '3015' && p.kommunenummer === REFERENCE_KOMMUNENUMMER));
    assert.ok(
      !data.postalCodes.some((p) => p.kommunenummer === DEMO_KOMMUNENUMMER),
      'the demo kommunenummer must not exist',
    );
  });
});

describe('generated demo municipality (full size)', () => {
  let data: DemoData;
  before(() => {
    data = generateDemoMunicipality({ seed: 1 });
  });

  test('is deterministic: same seed, same data; another seed, other data', () => {
    const again = generateDemoMunicipality({ seed: 1 });
    assert.equal(JSON.stringify(again), JSON.stringify(data));
    const other = generateDemoMunicipality({ seed: 2 });
    assert.notEqual(JSON.stringify(other.persons.slice(0, 50)), JSON.stringify(data.persons.slice(0, 50)));
    assert.notEqual(JSON.stringify(other.activities.slice(0, 20)), JSON.stringify(data.activities.slice(0, 20)));
  });

  test('has 15 000 children aged 6-18 with the age distribution of the reference municipality', () => {
    const children = data.persons.filter((p) => p.role === 'child');
    assert.equal(children.length, 15_000);
    const byAge = new Map<number, number>();
    for (const child of children) {
      const age = ageOn(child.birthDate, data.today);
      assert.ok(age >= 6 && age <= 18, `age ${age}`);
      byAge.set(age, (byAge.get(age) ?? 0) + 1);
    }
    const reference = loadReferenceData().populationByAge.filter((r) => r.kommunenummer === REFERENCE_KOMMUNENUMMER);
    const total = reference.reduce((s, r) => s + r.total, 0);
    for (const row of reference) {
      const expected = (row.total * 15_000) / total;
      assert.ok(Math.abs((byAge.get(row.age) ?? 0) - expected) <= 1, `age ${row.age}`);
    }
    const boys = children.filter((c) => c.sex === 'M').length / children.length;
    assert.ok(boys > 0.5 && boys < 0.54, `share of boys ${boys}`);
  });

  test('every child has one or two guardians who are adults, old enough to be parents', () => {
    const byId = new Map(data.persons.map((p) => [p.id, p]));
    const guardiansOf = new Map<string, string[]>();
    for (const g of data.guardianships) {
      assert.notEqual(g.childId, g.guardianId);
      guardiansOf.set(g.childId, [...(guardiansOf.get(g.childId) ?? []), g.guardianId]);
    }
    let twoGuardians = 0;
    for (const child of data.persons.filter((p) => p.role === 'child')) {
      const guardians = guardiansOf.get(child.id) ?? [];
      assert.ok(guardians.length >= 1 && guardians.length <= 2, `child ${child.id} has ${guardians.length} guardians`);
      if (guardians.length === 2) twoGuardians++;
      for (const id of guardians) {
        const guardian = byId.get(id);
        assert.ok(guardian && guardian.role === 'guardian');
        const gap = ageOn(guardian.birthDate, child.birthDate);
        assert.ok(gap >= 19 && gap <= 60, `age gap ${gap}`);
      }
    }
    const share = twoGuardians / 15_000;
    assert.ok(share > 0.6 && share < 0.85, `share with two guardians ${share}`);
    // Siblings share guardians and mostly the surname.
    const families = new Map<number, typeof data.persons>();
    for (const p of data.persons) families.set(p.family, [...(families.get(p.family) ?? []), p]);
    const multi = [...families.values()].filter((f) => f.filter((p) => p.role === 'child').length >= 2);
    assert.ok(multi.length > 1000);
    const sameName = multi.filter(
      (f) => new Set(f.filter((p) => p.role === 'child').map((p) => p.familyName)).size === 1,
    );
    assert.ok(sameName.length / multi.length > 0.9);
  });

  test('national identity numbers are valid, synthetic, unique and match birth date and sex', () => {
    const seen = new Set<string>();
    for (const person of data.persons) {
      const parsed = parseNationalId(person.nationalId);
      assert.ok(parsed.ok, person.nationalId);
      assert.equal(parsed.id.kind, 'synthetic');
      assert.equal(parsed.id.birthDate, person.birthDate);
      assert.equal(Number(person.nationalId[8]) % 2 === 1 ? 'M' : 'F', person.sex);
      assert.ok(!seen.has(person.nationalId), `duplicate ${person.nationalId}`);
      seen.add(person.nationalId);
    }
  });

  test('protected and non-resident people have no address; everyone else has a full one in the municipality', () => {
    const neighbourhoods = new Set(data.neighbourhoods.map((n) => n.id));
    const fjordvikCodes = new Set(DEMO_POSTAL_PLACES.map((p) => `${p.postalCode} ${p.postalPlace}`));
    const protectedPeople = data.persons.filter((p) => p.addressProtection !== 'none');
    assert.ok(protectedPeople.some((p) => p.addressProtection === 'fortrolig'));
    assert.ok(protectedPeople.some((p) => p.addressProtection === 'strengt_fortrolig'));
    const protectedFamilies = new Set(protectedPeople.map((p) => p.family)).size;
    assert.ok(protectedFamilies >= 15 && protectedFamilies <= 40, `protected families ${protectedFamilies}`);
    for (const p of data.persons) {
      const fields = [p.streetAddress, p.postalCode, p.postalPlace, p.latitude, p.longitude, p.neighbourhoodId];
      if (p.addressProtection !== 'none' || p.status === 'non_resident') {
        assert.ok(
          fields.every((f) => f === null),
          `person ${p.id} must have no address`,
        );
      } else {
        assert.ok(
          fields.every((f) => f !== null),
          `person ${p.id} must have an address`,
        );
        assert.ok(neighbourhoods.has(p.neighbourhoodId as string));
        assert.ok(fjordvikCodes.has(`${p.postalCode} ${p.postalPlace}`), `${p.postalCode} ${p.postalPlace}`);
      }
    }
    assert.ok(data.persons.some((p) => p.status === 'non_resident' && p.role === 'guardian'));
    assert.ok(data.persons.every((p) => p.role === 'guardian' || p.status === 'resident'));
  });

  test("addresses everywhere use Fjordvik's own postal places, never a real town's", () => {
    const postal = postalCodeRegister();
    const used = [
      ...data.persons.flatMap((p) => (p.postalCode ? [[p.postalCode, p.postalPlace]] : [])),
      ...data.organisations.map((o) => [o.postalCode, o.postalPlace]),
      ...data.activities.map((a) => [a.postalCode, a.postalPlace]),
    ];
    const places = new Set(used.map(([code, place]) => `${code} ${place}`));
    assert.deepEqual([...new Set(used.map(([, place]) => place))].sort(), ['BJØRKELI', 'FJORDVIK', 'VESTMOEN']);
    for (const entry of places) {
      const [code, place] = entry.split(' ');
      // The check providers' activity addresses go through knows each one, as a place of the demo municipality.
      const found = postal.findStreetAddressCode(code ?? '');
      assert.equal(found?.postalPlace, place, entry);
      assert.equal(found?.kommunenummer, DEMO_KOMMUNENUMMER, entry);
    }
  });

  test('providers have valid, unique organisation numbers and realistic kinds', () => {
    assert.equal(data.providers.length, 150);
    assert.equal(new Set(data.providers.map((p) => p.name)).size, 150);
    const numbers = data.providers.flatMap((p) => (p.organisationNumber ? [p.organisationNumber] : []));
    assert.ok(numbers.length >= 120);
    assert.equal(new Set(numbers).size, numbers.length);
    for (const n of numbers) {
      assert.ok(isValidOrganisationNumber(n), n);
      assert.match(n, /^[89]/);
    }
    assert.deepEqual(new Set(data.organisations.map((o) => o.organisationNumber)), new Set(numbers));
    const kinds = new Map<string, number>();
    for (const p of data.providers) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    assert.ok((kinds.get('voluntary') ?? 0) > 100);
    for (const kind of ['municipal', 'commercial', 'private']) assert.ok((kinds.get(kind) ?? 0) > 0, kind);
    assert.ok(data.providers.some((p) => p.status === 'pending'));
    for (const p of data.providers) {
      assert.match(p.email, /@[a-z0-9-]+\.example$/);
      if (p.website) assert.match(p.website, /^https:\/\/www\.[a-z0-9-]+\.example$/);
    }
  });

  test('activities cover all ten categories with consistent schedules, ages and prices', () => {
    assert.equal(data.activities.length, 600);
    assert.deepEqual(new Set(data.activities.map((a) => a.category)), new Set(ACTIVITY_CATEGORIES));
    const providers = new Set(data.providers.map((p) => p.id));
    const neighbourhoods = new Set(data.neighbourhoods.map((n) => n.id));
    for (const a of data.activities) {
      assert.ok(providers.has(a.providerId));
      assert.ok(neighbourhoods.has(a.neighbourhoodId));
      assert.ok(a.minAge >= 6 && a.maxAge <= 18 && a.minAge <= a.maxAge, a.title);
      assert.ok(Number.isInteger(a.priceOre) && a.priceOre >= 0);
      if (a.priceOre > 0) assert.ok(a.priceOre >= 30_000 && a.priceOre <= 350_000, `${a.title}: ${a.priceOre}`);
      assert.ok(Number.isInteger(a.sessionCount) && a.sessionCount >= 8 && a.sessionCount <= 40);
      assert.ok(a.seasonEnd >= a.seasonStart && a.seasonStart >= '2026-08-01' && a.seasonEnd <= '2027-06-30');
      assert.ok(a.schedule.length > 0);
      assert.deepEqual(
        a.weekdays,
        [...new Set(a.schedule.map((s) => s.weekday))].sort((x, y) => x - y),
      );
      for (const s of a.schedule) {
        assert.ok(s.weekday >= 1 && s.weekday <= 7);
        assert.match(s.start, /^([01]\d|2[0-3]):[0-5]\d$/);
        assert.match(s.end, /^([01]\d|2[0-3]):[0-5]\d$/);
        assert.ok(s.end > s.start);
      }
      assert.equal(a.languages[0], 'nb');
      assert.ok(a.description.length > 40 && a.title.length <= 200);
    }
    const share = (f: (a: DemoData['activities'][number]) => boolean) => data.activities.filter(f).length / 600;
    assert.ok(Math.abs(share((a) => a.priceOre === 0) - 0.25) < 0.08, 'about a quarter free');
    assert.ok(Math.abs(share((a) => a.freeTrial) - 0.3) < 0.08, 'about 30 % free trial');
    assert.ok(Math.abs(share((a) => a.adapted) - 0.1) < 0.05, 'about 10 % adapted');
    assert.ok(share((a) => a.status === 'draft') < 0.1);
    assert.ok(share((a) => a.languages.length > 1) > 0.1);
    const football9 = data.activities.filter(
      (a) => a.title.startsWith('Fotball') && a.minAge <= 9 && a.maxAge >= 9 && a.freeTrial && a.status === 'published',
    );
    assert.ok(football9.length >= 4, `football for 9-year-olds with free trial: ${football9.length}`);
  });

  test('offers sample users for the start banner', () => {
    const guardian = data.sampleUsers.find((u) => u.role === 'guardian');
    assert.ok(guardian && (guardian.children?.length ?? 0) >= 2);
    const youth = data.sampleUsers.find((u) => u.role === 'youth');
    assert.ok(youth && youth.age >= 15);
    const ids = new Set(data.persons.map((p) => p.nationalId));
    for (const user of data.sampleUsers) assert.ok(ids.has(user.nationalId));
    // Later starts recompute them from the seed: the same people.
    assert.deepEqual(demoSamplePeople(1), data.sampleUsers);
  });

  test('offers a club leader: an adult resident who administers an approved provider', () => {
    const leader = data.sampleUsers.find((u) => u.role === 'provider_admin');
    assert.ok(leader?.provider, 'a provider admin among the sample users');
    const provider = data.providers.find((p) => p.id === leader.provider?.id);
    assert.equal(provider?.status, 'approved');
    assert.equal(leader.provider.name, provider?.name);
    assert.match(leader.description, new RegExp(provider?.name ?? '-'));
    const person = data.persons.find((p) => p.nationalId === leader.nationalId);
    assert.ok(person && person.role === 'guardian' && person.status === 'resident' && leader.age >= 18);
    const others = data.sampleUsers.filter((u) => u !== leader).map((u) => u.nationalId);
    assert.ok(!others.includes(leader.nationalId), 'someone of their own');
  });
});

describe('generated demo municipality (small)', () => {
  test('still covers all ten categories and every child has a guardian', () => {
    const data = generateDemoMunicipality(SMALL);
    assert.equal(data.persons.filter((p) => p.role === 'child').length, 300);
    assert.equal(data.providers.length, 10);
    assert.equal(data.activities.length, 40);
    assert.deepEqual(new Set(data.activities.map((a) => a.category)), new Set(ACTIVITY_CATEGORIES));
    const withGuardian = new Set(data.guardianships.map((g) => g.childId));
    assert.ok(data.persons.filter((p) => p.role === 'child').every((c) => withGuardian.has(c.id)));
    assert.ok(data.persons.some((p) => p.addressProtection !== 'none'));
  });

  test('rejects nonsense options', () => {
    assert.throws(() => generateDemoMunicipality({ seed: 1.5 }));
    assert.throws(() => generateDemoMunicipality({ seed: 1, children: -1 }));
    assert.throws(() => generateDemoMunicipality({ seed: 1, today: '1 August' }));
  });
});

// ---------------------------------------------------------------------------------------------------------
// Loading. Always against PGlite in memory; also against a PostgreSQL server when TEST_DATABASE_URL is set
// (a fresh database with a random name is created there and dropped afterwards).

interface TestTarget {
  name: string;
  open(): Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }>;
}

const targets: TestTarget[] = [
  {
    name: 'PGlite',
    async open() {
      return { target: { kind: 'pglite', dataDir: 'memory' }, cleanup: async () => undefined };
    },
  },
];

const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  targets.push({
    name: 'PostgreSQL',
    async open() {
      const name = `fritidskort_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`create database "${name}"`);
      } finally {
        await admin.end();
      }
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        target: { kind: 'postgres', url: url.toString(), poolSize: 2 },
        async cleanup() {
          const client = new pg.Client({ connectionString: serverUrl });
          await client.connect();
          try {
            await client.query(`drop database if exists "${name}" with (force)`);
          } finally {
            await client.end();
          }
        },
      };
    },
  });
}

for (const testTarget of targets) {
  describe(`loading the demo into ${testTarget.name}`, () => {
    let database: Database;
    let cleanup: () => Promise<void> = async () => undefined;

    before(async () => {
      const opened = await testTarget.open();
      cleanup = opened.cleanup;
      database = await openDatabase(opened.target);
      await migrate(database);
    });

    after(async () => {
      await database?.close();
      await cleanup();
    });

    const count = async (
      table: 'person' | 'guardianship' | 'provider' | 'activity' | 'neighbourhood' | 'municipality',
    ) => {
      const row = await database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };

    test('writes every row in batches and reports the counts', async () => {
      assert.equal(await isDemoLoaded(database), false);
      const steps = new Set<string>();
      const result = await loadDemoMunicipality(database, KEYS, { ...SMALL, onProgress: (step) => steps.add(step) });
      const expected = generateDemoMunicipality(SMALL);
      assert.equal(await isDemoLoaded(database), true);
      assert.equal(result.counts.children, 300);
      assert.equal(await count('person'), expected.persons.length);
      assert.equal(result.counts.persons, expected.persons.length);
      assert.equal(await count('guardianship'), expected.guardianships.length);
      assert.equal(await count('provider'), 10);
      assert.equal(await count('activity'), 40);
      assert.equal(await count('neighbourhood'), expected.neighbourhoods.length);
      for (const step of ['persons', 'guardianships', 'activities']) assert.ok(steps.has(step), step);

      const municipality = await database.db
        .selectFrom('municipality')
        .selectAll()
        .where('id', '=', result.municipalityId)
        .executeTakeFirstOrThrow();
      assert.equal(municipality.kommunenummer, DEMO_KOMMUNENUMMER);
      assert.deepEqual(municipality.settings, { defaultLanguage: 'nb', youthSelfServiceAge: 15 });

      const activity = await database.db
        .selectFrom('activity')
        .select(['schedule', 'weekdays', 'languages', 'priceOre'])
        .where('id', '=', expected.activities[0]?.id as string)
        .executeTakeFirstOrThrow();
      assert.deepEqual(activity.weekdays, expected.activities[0]?.weekdays);
      assert.deepEqual(activity.languages, expected.activities[0]?.languages);
      assert.equal(activity.schedule.length, expected.activities[0]?.schedule.length);
      assert.equal(Number(activity.priceOre), expected.activities[0]?.priceOre);
    });

    test('stores national ids only as hash and ciphertext, findable by the sample numbers', async () => {
      const protector = createNationalIdProtector(KEYS);
      const expected = generateDemoMunicipality(SMALL);
      const guardian = expected.sampleUsers.find((u) => u.role === 'guardian');
      assert.ok(guardian);
      const row = await database.db
        .selectFrom('person')
        .select(['id', 'givenName', 'nationalIdEnc'])
        .where('nationalIdHash', '=', protector.lookupHash(guardian.nationalId))
        .executeTakeFirstOrThrow();
      assert.equal(row.id, guardian.personId);
      assert.equal(protector.decrypt(Buffer.from(row.nationalIdEnc)), guardian.nationalId);
      const children = await database.db
        .selectFrom('guardianship')
        .select('childId')
        .where('guardianId', '=', guardian.personId)
        .execute();
      assert.equal(children.length, guardian.children?.length);
    });

    test('keeps protected people without any address', async () => {
      const rows = await database.db
        .selectFrom('person')
        .select(['streetAddress', 'postalCode', 'latitude', 'neighbourhoodId'])
        .where('addressProtection', '<>', 'none')
        .execute();
      assert.ok(rows.length > 0);
      for (const row of rows) assert.deepEqual(Object.values(row), [null, null, null, null]);
    });

    test('refuses to load the demo a second time and changes nothing', async () => {
      const before = await count('person');
      await assert.rejects(loadDemoMunicipality(database, KEYS, SMALL), DemoAlreadyLoadedError);
      assert.equal(await count('person'), before);
      assert.equal(await count('municipality'), 1);
    });
  });
}

describe('logging in as the demo club leader', () => {
  let s: LoginServer;
  before(async () => {
    s = await startLoginServer({ database: await createTestDatabase() });
  });
  after(async () => {
    await s.close();
  });

  test("the ID-porten test login with the printed number lands on the provider's page", async () => {
    const result = await loadDemoMunicipality(s.database, s.config.piiKeys, SMALL);
    const leader = result.sampleUsers.find((u) => u.role === 'provider_admin');
    assert.ok(leader?.provider);
    await seedDemoProviderAdmin(s.database, s.config, result.sampleUsers);
    // Seeding again (every start) changes nothing.
    await seedDemoProviderAdmin(s.database, s.config, result.sampleUsers);
    const roles = await s.database.db
      .selectFrom('roleAssignment')
      .select(['role', 'providerId', 'holderName'])
      .where('role', '=', 'provider_admin')
      .execute();
    assert.deepEqual(roles, [{ role: 'provider_admin', providerId: leader.provider.id, holderName: leader.name }]);

    const browser = new TestBrowser();
    const atApp = (url: URL) => url.origin === s.baseUrl && !url.pathname.startsWith('/api/auth/callback');
    const form = await browser.navigate(`${s.baseUrl}/api/auth/login/citizen?returnTo=%2Forganisation`, {
      stopAt: atApp,
    });
    const done = await browser.submit(form, {
      fields: { pid: leader.nationalId, acr: 'idporten-loa-substantial' },
      stopAt: atApp,
    });
    assert.equal(done.stoppedAt?.pathname, '/organisation');
    const session = (await (await browser.request(`${s.baseUrl}/api/session`)).json()) as {
      name: string;
      memberships: { kommunenummer: string; roles: string[] }[];
    };
    assert.equal(session.name, leader.name);
    const membership = session.memberships.find((m) => m.kommunenummer === DEMO_KOMMUNENUMMER);
    assert.ok(membership?.roles.includes('provider_admin'), JSON.stringify(session.memberships));
    assert.ok(membership?.roles.includes('guardian'));

    const mine = await browser.request(`${s.baseUrl}/api/municipalities/${DEMO_KOMMUNENUMMER}/my-providers`);
    assert.equal(mine.status, 200);
    const items = ((await mine.json()) as { items: { id: string; name: string; status: string }[] }).items;
    assert.deepEqual(
      items.map((p) => [p.id, p.name, p.status]),
      [[leader.provider.id, leader.provider.name, 'approved']],
    );
    const page = await browser.request(
      `${s.baseUrl}/api/municipalities/${DEMO_KOMMUNENUMMER}/providers/${leader.provider.id}`,
    );
    assert.equal(page.status, 200);
    assert.equal(((await page.json()) as { name: string }).name, leader.provider.name);
  });
});
