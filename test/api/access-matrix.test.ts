/**
 * Calls every API route as every role — own and other family, own and other municipality — and asserts
 * allow or deny. A route added without a row here fails the completeness test.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { type ActorName, as, buildWorld, type World } from '../helpers/world.ts';
import { activitiesCases } from './access-cases/activities.ts';
import { cardsCases } from './access-cases/cards.ts';
import { A, type AccessCase, B } from './access-cases/case.ts';
import { catalogueCases } from './access-cases/catalogue.ts';
import { correctionsCases } from './access-cases/corrections.ts';
import { newsCases } from './access-cases/news.ts';
import { organisationsCases } from './access-cases/organisations.ts';
import { paymentRequestsCases } from './access-cases/payment-requests.ts';
import { paymentsCases } from './access-cases/payments.ts';
import { payoutsCases } from './access-cases/payouts.ts';
import { placesCases } from './access-cases/places.ts';
import { providersCases } from './access-cases/providers.ts';
import { ticketsCases } from './access-cases/tickets.ts';

let t: TestApp;
let world: World;
const registered: string[] = [];

before(async () => {
  t = await createTestApp({}, (app) => {
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const m of methods) {
        if (m === 'HEAD' || !route.url.startsWith('/api') || route.url.startsWith('/api/docs')) continue;
        registered.push(`${m} ${route.url}`);
      }
    });
  });
  world = await buildWorld(t);
});
after(async () => {
  await t.close();
});

const ALL: ActorName[] = [
  'anonymous',
  'guardianA',
  'otherGuardianA',
  'youthA',
  'guardianB',
  'providerAdminA',
  'venueStaffA',
  'caseworkerA',
  'protectedCaseworkerA',
  'leisureGuideA',
  'adminA',
  'adminB',
  'operator',
];

const identityCases: AccessCase[] = [
  { route: 'GET /api/health', request: () => ({ method: 'GET', url: '/api/health' }), expect: {}, otherwise: 200 },
  { route: 'GET /api/ready', request: () => ({ method: 'GET', url: '/api/ready' }), expect: {}, otherwise: 200 },
  {
    route: 'GET /api/openapi.json',
    request: () => ({ method: 'GET', url: '/api/openapi.json' }),
    expect: {},
    otherwise: 200,
  },
  {
    route: 'GET /api/auth/login/:kind',
    request: () => ({ method: 'GET', url: '/api/auth/login/citizen?returnTo=/family' }),
    expect: {},
    otherwise: 302,
  },
  {
    route: 'GET /api/auth/callback/:kind',
    request: () => ({ method: 'GET', url: '/api/auth/callback/staff?code=guessed&state=guessed' }),
    expect: {},
    otherwise: 302,
  },
  {
    route: 'POST /api/auth/logout',
    request: () => ({ method: 'POST', url: '/api/auth/logout' }),
    expect: { anonymous: 401 },
    otherwise: 200,
    only: ['anonymous'],
  },
  { route: 'GET /api/session', request: () => ({ method: 'GET', url: '/api/session' }), expect: {}, otherwise: 200 },
  {
    route: 'GET /api/municipalities',
    request: () => ({ method: 'GET', url: '/api/municipalities' }),
    expect: {},
    otherwise: 200,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}` }),
    expect: {},
    otherwise: 200,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/family',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/family` }),
    expect: { anonymous: 401, guardianA: 200, otherGuardianA: 200, youthA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/family/export',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/family/export` }),
    expect: { anonymous: 401, guardianA: 200, otherGuardianA: 200, youthA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/family/access-log',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/family/access-log` }),
    expect: { anonymous: 401, guardianA: 200, otherGuardianA: 200, youthA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/people/lookup',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      payload: { nationalId: w.people.childA.nationalId, reason: 'Søknad om utstyr, sak 2026/114' },
    }),
    expect: { anonymous: 401, caseworkerA: 200, protectedCaseworkerA: 200, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/people/:personId/residence',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/people/${w.people.childA.id}/residence`,
      payload: { reason: 'Bor i kommunen etter avtale med barnevernet' },
    }),
    expect: { anonymous: 401, caseworkerA: 200, protectedCaseworkerA: 200, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/retention/run',
    request: () => ({ method: 'POST', url: `/api/municipalities/${A}/retention/run`, payload: { dryRun: true } }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/population',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/population` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/audit',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/audit` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/roles',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/roles` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/roles',
    request: () => ({
      method: 'POST',
      url: `/api/municipalities/${A}/roles`,
      payload: { role: 'leisure_guide', staffEmail: 'siri@drammen.example' },
    }),
    expect: { anonymous: 401, adminA: 201 },
    otherwise: 403,
    cleanup: async (app, w, response) => {
      const id = (JSON.parse(response.body) as { id: string }).id;
      await app.app.inject({
        method: 'DELETE',
        url: `/api/municipalities/${A}/roles/${id}`,
        headers: as(w, 'adminA'),
      });
    },
  },
  {
    route: 'DELETE /api/municipalities/:kommunenummer/roles/:assignmentId',
    request: () => ({
      method: 'DELETE',
      url: `/api/municipalities/${A}/roles/00000000-0000-4000-8000-000000000000`,
    }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
];

const cases: AccessCase[] = [
  ...identityCases,
  ...catalogueCases,
  ...organisationsCases,
  ...providersCases,
  ...activitiesCases,
  ...newsCases,
  ...placesCases,
  ...cardsCases,
  ...correctionsCases,
  ...paymentsCases,
  ...payoutsCases,
  ...ticketsCases,
  ...paymentRequestsCases,
];

describe('access matrix', () => {
  test('every API route has a row in the matrix', () => {
    const covered = new Set(cases.map((c) => c.route));
    const missing = [...new Set(registered)].filter((r) => !covered.has(r));
    assert.deepEqual(missing, [], `routes without access cases: ${missing.join(', ')}`);
  });

  for (const c of cases) {
    test(c.route, async () => {
      const failures: string[] = [];
      for (const actor of c.only ?? ALL) {
        const req = c.request(world);
        const res = await t.app.inject({
          method: req.method,
          url: req.url,
          headers: { ...as(world, actor), ...req.headers },
          ...(req.payload === undefined ? {} : { payload: req.payload as Record<string, unknown> }),
        });
        const expected = c.expect[actor] ?? c.otherwise;
        if (res.statusCode !== expected)
          failures.push(`${actor}: expected ${expected}, got ${res.statusCode} ${res.body.slice(0, 120)}`);
        if (c.cleanup && res.statusCode < 300) await c.cleanup(t, world, res);
      }
      assert.deepEqual(failures, []);
    });
  }
});

describe('other municipality', () => {
  test('staff of one municipality cannot act in another, and the refusal is audited there', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${B}/people/lookup`,
      headers: as(world, 'caseworkerA'),
      payload: { nationalId: world.people.childB.nationalId, reason: 'Forsøk på tvers av kommuner' },
    });
    assert.equal(res.statusCode, 403);
    const log = await world.services.audit.search({
      municipalityId: world.b.id,
      action: 'access.denied',
      limit: 10,
      offset: 0,
    });
    assert.ok(log.items.some((e) => e.actorName === 'Siri Saksbehandler' && e.outcome === 'denied'));
  });

  test("a guardian in one municipality sees nothing of another's families", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${B}/family`,
      headers: as(world, 'guardianA'),
    });
    assert.equal(res.statusCode, 403);
    const admin = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${B}/audit`,
      headers: as(world, 'adminA'),
    });
    assert.equal(admin.statusCode, 403);
  });

  test("a person of another municipality is not found by this municipality's caseworker", async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: as(world, 'caseworkerA'),
      payload: { nationalId: world.people.childB.nationalId, reason: 'Gjetning av nummer' },
    });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'PERSON_NOT_FOUND');
    const log = await world.services.audit.search({
      municipalityId: world.a.id,
      action: 'person.lookup',
      outcome: 'denied',
      limit: 10,
      offset: 0,
    });
    assert.ok(log.items.some((e) => e.reason === 'Gjetning av nummer'));
  });
});
