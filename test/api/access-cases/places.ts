/** Access-matrix rows for the address search. */
import { A, type AccessCase } from './case.ts';

export const placesCases: AccessCase[] = [
  {
    // Public. Text too short on purpose: validation answers 400 for everyone, whether or not the test app has
    // an address search configured (test/api/places.test.ts covers the answers with one).
    route: 'GET /api/municipalities/:kommunenummer/addresses',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/addresses?q=a` }),
    expect: {},
    otherwise: 400,
  },
];
