import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { type Generated, Kysely, sql } from 'kysely';
import { serialPGlite } from './pglite-dialect.ts';

interface Tables {
  note: { id: Generated<number>; text: string };
}

let pglite: PGlite;
let db: Kysely<Tables>;
let serial: ReturnType<typeof serialPGlite>;

before(async () => {
  pglite = await PGlite.create('memory://');
  serial = serialPGlite(pglite);
  db = new Kysely<Tables>({ dialect: serial.dialect });
  await sql`create table note (id serial primary key, text text not null)`.execute(db);
});
after(async () => {
  await db.destroy();
});

const texts = async () => (await db.selectFrom('note').select('text').orderBy('text').execute()).map((r) => r.text);

test('a query sent while a transaction is open is not part of it: a rollback keeps it', async () => {
  await db.deleteFrom('note').execute();
  let opened!: () => void;
  const open = new Promise<void>((resolve) => {
    opened = resolve;
  });
  const failing = db
    .transaction()
    .execute(async (trx) => {
      await trx.insertInto('note').values({ text: 'inside' }).execute();
      opened();
      // Give the other query every chance to run now.
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('changed my mind');
    })
    .catch((error: Error) => error.message);
  await open;
  const outside = db.insertInto('note').values({ text: 'outside' }).execute();
  assert.equal(await failing, 'changed my mind');
  await outside;
  assert.deepEqual(await texts(), ['outside']);
});

test('two transactions at once each commit or roll back alone', async () => {
  await db.deleteFrom('note').execute();
  const results = await Promise.allSettled([
    db.transaction().execute(async (trx) => {
      await trx.insertInto('note').values({ text: 'first' }).execute();
      await new Promise((resolve) => setTimeout(resolve, 20));
      await trx.insertInto('note').values({ text: 'first again' }).execute();
    }),
    db.transaction().execute(async (trx) => {
      await trx.insertInto('note').values({ text: 'second' }).execute();
      throw new Error('second fails');
    }),
  ]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'rejected'],
  );
  assert.deepEqual(await texts(), ['first', 'first again']);
});

test('updates and deletes report how many rows they touched', async () => {
  await db.deleteFrom('note').execute();
  await db
    .insertInto('note')
    .values([{ text: 'a' }, { text: 'b' }, { text: 'c' }])
    .execute();
  const updated = await db.updateTable('note').set({ text: 'x' }).where('text', '!=', 'c').executeTakeFirst();
  assert.equal(updated.numUpdatedRows, 2n);
  const deleted = await db.deleteFrom('note').where('text', '=', 'x').executeTakeFirst();
  assert.equal(deleted.numDeletedRows, 2n);
});

test('a session taken with withSession waits for an open transaction and runs alone', async () => {
  await db.deleteFrom('note').execute();
  const order: string[] = [];
  const transaction = db.transaction().execute(async (trx) => {
    await trx.insertInto('note').values({ text: 'kysely' }).execute();
    await new Promise((resolve) => setTimeout(resolve, 30));
    order.push('transaction');
  });
  const raw = serial.withSession(async (session) => {
    order.push('raw');
    return (await session.query<{ n: number }>('select count(*)::int as n from note')).rows[0]?.n;
  });
  await transaction;
  assert.equal(await raw, 1);
  assert.deepEqual(order, ['transaction', 'raw']);
});
