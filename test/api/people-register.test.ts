/**
 * What the population register says about death, birth dates and protected residence, as the family page, login
 * and the caseworker see it; and the guardian's access log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeNationalId } from '../../src/domain/national-id.ts';
import { createNationalIdProtector } from '../../src/security/pii.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { as, buildWorld, type Person, type World } from '../helpers/world.ts';

let t: TestApp;
let world: World;
before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
});
after(async () => {
  await t.close();
});

const A = '3301';

interface DocumentInput {
  nationalId: string;
  given: string;
  family: string;
  birthDate: string;
  status?: string;
  deathDate?: string;
  protection?: string;
  bosted?: Record<string, unknown> | null;
  guardians?: string[];
}

/** One person document as a line of an extract (docs/population-register.md). */
function documentLine(p: DocumentInput): string {
  const bosted =
    p.bosted === undefined
      ? { vegadresse: { kommunenummer: A, adressenavn: 'Elvegata', adressenummer: { husnummer: 1 } } }
      : p.bosted;
  return JSON.stringify({
    identifikasjonsnummer: [
      { foedselsEllerDNummer: p.nationalId, identifikatortype: 'foedselsnummer', status: 'iBruk' },
    ],
    status: [{ status: p.status ?? 'bosatt' }],
    navn: [{ fornavn: p.given, etternavn: p.family }],
    foedsel: [{ foedselsdato: p.birthDate }],
    ...(p.deathDate ? { doedsfall: { doedsdato: p.deathDate } } : {}),
    ...(bosted ? { bostedsadresse: [{ ...bosted, adressegradering: p.protection ?? 'ugradert' }] } : {}),
    ...(p.protection ? { adressebeskyttelse: [{ graderingsnivaa: p.protection }] } : {}),
    foreldreansvar: (p.guardians ?? []).map((g) => ({ ansvar: 'felles', ansvarlig: g, ansvarssubjekt: p.nationalId })),
  });
}

function split(person: Person): { given: string; family: string } {
  const [given = '', family = ''] = person.name.split(' ');
  return { given, family };
}

async function importDelta(lines: string[]) {
  const result = await world.services.population.importPopulation(lines, { kommunenummer: A, mode: 'delta' });
  assert.ok(result.ok, `import failed: ${result.ok ? '' : result.error}`);
  return result.report;
}

async function personRow(id: string) {
  return t.database.db
    .selectFrom('person')
    .select(['status', 'addressProtection', 'streetAddress', 'residenceConfirmedAt'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

let serial = 300;
function newNationalId(birthDate: string): string {
  for (;;) {
    const id = makeNationalId(birthDate, serial++ % 1000, { synthetic: true });
    if (id) return id;
  }
}

const year = new Date().getUTCFullYear();

describe('death ends guardianship and access', () => {
  test("a deceased guardian's links and roles end; he sees nothing; the living guardian is told, and no more", async () => {
    const db = t.database.db;
    const { guardianA, otherGuardianA, childA } = world.people;
    // childA has two guardians; guardianA also holds a provider role given by national id.
    await db
      .insertInto('guardianship')
      .values({ municipalityId: world.a.id, childId: childA.id, guardianId: otherGuardianA.id })
      .execute();
    const protector = createNationalIdProtector(t.config.piiKeys);
    await db
      .insertInto('roleAssignment')
      .values({
        municipalityId: world.a.id,
        role: 'venue_staff',
        citizenHash: protector.lookupHash(guardianA.nationalId),
        staffUserId: null,
        holderName: guardianA.name,
        providerId: world.providers.a2,
        protectedAccess: false,
        grantedBy: 'test',
      })
      .execute();
    const before = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/family`,
      headers: as(world, 'guardianA'),
    });
    assert.equal(before.statusCode, 200);

    const birth = `${year - 40}-03-02`;
    const report = await importDelta([
      documentLine({
        nationalId: guardianA.nationalId,
        ...split(guardianA),
        birthDate: birth,
        status: 'doed',
        deathDate: `${year}-01-02`,
        bosted: null,
      }),
      // The child's document still names both: the dead guardian is not linked again.
      documentLine({
        nationalId: childA.nationalId,
        ...split(childA),
        birthDate: `${year - 10}-05-17`,
        guardians: [guardianA.nationalId, otherGuardianA.nationalId],
      }),
    ]);
    assert.equal(report.deceased, 1);
    assert.equal(report.guardianshipsEndedByDeath, 2);
    assert.equal(report.rolesRevokedByDeath, 1);

    const links = await db
      .selectFrom('guardianship')
      .select('childId')
      .where('guardianId', '=', guardianA.id)
      .execute();
    assert.deepEqual(links, []);
    const roles = await db
      .selectFrom('roleAssignment')
      .select('revokedAt')
      .where('citizenHash', '=', protector.lookupHash(guardianA.nationalId))
      .execute();
    assert.ok(roles.length > 0 && roles.every((r) => r.revokedAt !== null));

    // The dead guardian's session gets nothing: no family, no child's name, birth date or address.
    for (const url of [`/api/municipalities/${A}/family`, `/api/municipalities/${A}/family/access-log`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: as(world, 'guardianA') });
      assert.equal(res.statusCode, 403, url);
      assert.doesNotMatch(res.body, /Ola|Elvegata/);
    }
    const session = await t.app.inject({ method: 'GET', url: '/api/session', headers: as(world, 'guardianA') });
    assert.deepEqual(session.json().memberships, []);

    // The living guardian sees that the guardianship of the deceased ended, and nothing more about him.
    const living = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/family`,
      headers: as(world, 'otherGuardianA'),
    });
    assert.equal(living.statusCode, 200);
    const child = living.json().children.find((c: { id: string }) => c.id === childA.id);
    assert.deepEqual(child.guardians, [{ id: otherGuardianA.id, name: 'Per Hansen' }]);
    assert.deepEqual(child.endedGuardianships, [{ name: 'Kari Nordmann', reason: 'deceased' }]);
    assert.ok(!living.body.includes(guardianA.id));
    assert.doesNotMatch(living.body, /\d{4}-01-02/);
  });
});

describe('birth dates', () => {
  test('someone born after today is rejected like other bad rows, and not imported', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const nationalId = newNationalId('2015-06-01');
    const report = await importDelta([
      documentLine({ nationalId: newNationalId('2016-06-01'), given: 'Lars', family: 'Lie', birthDate: '2016-06-01' }),
      documentLine({ nationalId, given: 'Ufødt', family: 'Person', birthDate: tomorrow }),
    ]);
    assert.equal(report.rejectedCount, 1);
    assert.deepEqual(report.rejected, [{ line: 2, reason: 'birth_date_in_future' }]);
    const row = await t.database.db
      .selectFrom('person')
      .select('id')
      .where('givenName', '=', 'Ufødt')
      .executeTakeFirst();
    assert.equal(row, undefined);
  });
});

describe('protected residence', () => {
  test('a strictly protected child whose address the register withholds is a resident, with no address', async () => {
    const nationalId = newNationalId(`${year - 9}-04-04`);
    await importDelta([
      documentLine({
        nationalId,
        given: 'Skjult',
        family: 'Barn',
        birthDate: `${year - 9}-04-04`,
        protection: 'strengtFortrolig',
        bosted: null,
      }),
      documentLine({
        nationalId: newNationalId(`${year - 11}-04-04`),
        given: 'Fortrolig',
        family: 'Barn',
        birthDate: `${year - 11}-04-04`,
        protection: 'fortrolig',
        bosted: { ukjentBosted: {} },
      }),
    ]);
    const rows = await t.database.db
      .selectFrom('person')
      .select(['status', 'addressProtection', 'streetAddress', 'postalCode'])
      .where('familyName', '=', 'Barn')
      .orderBy('givenName')
      .execute();
    assert.deepEqual(rows, [
      { status: 'resident', addressProtection: 'fortrolig', streetAddress: null, postalCode: null },
      { status: 'resident', addressProtection: 'strengt_fortrolig', streetAddress: null, postalCode: null },
    ]);
    // Only named staff find the strictly protected child.
    const payload = { nationalId, reason: 'Tildeling av fritidskort' };
    const plain = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: as(world, 'caseworkerA'),
      payload,
    });
    assert.equal(plain.statusCode, 404);
    const named = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: as(world, 'protectedCaseworkerA'),
      payload,
    });
    assert.equal(named.statusCode, 200);
    assert.equal(named.json().status, 'resident');
    assert.equal(named.json().address, null);
  });

  test('a caseworker confirms residence with a reason; audited; held by later imports unless the register places the person elsewhere', async () => {
    const birthDate = `${year - 12}-08-08`;
    const nationalId = newNationalId(birthDate);
    const doc = (extra: Partial<DocumentInput>) =>
      documentLine({
        nationalId,
        given: 'Dina',
        family: 'Dnummer',
        birthDate,
        status: 'ikkeBosatt',
        bosted: null,
        ...extra,
      });
    await importDelta([doc({})]);
    const person = await t.database.db
      .selectFrom('person')
      .select('id')
      .where('familyName', '=', 'Dnummer')
      .executeTakeFirstOrThrow();
    assert.equal((await personRow(person.id)).status, 'non_resident');
    const url = `/api/municipalities/${A}/people/${person.id}/residence`;

    const noReason = await t.app.inject({ method: 'POST', url, headers: as(world, 'caseworkerA'), payload: {} });
    assert.equal(noReason.statusCode, 400);
    const guardian = await t.app.inject({
      method: 'POST',
      url,
      headers: as(world, 'guardianA'),
      payload: { reason: 'Bor her nå' },
    });
    assert.equal(guardian.statusCode, 403);

    const res = await t.app.inject({
      method: 'POST',
      url,
      headers: as(world, 'caseworkerA'),
      payload: { reason: 'Bor hos fosterfamilie i kommunen' },
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().status, 'resident');
    assert.equal(res.json().residenceConfirmed, true);
    const log = await world.services.audit.search({
      municipalityId: world.a.id,
      action: 'person.residence.confirm',
      subjectPersonIds: [person.id],
      limit: 10,
      offset: 0,
    });
    assert.equal(log.items[0]?.reason, 'Bor hos fosterfamilie i kommunen');
    assert.equal(log.items[0]?.actorName, 'Siri Saksbehandler');

    // The register still says nothing about where: the confirmation holds.
    await importDelta([doc({})]);
    assert.equal((await personRow(person.id)).status, 'resident');
    // The register places the person in another municipality: the register wins, the confirmation ends.
    await importDelta([doc({ status: 'bosatt', bosted: { ukjentBosted: { bostedskommune: '0301' } } })]);
    const after = await personRow(person.id);
    assert.equal(after.status, 'moved_out');
    assert.equal(after.residenceConfirmedAt, null);
  });

  test('only named staff confirm residence for a strictly protected person; the dead cannot be confirmed', async () => {
    const url = `/api/municipalities/${A}/people/${world.people.protectedChildA.id}/residence`;
    const payload = { reason: 'Bekreftet av barnevernet' };
    const plain = await t.app.inject({ method: 'POST', url, headers: as(world, 'caseworkerA'), payload });
    assert.equal(plain.statusCode, 404);
    assert.equal(plain.json().error.code, 'PERSON_NOT_FOUND');
    const named = await t.app.inject({ method: 'POST', url, headers: as(world, 'protectedCaseworkerA'), payload });
    assert.equal(named.statusCode, 200);
    assert.equal(named.json().address, null);
    const denied = await world.services.audit.search({
      municipalityId: world.a.id,
      action: 'person.residence.confirm',
      outcome: 'denied',
      subjectPersonIds: [world.people.protectedChildA.id],
      limit: 10,
      offset: 0,
    });
    assert.equal(denied.total, 1);

    const dead = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/${world.people.guardianA.id}/residence`,
      headers: { ...as(world, 'caseworkerA'), 'accept-language': 'en' },
      payload,
    });
    assert.equal(dead.statusCode, 409);
    assert.equal(dead.json().error.code, 'PERSON_DECEASED');
    assert.match(dead.json().error.message, /deceased/);
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/00000000-0000-4000-8000-000000000000/residence`,
      headers: as(world, 'caseworkerA'),
      payload,
    });
    assert.equal(unknown.statusCode, 404);
    const malformed = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/not-a-uuid/residence`,
      headers: as(world, 'caseworkerA'),
      payload,
    });
    assert.equal(malformed.statusCode, 400);
  });
});

describe('who has seen your data', () => {
  test("others' reads are listed apart from one's own views, which are only counted", async () => {
    const guardian = 'otherGuardianA' as const;
    for (let i = 0; i < 5; i++) {
      await t.app.inject({ method: 'GET', url: `/api/municipalities/${A}/family`, headers: as(world, guardian) });
    }
    await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: as(world, 'caseworkerA'),
      payload: { nationalId: world.people.otherChildA.nationalId, reason: 'Søknad om utstyr' },
    });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/family/access-log?limit=3`,
      headers: as(world, guardian),
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.ok(body.ownViews >= 5);
    assert.ok(body.ownLatest);
    // The caseworker's look-up is first, not buried under the guardian's own views.
    assert.equal(body.items[0].who, 'Siri Saksbehandler');
    assert.equal(body.items[0].action, 'person.lookup');
    assert.ok(body.items.every((e: { who: string }) => e.who !== 'Per Hansen'));
    assert.equal(body.total, body.items.length);
  });
});
