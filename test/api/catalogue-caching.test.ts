/**
 * Public catalogue answers carry an ETag and `Cache-Control: public, no-cache`: a cache may keep them and asks
 * again each time; an unchanged answer comes back as 304, and a cached answer is refreshed as soon as an activity
 * is published, changed or archived.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';

let t: TestApp;
let world: World;

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
});
after(async () => {
  await t.close();
});

const A = '3301';
const year = new Date().getUTCFullYear() + 1;
const activitiesUrl = () => `/api/municipalities/${A}/providers/${world.providers.a1}/activities`;
const SEARCH = `/api/municipalities/${A}/activities?q=kajakk`;

function activity(title: string) {
  return {
    title,
    description: 'Padling i rolig vann med instruktør. Vest og utstyr lånes ut.',
    category: 'nature_outdoor',
    minAge: 10,
    maxAge: 14,
    seasonStart: `${year}-08-17`,
    seasonEnd: `${year}-12-10`,
    schedule: [{ weekday: 3, start: '17:00', end: '18:30' }],
    priceOre: 50_000,
    streetAddress: 'Elvebredden 2',
    postalCode: '3015',
    latitude: 59.7441,
    longitude: 10.2045,
    languages: ['nb'],
    contactName: 'Kari Padler',
    contactEmail: 'kari@padling.example',
  };
}

async function asAdmin(method: 'POST' | 'PUT', url: string, payload?: Record<string, unknown>) {
  const res = await t.app.inject({
    method,
    url,
    headers: as(world, 'providerAdminA'),
    ...(payload ? { payload } : {}),
  });
  assert.ok(res.statusCode < 300, res.body);
  return res;
}

/** A GET as a browser with a cached copy would send it. */
function revalidate(url: string, etag: string | undefined) {
  return t.app.inject({ method: 'GET', url, headers: etag ? { 'if-none-match': etag } : {} });
}

describe('cacheable public catalogue answers', () => {
  test('a cached search and activity page are refreshed when an activity is published, changed or archived', async () => {
    const first = await revalidate(SEARCH, undefined);
    assert.equal(first.statusCode, 200);
    assert.equal(first.headers['cache-control'], 'public, no-cache');
    assert.match(String(first.headers.vary), /Accept-Language/);
    const emptyTag = first.headers.etag as string;
    assert.match(emptyTag, /^W\/".+"$/);
    assert.equal(first.json().total, 0);

    // Nothing changed: 304 without a body.
    const unchanged = await revalidate(SEARCH, emptyTag);
    assert.equal(unchanged.statusCode, 304);
    assert.equal(unchanged.body, '');

    // A draft is not in the catalogue: still 304.
    const created = await asAdmin('POST', activitiesUrl(), activity('Kajakk for nybegynnere'));
    const url = `${activitiesUrl()}/${created.json().id}`;
    assert.equal((await revalidate(SEARCH, emptyTag)).statusCode, 304);

    // Published: the cached empty answer is refreshed.
    await asAdmin('POST', `${url}/publish`);
    const published = await revalidate(SEARCH, emptyTag);
    assert.equal(published.statusCode, 200);
    assert.equal(published.json().total, 1);
    assert.equal(published.json().items[0].title, 'Kajakk for nybegynnere');
    const publishedTag = published.headers.etag as string;
    assert.notEqual(publishedTag, emptyTag);
    const page = `/api/municipalities/${A}/activities/${created.json().id}`;
    const pageFirst = await revalidate(page, undefined);
    assert.equal(pageFirst.statusCode, 200);
    const pageTag = pageFirst.headers.etag as string;
    assert.equal((await revalidate(page, pageTag)).statusCode, 304);

    // Changed: both the search and the page are refreshed.
    await asAdmin('PUT', url, activity('Kajakk for viderekomne'));
    const changed = await revalidate(SEARCH, publishedTag);
    assert.equal(changed.statusCode, 200);
    assert.equal(changed.json().items[0].title, 'Kajakk for viderekomne');
    const pageChanged = await revalidate(page, pageTag);
    assert.equal(pageChanged.statusCode, 200);
    assert.equal(pageChanged.json().title, 'Kajakk for viderekomne');

    // Archived: gone from the search, and the page is no longer found (never a stale 304).
    await asAdmin('POST', `${url}/archive`);
    const archived = await revalidate(SEARCH, changed.headers.etag as string);
    assert.equal(archived.statusCode, 200);
    assert.equal(archived.json().total, 0);
    assert.equal((await revalidate(page, pageChanged.headers.etag as string)).statusCode, 404);
  });

  test('answers in another language are cached apart, and routes that are not public catalogue answers get no ETag', async () => {
    const nb = await t.app.inject({ method: 'GET', url: SEARCH, headers: { 'accept-language': 'nb' } });
    assert.ok(nb.headers.etag);
    assert.match(String(nb.headers.vary), /Accept-Language/);
    // Compressed or not, the answer is the same one (the ETag is made before compression).
    const listing = `/api/municipalities/${A}/activities?pageSize=50`;
    const plain = await t.app.inject({ method: 'GET', url: listing, headers: { 'accept-language': 'nb' } });
    const gzip = { 'accept-language': 'nb', 'accept-encoding': 'gzip' };
    const zipped = await t.app.inject({ method: 'GET', url: listing, headers: gzip });
    assert.equal(zipped.headers.etag, plain.headers.etag);
    const again = await t.app.inject({
      method: 'GET',
      url: listing,
      headers: { ...gzip, 'if-none-match': zipped.headers.etag as string },
    });
    assert.equal(again.statusCode, 304);
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(health.headers.etag, undefined);
    const mine = await t.app.inject({ method: 'GET', url: activitiesUrl(), headers: as(world, 'providerAdminA') });
    assert.equal(mine.statusCode, 200);
    assert.equal(mine.headers.etag, undefined);
  });
});
