import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { buildApp, loggerOptions, readableLoggerOptions } from '../../src/http/app.ts';
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

test('in development: one readable line per API request, none for the web app and its files', async () => {
  const readable: string[] = [];
  const webDist = mkdtempSync(join(tmpdir(), 'web-dist-'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Fritidskortet</title>');
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
  const config = testConfig({ logLevel: 'info', webDist });
  const dev = await buildApp({
    config,
    database,
    readableRequestLog: true,
    logger: await readableLoggerOptions(
      config,
      new Writable({
        write(chunk, _enc, done) {
          readable.push(...String(chunk).split('\n').filter(Boolean));
          done();
        },
      }),
    ),
  });
  try {
    await dev.ready();
    readable.length = 0;
    const token = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG0';
    // The liveness probe stays quiet, as in production.
    await dev.inject({ method: 'GET', url: '/api/health' });
    await dev.inject({ method: 'GET', url: '/api/municipalities/3301/activities?q=hemmelig+s%C3%B8k&page=1' });
    await dev.inject({ method: 'GET', url: '/api/nothing-here' });
    await dev.inject({ method: 'GET', url: '/', headers: { accept: '*/*' } });
    await dev.inject({ method: 'GET', url: `/kommune/3301/invitasjon/${token}`, headers: { accept: 'text/html' } });
    await dev.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    await dev.inject({ method: 'GET', url: '/api/docs/' });
    await dev.inject({
      method: 'POST',
      url: '/api/municipalities/3301/people/lookup',
      headers: as(world, 'caseworkerA'),
      payload: { nationalId: world.people.childA.nationalId, reason: 'Logg-kontroll' },
    });

    assert.equal(readable.length, 3, readable.join('\n'));
    const pattern = (method: string, path: string, status: number) =>
      new RegExp(`^\\[\\d{2}:\\d{2}:\\d{2}\\] INFO: ${method} ${path} ${status} \\d+ ms$`);
    assert.match(readable[0] ?? '', pattern('GET', '/api/municipalities/3301/activities', 200));
    assert.match(readable[1] ?? '', pattern('GET', '/api/nothing-here', 404));
    assert.match(readable[2] ?? '', pattern('POST', '/api/municipalities/3301/people/lookup', 200));
    const log = readable.join('\n');
    assert.ok(!log.includes('hemmelig') && !log.includes(token) && !log.includes('{'), log);
    assert.ok(!log.includes(world.people.childA.nationalId));
  } finally {
    await dev.close();
    rmSync(webDist, { recursive: true, force: true });
  }
});
