/** Access-matrix rows for the leisure-card routes: schemes, grant runs, placements and the wallet. */
import { EXAMPLE_SCHEMES } from '../../../src/domain/scheme.ts';
import { as } from '../../helpers/world.ts';
import { A, type AccessCase, B } from './case.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

export const cardsCases: AccessCase[] = [
  {
    route: 'GET /api/municipalities/:kommunenummer/schemes',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/schemes` }),
    expect: { anonymous: 401, adminA: 200, caseworkerA: 200, protectedCaseworkerA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/schemes',
    request: () => ({
      method: 'POST',
      url: `/api/municipalities/${A}/schemes`,
      payload: { ...EXAMPLE_SCHEMES.drammen, name: 'Sommerkortet' },
    }),
    expect: { anonymous: 401, adminA: 201 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/schemes/:schemeId',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/schemes/${w.schemes.universalA}` }),
    expect: { anonymous: 401, adminA: 200, caseworkerA: 200, protectedCaseworkerA: 200 },
    otherwise: 403,
  },
  {
    // Another municipality's scheme is not found, even by name of its id.
    route: 'GET /api/municipalities/:kommunenummer/schemes/:schemeId',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/schemes/${w.schemes.universalB}` }),
    expect: { anonymous: 401, adminA: 404, caseworkerA: 404, protectedCaseworkerA: 404 },
    otherwise: 403,
  },
  {
    route: 'PUT /api/municipalities/:kommunenummer/schemes/:schemeId',
    request: (w) => ({
      method: 'PUT',
      url: `/api/municipalities/${A}/schemes/${w.schemes.universalA}`,
      payload: { ...EXAMPLE_SCHEMES.drammen, startsOn: '2025-01-01' },
    }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/schemes/:schemeId/grant-runs',
    request: (w) => ({ method: 'POST', url: `/api/municipalities/${A}/schemes/${w.schemes.universalA}/grant-runs` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/schemes/:schemeId/grant-runs',
    request: (w) => ({ method: 'POST', url: `/api/municipalities/${B}/schemes/${w.schemes.universalA}/grant-runs` }),
    expect: { anonymous: 401, adminB: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/schemes/:schemeId/grant-runs',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/schemes/${w.schemes.universalA}/grant-runs` }),
    expect: { anonymous: 401, adminA: 200, caseworkerA: 200, protectedCaseworkerA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/schemes/:schemeId/placements',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/schemes/${w.schemes.meansTestedA}/placements` }),
    expect: { anonymous: 401, adminA: 200, caseworkerA: 200, protectedCaseworkerA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/schemes/:schemeId/placements',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/schemes/${w.schemes.meansTestedA}/placements`,
      payload: { personId: w.people.otherChildA.id, reason: 'low_income', note: 'Henvist fra NAV' },
    }),
    expect: { anonymous: 401, adminA: 201, caseworkerA: 201, protectedCaseworkerA: 201 },
    otherwise: 403,
    cleanup: async (t, w, response) => {
      const { placement } = JSON.parse(response.body) as { placement: { id: string } };
      await t.app.inject({
        method: 'POST',
        url: `/api/municipalities/${A}/schemes/${w.schemes.meansTestedA}/placements/${placement.id}/end`,
        headers: as(w, 'adminA'),
      });
    },
  },
  {
    // A child of another municipality cannot be placed from here.
    route: 'POST /api/municipalities/:kommunenummer/schemes/:schemeId/placements',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/schemes/${w.schemes.meansTestedA}/placements`,
      payload: { personId: w.people.childB.id, reason: 'low_income', note: '' },
    }),
    expect: { anonymous: 401, adminA: 404, caseworkerA: 404, protectedCaseworkerA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/schemes/:schemeId/placements/:placementId/end',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/schemes/${w.schemes.meansTestedA}/placements/${UNKNOWN}/end`,
    }),
    expect: { anonymous: 401, adminA: 404, caseworkerA: 404, protectedCaseworkerA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/cards',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/cards` }),
    expect: { anonymous: 401, guardianA: 200, otherGuardianA: 200, youthA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/enrolments',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/enrolments`,
      headers: { 'idempotency-key': 'access-matrix-enrolment' },
      payload: { activityId: UNKNOWN, childId: w.people.childA.id },
    }),
    // The family finds no such activity; others' children and other roles get nothing.
    expect: { anonymous: 401, guardianA: 404, otherGuardianA: 404, youthA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/enrolments',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/enrolments` }),
    expect: { anonymous: 401, guardianA: 200, otherGuardianA: 200, youthA: 200 },
    otherwise: 403,
  },
  ...(['refresh', 'pay', 'cancel'] as const).map(
    (action): AccessCase => ({
      route: `POST /api/municipalities/:kommunenummer/enrolments/:enrolmentId/${action}`,
      request: () => ({ method: 'POST', url: `/api/municipalities/${A}/enrolments/${UNKNOWN}/${action}` }),
      expect: { anonymous: 401, guardianA: 404, otherGuardianA: 404, youthA: 404 },
      otherwise: 403,
    }),
  ),
  {
    route: 'GET /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/participants',
    request: (w) => ({
      method: 'GET',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}/participants`,
    }),
    expect: { anonymous: 401, providerAdminA: 404 },
    otherwise: 403,
  },
];
