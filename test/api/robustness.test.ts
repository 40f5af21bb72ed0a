/**
 * Bad input never makes the server fail: every API route, called by the people who may use it, with each path
 * parameter, query parameter and body field replaced in turn by values of the wrong kind (wrong types, empty,
 * huge, control characters, other alphabets) and with bodies that are not the expected JSON at all. Every answer
 * must be a 2xx or a 4xx in the API's error format, never a 5xx (save the address search's designed 503 when no
 * address register is configured, as here).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { type ActorName, as, buildWorld, type World } from '../helpers/world.ts';

interface RouteInfo {
  method: string;
  url: string;
  query: string[];
  body: string[] | null;
}

let t: TestApp;
let world: World;
const routes: RouteInfo[] = [];

function propertiesOf(schema: unknown): string[] {
  const s = schema as { properties?: Record<string, unknown>; allOf?: unknown[] } | undefined;
  if (!s) return [];
  return [...Object.keys(s.properties ?? {}), ...(s.allOf ?? []).flatMap(propertiesOf)];
}

before(async () => {
  t = await createTestApp({}, (app) => {
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (method === 'HEAD' || !route.url.startsWith('/api') || route.url.startsWith('/api/docs')) continue;
        // Logging out would end the session the rest of the calls use.
        if (route.url.startsWith('/api/auth/')) continue;
        const schema = (route.schema ?? {}) as { querystring?: unknown; body?: unknown };
        routes.push({
          method,
          url: route.url,
          query: propertiesOf(schema.querystring),
          body: schema.body === undefined ? null : propertiesOf(schema.body),
        });
      }
    });
  });
  world = await buildWorld(t);
});
after(async () => {
  await t.close();
});

const UUID = '00000000-0000-4000-8000-000000000000';

/** A reasonable value for a path parameter, so the other parts of the request are what is tested. */
function paramValue(name: string): string {
  if (name === 'kommunenummer') return '3301';
  if (name === 'providerId') return world.providers.a1;
  if (name === 'organisationNumber') return '974760673';
  if (name === 'language') return 'en';
  if (name === 'token') return 'a'.repeat(43);
  return UUID;
}

const BAD_TEXT = [
  '',
  ' ',
  'x',
  '-1',
  '1e309',
  '99999999999999999999999',
  '0x1f',
  'null',
  'true',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  'ÆØÅ æøå كرة 😀',
  '\u0000\u0007',
  '%',
  '../../etc/passwd',
  'a'.repeat(5000),
];

const BAD_JSON: unknown[] = [
  null,
  true,
  -1,
  1.5,
  2 ** 63,
  '',
  'x'.repeat(100_000),
  [],
  [null],
  {},
  { nested: { deeper: [1, { x: 'y' }] } },
];

function fill(url: string, override?: [string, string]): string {
  return url.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(override && override[0] === name ? override[1] : paramValue(name)),
  );
}

interface Call {
  method: string;
  url: string;
  payload?: string;
  contentType?: string;
  /** A bad path parameter (sent as every actor), or bad query or body input with good parameters. */
  varies: 'param' | 'input';
}

function callsFor(route: RouteInfo): Call[] {
  const calls: Call[] = [];
  const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1] as string);
  const hasBody = route.body !== null;
  const base = fill(route.url);
  const validishBody = JSON.stringify({});
  const withBody = (call: Call): Call =>
    hasBody && call.payload === undefined ? { ...call, payload: validishBody, contentType: 'application/json' } : call;

  for (const name of params) {
    for (const value of ['x', '1', UUID.replace(/0/g, 'g'), 'ÆØÅ', 'a'.repeat(300), '%00']) {
      calls.push(withBody({ method: route.method, url: fill(route.url, [name, value]), varies: 'param' }));
    }
  }
  for (const name of route.query) {
    for (const value of BAD_TEXT) {
      calls.push({ method: route.method, url: `${base}?${name}=${encodeURIComponent(value)}`, varies: 'input' });
    }
    calls.push({ method: route.method, url: `${base}?${name}=1&${name}=2&${name}=x`, varies: 'input' });
  }
  if (hasBody) {
    for (const raw of ['', '{', 'null', '[]', '"x"', '{"a":1}garbage', 'ÆØÅ']) {
      calls.push({ method: route.method, url: base, payload: raw, contentType: 'application/json', varies: 'input' });
    }
    calls.push({
      method: route.method,
      url: base,
      payload: 'a=1',
      contentType: 'application/x-www-form-urlencoded',
      varies: 'input',
    });
    calls.push({ method: route.method, url: base, payload: '<a/>', contentType: 'text/xml', varies: 'input' });
    for (const field of route.body ?? []) {
      for (const value of [...BAD_TEXT.slice(0, 8), ...BAD_JSON]) {
        calls.push({
          method: route.method,
          url: base,
          payload: JSON.stringify({ [field]: value }),
          contentType: 'application/json',
          varies: 'input',
        });
      }
    }
  }
  return calls;
}

/** The route with good parameters and an empty JSON body where it takes one: what each actor is asked first. */
function probeFor(route: RouteInfo): Call {
  return route.body === null
    ? { method: route.method, url: fill(route.url), varies: 'input' }
    : { method: route.method, url: fill(route.url), payload: '{}', contentType: 'application/json', varies: 'input' };
}

const ACTORS: ActorName[] = ['adminA', 'providerAdminA', 'guardianA', 'operator'];

test('no route answers bad input with a server error', async () => {
  assert.ok(routes.length > 40, `${routes.length} routes`);
  const failures: string[] = [];
  let calls = 0;
  for (const route of routes) {
    // An actor the route refuses at the door with good parameters (401, 403) is refused whatever the query or body
    // says, so bad query and body input is sent as the actors who get past it; bad path parameters as everyone.
    const refused = new Set<ActorName>();
    for (const actor of ACTORS) {
      const call = probeFor(route);
      const res = await t.app.inject({
        method: call.method as 'GET',
        url: call.url,
        headers: { ...as(world, actor), ...(call.contentType ? { 'content-type': call.contentType } : {}) },
        ...(call.payload === undefined ? {} : { payload: call.payload }),
      });
      if (res.statusCode === 401 || res.statusCode === 403) refused.add(actor);
      if (res.statusCode >= 500) failures.push(`${res.statusCode} ${actor} probe ${call.method} ${call.url}`);
    }
    // Each bad call is sent once, by the next actor in turn: bad path parameters by every actor in rotation, bad
    // query and body input by the actors who get past the door. Validation does not depend on who asks, and the
    // rotation still brings every actor's own path through the handlers.
    const admitted = ACTORS.filter((actor) => !refused.has(actor));
    let turn = 0;
    for (const call of callsFor(route)) {
      const senders = call.varies === 'param' ? ACTORS : admitted;
      if (senders.length === 0) continue;
      const actor = senders[turn++ % senders.length] as ActorName;
      calls++;
      const res = await t.app.inject({
        method: call.method as 'GET',
        url: call.url,
        headers: {
          ...as(world, actor),
          ...(call.contentType ? { 'content-type': call.contentType } : {}),
        },
        ...(call.payload === undefined ? {} : { payload: call.payload }),
      });
      // The address register is not configured here; its route answers so, as designed.
      const unavailable = res.statusCode === 503 && res.json().error?.code === 'SERVICE_UNAVAILABLE';
      if (res.statusCode >= 500 && !unavailable) {
        failures.push(
          `${res.statusCode} ${actor} ${call.method} ${call.url.slice(0, 160)} ${String(call.payload ?? '').slice(0, 80)} → ${res.body.slice(0, 200)}`,
        );
      } else if (res.statusCode >= 400) {
        const body = res.json() as { error?: { code?: string; message?: string } };
        if (!body.error?.code || !body.error.message) {
          failures.push(`no error format: ${res.statusCode} ${call.method} ${call.url.slice(0, 160)}`);
        }
      }
    }
  }
  assert.ok(calls > 4000, `${calls} calls`);
  assert.deepEqual(failures.slice(0, 30), [], `${failures.length} of ${calls} calls failed`);
});

test('numbers that are not exact and text with NUL are a 400 naming the field; an overlong path part a 414', async () => {
  const infinite = await t.app.inject({ method: 'GET', url: '/api/municipalities/3301/activities?page=1e309' });
  assert.equal(infinite.statusCode, 400);
  assert.equal(infinite.json().error.code, 'VALIDATION_FAILED');
  assert.equal(infinite.json().error.details[0].field, 'query/page');
  const nul = await t.app.inject({
    method: 'GET',
    url: '/api/municipalities/3301/audit?actor=a%00b',
    headers: as(world, 'adminA'),
  });
  assert.equal(nul.statusCode, 400);
  assert.equal(nul.json().error.details[0].field, 'query/actor');
  const huge = await t.app.inject({
    method: 'POST',
    url: '/api/municipalities/3301/support-offers',
    headers: { ...as(world, 'adminA'), 'content-type': 'application/json' },
    payload: '{"kind":"support_scheme","title":"Støtte","summary":"Til utstyr","minAge":9007199254740993}',
  });
  assert.equal(huge.statusCode, 400);
  assert.equal(huge.json().error.details[0].field, 'body/minAge');
  const long = await t.app.inject({ method: 'GET', url: `/api/municipalities/${'1'.repeat(200)}` });
  assert.equal(long.statusCode, 414);
  assert.equal(long.json().error.code, 'URI_TOO_LONG');
  assert.equal(long.json().error.message, 'Adressen er for lang.');
});
