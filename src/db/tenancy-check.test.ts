import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { checkTenancy } from './tenancy-check.ts';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  await database.dispose();
});

test('every tenant table is keyed and referenced by municipality_id', async () => {
  assert.deepEqual(await checkTenancy(database), []);
});

test('the check reports a tenant table whose keys leave out municipality_id', async () => {
  await database.rawTransaction((raw) =>
    raw.exec(`
      create table tenancy_probe_parent (municipality_id integer not null, id integer not null,
        primary key (municipality_id, id));
      create table tenancy_probe_unscoped (id integer primary key, parent_municipality integer, parent_id integer,
        foreign key (parent_municipality, parent_id) references tenancy_probe_parent (municipality_id, id));
      create table tenancy_probe_keyless (municipality_id integer);
    `),
  );
  const problems = await checkTenancy(database);
  await database.rawTransaction((raw) =>
    raw.exec('drop table tenancy_probe_unscoped; drop table tenancy_probe_parent; drop table tenancy_probe_keyless;'),
  );
  const byTable = problems.map((p) => `${p.table}: ${p.problem}`).sort();
  assert.equal(byTable.length, 3, byTable.join('\n'));
  assert.match(byTable[0] ?? '', /^tenancy_probe_keyless: has no primary key/);
  assert.match(byTable[1] ?? '', /^tenancy_probe_unscoped: foreign key .* does not include municipality_id/);
  assert.match(byTable[2] ?? '', /^tenancy_probe_unscoped: primary key \(id\) does not start with municipality_id/);
});
