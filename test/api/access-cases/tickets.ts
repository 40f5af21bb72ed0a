/**
 * Access-matrix rows for free tickets: offers and statistics (municipality admin), allocations and a child's
 * tickets (caseworker), claims and the family's tickets (guardian, youth), redemption (venue staff at their venue).
 */
import { A, type AccessCase, B } from './case.ts';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const FAMILY = { guardianA: 404, otherGuardianA: 404, youthA: 404 } as const;

export const ticketsCases: AccessCase[] = [
  {
    route: 'POST /api/municipalities/:kommunenummer/ticket-offers',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/ticket-offers`,
      payload: {
        venueId: w.providers.a2,
        kind: 'cinema',
        title: 'Kino i høstferien',
        quantity: 20,
        validFrom: '2030-10-01',
        validUntil: '2030-10-10',
        minAge: 6,
        maxAge: 18,
        schemeIds: [w.schemes.universalA],
        allocation: 'both',
      },
    }),
    expect: { anonymous: 401, adminA: 201 },
    otherwise: 403,
  },
  {
    // A venue of another municipality is not found.
    route: 'POST /api/municipalities/:kommunenummer/ticket-offers',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${B}/ticket-offers`,
      payload: {
        venueId: w.providers.a2,
        kind: 'pool',
        title: 'Bading',
        quantity: 5,
        validFrom: '2030-10-01',
        validUntil: '2030-10-10',
        minAge: 6,
        maxAge: 18,
        schemeIds: [w.schemes.universalB],
        allocation: 'families',
      },
    }),
    expect: { anonymous: 401, adminB: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/ticket-offers',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/ticket-offers` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'PUT /api/municipalities/:kommunenummer/ticket-offers/:offerId/quantity',
    request: () => ({
      method: 'PUT',
      url: `/api/municipalities/${A}/ticket-offers/${UNKNOWN}/quantity`,
      payload: { quantity: 3 },
    }),
    expect: { anonymous: 401, adminA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/ticket-statistics',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/ticket-statistics` }),
    expect: { anonymous: 401, adminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/ticket-offers/:offerId/claims',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/ticket-offers/${UNKNOWN}/claims`,
      payload: { childId: w.people.childA.id },
    }),
    expect: { anonymous: 401, ...FAMILY },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/ticket-offers/:offerId/allocations',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/ticket-offers/${UNKNOWN}/allocations`,
      payload: { childId: w.people.childA.id, reason: 'low_income' },
    }),
    expect: { anonymous: 401, caseworkerA: 404, protectedCaseworkerA: 404 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/people/:personId/tickets',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/people/${w.people.childA.id}/tickets` }),
    expect: { anonymous: 401, caseworkerA: 200, protectedCaseworkerA: 200 },
    otherwise: 403,
  },
  {
    // A child of another municipality, or with a strictly protected address for an unnamed caseworker: not found.
    route: 'GET /api/municipalities/:kommunenummer/people/:personId/tickets',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/people/${w.people.protectedChildA.id}/tickets` }),
    expect: { anonymous: 401, caseworkerA: 404, protectedCaseworkerA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/claimable-tickets',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/claimable-tickets` }),
    expect: { anonymous: 401, guardianA: 200, otherGuardianA: 200, youthA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/tickets',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/tickets` }),
    expect: { anonymous: 401, guardianA: 200, otherGuardianA: 200, youthA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/tickets/:ticketId/qr',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/tickets/${UNKNOWN}/qr` }),
    expect: { anonymous: 401, ...FAMILY },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/tickets/:ticketId/return',
    request: () => ({ method: 'POST', url: `/api/municipalities/${A}/tickets/${UNKNOWN}/return` }),
    expect: { anonymous: 401, ...FAMILY },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/redemptions',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a2}/redemptions`,
      payload: { scanned: 'T1.not-a-ticket' },
    }),
    expect: { anonymous: 401, venueStaffA: 400 },
    otherwise: 403,
  },
  {
    // Venue staff redeem only at their own venue.
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/redemptions',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/redemptions`,
      payload: { scanned: 'T1.not-a-ticket' },
    }),
    expect: { anonymous: 401 },
    otherwise: 403,
  },
];
