/**
 * The public catalogue through the API: search with Norwegian full text and every filter, distance, sorting,
 * paging, translations, the map, one activity's page with the help that applies, and support offers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Insertable } from 'kysely';
import type { ActivityTable } from '../../src/db/schema.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';

let t: TestApp;
let world: World;
const ids: Record<string, string> = {};
let sentrum: string;
let pendingProvider: string;

// Drammen: the square (Bragernes torg) and points at known distances from it.
const TORGET = { latitude: 59.7441, longitude: 10.2045 };
const KM_NORTH = (km: number) => ({ latitude: TORGET.latitude + km / 111.2, longitude: TORGET.longitude });

type NewActivity = Partial<Omit<Insertable<ActivityTable>, 'id' | 'municipalityId' | 'schedule'>> & {
  title: string;
  providerId: string;
  category: string;
  schedule?: { weekday: number; start: string; end: string }[];
};

async function activity(municipalityId: number, a: NewActivity): Promise<string> {
  const schedule = a.schedule ?? [{ weekday: 2, start: '17:00', end: '18:30' }];
  const row = await t.database.db
    .insertInto('activity')
    .values({
      municipalityId,
      minAge: 6,
      maxAge: 12,
      seasonStart: '2026-08-20',
      seasonEnd: '2099-06-15',
      status: 'published',
      ...a,
      schedule: JSON.stringify(schedule),
      weekdays: [...new Set(schedule.map((s) => s.weekday))],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
  const db = t.database.db;
  const a = world.a.id;
  sentrum = (
    await db
      .insertInto('neighbourhood')
      .values({ municipalityId: a, name: 'Bragernes', ...TORGET })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  pendingProvider = (
    await db
      .insertInto('provider')
      .values({ municipalityId: a, name: 'Ny klubb', kind: 'voluntary', status: 'pending' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const p = world.providers;
  ids.football = await activity(a, {
    title: 'Fotballtrening for barn',
    description: 'Vi trener fotball på kunstgresset hver tirsdag. Alle kan være med.',
    providerId: p.a1,
    category: 'sport',
    minAge: 7,
    maxAge: 10,
    priceOre: 0,
    freeTrial: true,
    ...KM_NORTH(1),
    neighbourhoodId: sentrum,
    languages: ['nb', 'en'],
    contactEmail: 'fotball@drammen-turn.example',
  });
  ids.footballFar = await activity(a, {
    title: 'Fotballskole på Konnerud',
    providerId: p.a1,
    category: 'sport',
    minAge: 8,
    maxAge: 12,
    priceOre: 120_000,
    ...KM_NORTH(5),
    schedule: [{ weekday: 4, start: '18:00', end: '19:00' }],
  });
  ids.swimming = await activity(a, {
    title: 'Svømmekurs for nybegynnere',
    description: 'Lær å svømme trygt.',
    providerId: p.a1,
    category: 'sport',
    minAge: 6,
    maxAge: 9,
    priceOre: 45_000,
    adapted: true,
    ...KM_NORTH(0.5),
    languages: ['nb', 'ar'],
    schedule: [{ weekday: 6, start: '10:00', end: '11:00' }],
  });
  ids.choir = await activity(a, {
    title: 'Barnekor',
    description: 'Sang og glede for store og små.',
    providerId: p.a2,
    category: 'art_culture',
    minAge: 6,
    maxAge: 12,
    priceOre: 30_000,
    ...KM_NORTH(2.5),
    schedule: [{ weekday: 3, start: '17:00', end: '18:00' }],
  });
  ids.draft = await activity(a, {
    title: 'Fotball for jenter (utkast)',
    providerId: p.a1,
    category: 'sport',
    status: 'draft',
    ...KM_NORTH(1),
  });
  ids.ended = await activity(a, {
    title: 'Fotballcamp i fjor',
    providerId: p.a1,
    category: 'sport',
    seasonStart: '2020-06-01',
    seasonEnd: '2020-06-30',
    ...KM_NORTH(1),
  });
  ids.pendingProvider = await activity(a, {
    title: 'Fotball hos ny klubb',
    providerId: pendingProvider,
    category: 'sport',
    ...KM_NORTH(1),
  });
  ids.otherMunicipality = await activity(world.b.id, {
    title: 'Fotball i Sandefjord',
    providerId: p.b1,
    category: 'sport',
    latitude: 59.131,
    longitude: 10.216,
  });
  await db
    .insertInto('activityTranslation')
    .values({
      municipalityId: a,
      activityId: ids.football,
      language: 'en',
      title: 'Football practice for children',
      description: 'We practise football on the artificial pitch every Tuesday.',
    })
    .execute();
  await db
    .insertInto('supportOffer')
    .values([
      {
        municipalityId: a,
        kind: 'equipment_lending',
        title: 'BUA Drammen låner ut fotballsko',
        summary: 'Lån sko, leggbeskyttere og baller gratis.',
        categories: ['sport'],
      },
      {
        municipalityId: a,
        kind: 'support_scheme',
        title: 'Fritidskortet',
        summary: 'Alle barn 6–18 år får penger til en fritidsaktivitet.',
        minAge: 6,
        maxAge: 18,
      },
      {
        municipalityId: a,
        kind: 'support_scheme',
        title: 'Støtte til kulturskole',
        summary: 'Redusert pris på kulturskolen.',
        categories: ['art_culture'],
      },
      { municipalityId: a, kind: 'support_scheme', title: 'Gammel ordning', summary: 'Avsluttet.', active: false },
    ])
    .execute();
});

after(async () => {
  await t.close();
});

interface Summary {
  id: string;
  title: string;
  textLanguage: string;
  distanceMetres: number | null;
  free: boolean;
  started: boolean;
}
interface Result {
  total: number;
  sort: string;
  items: Summary[];
  categories: { code: string; count: number }[];
  origin: { label: string | null } | null;
}

async function search(query: string, headers: Record<string, string> = {}): Promise<Result> {
  const res = await t.app.inject({ method: 'GET', url: `/api/municipalities/3301/activities?${query}`, headers });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Result;
}

const titles = (r: Result) => r.items.map((i) => i.title).sort();

describe('activity search', () => {
  test('shows only published activities of approved providers in this municipality whose season has not ended', async () => {
    const r = await search('');
    assert.deepEqual(titles(r), [
      'Barnekor',
      'Fotballskole på Konnerud',
      'Fotballtrening for barn',
      'Svømmekurs for nybegynnere',
    ]);
    assert.equal(r.total, 4);
    assert.equal(r.sort, 'start');
  });

  test('free text uses the Norwegian configuration: stems and prefixes match', async () => {
    assert.deepEqual(titles(await search('q=fotball')), ['Fotballskole på Konnerud', 'Fotballtrening for barn']);
    assert.deepEqual(titles(await search(`q=${encodeURIComponent('svømme')}`)), ['Svømmekurs for nybegynnere']);
    assert.deepEqual(titles(await search('q=fotballen')), ['Fotballskole på Konnerud', 'Fotballtrening for barn']);
    assert.deepEqual(titles(await search('q=kunstgress')), ['Fotballtrening for barn']);
    assert.deepEqual(titles(await search(`q=${encodeURIComponent('Drammen Turn')}`)).length, 3, 'provider name');
    assert.equal((await search('q=fotball')).sort, 'relevance');
    assert.equal((await search(`q=${encodeURIComponent("'&|!():*")}`)).total, 4, 'operators are not syntax');
    assert.equal((await search('q=zzzqqq')).total, 0);
  });

  test('filters: category, age, free, adapted, free trial, language, weekday and price', async () => {
    assert.deepEqual(titles(await search('category=art_culture')), ['Barnekor']);
    assert.deepEqual(titles(await search('category=art_culture&category=sport')).length, 4);
    assert.deepEqual(titles(await search('age=11')), ['Barnekor', 'Fotballskole på Konnerud']);
    assert.deepEqual(titles(await search('free=true')), ['Fotballtrening for barn']);
    assert.deepEqual(titles(await search('adapted=true')), ['Svømmekurs for nybegynnere']);
    assert.deepEqual(titles(await search('freeTrial=true')), ['Fotballtrening for barn']);
    assert.deepEqual(titles(await search('language=ar')), ['Svømmekurs for nybegynnere']);
    assert.deepEqual(titles(await search('weekday=3&weekday=6')), ['Barnekor', 'Svømmekurs for nybegynnere']);
    assert.deepEqual(titles(await search('minPrice=30000&maxPrice=50000')), ['Barnekor', 'Svømmekurs for nybegynnere']);
    assert.deepEqual(titles(await search(`provider=${world.providers.a2}`)), ['Barnekor']);
  });

  test('counts per category follow the other filters', async () => {
    const r = await search('age=11&category=sport');
    assert.equal(r.categories.find((c) => c.code === 'art_culture')?.count, 1);
    assert.equal(r.categories.find((c) => c.code === 'sport')?.count, 1);
    assert.equal(r.categories.length, 10);
  });

  test('a page past the end and a category without matches still tell the number and the counts', async () => {
    const past = await search('page=9');
    assert.equal(past.total, 4);
    assert.deepEqual(past.items, []);
    assert.equal(
      past.categories.reduce((sum, c) => sum + c.count, 0),
      4,
    );
    const none = await search('category=nature_outdoor');
    assert.equal(none.total, 0);
    assert.deepEqual(none.items, []);
    assert.equal(none.categories.find((c) => c.code === 'sport')?.count, 3);
    assert.equal(none.categories.find((c) => c.code === 'nature_outdoor')?.count, 0);
  });

  test('distance from a point: within a radius, nearest first, with the distance', async () => {
    const near = `near=${TORGET.latitude},${TORGET.longitude}`;
    const r = await search(`${near}&maxKm=2`);
    assert.deepEqual(
      r.items.map((i) => i.title),
      ['Svømmekurs for nybegynnere', 'Fotballtrening for barn'],
    );
    assert.equal(r.sort, 'distance');
    const [first, second] = r.items;
    assert.ok(first && Math.abs((first.distanceMetres ?? 0) - 500) < 25, `${first?.distanceMetres}`);
    assert.ok(second && Math.abs((second.distanceMetres ?? 0) - 1000) < 25);
    assert.equal((await search(`${near}&maxKm=10`)).total, 4);
  });

  test('the family journey: football for a 9-year-old within 2 km that is free to try', async () => {
    const r = await search(`q=fotball&age=9&freeTrial=true&neighbourhood=${sentrum}&maxKm=2`);
    assert.deepEqual(titles(r), ['Fotballtrening for barn']);
    assert.equal(r.origin?.label, 'Bragernes');
  });

  test('a neighbourhood without a distance filters on where activities are held', async () => {
    assert.deepEqual(titles(await search(`neighbourhood=${sentrum}`)), ['Fotballtrening for barn']);
  });

  test('sorting by price and by title; paging', async () => {
    const byPrice = await search('sort=price');
    assert.deepEqual(
      byPrice.items.map((i) => i.title),
      ['Fotballtrening for barn', 'Barnekor', 'Svømmekurs for nybegynnere', 'Fotballskole på Konnerud'],
    );
    const page1 = await search('sort=title&pageSize=3&page=1');
    const page2 = await search('sort=title&pageSize=3&page=2');
    assert.equal(page1.total, 4);
    assert.equal(page1.items.length, 3);
    assert.deepEqual(
      page2.items.map((i) => i.title),
      ['Svømmekurs for nybegynnere'],
    );
  });

  test('texts come in the reader language where the provider translated them, and English text is searchable', async () => {
    const r = await search('q=practice', { cookie: 'lang=en' });
    assert.equal(r.items[0]?.title, 'Football practice for children');
    assert.equal(r.items[0]?.textLanguage, 'en');
    const nb = await search('q=fotballtrening');
    assert.equal(nb.items[0]?.textLanguage, 'nb');
  });

  test('answers go compressed to clients that accept it', async () => {
    const url = '/api/municipalities/3301/activities?pageSize=50';
    const plain = await t.app.inject({ method: 'GET', url });
    const zipped = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.ok(plain.rawPayload.length > 1024, 'big enough to be compressed');
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.rawPayload.length < plain.rawPayload.length / 2);
    assert.deepEqual(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8')), plain.json());
    const openapi = await t.app.inject({
      method: 'GET',
      url: '/api/openapi.json',
      headers: { 'accept-encoding': 'gzip' },
    });
    assert.equal(openapi.headers['content-encoding'], 'gzip');
  });

  test('bad filters get a translated 400 and name the field', async () => {
    const cases = [
      'category=cooking',
      'near=north',
      'maxKm=2',
      'minPrice=5000&maxPrice=100',
      'age=-1',
      'sort=random',
      `neighbourhood=${world.providers.a1}`,
      'pageSize=500',
    ];
    for (const q of cases) {
      const res = await t.app.inject({ method: 'GET', url: `/api/municipalities/3301/activities?${q}` });
      assert.equal(res.statusCode, 400, `${q}: ${res.body}`);
      const body = res.json() as { error: { code: string; details?: { field: string }[] } };
      assert.equal(body.error.code, 'VALIDATION_FAILED', q);
      assert.ok((body.error.details ?? []).length > 0, q);
      // Checked by the schema or by the search itself, a field is named the same way.
      assert.ok(
        (body.error.details ?? []).every((d) => d.field.startsWith('query/')),
        `${q}: ${JSON.stringify(body.error.details)}`,
      );
    }
    const en = await t.app.inject({
      method: 'GET',
      url: '/api/municipalities/3301/activities?minPrice=5000&maxPrice=100',
      headers: { 'accept-language': 'en' },
    });
    assert.match(en.json().error.details[0].message, /highest price/i);
  });

  test('an unknown municipality is a 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/municipalities/9999/activities' });
    assert.equal(res.statusCode, 404);
  });

  test('the map gets every match with a place', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/municipalities/3301/activities/map?category=sport' });
    assert.equal(res.statusCode, 200);
    const body = res.json() as { total: number; points: { id: string; latitude: number }[] };
    assert.equal(body.total, 3);
    assert.ok(body.points.every((p) => typeof p.latitude === 'number'));
  });
});

describe('activity page', () => {
  test('shows the activity, its provider, and the help that applies to its category and ages', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/municipalities/3301/activities/${ids.football}` });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.title, 'Fotballtrening for barn');
    assert.equal(body.providerDetails.name, 'Drammen Turn');
    assert.deepEqual(body.schedule, [{ weekday: 2, start: '17:00', end: '18:30' }]);
    assert.deepEqual(body.translations, ['en']);
    assert.equal(body.neighbourhood.name, 'Bragernes');
    assert.deepEqual(body.supportOffers.map((o: { title: string }) => o.title).sort(), [
      'BUA Drammen låner ut fotballsko',
      'Fritidskortet',
    ]);
    assert.equal(body.contact.email, 'fotball@drammen-turn.example');
  });

  test('drafts, ended seasons stay reachable only while published; drafts, pending providers and other municipalities are 404', async () => {
    for (const id of [ids.draft, ids.pendingProvider]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/municipalities/3301/activities/${id}` });
      assert.equal(res.statusCode, 404, id);
      assert.equal(res.json().error.code, 'ACTIVITY_NOT_FOUND');
    }
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/3301/activities/${ids.otherMunicipality}`,
    });
    assert.equal(other.statusCode, 404);
    const badId = await t.app.inject({ method: 'GET', url: '/api/municipalities/3301/activities/not-an-id' });
    assert.equal(badId.statusCode, 400);
  });

  test('the search form options list neighbourhoods and languages in use', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/municipalities/3301/search-options' });
    const body = res.json();
    assert.deepEqual(body.neighbourhoods, [{ id: sentrum, name: 'Bragernes' }]);
    assert.deepEqual(body.languages, ['ar', 'en', 'nb']);
    assert.equal(body.categories.length, 10);
  });
});

describe('support offers', () => {
  test('the public sees active offers; the admin sees all and manages them', async () => {
    const pub = await t.app.inject({ method: 'GET', url: '/api/municipalities/3301/support-offers' });
    assert.equal(pub.json().length, 3);
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/municipalities/3301/support-offers/all',
      headers: as(world, 'adminA'),
    });
    assert.equal(all.json().length, 4);

    const created = await t.app.inject({
      method: 'POST',
      url: '/api/municipalities/3301/support-offers',
      headers: as(world, 'adminA'),
      payload: {
        kind: 'equipment_lending',
        title: 'Skiutlån på biblioteket',
        summary: 'Lån ski og staver i vinterferien.',
        url: 'https://bibliotek.drammen.example/ski',
        categories: ['nature_outdoor', 'sport'],
        minAge: 6,
        maxAge: 16,
      },
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id as string;
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/municipalities/3301/support-offers/${id}`,
      headers: as(world, 'adminA'),
      payload: { kind: 'equipment_lending', title: 'Skiutlån', summary: 'Lån ski.', active: false },
    });
    assert.equal(changed.statusCode, 200);
    assert.equal(changed.json().active, false);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/municipalities/3301/support-offers/${id}`,
      headers: as(world, 'adminA'),
    });
    assert.equal(removed.statusCode, 204);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/municipalities/3301/support-offers/${id}`,
      headers: as(world, 'adminA'),
    });
    assert.equal(again.statusCode, 404);
    assert.equal(again.json().error.code, 'SUPPORT_OFFER_NOT_FOUND');
    const log = await world.services.audit.search({
      municipalityId: world.a.id,
      action: 'support_offer.create',
      limit: 5,
      offset: 0,
    });
    assert.equal(log.items.length, 1);
  });

  test('null clears a field: ages and link stay empty, never zero or an empty text', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/municipalities/3301/support-offers',
      headers: as(world, 'adminA'),
      payload: { kind: 'support_scheme', title: 'Alle', summary: 'For alle.', url: null, minAge: null, maxAge: null },
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    assert.equal(body.minAge, null);
    assert.equal(body.maxAge, null);
    assert.equal(body.url, null);
    await t.app.inject({
      method: 'DELETE',
      url: `/api/municipalities/3301/support-offers/${body.id}`,
      headers: as(world, 'adminA'),
    });
  });

  test('bad offers are refused with the fields named, and nothing is stored', async () => {
    const before = (
      await t.app.inject({
        method: 'GET',
        url: '/api/municipalities/3301/support-offers/all',
        headers: as(world, 'adminA'),
      })
    ).json().length;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/municipalities/3301/support-offers',
      headers: as(world, 'adminA'),
      payload: {
        kind: 'support_scheme',
        title: '  ',
        summary: 'Tekst',
        url: 'javascript:alert(1)',
        categories: ['cooking'],
        minAge: 12,
        maxAge: 6,
      },
    });
    assert.equal(res.statusCode, 400);
    const fields = (res.json().error.details as { field: string }[]).map((d) => d.field).sort();
    assert.deepEqual(fields, ['body/categories/0', 'body/maxAge', 'body/title', 'body/url']);
    const afterCount = (
      await t.app.inject({
        method: 'GET',
        url: '/api/municipalities/3301/support-offers/all',
        headers: as(world, 'adminA'),
      })
    ).json().length;
    assert.equal(afterCount, before);
  });
});
