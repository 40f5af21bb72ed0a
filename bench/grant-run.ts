/**
 * The half-year grant run at national size.
 *
 *   node --import tsx bench/grant-run.ts [--children 900000] [--database postgres|pglite|both]
 *
 * For each size (1/10, 1/3 and all of --children), in a fresh scratch database: loads that many children of
 * 6–18 (set-based), sets up Drammen's universal scheme, and times
 *   baseline  a plain INSERT … SELECT of the same number of rows (an account and a transfer per child) into
 *             tables without keys, checks or triggers,
 *   grant     the product's grant run (cards, one idempotent transfer per child, the ledger's posting trigger),
 *   again     the same run a second time (it must grant nothing),
 * and prints rows/s, the ratio grant : baseline, and the process's resident memory after each size.
 * PostgreSQL uses DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres (a scratch database per size).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import type { Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { EXAMPLE_SCHEMES } from '../src/domain/scheme.ts';
import { createServices } from '../src/services.ts';
import { fmt, rssMb } from './lib/measure.ts';
import { inPglite, inScratchPostgres } from './lib/scratch-databases.ts';

const { values: args } = parseArgs({
  options: {
    children: { type: 'string', default: '900000' },
    database: { type: 'string', default: 'postgres' },
  },
});
const TOTAL = Number(args.children);
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NOW = new Date('2026-08-03T08:00:00Z');

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

async function measure(database: Database, children: number) {
  await migrate(database);
  const db = database.db;
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const services = createServices(database, config, { now: () => NOW });
  const municipality = await services.municipalities.registerMunicipality({ kommunenummer: '0301', name: 'Oslo' });
  // Children 6–18 on the run date, spread over the birth dates, as the population import leaves them.
  await sql`
    insert into person (municipality_id, national_id_hash, national_id_enc, given_name, family_name, birth_date)
    select ${municipality.id}, decode(md5('hash' || i), 'hex'), decode(md5('enc' || i), 'hex'), 'Barn', 'Nummer ' || i,
           date '2008-01-01' + (i % 4000)
    from generate_series(1, ${children}) i`.execute(db);
  await sql`analyze person`.execute(db);
  const scheme = await services.cards.createScheme('system', municipality.id, EXAMPLE_SCHEMES.drammen);

  await sql`create table bench_account (id uuid, person_id uuid, balance_ore bigint)`.execute(db);
  await sql`create table bench_transfer (key text, account_id uuid, amount_ore bigint)`.execute(db);
  const baseline = await timed(async () => {
    await sql`insert into bench_account (id, person_id, balance_ore)
              select gen_random_uuid(), id, 100000 from person where municipality_id = ${municipality.id}`.execute(db);
    await sql`insert into bench_transfer (key, account_id, amount_ore)
              select 'grant:' || person_id, id, 100000 from bench_account`.execute(db);
  });
  const grant = await timed(() => services.cards.runGrants('system', municipality.id, scheme.id));
  const again = await timed(() => services.cards.runGrants('system', municipality.id, scheme.id));
  if (grant.result.children !== children) throw new Error(`granted ${grant.result.children} of ${children}`);
  if (again.result.children !== 0) throw new Error(`a second run granted ${again.result.children}`);
  const check = await services.ledger.check(municipality.id);
  if (check.balanceMismatches.length + check.unbalancedMunicipalities.length > 0)
    throw new Error('ledger check failed');
  return { baselineMs: baseline.ms, grantMs: grant.ms, againMs: again.ms, rss: rssMb() };
}

async function run(kind: 'postgres' | 'pglite') {
  process.stdout.write(`\n${kind === 'postgres' ? 'PostgreSQL server' : 'PGlite'}: grant run, Drammen's rules\n`);
  process.stdout.write('  children   baseline rows/s   grant rows/s   grant : baseline   second run   rss\n');
  for (const children of [Math.round(TOTAL / 10), Math.round(TOTAL / 3), TOTAL]) {
    const figures =
      kind === 'postgres'
        ? await inScratchPostgres(SERVER, (database) => measure(database, children))
        : await (async () => {
            const dir = mkdtempSync(join(tmpdir(), 'fk-grant-bench-'));
            try {
              return await inPglite(dir, (database) => measure(database, children));
            } finally {
              rmSync(dir, { recursive: true, force: true });
            }
          })();
    const baseRate = children / (figures.baselineMs / 1000);
    const grantRate = children / (figures.grantMs / 1000);
    process.stdout.write(
      `  ${fmt(children).padStart(8)}   ${fmt(baseRate).padStart(15)}   ${fmt(grantRate).padStart(12)}   ` +
        `${`×${(grantRate / baseRate).toFixed(3)}`.padStart(16)}   ${`${fmt(figures.againMs / 1000, 1)} s`.padStart(10)}   ` +
        `${figures.rss} MB   (grant ${fmt(figures.grantMs / 1000, 1)} s)\n`,
    );
  }
}

if (args.database === 'postgres' || args.database === 'both') await run('postgres');
if (args.database === 'pglite' || args.database === 'both') await run('pglite');
