import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { serialPGlite } from './pglite-dialect.ts';
import type { DB } from './schema.ts';
import { assertOutsideTransaction, guardedDialect } from './transaction.ts';

/** Runs raw, possibly multi-statement SQL; used by migrations and bulk loads. */
export interface RawExecutor {
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  /**
   * The global handle: typed query builder, snake_case columns as camelCase properties. Code inside a use case's
   * transaction cannot use it (see transaction.ts).
   */
  readonly db: Kysely<DB>;
  /** Runs fn inside one transaction on one connection with raw SQL access (migrations, bulk loads). */
  rawTransaction<T>(fn: (raw: RawExecutor) => Promise<T>): Promise<T>;
  /** Embedded database only: its whole data directory as an uncompressed tar, to open copies of it later. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | {
      kind: 'pglite';
      dataDir: string | 'memory';
      /** A data directory dumped by `dumpDataDir` to start from instead of an empty cluster (tests). */
      loadDataDir?: Blob;
    }
  | { kind: 'postgres'; url: string; poolSize?: number };

const plugins = [new CamelCasePlugin()];

// int8 (bigint) and numeric come back as strings by default; money is bigint øre and
// counts are bigint, and all of them stay far below 2^53, so parse them as numbers.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));
// Dates are calendar dates (Europe/Oslo periods); keep them as ISO strings, not JS Dates at UTC midnight.
pg.types.setTypeParser(1082, (v) => v);

async function openPglite(dataDir: string | 'memory', loadDataDir?: Blob): Promise<Database> {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir === 'memory' ? 'memory://' : dataDir, {
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { pg_trgm, unaccent, cube, earthdistance },
    parsers: {
      20: (v: string) => Number(v),
      1700: (v: string) => Number(v),
      1082: (v: string) => v,
    },
  });
  const serial = serialPGlite(pglite);
  const db = new Kysely<DB>({ dialect: guardedDialect(serial.dialect), plugins });
  return {
    kind: 'pglite',
    db,
    async rawTransaction(fn) {
      assertOutsideTransaction();
      return serial.withSession((session) =>
        session.transaction(async (tx) =>
          fn({
            async exec(text) {
              await tx.exec(text);
            },
            async query<Row>(text: string, params: unknown[] = []) {
              const result = await tx.query<Row>(text, params);
              return result.rows;
            },
          }),
        ),
      );
    },
    async dumpDataDir() {
      return pglite.dumpDataDir('none');
    },
    async close() {
      // An idle session with unflushed statistics arms a 10-second timer, which would keep the process alive
      // after close (and, in a cluster loaded from a dump, for good). Flushing them first leaves no timer.
      await serial.withSession(async (session) => {
        if (!session.closed) await session.query('select pg_stat_force_next_flush()').catch(() => undefined);
      });
      await db.destroy();
      // Kysely closes its driver only if it ever ran a query.
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Surface connection problems at start instead of at the first request.
  const probe = await pool.connect();
  probe.release();
  const db = new Kysely<DB>({ dialect: guardedDialect(new PostgresDialect({ pool })), plugins });
  return {
    kind: 'postgres',
    db,
    async rawTransaction(fn) {
      assertOutsideTransaction();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async exec(text) {
            await client.query(text);
          },
          async query<Row>(text: string, params: unknown[] = []) {
            const res = await client.query(text, params);
            return res.rows as Row[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
      // Kysely ends the pool only if it ever ran a query; raw transactions alone would leave a connection open.
      if (!pool.ended) await pool.end();
    },
  };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.kind === 'pglite'
    ? openPglite(target.dataDir, target.loadDataDir)
    : openPostgres(target.url, target.poolSize ?? 10);
}
