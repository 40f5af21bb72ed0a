/**
 * The planner's statistics, kept current by the platform itself. PGlite has no autovacuum: a table that is never
 * analysed keeps the estimate of an empty table, and a plan made for one row (nested loops over a large table)
 * can be a hundred times slower. So bulk changes (the population import, the organisation import, the demo load)
 * analyse the tables they changed, on both databases, and the server process on PGlite analyses on a schedule the
 * tables that changed much since they were last analysed, by the rule autovacuum uses on the server (and so does
 * a server process on a PostgreSQL server that runs with autovacuum turned off).
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.ts';
import type { DB } from './schema.ts';

/** Autovacuum's defaults: analyse when more than 50 rows plus a tenth of the table changed since the last time. */
export const ANALYZE_THRESHOLD = 50;
export const ANALYZE_SCALE_FACTOR = 0.1;

/** How often the server on PGlite looks for tables to analyse. */
export const STATISTICS_INTERVAL_MS = 3 * 60_000;

/** Analyses the named tables (of the public schema), one statement each. */
export async function analyzeTables(db: Kysely<DB>, tables: readonly string[]): Promise<void> {
  for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(db);
}

export interface StatisticsPass {
  /** Tables analysed, each with the rows changed since its previous analysis. */
  analysed: { table: string; changed: number }[];
  elapsedMs: number;
}

/**
 * Analyses every table of the public schema whose rows changed since its last analysis by more than the threshold
 * (50 rows plus a tenth of its estimated size), and tables never analysed that hold rows.
 */
export async function analyzeChangedTables(db: Kysely<DB>): Promise<StatisticsPass> {
  const started = Date.now();
  // Counters of this session's own recent changes reach pg_stat_user_tables only when flushed (PGlite is one
  // session): flush them first, so a change made a moment ago counts.
  await sql`select pg_stat_force_next_flush()`.execute(db);
  const { rows } = await sql<{ table: string; changed: number }>`
      select s.relname as table, s.n_mod_since_analyze::bigint as changed
        from pg_stat_user_tables s
        join pg_class c on c.oid = s.relid
       where s.schemaname = 'public'
         and (s.n_mod_since_analyze > ${ANALYZE_THRESHOLD} + ${ANALYZE_SCALE_FACTOR} * greatest(c.reltuples, 0)
              or (c.reltuples < 0 and s.n_live_tup > 0))
       order by s.relname`.execute(db);
  await analyzeTables(
    db,
    rows.map((r) => r.table),
  );
  return {
    analysed: rows.map((r) => ({ table: r.table, changed: Number(r.changed) })),
    elapsedMs: Date.now() - started,
  };
}

/**
 * Whether the database keeps its own statistics: a PostgreSQL server with autovacuum on does; PGlite never has
 * autovacuum, and a server may run with it turned off.
 */
export async function hasAutovacuum(database: Database): Promise<boolean> {
  if (database.kind === 'pglite') return false;
  const { rows } = await sql<{ setting: string }>`select current_setting('autovacuum') as setting`.execute(database.db);
  return rows[0]?.setting === 'on';
}

/** One log line for a pass that analysed something. */
export function describeStatisticsPass(pass: StatisticsPass): string {
  const tables = pass.analysed.map((t) => `${t.table} (${t.changed} changed)`).join(', ');
  return `statistics: analysed ${tables} in ${pass.elapsedMs} ms`;
}

export interface StatisticsUpkeep {
  /** Runs one pass now (after the one running, if any). */
  runNow(): Promise<StatisticsPass>;
  stop(): Promise<void>;
}

/**
 * The background job of the server process where the database has no autovacuum (PGlite, or a server with it
 * turned off): a pass every `intervalMs`, logged in one line when it analysed something. Several server processes
 * on one database each run it; a pass finds nothing to do right after another one.
 */
export function startStatisticsUpkeep(options: {
  database: Database;
  intervalMs?: number;
  log: { info(message: string): void; error(error: unknown, message: string): void };
}): StatisticsUpkeep {
  const { database, log } = options;
  let running: Promise<StatisticsPass> | undefined;
  let stopped = false;
  const pass = async (): Promise<StatisticsPass> => {
    const previous = running;
    const next = (async () => {
      await previous?.catch(() => undefined);
      const result = await analyzeChangedTables(database.db);
      if (result.analysed.length > 0) log.info(describeStatisticsPass(result));
      return result;
    })();
    running = next;
    return next;
  };
  const timer = setInterval(() => {
    if (stopped) return;
    pass().catch((error: unknown) => log.error(error, 'statistics: analysing changed tables failed'));
  }, options.intervalMs ?? STATISTICS_INTERVAL_MS);
  timer.unref();
  return {
    runNow: pass,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
