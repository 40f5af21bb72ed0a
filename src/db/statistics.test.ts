import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import type { PiiKeys } from '../config.ts';
import { loadDemoMunicipality } from '../demo/load.ts';
import { analyzeChangedTables, startStatisticsUpkeep } from './statistics.ts';

const KEYS: PiiKeys = { lookupKey: Buffer.alloc(32, 7), encryptionKey: Buffer.alloc(32, 9) };

async function tableStatistics(database: TestDatabase, table: string) {
  const { rows } = await sql<{ reltuples: number; columns: number }>`
      select c.reltuples::float8 as reltuples,
             (select count(*)::int from pg_stats s where s.schemaname = 'public' and s.tablename = ${table}) as columns
        from pg_class c where c.relname = ${table} and c.relkind = 'r'`.execute(database.db);
  return rows[0] ?? { reltuples: -1, columns: 0 };
}

async function until<T>(probe: () => Promise<T | undefined>, seconds: number): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('not within the time allowed');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('statistics kept current', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database.dispose();
  });

  test('the schedule analyses a table whose rows changed much since its last analysis, logged in one line', async () => {
    // On the server autovacuum would race the schedule for this table; the schedule is what is tested here.
    if (database.kind === 'postgres')
      await sql`alter table neighbourhood set (autovacuum_enabled = false)`.execute(database.db);
    await analyzeChangedTables(database.db);
    const { id } = await database.db
      .insertInto('municipality')
      .values({ kommunenummer: '4601', name: 'Bergen' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await sql`
        insert into neighbourhood (municipality_id, name, latitude, longitude)
        select ${id}, 'Område ' || g, 60.39, 5.32 from generate_series(1, 400) g`.execute(database.db);
    assert.ok((await tableStatistics(database, 'neighbourhood')).reltuples < 400, 'not analysed before the schedule');

    const lines: string[] = [];
    const upkeep = startStatisticsUpkeep({
      database,
      intervalMs: 50,
      log: { info: (line) => lines.push(line), error: (error) => assert.fail(String(error)) },
    });
    try {
      // The server publishes another connection's change counters within seconds; PGlite at once.
      const line = await until(async () => lines.find((l) => l.includes('neighbourhood')), 30);
      assert.match(line, /^statistics: analysed .*neighbourhood \(\d+ changed\).* in \d+ ms$/);
      const stats = await tableStatistics(database, 'neighbourhood');
      assert.equal(stats.reltuples, 400);
      assert.ok(stats.columns > 0, 'pg_stats has the columns of neighbourhood');

      // Nothing changed since: the next pass leaves the table alone.
      const pass = await upkeep.runNow();
      assert.ok(!pass.analysed.some((t) => t.table === 'neighbourhood'));
    } finally {
      await upkeep.stop();
    }
  });

  test('after a demo load the catalogue tables have statistics', async () => {
    const loaded = await loadDemoMunicipality(database, KEYS, {
      seed: 7,
      children: 300,
      providers: 10,
      activities: 40,
    });
    for (const table of ['activity', 'provider', 'neighbourhood', 'support_offer']) {
      const stats = await tableStatistics(database, table);
      assert.ok(stats.reltuples > 0, `${table} has a row estimate`);
      assert.ok(stats.columns > 0, `pg_stats has the columns of ${table}`);
    }
    const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from activity where municipality_id = ${loaded.municipalityId}`.execute(database.db);
    assert.equal((await tableStatistics(database, 'activity')).reltuples, rows[0]?.n);
  });
});
