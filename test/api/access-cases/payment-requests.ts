/**
 * Access-matrix rows for payment requests: the provider's admin sends, lists and withdraws for its own provider;
 * the family lists and pays its own requests; nobody else gets in. Unknown ids keep every call from changing
 * anything.
 */
import { A, type AccessCase } from './case.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

export const paymentRequestsCases: AccessCase[] = [
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/payment-requests',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}/payment-requests`,
      headers: { 'idempotency-key': 'access-matrix-payment-request' },
      payload: { feeKind: 'participation', amountOre: 10_000, dueDate: `${new Date().getUTCFullYear() + 1}-01-15` },
    }),
    expect: { anonymous: 401, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/payment-requests',
    request: (w) => ({
      method: 'GET',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}/payment-requests`,
    }),
    expect: { anonymous: 401, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/payment-requests/:requestId/withdraw',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/payment-requests/${UNKNOWN}/withdraw`,
    }),
    expect: { anonymous: 401, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/payment-requests',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/payment-requests` }),
    expect: { anonymous: 401, guardianA: 200, otherGuardianA: 200, youthA: 200 },
    otherwise: 403,
  },
  ...(['pay', 'refresh'] as const).map(
    (action): AccessCase => ({
      route: `POST /api/municipalities/:kommunenummer/payment-requests/:requestId/${action}`,
      request: () => ({ method: 'POST', url: `/api/municipalities/${A}/payment-requests/${UNKNOWN}/${action}` }),
      expect: { anonymous: 401, guardianA: 404, otherGuardianA: 404, youthA: 404 },
      otherwise: 403,
    }),
  ),
];
