/** The databases a benchmark imports into: an embedded PGlite on disk, or a scratch database on a PostgreSQL server. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/database.ts';

async function withOpened<T>(opening: Promise<Database>, work: (database: Database) => Promise<T>): Promise<T> {
  const database = await opening;
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Runs `work` on a PGlite database in `dataDir` and closes it afterwards. */
export async function inPglite<T>(dataDir: string, work: (database: Database) => Promise<T>): Promise<T> {
  return withOpened(openDatabase({ kind: 'pglite', dataDir }), work);
}

/**
 * Runs `work` with the URL of a new, empty database on the server at `url` (for tools of their own, such as
 * pgbench, or a server process), dropped afterwards unless `keep` is set.
 */
export async function withScratchDatabase<T>(
  url: string,
  work: (databaseUrl: string, name: string) => Promise<T>,
  options: { keep?: boolean } = {},
): Promise<T> {
  const name = `fk_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    return await work(target.toString(), name);
  } finally {
    if (!options.keep) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** Runs `work` on a new, empty database on the server at `url`, dropped afterwards. */
export async function inScratchPostgres<T>(url: string, work: (database: Database) => Promise<T>): Promise<T> {
  return withScratchDatabase(url, (databaseUrl) =>
    withOpened(openDatabase({ kind: 'postgres', url: databaseUrl, poolSize: 2 }), work),
  );
}
