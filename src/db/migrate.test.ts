import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../test/helpers/database.ts';
import { type Database, openDatabase } from './database.ts';
import { loadMigrations, migrate, pendingMigrations } from './migrate.ts';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase({ migrate: false });
});
after(async () => {
  await database.dispose();
});

test('migrations are numbered, named in snake case and unique', () => {
  const names = loadMigrations().map((m) => m.name);
  assert.ok(names.length > 0);
  assert.deepEqual([...names].sort(), names);
  assert.equal(new Set(names.map((n) => n.slice(0, 4))).size, names.length);
});

test('migrate applies everything once and is a no-op the second time', async () => {
  const all = loadMigrations().map((m) => m.name);
  assert.deepEqual(await pendingMigrations(database), all);
  const first = await migrate(database);
  assert.deepEqual(first.applied, all);
  const second = await migrate(database);
  assert.deepEqual(second.applied, []);
  assert.equal(second.alreadyApplied, all.length);
  assert.deepEqual(await pendingMigrations(database), []);
});

test('a failing migration leaves nothing behind', async () => {
  const broken = [
    ...loadMigrations(),
    { name: '9998_probe_ok', sql: 'create table probe_before_failure (id integer primary key);' },
    { name: '9999_probe_broken', sql: 'create table probe_broken (id integer primary key); select 1/0;' },
  ];
  await assert.rejects(() => migrate(database, broken));
  const rows = await database.rawTransaction((raw) =>
    raw.query<{ t: string | null }>("select to_regclass('probe_before_failure')::text as t"),
  );
  assert.equal(rows[0]?.t, null);
  assert.deepEqual(await pendingMigrations(database, broken), ['9998_probe_ok', '9999_probe_broken']);
});

test('concurrent migrations from several server processes apply each migration once', {
  skip: testDatabaseKind() !== 'postgres' && 'several connections need the PostgreSQL server',
}, async () => {
  const fresh = await createTestDatabase({ migrate: false });
  const url = fresh.connectionUrl ?? '';
  const others: Database[] = await Promise.all([1, 2, 3].map(() => openDatabase({ kind: 'postgres', url })));
  try {
    const results = await Promise.all([fresh, ...others].map((d) => migrate(d)));
    const appliedTotal = results.reduce((n, r) => n + r.applied.length, 0);
    assert.equal(appliedTotal, loadMigrations().length);
    assert.deepEqual(await pendingMigrations(fresh), []);
  } finally {
    for (const d of others) await d.close();
    await fresh.dispose();
  }
});
