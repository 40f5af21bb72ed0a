/**
 * One use case, one transaction.
 *
 * Stores are made on the executor they are handed: the global handle for a read, a use case's transaction for
 * its writes. `inTransaction` runs a use case in one transaction, or inside the one already open when it is given
 * a transaction, so a service called by another's use case writes inside the caller's transaction.
 *
 * While a use case's transaction is open, the global handle refuses to hand out a connection to the code that runs
 * inside it. On the PostgreSQL server such a query would run beside the transaction (outside its atomicity, and
 * blind to its uncommitted rows); on PGlite's single session it would wait for the transaction it is part of, for
 * ever. A slip fails at once, in every test that reaches it, with `GlobalHandleInTransactionError`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { DatabaseConnection, Dialect, Driver, Kysely } from 'kysely';
import type { DB } from './schema.ts';

/** What a store is built on: the global handle or a transaction (Kysely's `Transaction` is a `Kysely`). */
export type Executor = Kysely<DB>;

/** Runs a use case's work as one transaction, with what it needs (`Scope`) built on that transaction. */
export type UseCaseTransaction<Scope> = <T>(work: (scope: Scope) => Promise<T>) => Promise<T>;

export class GlobalHandleInTransactionError extends Error {
  constructor() {
    super(
      'The global database handle was used inside a transaction: use the executor the use case was given ' +
        '(stores and services built on the transaction).',
    );
    this.name = 'GlobalHandleInTransactionError';
  }
}

interface OpenTransaction {
  open: boolean;
}

const current = new AsyncLocalStorage<OpenTransaction>();

/** True while the calling code runs inside a use case's open transaction. */
export function insideTransaction(): boolean {
  return current.getStore()?.open === true;
}

/** Throws when the calling code runs inside an open transaction: it must use the transaction instead. */
export function assertOutsideTransaction(): void {
  if (insideTransaction()) throw new GlobalHandleInTransactionError();
}

/** How many times a use case is run again after the database chose it as a deadlock's victim. */
export const DEADLOCK_RETRIES = 3;

/** A PostgreSQL deadlock (40P01): the victim's transaction was rolled back whole, so running it again is safe. */
export function isDeadlock(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '40P01';
}

/**
 * Runs `work` in one transaction on `executor`. Given a transaction, it joins it (the caller commits or rolls
 * back); given the global handle, it opens one, commits when `work` resolves and rolls back when it throws.
 *
 * Two use cases that lock the same rows in a different order (a refund and a payment between one card and one
 * provider) can deadlock on the PostgreSQL server; the server then rolls one of them back. That one is run again
 * from the start, a few times with a short random pause, since nothing of it was kept: work therefore does its
 * writes through the transaction and its calls to other systems after commit (the outbox), as every use case does.
 */
export async function inTransaction<T>(executor: Executor, work: (trx: Executor) => Promise<T>): Promise<T> {
  if (executor.isTransaction) return work(executor);
  for (let attempt = 0; ; attempt++) {
    try {
      return await executor.transaction().execute(async (trx) => {
        const marker: OpenTransaction = { open: true };
        try {
          return await current.run(marker, () => work(trx));
        } finally {
          // Work that outlives the transaction (a timer it started) may use the global handle again.
          marker.open = false;
        }
      });
    } catch (error) {
      if (!isDeadlock(error) || attempt >= DEADLOCK_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * (attempt + 1)));
    }
  }
}

/** The dialect with a driver that refuses a new connection to code inside an open transaction. */
export function guardedDialect(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => guardedDriver(dialect.createDriver()),
  };
}

function guardedDriver(driver: Driver): Driver {
  const guarded: Driver = {
    init: () => driver.init(),
    async acquireConnection(): Promise<DatabaseConnection> {
      assertOutsideTransaction();
      return driver.acquireConnection();
    },
    beginTransaction: (connection, settings) => driver.beginTransaction(connection, settings),
    commitTransaction: (connection) => driver.commitTransaction(connection),
    rollbackTransaction: (connection) => driver.rollbackTransaction(connection),
    releaseConnection: (connection) => driver.releaseConnection(connection),
    destroy: () => driver.destroy(),
  };
  if (driver.savepoint) guarded.savepoint = driver.savepoint.bind(driver);
  if (driver.rollbackToSavepoint) guarded.rollbackToSavepoint = driver.rollbackToSavepoint.bind(driver);
  if (driver.releaseSavepoint) guarded.releaseSavepoint = driver.releaseSavepoint.bind(driver);
  return guarded;
}
