/**
 * Access-matrix rows for the providers routes. Requests that would change state are made so the use case
 * refuses them after the access check (a conflict, a bad field or an unknown id), or are undone in cleanup.
 */
import { as } from '../../helpers/world.ts';
import { A, type AccessCase } from './case.ts';

const NO_ID = '00000000-0000-4000-8000-000000000000';
const SIGNED_IN = {
  anonymous: 401,
} as const;

export const providersCases: AccessCase[] = [
  {
    route: 'POST /api/municipalities/:kommunenummer/providers',
    // A well-formed number with a wrong control digit: anyone signed in reaches the use case, which refuses it.
    request: () => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers`,
      payload: { organisationNumber: '123456789', kind: 'voluntary', email: 'post@example.no' },
    }),
    expect: SIGNED_IN,
    otherwise: 400,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/providers',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/providers?status=pending` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/decision',
    // a2 is approved already: approving again is a conflict, so nothing changes.
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a2}/decision`,
      payload: { decision: 'approve' },
    }),
    expect: { anonymous: 401, adminA: 409 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/providers/:providerId',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/providers/${w.providers.a1}` }),
    expect: { anonymous: 401, providerAdminA: 200 },
    otherwise: 403,
  },
  {
    route: 'PUT /api/municipalities/:kommunenummer/providers/:providerId',
    // A wrong control digit in the account number: the provider's admin gets through to the use case's refusal.
    request: (w) => ({
      method: 'PUT',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}`,
      payload: {
        name: 'Drammen Turn',
        description: '',
        email: 'post@drammenturn.no',
        phone: null,
        website: null,
        neighbourhoodId: null,
        socialLinks: [],
        bankAccount: '1234.56.78904',
      },
    }),
    expect: { anonymous: 401, providerAdminA: 400 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/my-providers',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/my-providers` }),
    expect: SIGNED_IN,
    otherwise: 200,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/public/providers/:providerId',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/public/providers/${w.providers.a1}` }),
    expect: {},
    otherwise: 200,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/invitations',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/invitations`,
      payload: { name: 'Ola Kasserer', email: 'ola@example.no' },
    }),
    expect: { anonymous: 401, providerAdminA: 201 },
    otherwise: 403,
    cleanup: async (t, w, response) => {
      const id = (JSON.parse(response.body) as { id: string }).id;
      await t.app.inject({
        method: 'DELETE',
        url: `/api/municipalities/${A}/providers/${w.providers.a1}/invitations/${id}`,
        headers: as(w, 'providerAdminA'),
      });
    },
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/providers/:providerId/invitations',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/providers/${w.providers.a1}/invitations` }),
    expect: { anonymous: 401, providerAdminA: 200 },
    otherwise: 403,
  },
  {
    route: 'DELETE /api/municipalities/:kommunenummer/providers/:providerId/invitations/:invitationId',
    request: (w) => ({
      method: 'DELETE',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/invitations/${NO_ID}`,
    }),
    expect: { anonymous: 401, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/invitations/accept',
    request: () => ({
      method: 'POST',
      url: `/api/municipalities/${A}/invitations/accept`,
      payload: { token: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    }),
    expect: SIGNED_IN,
    otherwise: 404,
  },
];
