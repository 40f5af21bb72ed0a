import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';

export interface Migration {
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Arbitrary constant: serialises migration runs from several processes on one server. */
const MIGRATION_LOCK_KEY = 7_340_112;

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({ name: file.replace(/\.sql$/, ''), sql: readFileSync(join(dir, file), 'utf8') }));
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies pending migrations in order, all in one transaction under an advisory lock, so concurrent
 * starts of several server processes apply each migration exactly once and a failure leaves nothing half-done.
 */
export async function migrate(
  database: Database,
  migrations: Migration[] = loadMigrations(),
): Promise<MigrationResult> {
  return database.rawTransaction(async (raw) => {
    await raw.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await raw.exec(`create table if not exists schema_migration (
      name text primary key,
      applied_at timestamptz not null default now()
    )`);
    const done = new Set((await raw.query<{ name: string }>('select name from schema_migration')).map((r) => r.name));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.name)) continue;
      await raw.exec(migration.sql);
      await raw.query('insert into schema_migration (name) values ($1)', [migration.name]);
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: done.size };
  });
}

/** Names of migrations in the repository that the database has not applied. */
export async function pendingMigrations(
  database: Database,
  migrations: Migration[] = loadMigrations(),
): Promise<string[]> {
  const rows = await database.rawTransaction((raw) =>
    raw.query<{ exists: boolean }>("select to_regclass('schema_migration') is not null as exists"),
  );
  if (!rows[0]?.exists) return migrations.map((m) => m.name);
  const done = await database.rawTransaction((raw) => raw.query<{ name: string }>('select name from schema_migration'));
  const names = new Set(done.map((r) => r.name));
  return migrations.map((m) => m.name).filter((name) => !names.has(name));
}
