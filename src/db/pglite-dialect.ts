/**
 * Kysely over embedded PGlite, with one connection handed out at a time.
 *
 * PGlite is a single database session. Kysely asks its driver for a connection per query and keeps one for the
 * length of a transaction; if two requests shared the session, one request's statements would land inside the
 * other's open transaction (and be rolled back with it), and two transactions would interleave with no isolation
 * at all. This driver behaves as a pool of one: a connection is held under a mutex until Kysely releases it, so a
 * transaction runs alone and other queries wait for it, as they would for a locked row on the PostgreSQL server.
 * `withSession` lets other users of the same PGlite instance (migrations' raw transactions) take the same turn.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { Mutex } from 'async-mutex';
import {
  CompiledQuery,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';

class PGliteConnection implements DatabaseConnection {
  constructor(private readonly client: PGlite | Transaction) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.client.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    return {
      rows: result.rows,
      ...(result.affectedRows === undefined ? {} : { numAffectedRows: BigInt(result.affectedRows) }),
    };
  }

  // biome-ignore lint/correctness/useYield: PGlite cannot stream results; the generator only reports that.
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not stream query results');
  }
}

class SerialPGliteDriver implements Driver {
  readonly #connection: PGliteConnection;
  readonly #releases = new WeakMap<DatabaseConnection, () => void>();
  readonly #pglite: PGlite;
  readonly #mutex: Mutex;

  constructor(pglite: PGlite, mutex: Mutex) {
    this.#pglite = pglite;
    this.#mutex = mutex;
    this.#connection = new PGliteConnection(pglite);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.#mutex.acquire();
    // One connection object, so the release is keyed by the turn, not the object: keep the latest.
    this.#releases.set(this.#connection, release);
    return this.#connection;
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const release = this.#releases.get(connection);
    this.#releases.delete(connection);
    release?.();
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    let statement = 'begin';
    if (settings.isolationLevel) statement += ` isolation level ${settings.isolationLevel}`;
    if (settings.accessMode) statement += ` ${settings.accessMode}`;
    await connection.executeQuery(CompiledQuery.raw(statement));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    await this.#mutex.runExclusive(async () => {
      if (!this.#pglite.closed) await this.#pglite.close();
    });
  }
}

export interface SerialPGlite {
  dialect: Dialect;
  /** Runs fn with the session to itself: no Kysely query runs meanwhile. */
  withSession<T>(fn: (pglite: PGlite) => Promise<T>): Promise<T>;
}

export function serialPGlite(pglite: PGlite): SerialPGlite {
  const mutex = new Mutex();
  return {
    dialect: {
      createAdapter: (): DialectAdapter => new PostgresAdapter(),
      createDriver: (): Driver => new SerialPGliteDriver(pglite, mutex),
      // biome-ignore lint/suspicious/noExplicitAny: Kysely's own signature for an introspector's database.
      createIntrospector: (db: Kysely<any>): DatabaseIntrospector => new PostgresIntrospector(db),
      createQueryCompiler: (): QueryCompiler => new PostgresQueryCompiler(),
    },
    withSession: (fn) => mutex.runExclusive(() => fn(pglite)),
  };
}
