import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../../src/config.ts';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { loadMigrations, migrate } from '../../src/db/migrate.ts';

/**
 * Which database the server suite runs on: `TEST_DATABASE=pglite` (default, in memory) or
 * `TEST_DATABASE=postgres` (a fresh database per test file on the server at TEST_DATABASE_URL).
 */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'pglite';
}

export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export interface TestDatabase extends Database {
  /** Connection URL of the database created for the test (PostgreSQL server only). */
  connectionUrl: string | undefined;
  /** Closes connections and drops the database created for the test. */
  dispose(): Promise<void>;
}

/** Opens an empty, migrated database of the configured kind. */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let database: Database;
  let drop: (() => Promise<void>) | undefined;
  let connectionUrl: string | undefined;
  if (testDatabaseKind() === 'postgres') {
    const adminUrl = testServerUrl();
    const name = `fk_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    connectionUrl = withDatabaseName(adminUrl, name);
    database = await openDatabase({ kind: 'postgres', url: connectionUrl, poolSize: 8 });
    drop = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      // Closed connections may take a moment to leave the server; wait for them instead of killing them.
      for (let attempt = 0; ; attempt++) {
        try {
          await client.query(`drop database if exists ${name}`);
          break;
        } catch (error) {
          if (attempt >= 50 || (error as { code?: string }).code !== '55006') throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await client.end();
    };
  } else if (options.migrate !== false) {
    database = await openMigratedPglite();
  } else {
    database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  }
  if (options.migrate !== false) await migrate(database);
  let disposed = false;
  return Object.assign(database, {
    connectionUrl,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await database.close();
      await drop?.();
    },
  });
}

/**
 * An embedded database with every migration applied, opened from a dump of one migrated once. Starting an empty
 * embedded cluster runs initdb, which costs seconds per test file; loading a dumped data directory costs about a
 * third of that. The dump is keyed by the migrations' text and the PGlite version, kept under node_modules/.cache,
 * and written by whichever test process needs it first (a write to a temporary name, then a rename).
 */
async function openMigratedPglite(): Promise<Database> {
  const migrations = loadMigrations();
  const root = projectRoot();
  const pgliteVersion = (
    JSON.parse(readFileSync(join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const key = createHash('sha256')
    .update(pgliteVersion)
    .update(JSON.stringify(migrations.map((m) => [m.name, m.sql])))
    .digest('hex')
    .slice(0, 16);
  const dir = join(root, 'node_modules', '.cache', 'fritidskort-test');
  const file = join(dir, `pglite-migrated-${key}.tar`);
  // Read whole, not as a file-backed Blob: another process may replace the file (same content) meanwhile, and a
  // Blob of a file that changed can no longer be read.
  if (existsSync(file))
    return openDatabase({
      kind: 'pglite',
      dataDir: 'memory',
      loadDataDir: new Blob([new Uint8Array(readFileSync(file))]),
    });
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  await migrate(database);
  const blob = await database.dumpDataDir?.();
  if (blob) {
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    writeFileSync(temporary, Buffer.from(await blob.arrayBuffer()));
    if (existsSync(file)) rmSync(temporary);
    else renameSync(temporary, file);
  }
  return database;
}
