/** Access-matrix rows for the activities routes (activities, translations, pictures, logo). */
import { A, type AccessCase } from './case.ts';

/** No activity or picture has this id: the provider's own admin gets past the access check and finds nothing. */
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** An 8×8 PNG, sent as a multipart upload. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWNQWlWOFTEMLQkAeFlQwYvuevQAAAAASUVORK5CYII=',
  'base64',
);
const BOUNDARY = '----fritidskort-access-matrix';
const UPLOAD = Buffer.concat([
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n`,
  ),
  PNG,
  Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
]);

const next = new Date().getUTCFullYear() + 1;
const ACTIVITY = {
  title: 'Tilgangstest',
  category: 'sport',
  minAge: 8,
  maxAge: 12,
  seasonStart: `${next}-08-17`,
  seasonEnd: `${next}-12-10`,
};

const own = { anonymous: 401 } as const;

export const activitiesCases: AccessCase[] = [
  {
    route: 'GET /api/municipalities/:kommunenummer/providers/:providerId/activities',
    request: (w) => ({ method: 'GET', url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities` }),
    expect: { ...own, providerAdminA: 200 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/activities',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities`,
      payload: ACTIVITY,
    }),
    expect: { ...own, providerAdminA: 201 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId',
    request: (w) => ({
      method: 'GET',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}`,
    }),
    expect: { ...own, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'PUT /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId',
    request: (w) => ({
      method: 'PUT',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}`,
      payload: ACTIVITY,
    }),
    expect: { ...own, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/publish',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}/publish`,
    }),
    expect: { ...own, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/archive',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}/archive`,
    }),
    expect: { ...own, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/copy',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}/copy`,
      payload: { seasonStart: `${next + 1}-08-17`, seasonEnd: `${next + 1}-12-10` },
    }),
    expect: { ...own, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'PUT /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/translations/:language',
    request: (w) => ({
      method: 'PUT',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}/translations/en`,
      payload: { title: 'Access test' },
    }),
    expect: { ...own, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route:
      'DELETE /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/translations/:language',
    request: (w) => ({
      method: 'DELETE',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}/translations/en`,
    }),
    expect: { ...own, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'PUT /api/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/images',
    request: (w) => ({
      method: 'PUT',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/activities/${UNKNOWN}/images`,
      payload: [],
    }),
    expect: { ...own, providerAdminA: 404 },
    otherwise: 403,
  },
  {
    route: 'POST /api/municipalities/:kommunenummer/providers/:providerId/images',
    request: (w) => ({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/images`,
      payload: UPLOAD,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    }),
    expect: { ...own, providerAdminA: 201 },
    otherwise: 403,
  },
  {
    route: 'PUT /api/municipalities/:kommunenummer/providers/:providerId/logo',
    request: (w) => ({
      method: 'PUT',
      url: `/api/municipalities/${A}/providers/${w.providers.a1}/logo`,
      payload: { imageId: null },
    }),
    expect: { ...own, providerAdminA: 200 },
    otherwise: 403,
  },
  {
    route: 'GET /api/municipalities/:kommunenummer/images/:imageId/:size',
    request: () => ({ method: 'GET', url: `/api/municipalities/${A}/images/${UNKNOWN}/small` }),
    expect: {},
    otherwise: 404,
  },
];
