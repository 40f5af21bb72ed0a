import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, beforeEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  type EnhetsregisteretStandIn,
  startEnhetsregisteretStandIn,
} from '../../../test/stand-ins/enhetsregisteret.ts';
import { type BulkItem, readBulkEntities } from './bulk.ts';
import { createEnhetsregisteretClient, type EnhetsregisteretClientOptions, EnhetsregisteretError } from './client.ts';
import { organisationNumbers, syntheticEntity } from './write-bulk.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const fixture = (name: string) => JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as Record<string, unknown>;

const VOLUNTARY = '998877660';
const SESAM = '998877679';
const DELETED = '998877687';
const UNKNOWN = '998877695';

const numbers = organisationNumbers(91_000_000);
const synthetic = Array.from({ length: 45 }, (_, i) => syntheticEntity(i, numbers.next().value as string));
const entities = [
  fixture('frivillig-forening.json'),
  { ...fixture('enheter-details-response.json'), organisasjonsnummer: SESAM },
  { ...fixture('enheter-details-deleted-response.json'), organisasjonsnummer: DELETED },
  ...synthetic,
];

let standIn: EnhetsregisteretStandIn;
const pauses: number[] = [];

before(async () => {
  standIn = await startEnhetsregisteretStandIn({ entities, now: () => new Date('2026-03-02T10:00:00.000Z') });
});
after(async () => {
  await standIn.close();
});
beforeEach(() => {
  pauses.length = 0;
});

const client = (overrides: EnhetsregisteretClientOptions = {}) =>
  createEnhetsregisteretClient({
    baseUrl: `${standIn.url}/`,
    timeoutMs: 2_000,
    sleep: async (ms) => {
      pauses.push(ms);
    },
    ...overrides,
  });

async function rejectsWith(promise: Promise<unknown>, kind: string, status?: number) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof EnhetsregisteretError, String(error));
    assert.equal(error.kind, kind);
    if (status) assert.equal(error.details.status, status);
    return true;
  });
}

describe('Enhetsregisteret client', () => {
  test('looks up one entity on the documented path', async () => {
    const result = await client().getEntity(VOLUNTARY);
    assert.equal(result.status, 'found');
    assert.equal(result.status === 'found' && result.record.name, 'FJORDVIK IDRETTSLAG');
    assert.equal(result.status === 'found' && result.record.inVoluntaryRegister, true);
    assert.deepEqual(standIn.requests.at(-1), {
      method: 'GET',
      path: `/enhetsregisteret/api/enheter/${VOLUNTARY}`,
      query: {},
    });
  });

  test('an unknown number is not_found (404)', async () => {
    assert.deepEqual(await client().getEntity(UNKNOWN), { status: 'not_found' });
  });

  test('a deleted entity is answered 410 Gone with the short answer: deleted with its date', async () => {
    const result = await client().getEntity(DELETED);
    assert.equal(result.status, 'deleted');
    if (result.status !== 'deleted') return;
    assert.equal(result.deletedOn, '2017-10-20');
    assert.equal(result.record?.name, 'SLETTET ENHET AS');
  });

  test('a 200 answer with slettedato is deleted as well', async () => {
    const body = { ...fixture('frivillig-forening.json'), slettedato: '2025-12-31' };
    const fake: typeof fetch = async () => new Response(JSON.stringify(body), { status: 200 });
    const result = await client({ fetch: fake }).getEntity(VOLUNTARY);
    assert.equal(result.status, 'deleted');
    assert.equal(result.status === 'deleted' && result.deletedOn, '2025-12-31');
  });

  test('a 410 without a readable body is still deleted', async () => {
    const fake: typeof fetch = async () => new Response('Gone', { status: 410 });
    assert.deepEqual(await client({ fetch: fake }).getEntity(VOLUNTARY), {
      status: 'deleted',
      deletedOn: null,
      record: null,
    });
  });

  test('an invalid number is refused before anything is sent', async () => {
    const before = standIn.requests.length;
    await rejectsWith(client().getEntity('998877661'), 'invalid_organisation_number');
    await rejectsWith(client().getEntity('../enheter'), 'invalid_organisation_number');
    assert.equal(standIn.requests.length, before);
  });

  test('5xx is retried with growing pauses, and served when the register recovers', async () => {
    standIn.failNext(503, 2);
    const before = standIn.requests.length;
    const result = await client({ backoffMs: 100 }).getEntity(VOLUNTARY);
    assert.equal(result.status, 'found');
    assert.equal(standIn.requests.length - before, 3);
    assert.equal(pauses.length, 2);
    assert.ok((pauses[0] as number) >= 100 && (pauses[0] as number) <= 125, String(pauses[0]));
    assert.ok((pauses[1] as number) >= 200 && (pauses[1] as number) <= 250, String(pauses[1]));
  });

  test('a register that keeps failing is an http_status error after the retries', async () => {
    standIn.failNext(500, 3);
    const before = standIn.requests.length;
    await rejectsWith(client({ retries: 2 }).getEntity(VOLUNTARY), 'http_status', 500);
    assert.equal(standIn.requests.length - before, 3);
  });

  test('4xx other than 404/410 is not retried', async () => {
    const before = standIn.requests.length;
    const fake: typeof fetch = async () => new Response('{}', { status: 400 });
    await rejectsWith(client({ fetch: fake }).getEntity(VOLUNTARY), 'http_status', 400);
    assert.equal(pauses.length, 0);
    assert.equal(standIn.requests.length, before);
  });

  test('429 is retried and Retry-After is respected', async () => {
    let calls = 0;
    const fake: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1) return new Response('', { status: 429, headers: { 'retry-after': '2' } });
      return fetch(input, init);
    };
    const result = await client({ fetch: fake }).getEntity(VOLUNTARY);
    assert.equal(result.status, 'found');
    assert.deepEqual(pauses, [2_000]);
  });

  test('a slow register times out, on every attempt', async () => {
    standIn.setDelay(400);
    try {
      const before = standIn.requests.length;
      await rejectsWith(client({ timeoutMs: 100, retries: 1 }).getEntity(VOLUNTARY), 'timeout');
      // Both attempts reached the register (the delay is on the answer).
      for (let i = 0; i < 50 && standIn.requests.length - before < 2; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      assert.equal(standIn.requests.length - before, 2);
    } finally {
      standIn.setDelay(0);
    }
  });

  test('a closed port is a network error', async () => {
    const closed = await startEnhetsregisteretStandIn({ entities: [] });
    const url = closed.url;
    await closed.close();
    await rejectsWith(client({ baseUrl: url }).getEntity(VOLUNTARY), 'network');
    assert.equal(pauses.length, 2);
  });

  test('an answer that is not an entity, or about another entity, is invalid_response', async () => {
    const garbage: typeof fetch = async () => new Response('<html>', { status: 200 });
    await rejectsWith(client({ fetch: garbage }).getEntity(VOLUNTARY), 'invalid_response');
    const other: typeof fetch = async () => new Response(JSON.stringify(synthetic[0]), { status: 200 });
    await rejectsWith(client({ fetch: other }).getEntity(VOLUNTARY), 'invalid_response');
    const huge: typeof fetch = async () =>
      new Response('{}', { status: 200, headers: { 'content-length': String(10_000_000) } });
    await rejectsWith(client({ fetch: huge }).getEntity(VOLUNTARY), 'invalid_response');
  });

  test('searches by name with paging, municipality and the voluntary filter', async () => {
    const register = client();
    const all = await register.searchByName('idrettslag', { size: 5 });
    assert.ok(all.items.length > 0);
    assert.ok(all.items.every((r) => r.name.toLowerCase().includes('idrettslag')));
    assert.equal(all.page.size, 5);
    assert.equal(all.page.number, 0);
    const total = all.page.totalElements;
    assert.equal(all.page.totalPages, Math.ceil(total / 5));
    const last = await register.searchByName('idrettslag', { size: 5, page: all.page.totalPages - 1 });
    assert.equal(last.items.length, total - (all.page.totalPages - 1) * 5);
    const request = standIn.requests.at(-1);
    assert.equal(request?.path, '/enhetsregisteret/api/enheter');
    assert.deepEqual(request?.query, { navn: 'idrettslag', page: String(all.page.totalPages - 1), size: '5' });

    const drammen = await register.searchByName('drammen', { municipalityNumber: '3301', voluntaryOnly: true });
    assert.ok(drammen.items.length > 0);
    assert.ok(drammen.items.every((r) => r.municipalityNumber === '3301' && r.inVoluntaryRegister));
    assert.deepEqual(standIn.requests.at(-1)?.query, {
      navn: 'drammen',
      kommunenummer: '3301',
      registrertIFrivillighetsregisteret: 'true',
      page: '0',
      size: '20',
    });
  });

  test('a search without hits has no _embedded and gives no items', async () => {
    const none = await client().searchByName('jibberish');
    assert.deepEqual(none.items, []);
    assert.equal(none.page.totalElements, 0);
  });

  test('the documented search answer is read (its hit has an invalid number and is skipped)', async () => {
    const body = readFileSync(`${FIXTURES}enheter-search-response.json`, 'utf8');
    const fake: typeof fetch = async () => new Response(body, { status: 200 });
    const result = await client({ fetch: fake }).searchByName('Sesam', { size: 1 });
    assert.deepEqual(result.items, []);
    assert.equal(result.skipped, 1);
    assert.deepEqual(result.page, { size: 1, totalElements: 1, totalPages: 1, number: 0 });
    const empty = readFileSync(`${FIXTURES}enheter-search-empty-response.json`, 'utf8');
    const fakeEmpty: typeof fetch = async () => new Response(empty, { status: 200 });
    const nothing = await client({ fetch: fakeEmpty }).searchByName('jibberish');
    assert.deepEqual(nothing, {
      items: [],
      skipped: 0,
      page: { size: 20, totalElements: 0, totalPages: 0, number: 0 },
    });
  });

  test('a search deeper than the register allows is refused', async () => {
    await assert.rejects(client().searchByName('lag', { page: 100, size: 100 }), RangeError);
  });

  test('downloads the bulk file as a gzip stream that the bulk reader reads', async () => {
    const register = client();
    const items: BulkItem[] = [];
    for await (const item of readBulkEntities(() => register.downloadBulk())) items.push(item);
    // Live entities only: the deleted one is not in the download.
    assert.equal(items.length, entities.length - 1);
    assert.ok(items.every((i) => i.ok && i.record.deletedOn === null));
    assert.ok(!items.some((i) => i.ok && i.record.organisationNumber === DELETED));
    assert.equal(standIn.requests.at(-1)?.path, '/enhetsregisteret/api/enheter/lastned');
  });

  test('a bulk download that fails is retried', async () => {
    standIn.failNext(502, 1);
    const stream = await client().downloadBulk();
    let bytes = 0;
    for await (const chunk of stream) bytes += (chunk as Buffer).length;
    assert.ok(bytes > 100);
    assert.equal(pauses.length, 1);
  });

  test('follows the change feed from a date and then by update id', async () => {
    const feed = await startEnhetsregisteretStandIn({
      entities,
      now: () => new Date('2026-03-02T10:00:00.000Z'),
      firstUpdateId: 500,
    });
    try {
      for (const entity of synthetic.slice(0, 7)) feed.put({ ...entity, navn: `${String(entity.navn)} NY` });
      feed.remove(VOLUNTARY, '2026-03-01');
      const register = client({ baseUrl: feed.url });
      const seen = [];
      for await (const update of register.updatesSince('2026-03-01', { pageSize: 3 })) seen.push(update);
      assert.equal(seen.length, 8);
      assert.deepEqual(
        seen.map((u) => u.updateId),
        [500, 501, 502, 503, 504, 505, 506, 507],
      );
      assert.deepEqual(seen.at(-1), {
        updateId: 507,
        date: '2026-03-02T10:00:00.000Z',
        organisationNumber: VOLUNTARY,
        changeType: 'Sletting',
      });
      assert.equal(seen[0]?.changeType, 'Endring');
      const asked = feed.requests.map((r) => r.query);
      assert.deepEqual(asked[0], { dato: '2026-03-01T00:00:00.000Z', size: '3', page: '0' });
      assert.deepEqual(asked[1], { oppdateringsid: '503', size: '3', page: '0' });
      assert.deepEqual(asked[2], { oppdateringsid: '506', size: '3', page: '0' });
      assert.equal(asked.length, 3);
      // From an update id; nothing after the last one.
      const fromId = [];
      for await (const update of register.updatesSince({ fromUpdateId: 506 })) fromId.push(update.updateId);
      assert.deepEqual(fromId, [506, 507]);
      const later = [];
      for await (const update of register.updatesSince('2026-03-03')) later.push(update);
      assert.deepEqual(later, []);
    } finally {
      await feed.close();
    }
  });

  test('a feed that does not advance is an error, not an endless loop', async () => {
    const page = {
      _embedded: {
        oppdaterteEnheter: [
          {
            oppdateringsid: 1,
            dato: '2026-03-02T10:00:00.000Z',
            organisasjonsnummer: VOLUNTARY,
            endringstype: 'Endring',
          },
        ],
      },
    };
    const fake: typeof fetch = async () => new Response(JSON.stringify(page), { status: 200 });
    const seen = [];
    await rejectsWith(
      (async () => {
        for await (const update of client({ fetch: fake }).updatesSince('2026-03-01', { pageSize: 1 }))
          seen.push(update);
      })(),
      'invalid_response',
    );
    assert.equal(seen.length, 2);
  });

  test('an invalid date for the feed is refused', async () => {
    await assert.rejects(client().updatesPage('2026-02-30'), RangeError);
    await assert.rejects(client().updatesPage('yesterday'), RangeError);
  });
});

describe('the stand-in', () => {
  test('answers the shapes of the register: HAL links, 400 on a malformed number, 404 JSON', async () => {
    const page = await fetch(`${standIn.url}/enheter?navn=lag&size=2&page=1`);
    assert.equal(page.status, 200);
    const body = (await page.json()) as {
      _embedded: { enheter: { _links: { self: { href: string } } }[] };
      _links: Record<string, { href: string }>;
      page: { number: number };
    };
    assert.equal(body.page.number, 1);
    assert.ok(body._links.first?.href.includes('page=0'));
    assert.ok(body._links.prev?.href.includes('page=0'));
    assert.ok(body._links.next?.href.includes('page=2'));
    assert.ok(body._links.last);
    assert.match(body._embedded.enheter[0]?._links.self.href ?? '', /\/enhetsregisteret\/api\/enheter\/\d{9}$/);
    assert.equal((await fetch(`${standIn.url}/enheter/12345`)).status, 400);
    const missing = await fetch(`${standIn.url}/enheter/${UNKNOWN}`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { status: number }).status, 404);
    assert.equal((await fetch(`${standIn.url}/enheter?page=200&size=100`)).status, 400);
  });
});
