import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { testConfig } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import type { PiiKeys } from '../../config.ts';
import { DEMO_KOMMUNENUMMER, generateDemoMunicipality } from '../../demo/generate.ts';
import { extractFileLines } from '../../integrations/folkeregisteret/extract-file.ts';
import { parsePersonDocument } from '../../integrations/folkeregisteret/person-document.ts';
import { writeDemoExtract } from '../../integrations/folkeregisteret/write-extract.ts';
import { createNationalIdProtector } from '../../security/pii.ts';
import { createServices } from '../../services.ts';
import { createMunicipalityService } from '../municipalities/service.ts';
import { createMunicipalityStore } from '../municipalities/store.ts';

const KEYS: PiiKeys = { lookupKey: Buffer.alloc(32, 3), encryptionKey: Buffer.alloc(32, 4) };
const data = generateDemoMunicipality({ seed: 11, children: 400, providers: 0, activities: 0 });
let database: TestDatabase;
let dir: string;

before(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'population-'));
});
after(async () => {
  await database.dispose();
  rmSync(dir, { recursive: true, force: true });
});

test('the demo population written as an extract reads back as the same people', async () => {
  const file = join(dir, 'extract.jsonl');
  const written = await writeDemoExtract(data, file);
  assert.equal(written.lines, data.persons.length);

  const municipalities = createMunicipalityService(createMunicipalityStore(database.db));
  await municipalities.registerMunicipality({ kommunenummer: DEMO_KOMMUNENUMMER, name: 'Fjordvik' });
  const people = createServices(database, testConfig({ piiKeys: KEYS })).population;
  // The file is opened when the import starts reading, so nothing is lost while it opens its transaction,
  // however long the caller waits in between.
  const input = extractFileLines(file);
  await new Promise((resolve) => setTimeout(resolve, 50));
  let lastBytes = 0;
  const result = await people.importPopulation(input, {
    kommunenummer: DEMO_KOMMUNENUMMER,
    mode: 'full',
    batchSize: 250,
    onProgress: (_lines, bytes) => {
      lastBytes = bytes;
    },
  });
  assert.ok(result.ok);
  const report = result.report;
  assert.equal(lastBytes, written.bytes);
  assert.equal(report.lines, written.lines);
  assert.equal(report.rejectedCount, 0);
  assert.equal(report.inserted, data.persons.length);
  assert.equal(report.guardianshipsAdded, data.guardianships.length);
  assert.equal(report.guardianLinksUnresolved, 0);

  const protector = createNationalIdProtector(KEYS);
  const rows = await database.db.selectFrom('person').selectAll().execute();
  const byHash = new Map(rows.map((r) => [Buffer.from(r.nationalIdHash).toString('hex'), r]));
  for (const p of data.persons) {
    const row = byHash.get(protector.lookupHash(p.nationalId).toString('hex'));
    assert.ok(row, 'every demo person has a row');
    assert.equal(
      `${row.givenName}|${row.familyName}|${row.birthDate}`,
      `${p.givenName}|${p.familyName}|${p.birthDate}`,
    );
    assert.equal(row.status, p.status);
    assert.equal(row.addressProtection, p.addressProtection);
    assert.equal(row.streetAddress, p.streetAddress);
    assert.equal(row.postalCode, p.postalCode);
    assert.equal(row.latitude, p.latitude);
    assert.equal(row.longitude, p.longitude);
  }
  const protectedPeople = data.persons.filter((p) => p.addressProtection !== 'none').length;
  assert.ok(protectedPeople > 0, 'the demo has protected families');
  const guardianships = await database.db.selectFrom('guardianship').select('childId').execute();
  assert.equal(guardianships.length, data.guardianships.length);
});

test('every generated document parses on its own', async () => {
  const file = join(dir, 'extract.jsonl');
  let n = 0;
  for await (const line of extractFileLines(file)) {
    const parsed = parsePersonDocument(line);
    assert.ok(parsed.ok);
    n++;
  }
  assert.equal(n, data.persons.length);
});

test('a full extract cut short is refused and changes nothing, unless the operator allows that many to go', async () => {
  const file = join(dir, 'extract.jsonl');
  const lines: string[] = [];
  for await (const line of extractFileLines(file)) lines.push(line);
  const half = lines.slice(0, Math.floor(lines.length / 2));
  const people = createServices(database, testConfig({ piiKeys: KEYS })).population;
  const residents = async () =>
    (await database.db.selectFrom('person').select('id').where('status', '=', 'resident').execute()).length;
  const before = await residents();
  const runs = async () => (await database.db.selectFrom('populationImport').select('id').execute()).length;
  const runsBefore = await runs();

  const refused = await people.importPopulation(half, { kommunenummer: DEMO_KOMMUNENUMMER, mode: 'full' });
  assert.equal(refused.ok, false);
  assert.ok(!refused.ok && refused.error === 'too_many_moved_out');
  assert.equal(refused.residents, before);
  assert.ok(refused.absent > refused.limit);
  assert.equal(refused.limit, Math.ceil(before * 0.1));
  assert.equal(await residents(), before, 'nobody moved out');
  assert.equal(await runs(), runsBefore, 'no run recorded');

  // The same half as a delta moves nobody out; as a full file with a larger share allowed, the rest go.
  const delta = await people.importPopulation(half, { kommunenummer: DEMO_KOMMUNENUMMER, mode: 'delta' });
  assert.ok(delta.ok);
  const allowed = await people.importPopulation(half, {
    kommunenummer: DEMO_KOMMUNENUMMER,
    mode: 'full',
    maxMovedOutShare: 0.75,
  });
  assert.ok(allowed.ok);
  assert.equal(allowed.report.movedOut, refused.absent);
  assert.equal(await residents(), before - refused.absent);
});
