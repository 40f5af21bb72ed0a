/** Access-matrix rows for the news routes. */
import { A, type AccessCase } from './case.ts';

const UNKNOWN_NEWS = '00000000-0000-4000-8000-000000000000';

export const newsCases: AccessCase[] = [
  {
    route: 'GET /api/municipalities/:kommunenummer/news/audience',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/news/audience?kinds=voluntary` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/news',
    request: () => ({
      method: 'POST',
      url: `/api/municipalities/${A}/news`,
      payload: { subject: 'Søknadsfrist for tilskudd', body: 'Fristen er 1. mai.' },
    }),
    expect: { anonymous: 401, adminA: 201 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/news',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/news` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/news/:newsId',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/news/${UNKNOWN_NEWS}` }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/providers/:providerId/news',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/providers/${w.providers.a1}/news` }),
    expect: { anonymous: 401, providerAdminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/news/:newsId/read',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/news/${UNKNOWN_NEWS}/read`,
    }),
    expect: { anonymous: 401, providerAdminA: 404 },
    otherwise: 403,
  },
];
