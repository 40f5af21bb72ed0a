/**
 * The address search over HTTP; the national address register is the local stand-in.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, beforeEach, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp, loggerOptions } from '../../src/http/app.ts';
import {
  type AddressSearchStandIn,
  type StandInAddress,
  startAddressSearchStandIn,
} from '../../src/integrations/geonorge/stand-in.ts';
import { createServices, type Services } from '../../src/services.ts';
import { createTestApp, type TestApp, testConfig } from '../helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { A, B } from './access-cases/case.ts';

const ADDRESSES: StandInAddress[] = [
  ...[1, 3, 5, 12, 14, 20, 22, 24, 26, 28].map((number) => ({
    street: 'Storgata',
    number,
    postalCode: '3015',
    postalPlace: 'DRAMMEN',
    kommunenummer: A,
    municipalityName: 'DRAMMEN',
    latitude: 59.7438 + number / 100_000,
    longitude: 10.2041,
  })),
  { street: 'Storgata', number: 12, letter: 'B', postalCode: '3015', postalPlace: 'DRAMMEN' },
  { street: 'Bragernes torg', number: 1, postalCode: '3017', postalPlace: 'DRAMMEN' },
  { street: 'Storgata', number: 2, postalCode: '3210', postalPlace: 'SANDEFJORD', kommunenummer: B },
].map((a) => ({ kommunenummer: A, municipalityName: 'DRAMMEN', latitude: 59.74, longitude: 10.2, ...a }));

async function registerMunicipalities(services: Services) {
  await services.municipalities.registerMunicipality({ kommunenummer: A, name: 'Drammen' });
  await services.municipalities.registerMunicipality({ kommunenummer: B, name: 'Sandefjord' });
}

let standIn: AddressSearchStandIn;
before(async () => {
  standIn = await startAddressSearchStandIn({ addresses: ADDRESSES });
});
after(async () => {
  await standIn.close();
});

describe('GET /api/municipalities/:kommunenummer/addresses', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ addressSearchUrl: standIn.url });
    await registerMunicipalities(createServices(t.database, t.config));
  });
  after(async () => {
    await t.close();
  });
  beforeEach(() => {
    standIn.requests.length = 0;
  });

  const get = (q: string, kommunenummer = A, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${kommunenummer}/addresses?q=${encodeURIComponent(q)}`,
      headers,
    });

  test('suggestions from the municipality, with coordinates, for anyone', async () => {
    const res = await get('storgata 1');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const { items } = res.json() as { items: { label: string; latitude: number; longitude: number }[] };
    assert.deepEqual(
      items.map((i) => i.label),
      [
        'Storgata 1, 3015 Drammen',
        'Storgata 12, 3015 Drammen',
        'Storgata 12B, 3015 Drammen',
        'Storgata 14, 3015 Drammen',
      ],
    );
    assert.deepEqual(res.json().items[0], {
      label: 'Storgata 1, 3015 Drammen',
      street: 'Storgata 1',
      postalCode: '3015',
      postalPlace: 'Drammen',
      latitude: 59.74381,
      longitude: 10.2041,
    });
    assert.equal(standIn.requests.length, 1);
    assert.equal(standIn.requests[0]?.query.kommunenummer, A);
    assert.equal(standIn.requests[0]?.query.treffPerSide, '8');

    const other = await get('storgata', B);
    assert.deepEqual(
      other.json().items.map((i: { label: string }) => i.label),
      ['Storgata 2, 3210 Sandefjord'],
    );
  });

  test('at most eight suggestions; none is an empty list', async () => {
    const many = await get('3015');
    assert.equal(many.statusCode, 200);
    assert.equal(many.json().items.length, 8);
    const none = await get('Kirkegata');
    assert.equal(none.statusCode, 200);
    assert.deepEqual(none.json(), { items: [] });
  });

  test('the same text again is answered without asking the register', async () => {
    assert.equal((await get('Bragernes')).statusCode, 200);
    assert.equal((await get('  bragernes ')).statusCode, 200);
    assert.equal(standIn.requests.length, 1);
  });

  test('too short or too long: 400 with the field', async () => {
    for (const q of ['a', '  b  ', 'x'.repeat(101)]) {
      const res = await get(q);
      assert.equal(res.statusCode, 400, q);
      const error = res.json().error;
      assert.equal(error.code, 'VALIDATION_FAILED');
      assert.equal(error.details[0].field, 'query/q');
    }
    const missing = await t.app.inject({ method: 'GET', url: `/api/municipalities/${A}/addresses` });
    assert.equal(missing.statusCode, 400);
    assert.equal(missing.json().error.details[0].field, 'query/q');
    assert.equal(standIn.requests.length, 0);
  });

  test('the register down: 503 with the translated message', async () => {
    standIn.failNext(503, 2);
    const res = await get('Storgata 3', A, { 'accept-language': 'en' });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().error.code, 'SERVICE_UNAVAILABLE');
    assert.equal(res.json().error.message, 'The service is temporarily unavailable. Try again shortly.');
    assert.equal(standIn.requests.length, 2, 'tried once more');

    standIn.failNext(500, 2);
    const nb = await get('Storgata 5', A, { 'accept-language': 'nb' });
    assert.equal(nb.statusCode, 503);
    assert.equal(nb.json().error.message, 'Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.');

    // Not kept: the next try reaches the register.
    assert.equal((await get('Storgata 5')).statusCode, 200);
  });

  test('an unknown municipality: 404', async () => {
    const res = await get('Storgata', '9998');
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'MUNICIPALITY_NOT_FOUND');
    assert.equal((await get('Storgata', 'abcd')).statusCode, 400);
    assert.equal(standIn.requests.length, 0);
  });
});

describe('without an address search configured', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ addressSearchUrl: undefined });
    await registerMunicipalities(createServices(t.database, t.config));
  });
  after(async () => {
    await t.close();
  });

  test('503, and validation first', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/municipalities/${A}/addresses?q=Storgata` });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().error.code, 'SERVICE_UNAVAILABLE');
    const short = await t.app.inject({ method: 'GET', url: `/api/municipalities/${A}/addresses?q=a` });
    assert.equal(short.statusCode, 400);
  });
});

describe('the logs', () => {
  const lines: string[] = [];
  let database: TestDatabase;
  let app: FastifyInstance;
  before(async () => {
    database = await createTestDatabase();
    const config = testConfig({ logLevel: 'trace', addressSearchUrl: standIn.url });
    app = await buildApp({
      config,
      database,
      logger: loggerOptions(
        config,
        new Writable({
          write(chunk, _encoding, done) {
            lines.push(String(chunk));
            done();
          },
        }),
      ),
    });
    await app.ready();
    await registerMunicipalities(createServices(database, config));
  });
  after(async () => {
    await app.close();
    await database.dispose();
  });

  test('never hold the typed text, also when the register is down', async () => {
    const typed = 'Storgata 14';
    assert.equal(
      (await app.inject({ method: 'GET', url: `/api/municipalities/${A}/addresses?q=${encodeURIComponent(typed)}` }))
        .statusCode,
      200,
    );
    standIn.failNext(503, 2);
    const down = await app.inject({ method: 'GET', url: `/api/municipalities/${A}/addresses?q=Bragernes%20torg%201` });
    assert.equal(down.statusCode, 503);
    const log = lines.join('');
    assert.match(log, /"path":"\/api\/municipalities\/3301\/addresses"/);
    assert.match(log, /address search unavailable/);
    assert.match(log, /"kind":"http_status"/);
    for (const secret of ['Storgata', 'storgata', 'Bragernes', 'bragernes']) {
      assert.ok(!log.includes(secret), `the log holds "${secret}"`);
    }
  });
});
