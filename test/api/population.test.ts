import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isChildInScope, osloDate } from '../../src/domain/age.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';

let t: TestApp;
let world: World;
before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
});
after(async () => {
  await t.close();
});

test('the admin sees residents, children 6–18 and the latest imports, counts only', async () => {
  const db = t.database.db;
  await db
    .insertInto('populationImport')
    .values([
      {
        municipalityId: world.a.id,
        mode: 'full',
        startedBy: 'cli:drift',
        source: 'uttrekk-2026-08.jsonl',
        startedAt: new Date('2026-08-01T06:00:00Z'),
        finishedAt: new Date('2026-08-01T06:02:00Z'),
        lines: 120,
        imported: 118,
        inserted: 3,
        updated: 7,
        movedOut: 2,
        rejected: 2,
      },
      {
        municipalityId: world.a.id,
        mode: 'delta',
        startedBy: 'cli:drift',
        source: 'endringer-2026-09.jsonl',
        startedAt: new Date('2026-09-01T06:00:00Z'),
        finishedAt: new Date('2026-09-01T06:00:10Z'),
        lines: 5,
        imported: 5,
        updated: 5,
      },
      // Another municipality's run stays there.
      { municipalityId: world.b.id, mode: 'full', startedBy: 'cli:drift', lines: 1, imported: 1 },
    ])
    .execute();

  const res = await t.app.inject({
    method: 'GET',
    url: `/api/municipalities/${world.a.kommunenummer}/population`,
    headers: as(world, 'adminA'),
  });
  assert.equal(res.statusCode, 200);
  const body = res.json();

  const residents = await db
    .selectFrom('person')
    .select('birthDate')
    .where('municipalityId', '=', world.a.id)
    .where('status', '=', 'resident')
    .execute();
  const today = osloDate();
  assert.equal(body.residents, residents.length);
  assert.equal(body.childrenInScope, residents.filter((p) => isChildInScope(p.birthDate, today)).length);
  assert.ok(body.childrenInScope > 0 && body.childrenInScope < body.residents);

  assert.deepEqual(
    body.runs.map((r: { source: string; mode: string }) => [r.source, r.mode]),
    [
      ['endringer-2026-09.jsonl', 'delta'],
      ['uttrekk-2026-08.jsonl', 'full'],
    ],
  );
  assert.equal(body.runs[1].movedOut, 2);
  assert.equal(body.runs[1].startedAt, '2026-08-01T06:00:00.000Z');
  // Nothing about a person is in the answer.
  assert.doesNotMatch(res.body, /nationalId|givenName|familyName|birthDate/);
});
