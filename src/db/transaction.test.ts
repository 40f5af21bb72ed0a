import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { testConfig } from '../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../test/helpers/database.ts';
import { createServices } from '../services.ts';
import { DEADLOCK_RETRIES, GlobalHandleInTransactionError, insideTransaction, inTransaction } from './transaction.ts';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
  await sql`create table probe_note (id serial primary key, text text not null)`.execute(database.db);
});
after(async () => {
  await database.dispose();
});

const notes = async () =>
  (await sql<{ text: string }>`select text from probe_note order by id`.execute(database.db)).rows.map((r) => r.text);
const note = (on: typeof database.db, text: string) => sql`insert into probe_note (text) values (${text})`.execute(on);

/** Fails the test instead of hanging when a promise never settles (PGlite's one session waiting for itself). */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms).unref()),
  ]);
}

test('a transaction commits what its work wrote, or nothing when the work throws', async () => {
  await sql`delete from probe_note`.execute(database.db);
  await inTransaction(database.db, async (trx) => {
    await note(trx, 'kept');
    assert.equal(insideTransaction(), true);
  });
  await assert.rejects(
    inTransaction(database.db, async (trx) => {
      await note(trx, 'first step');
      await note(trx, 'second step');
      throw new Error('third step fails');
    }),
    /third step fails/,
  );
  assert.equal(insideTransaction(), false);
  assert.deepEqual(await notes(), ['kept']);
});

test('work given a transaction joins it: an inner failure rolls back the outer writes too', async () => {
  await sql`delete from probe_note`.execute(database.db);
  await assert.rejects(
    inTransaction(database.db, async (trx) => {
      await note(trx, 'outer');
      await inTransaction(trx, async (inner) => {
        assert.equal(inner, trx);
        await note(inner, 'inner');
        throw new Error('inner fails');
      });
    }),
    /inner fails/,
  );
  assert.deepEqual(await notes(), []);
});

test('the global handle inside a transaction is refused at once, on either database, and the transaction rolls back', async () => {
  await sql`delete from probe_note`.execute(database.db);
  await assert.rejects(
    within(
      5_000,
      inTransaction(database.db, async (trx) => {
        await note(trx, 'inside');
        await note(database.db, 'through the global handle');
      }),
    ),
    GlobalHandleInTransactionError,
  );
  await assert.rejects(
    within(
      5_000,
      inTransaction(database.db, async () => {
        await database.rawTransaction((raw) => raw.query('select 1'));
      }),
    ),
    GlobalHandleInTransactionError,
  );
  await assert.rejects(
    within(
      5_000,
      inTransaction(database.db, async () => {
        // Opening a second transaction on the global handle from inside one.
        await database.db.transaction().execute(async (other) => note(other, 'nested'));
      }),
    ),
    GlobalHandleInTransactionError,
  );
  assert.deepEqual(await notes(), []);
  // Outside, the global handle works as before.
  await note(database.db, 'outside');
  assert.deepEqual(await notes(), ['outside']);
});

test('work that outlives its transaction may use the global handle again', async () => {
  await sql`delete from probe_note`.execute(database.db);
  let later: Promise<unknown> = Promise.resolve();
  await inTransaction(database.db, async (trx) => {
    await note(trx, 'inside');
    later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => note(database.db, 'after commit'));
  });
  await later;
  assert.deepEqual(await notes(), ['inside', 'after commit']);
});

test('services composed into one use case commit together: a failure in the second service undoes the first', async () => {
  const services = createServices(database, testConfig());
  const drammen = await services.municipalities.registerMunicipality({ kommunenummer: '3301', name: 'Drammen' });
  const count = async () =>
    (
      await database.db
        .selectFrom('auditEvent')
        .select('id')
        .where('municipalityId', '=', drammen.id)
        .where('action', '=', 'retention.preview')
        .execute()
    ).length;
  await assert.rejects(
    services.transaction(async (tx) => {
      await tx.audit.record('system', { municipalityId: drammen.id, action: 'retention.preview' });
      await tx.retention.run('system', { municipalityId: drammen.id, retentionDays: 30, dryRun: true });
      throw new Error('the last step fails');
    }),
    /the last step fails/,
  );
  assert.equal(await count(), 0);
  await services.transaction(async (tx) => {
    await tx.audit.record('system', { municipalityId: drammen.id, action: 'retention.preview' });
    await tx.retention.run('system', { municipalityId: drammen.id, retentionDays: 30, dryRun: true });
  });
  assert.equal(await count(), 2);
});

/** An error as the database reports a deadlock's victim. */
const deadlock = () => Object.assign(new Error('deadlock detected'), { code: '40P01' });

test('a use case chosen as a deadlock victim runs again from the start and commits once; other errors do not', async () => {
  await sql`delete from probe_note`.execute(database.db);
  let runs = 0;
  await inTransaction(database.db, async (trx) => {
    runs++;
    await note(trx, `run ${runs}`);
    if (runs < 3) throw deadlock();
  });
  assert.equal(runs, 3);
  assert.deepEqual(await notes(), ['run 3']);

  runs = 0;
  await assert.rejects(
    inTransaction(database.db, async (trx) => {
      runs++;
      await note(trx, 'always a victim');
      throw deadlock();
    }),
    /deadlock detected/,
  );
  assert.equal(runs, DEADLOCK_RETRIES + 1);

  runs = 0;
  await assert.rejects(
    inTransaction(database.db, async () => {
      runs++;
      throw Object.assign(new Error('unique violation'), { code: '23505' });
    }),
    /unique violation/,
  );
  assert.equal(runs, 1);
  assert.deepEqual(await notes(), ['run 3']);
});

test('two use cases that lock two rows in opposite order both commit on the PostgreSQL server', {
  skip: testDatabaseKind() !== 'postgres' && 'PGlite has one session: no two transactions at once',
}, async () => {
  await sql`delete from probe_note`.execute(database.db);
  await note(database.db, 'a');
  await note(database.db, 'b');
  const ids = (await sql<{ id: number }>`select id from probe_note order by id`.execute(database.db)).rows.map(
    (r) => r.id,
  );
  let runs = 0;
  let bothLocked: () => void = () => {};
  const firstLocks = new Promise<void>((resolve) => {
    bothLocked = resolve;
  });
  let locked = 0;
  const crossing = (first: number, second: number, text: string) =>
    inTransaction(database.db, async (trx) => {
      runs++;
      await sql`update probe_note set text = text || ${text} where id = ${first}`.execute(trx);
      if (++locked === 2) bothLocked();
      await firstLocks;
      await sql`update probe_note set text = text || ${text} where id = ${second}`.execute(trx);
    });
  await within(
    20_000,
    Promise.all([crossing(ids[0] as number, ids[1] as number, '1'), crossing(ids[1] as number, ids[0] as number, '2')]),
  );
  assert.equal(runs, 3, 'one of the two was the victim and ran again');
  const texts = await notes();
  assert.equal(texts.length, 2);
  for (const text of texts) assert.ok(text.includes('1') && text.includes('2'), text);
});
