import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { buildApp, loggerOptions } from '../../src/http/app.ts';
import { testConfig } from '../helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';

const lines: string[] = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    lines.push(String(chunk));
    done();
  },
});

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let world: World;

before(async () => {
  database = await createTestDatabase();
  const config = testConfig({ logLevel: 'trace' });
  app = await buildApp({
    config,
    database,
    logger: loggerOptions(config, sink),
  });
  await app.ready();
  world = await buildWorld({ app, database, config, close: async () => undefined });
});
after(async () => {
  await app.close();
  await database.dispose();
});

test('national identity numbers and session cookies never reach the logs', async () => {
  const { childA, protectedChildA } = world.people;
  await app.inject({
    method: 'POST',
    url: '/api/municipalities/3301/people/lookup',
    headers: as(world, 'caseworkerA'),
    payload: { nationalId: childA.nationalId, reason: 'Logg-kontroll' },
  });
  await app.inject({
    method: 'POST',
    url: '/api/municipalities/3301/people/lookup',
    headers: as(world, 'caseworkerA'),
    payload: { nationalId: protectedChildA.nationalId, reason: 'Logg-kontroll' },
  });
  await app.inject({
    method: 'POST',
    url: '/api/municipalities/3301/people/lookup',
    headers: as(world, 'caseworkerA'),
    payload: { nationalId: `${childA.nationalId.slice(0, 10)}x`, reason: 'Logg-kontroll' },
  });
  await app.inject({
    method: 'GET',
    url: `/api/municipalities/3301/family?pid=${childA.nationalId}`,
    headers: as(world, 'guardianA'),
  });
  await app.inject({ method: 'GET', url: `/api/municipalities/3301/family/export`, headers: as(world, 'guardianA') });

  const log = lines.join('');
  assert.ok(lines.length > 5, 'requests were logged');
  assert.match(log, /"reqId"/);
  for (const person of Object.values(world.people))
    assert.ok(!log.includes(person.nationalId), `${person.name}'s number leaked`);
  assert.ok(!log.includes(world.actors.caseworkerA.cookie.split('=')[1] ?? '-'), 'session token leaked');
});

test('invitation tokens in an address never reach the logs', async () => {
  const token = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG0';
  lines.length = 0;
  await app.inject({ method: 'GET', url: `/kommune/3301/invitasjon/${token}`, headers: { accept: 'text/html' } });
  const log = lines.join('');
  assert.ok(log.includes('/kommune/3301/invitasjon/[redacted]'), log.slice(0, 300));
  assert.ok(!log.includes(token));
});
