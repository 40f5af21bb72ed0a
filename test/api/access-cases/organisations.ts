/** Access-matrix rows for the organisations routes: anyone signed in may look organisations up. */
import type { AccessCase } from './case.ts';

export const organisationsCases: AccessCase[] = [
  {
    route: 'GET /api/organisations/:organisationNumber',
    // A wrong control digit is refused by the use case without a register look-up (no network in the matrix):
    // 400 shows the route let the actor through, 401 that it did not.
    request: () => ({ method: 'GET', url: '/api/organisations/998877661' }),
    expect: { anonymous: 401 },
    otherwise: 400,
  },
  {
    route: 'GET /api/organisations',
    request: () => ({ method: 'GET', url: '/api/organisations?q=fjordvik&municipality=3301' }),
    expect: { anonymous: 401 },
    otherwise: 200,
  },
];
