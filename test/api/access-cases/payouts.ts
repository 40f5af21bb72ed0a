/**
 * Access-matrix rows for payouts: the municipality's administrators prepare, approve and download; a provider's
 * admin sees its own payments' payout status. The world has no payout settings and no batches, so an allowed
 * administrator meets 409 (no settings) or 404 (no such batch).
 */
import { writePain002 } from '../../../src/integrations/bank/pain002.ts';
import { A, type AccessCase, B } from './case.ts';

const batch = `/api/municipalities/${A}/payout-batches/999999`;
const report = writePain002({
  messageId: 'BANK-1',
  createdAt: '2026-01-01T10:00:00',
  originalMessageId: 'FK-3301-B999999',
  groupStatus: 'ACSC',
});

export const payoutsCases: AccessCase[] = [
  {
    route: 'GET /api/municipalities/:kommunenummer/payout-settings',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/payout-settings` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'PUT /api/municipalities/:kommunenummer/payout-settings',
    request: () => ({
      method: 'PUT',
      url: `/api/municipalities/${B}/payout-settings`,
      payload: {
        debtorAccount: '86011117947',
        debtorName: 'Sandefjord kommune',
        organisationNumber: '974751968',
        debitLedgerAccount: '4790',
        creditLedgerAccount: '1920',
      },
    }),
    expect: { anonymous: 401, adminB: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/payout-batches',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/payout-batches` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/payout-batches',
    request: () => ({
      method: 'POST',
      url: `/api/municipalities/${A}/payout-batches`,
      payload: { upTo: '2026-01-01' },
    }),
    expect: { anonymous: 401, adminA: 409 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/payout-batches/:batchId',
    request: () => ({ method: 'GET', url: batch }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/payout-batches/:batchId/approve',
    request: () => ({ method: 'POST', url: `${batch}/approve` }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/payout-batches/:batchId/pain001',
    request: () => ({ method: 'GET', url: `${batch}/pain001` }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/payout-batches/:batchId/accounting.csv',
    request: () => ({ method: 'GET', url: `${batch}/accounting.csv` }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/payout-batches/:batchId/sent',
    request: () => ({ method: 'POST', url: `${batch}/sent` }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/payout-batches/:batchId/paid',
    request: () => ({
      method: 'POST',
      url: `${batch}/paid`,
      payload: { paidOn: '2026-01-02', bankReference: 'BANK-REF-1' },
    }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/payout-batches/:batchId/status-reports',
    request: () => ({
      method: 'POST',
      url: `${batch}/status-reports`,
      payload: report,
      headers: { 'content-type': 'application/xml' },
    }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/providers/:providerId/payouts',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/providers/${w.providers.a1}/payouts` }),
    expect: { anonymous: 401, providerAdminA: 200 },
    otherwise: 403,
  },
];
