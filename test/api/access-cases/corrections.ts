/** Access-matrix rows for expiry runs and ledger corrections (municipality administrators only). */
import { A, type AccessCase } from './case.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

export const correctionsCases: AccessCase[] = [
  {
    route: 'POST /api/municipalities/:kommunenummer/expiry-runs',
    request: () => ({ method: 'POST', url: `/api/municipalities/${A}/expiry-runs` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/expiry-runs',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/expiry-runs` }),
    expect: { anonymous: 401, adminA: 200, caseworkerA: 200, protectedCaseworkerA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/corrections',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/corrections` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    // A transfer that is not the municipality's is not found (nothing is prepared).
    route: 'POST /api/municipalities/:kommunenummer/corrections',
    request: () => ({
      method: 'POST',
      url: `/api/municipalities/${A}/corrections`,
      payload: { kind: 'reverse_payment', transferId: 999_999_999, amountOre: 100, reason: 'Feil betaling' },
    }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/corrections/:correctionId',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/corrections/${UNKNOWN}` }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/corrections/:correctionId/approve',
    request: () => ({ method: 'POST', url: `/api/municipalities/${A}/corrections/${UNKNOWN}/approve` }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
];
