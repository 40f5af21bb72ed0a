import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testConfig } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import type { PiiKeys } from '../../config.ts';
import { ageOn, isChildInScope } from '../../domain/age.ts';
import { controlDigits, parseNationalId } from '../../domain/national-id.ts';
import { createNationalIdProtector } from '../../security/pii.ts';
import { createServices } from '../../services.ts';
import { createMunicipalityService } from '../municipalities/service.ts';
import { createMunicipalityStore } from '../municipalities/store.ts';
import type { PeopleService } from './service.ts';

const KEYS: PiiKeys = { lookupKey: Buffer.alloc(32, 5), encryptionKey: Buffer.alloc(32, 6) };
const protector = createNationalIdProtector(KEYS);
const FIXTURES = fileURLToPath(new URL('../../../test/fixtures/population/', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8').split('\n').slice(0, -1);

const ID = {
  child1: '14831550180',
  child2: '02911250066',
  mother: '21868390120',
  father: '09818190260',
  newGuardian: '30897990039',
  elsewhereGuardian: '04848090072',
  protectedChild: '07871450085',
  protectedMother: '02828590009',
  movedChild: '05851150074',
  deceased: '12925090059',
  teen: '01890750075',
  utland: '10901350170',
} as const;

let database: TestDatabase;
let people: PeopleService;
let municipalityId: number;

interface PersonRow {
  id: string;
  nationalIdEnc: Buffer;
  givenName: string;
  familyName: string;
  birthDate: string;
  status: string;
  addressProtection: string;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  latitude: number | null;
  longitude: number | null;
  updatedAt: Date;
}

async function person(nationalId: string): Promise<PersonRow | undefined> {
  return database.db
    .selectFrom('person')
    .select([
      'id',
      'nationalIdEnc',
      'givenName',
      'familyName',
      'birthDate',
      'status',
      'addressProtection',
      'streetAddress',
      'postalCode',
      'postalPlace',
      'latitude',
      'longitude',
      'updatedAt',
    ])
    .where('municipalityId', '=', municipalityId)
    .where('nationalIdHash', '=', protector.lookupHash(nationalId))
    .executeTakeFirst();
}

async function guardiansOf(nationalId: string): Promise<string[]> {
  const child = await person(nationalId);
  assert.ok(child);
  const rows = await database.db
    .selectFrom('guardianship')
    .innerJoin('person', (join) =>
      join
        .onRef('person.municipalityId', '=', 'guardianship.municipalityId')
        .onRef('person.id', '=', 'guardianship.guardianId'),
    )
    .select('person.nationalIdEnc')
    .where('guardianship.municipalityId', '=', municipalityId)
    .where('guardianship.childId', '=', child.id)
    .execute();
  return rows.map((r) => protector.decrypt(Buffer.from(r.nationalIdEnc))).sort();
}

async function count(table: 'person' | 'guardianship' | 'populationImport' | 'populationImportRow'): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipalityId', '=', municipalityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function importLines(lines: string[], mode: 'full' | 'delta' = 'full', kommunenummer = '3999') {
  return people.importPopulation(lines, { kommunenummer, mode, batchSize: 3, startedBy: 'test', source: 'fixture' });
}

async function importOk(lines: string[], mode: 'full' | 'delta' = 'full') {
  const result = await importLines(lines, mode);
  assert.ok(result.ok, `import failed: ${JSON.stringify(result)}`);
  return result.report;
}

before(async () => {
  database = await createTestDatabase();
  const municipalities = createMunicipalityService(createMunicipalityStore(database.db));
  municipalityId = (await municipalities.registerMunicipality({ kommunenummer: '3999', name: 'Fjordvik' })).id;
  await municipalities.registerMunicipality({ kommunenummer: '3998', name: 'Nabovik' });
  people = createServices(database, testConfig({ piiKeys: KEYS })).population;
});
after(async () => {
  await database.dispose();
});

describe('population import', () => {
  test('an unregistered municipality fails clearly and writes nothing', async () => {
    const result = await importLines(fixture('extract-2026.jsonl'), 'full', '4999');
    assert.deepEqual(result, { ok: false, error: 'unknown_municipality', kommunenummer: '4999' });
    const malformed = await importLines(fixture('extract-2026.jsonl'), 'full', '39x9');
    assert.equal(malformed.ok, false);
    assert.equal(await count('person'), 0);
    assert.equal(await count('populationImport'), 0);
  });

  test('a file with no valid line imports nothing and says so', async () => {
    const result = await importLines(fixture('all-rejected.jsonl'));
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.error === 'no_valid_documents');
    assert.deepEqual(result.report.rejected, [
      { line: 1, reason: 'json_syntax' },
      { line: 2, reason: 'not_a_document' },
      { line: 3, reason: 'invalid_national_id' },
    ]);
    assert.equal(result.report.imported, 0);
    assert.equal(await count('person'), 0);
    assert.equal(await count('populationImport'), 0);
    const empty = await importLines([]);
    assert.ok(!empty.ok && empty.error === 'no_valid_documents');
  });

  test('a run that fails half-way leaves nothing behind', async () => {
    const lines = fixture('extract-2026.jsonl');
    async function* brokenFile() {
      for (const line of lines.slice(0, 8)) yield line;
      throw new Error('the file could not be read further');
    }
    await assert.rejects(
      people.importPopulation(brokenFile(), { kommunenummer: '3999', mode: 'full', batchSize: 3 }),
      /could not be read further/,
    );
    assert.equal(await count('person'), 0);
    assert.equal(await count('guardianship'), 0);
    assert.equal(await count('populationImport'), 0);
    assert.equal(await count('populationImportRow'), 0);
  });

  test('the first full import creates people and guardianships and reports rejected lines', async () => {
    const progress: number[] = [];
    const result = await people.importPopulation(fixture('extract-2026.jsonl'), {
      kommunenummer: '3999',
      mode: 'full',
      batchSize: 3,
      startedBy: 'test',
      onProgress: (lines) => progress.push(lines),
    });
    assert.ok(result.ok);
    const report = result.report;
    assert.equal(report.lines, 15);
    assert.equal(report.imported, 10);
    assert.equal(report.inserted, 10);
    assert.equal(report.updated, 0);
    assert.deepEqual(report.rejected, [
      { line: 10, reason: 'json_syntax' },
      { line: 12, reason: 'invalid_national_id' },
      { line: 13, reason: 'missing_birth_date' },
      { line: 15, reason: 'unknown_status' },
    ]);
    assert.equal(report.rejectedCount, 4);
    // Emma: Kari and Ola; Jonas: Kari; Nora: Lise. Aksel's guardian has no document: unresolved.
    assert.equal(report.guardianshipsAdded, 4);
    assert.equal(report.guardianLinksUnresolved, 1);
    assert.equal(report.guardianshipsRemoved, 0);
    assert.equal(report.movedOut, 0);
    assert.ok(progress.length >= 3 && progress.at(-1) === 15);

    // No national id in the report, in any form.
    const text = JSON.stringify(report);
    for (const id of Object.values(ID)) assert.ok(!text.includes(id));

    const emma = await person(ID.child1);
    assert.ok(emma);
    assert.equal(emma.givenName, 'Emma Sofie');
    assert.equal(emma.status, 'resident');
    assert.equal(emma.streetAddress, 'Fjellveien 12B');
    assert.equal(emma.postalCode, '3999');
    assert.equal(emma.latitude, 59.7412);
    assert.equal(protector.decrypt(Buffer.from(emma.nationalIdEnc)), ID.child1);
    assert.deepEqual(await guardiansOf(ID.child1), [ID.father, ID.mother].sort());

    const ola = await person(ID.father);
    assert.equal(ola?.status, 'non_resident');
    assert.equal(ola?.streetAddress, null, 'no address is kept for people living elsewhere');

    for (const id of [ID.protectedChild, ID.protectedMother]) {
      const row = await person(id);
      assert.ok(row);
      assert.notEqual(row.addressProtection, 'none');
      assert.equal(row.streetAddress, null);
      assert.equal(row.postalCode, null);
      assert.equal(row.latitude, null);
      assert.equal(row.status, 'resident');
    }
    assert.equal((await person(ID.protectedChild))?.addressProtection, 'strengt_fortrolig');
    assert.deepEqual(await guardiansOf(ID.protectedChild), [ID.protectedMother]);
    const sara = await person(ID.utland);
    assert.equal(sara?.addressProtection, 'strengt_fortrolig_utland');
    assert.equal(sara?.status, 'non_resident');

    // The protected street name is nowhere in the database.
    const leaked = await database.db
      .selectFrom('person')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('streetAddress', 'like', '%Skjult%'),
          eb('addressProtection', '!=', 'none').and('postalPlace', 'is not', null),
        ]),
      )
      .execute();
    assert.deepEqual(leaked, []);
    // The staged copy is gone; the run is recorded with counts.
    assert.equal(await count('populationImportRow'), 0);
    const runs = await people.listImportRuns(municipalityId);
    assert.equal(runs.length, 1);
    assert.equal(runs[0]?.inserted, 10);
    assert.equal(runs[0]?.rejected, 4);
    assert.equal(runs[0]?.startedBy, 'test');
    assert.ok(runs[0]?.finishedAt);
  });

  test('importing the same file again changes nothing and duplicates no one', async () => {
    const before = await person(ID.child1);
    const report = await importOk(fixture('extract-2026.jsonl'));
    assert.equal(report.imported, 10);
    assert.equal(report.inserted, 0);
    assert.equal(report.updated, 0);
    assert.equal(report.guardianshipsAdded, 0);
    assert.equal(report.guardianshipsRemoved, 0);
    assert.equal(report.movedOut, 0);
    assert.equal(await count('person'), 10);
    assert.equal(await count('guardianship'), 4);
    assert.deepEqual((await person(ID.child1))?.updatedAt, before?.updatedAt);
  });

  test('a year later: changed name, new guardian, moved out by document and by absence, death', async () => {
    const teenBefore = await person(ID.teen);
    assert.ok(teenBefore && isChildInScope(teenBefore.birthDate, '2026-08-01'));
    const report = await importOk(fixture('extract-2027.jsonl'));
    assert.equal(report.lines, 9);
    assert.equal(report.imported, 9);
    assert.equal(report.inserted, 1, 'the new guardian');
    // Kari (name), Aksel (moved), Per (died).
    assert.equal(report.updated, 3);
    assert.equal(report.deceased, 1);
    // Aksel by his document, Jonas by being absent from a full extract.
    assert.equal(report.movedOut, 2);
    // Emma: Tor added, Ola ended. Jonas is not in the file, so his guardians stay as they were.
    assert.equal(report.guardianshipsAdded, 1);
    assert.equal(report.guardianshipsRemoved, 1);
    assert.deepEqual(report.rejected, []);

    const kari = await person(ID.mother);
    assert.equal(kari?.familyName, 'Hansen Vik');
    assert.ok(kari && kari.updatedAt > (teenBefore?.updatedAt ?? new Date(0)));
    assert.deepEqual(await guardiansOf(ID.child1), [ID.mother, ID.newGuardian].sort());
    assert.equal((await person(ID.newGuardian))?.status, 'resident');

    const aksel = await person(ID.movedChild);
    assert.equal(aksel?.status, 'moved_out');
    assert.equal(aksel?.streetAddress, null);
    const jonas = await person(ID.child2);
    assert.equal(jonas?.status, 'moved_out');
    assert.equal(jonas?.streetAddress, null);
    assert.equal((await person(ID.deceased))?.status, 'deceased');
    // Ola still lives elsewhere and Sara stays as she was (never a resident here).
    assert.equal((await person(ID.father))?.status, 'non_resident');
    assert.equal((await person(ID.utland))?.status, 'non_resident');

    // Turning 19 changes no data: one row, same as before, now out of the 6-18 scope.
    const teen = await person(ID.teen);
    assert.ok(teen);
    assert.equal(teen.id, teenBefore.id);
    assert.deepEqual(teen.updatedAt, teenBefore.updatedAt);
    assert.equal(ageOn(teen.birthDate, '2027-08-01'), 19);
    assert.equal(isChildInScope(teen.birthDate, '2027-08-01'), false);
    assert.equal(await count('person'), 11);
  });

  test('a delta import changes only the people in it', async () => {
    const lines = fixture('extract-2026.jsonl');
    // Jonas comes back, now with a confidential address: the address must not be stored.
    const jonas = JSON.parse(lines[3] ?? '{}') as Record<string, unknown>;
    jonas.adressebeskyttelse = [{ graderingsnivaa: 'fortrolig', erGjeldende: true }];
    const report = await importOk([JSON.stringify(jonas)], 'delta');
    assert.equal(report.imported, 1);
    assert.equal(report.updated, 1);
    assert.equal(report.movedOut, 0, 'absence means nothing in a delta');
    const row = await person(ID.child2);
    assert.equal(row?.status, 'resident');
    assert.equal(row?.addressProtection, 'fortrolig');
    assert.equal(row?.streetAddress, null);
    assert.equal((await person(ID.child1))?.status, 'resident');
    assert.equal(await count('person'), 11);
  });

  test('a resident who becomes protected loses the stored address', async () => {
    const lines = fixture('extract-2026.jsonl');
    const emma = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    emma.adressebeskyttelse = [{ graderingsnivaa: 'strengtFortrolig', erGjeldende: true }];
    await importOk([JSON.stringify(emma)], 'delta');
    const row = await person(ID.child1);
    assert.equal(row?.addressProtection, 'strengt_fortrolig');
    assert.equal(row?.streetAddress, null);
    assert.equal(row?.latitude, null);
  });

  test('a changed number (D-number to fødselsnummer) keeps the same row', async () => {
    // A synthetic D-number (day + 40) and a fødselsnummer for the same birth date.
    const numbers = (make: (individual: string) => string) => {
      const found: string[] = [];
      for (let i = 500; i < 1000 && found.length < 1; i++) {
        const prefix = make(String(i));
        const control = controlDigits(prefix);
        if (control && parseNationalId(`${prefix}${control}`).ok) found.push(`${prefix}${control}`);
      }
      return found[0] ?? '';
    };
    const dNumber = numbers((i) => `548115${i}`);
    const fnr = numbers((i) => `148115${i}`);
    assert.equal(parseNationalId(dNumber).ok && parseNationalId(dNumber).ok, true);
    assert.ok(fnr && fnr !== ID.child1);
    const doc = (current: string, former?: string) =>
      JSON.stringify({
        identifikasjonsnummer: [
          { foedselsEllerDNummer: current, identifikatortype: 'foedselsnummer', status: 'iBruk', erGjeldende: true },
          ...(former
            ? [{ foedselsEllerDNummer: former, identifikatortype: 'dNummer', status: 'opphoert', erGjeldende: false }]
            : []),
        ],
        status: [{ status: 'bosatt', erGjeldende: true }],
        navn: [{ fornavn: 'Amal', etternavn: 'Hassan', erGjeldende: true }],
        foedsel: [{ foedselsdato: '2015-01-14', erGjeldende: true }],
        bostedsadresse: [
          {
            erGjeldende: true,
            vegadresse: { kommunenummer: '3999', adressenavn: 'Parkveien', adressenummer: { husnummer: 4 } },
          },
        ],
      });
    await importOk([doc(dNumber)], 'delta');
    const first = await person(dNumber);
    assert.ok(first);
    const report = await importOk([doc(fnr, dNumber)], 'delta');
    assert.equal(report.renumbered, 1);
    assert.equal(report.inserted, 0);
    const second = await person(fnr);
    assert.equal(second?.id, first.id);
    assert.equal(protector.decrypt(Buffer.from(second?.nationalIdEnc ?? Buffer.alloc(0))), fnr);
    assert.equal(await person(dNumber), undefined);
  });

  test('a person twice in one file is one row, and the later line wins', async () => {
    const lines = fixture('extract-2026.jsonl');
    const older = JSON.parse(lines[8] ?? '{}') as { navn: { fornavn: string }[] };
    const newer = JSON.parse(lines[8] ?? '{}') as { navn: { fornavn: string }[] };
    (newer.navn[0] as { fornavn: string }).fornavn = 'Idun';
    const report = await importOk([JSON.stringify(older), lines[0] ?? '', JSON.stringify(newer)], 'delta');
    assert.equal(report.repeatedPeople, 1);
    assert.equal((await person(ID.teen))?.givenName, 'Idun');
  });

  test("one municipality's import never touches another's people", async () => {
    const before = await count('person');
    const result = await importLines(fixture('extract-2026.jsonl'), 'full', '3998');
    assert.ok(result.ok);
    // Everyone lives in 3999, so in 3998 they are all people living elsewhere.
    assert.equal(result.report.inserted, 10);
    assert.equal(await count('person'), before);
    const rows = await database.db
      .selectFrom('person')
      .innerJoin('municipality', 'municipality.id', 'person.municipalityId')
      .select(['person.status', 'person.streetAddress'])
      .where('municipality.kommunenummer', '=', '3998')
      .execute();
    assert.equal(rows.length, 10);
    assert.ok(rows.every((r) => r.status !== 'resident' && r.streetAddress === null));
  });
});
