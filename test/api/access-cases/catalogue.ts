/** Access-matrix rows for the public catalogue and the municipality's support offers. */
import type { AccessCase } from './case.ts';
import { A } from './case.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

export const catalogueCases: AccessCase[] = [
  {
    route: 'GET /api/client-config',
    request: () => ({ method: 'GET', url: '/api/client-config' }),
    expect: {},
    otherwise: 200,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/activities',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/activities?q=fotball` }),
    expect: {},
    otherwise: 200,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/activities/map',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/activities/map` }),
    expect: {},
    otherwise: 200,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/activities/:activityId',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/activities/${UNKNOWN}` }),
    expect: {},
    otherwise: 404,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/search-options',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/search-options` }),
    expect: {},
    otherwise: 200,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/support-offers',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/support-offers` }),
    expect: {},
    otherwise: 200,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/support-offers/all',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/support-offers/all` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/support-offers',
    request: () => ({
      method: 'POST',
      url: `/api/municipalities/${A}/support-offers`,
      payload: { kind: 'support_scheme', title: 'Kontingentstøtte', summary: 'Søk om støtte til kontingent.' },
    }),
    expect: { anonymous: 401, adminA: 201 },
    otherwise: 403,
    cleanup: async (t, w, response) => {
      const { id } = JSON.parse(response.body) as { id: string };
      await t.database.db
        .deleteFrom('supportOffer')
        .where('municipalityId', '=', w.a.id)
        .where('id', '=', id)
        .execute();
    },
  },
  {
    route: 'PUT /api/municipalities/:kommunenummer/support-offers/:supportOfferId',
    request: () => ({
      method: 'PUT',
      url: `/api/municipalities/${A}/support-offers/${UNKNOWN}`,
      payload: { kind: 'support_scheme', title: 'Kontingentstøtte', summary: 'Søk om støtte til kontingent.' },
    }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'DELETE /api/municipalities/:kommunenummer/support-offers/:supportOfferId',
    request: () => ({ method: 'DELETE', url: `/api/municipalities/${A}/support-offers/${UNKNOWN}` }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
];
