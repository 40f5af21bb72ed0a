import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';

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
