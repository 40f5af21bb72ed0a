/**
 * An activity placed by its street address gets coordinates from the national address register (here its local
 * stand-in), so families find it by distance; a new address is located again, a point the provider set is kept.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type AddressSearchStandIn, startAddressSearchStandIn } from '../../src/integrations/geonorge/stand-in.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';

let t: TestApp;
let world: World;
let standIn: AddressSearchStandIn;
const year = new Date().getUTCFullYear() + 1;

before(async () => {
  standIn = await startAddressSearchStandIn({
    addresses: [
      {
        street: 'Marienlyst',
        number: 1,
        postalCode: '3015',
        postalPlace: 'DRAMMEN',
        kommunenummer: '3301',
        municipalityName: 'DRAMMEN',
        latitude: 59.7462,
        longitude: 10.1951,
      },
      {
        street: 'Konnerudgata',
        number: 40,
        postalCode: '3045',
        postalPlace: 'DRAMMEN',
        kommunenummer: '3301',
        municipalityName: 'DRAMMEN',
        latitude: 59.7302,
        longitude: 10.2011,
      },
    ],
  });
  t = await createTestApp({ addressSearchUrl: standIn.url });
  world = await buildWorld(t);
});
after(async () => {
  await t.close();
  await standIn.close();
});

const url = () => `/api/municipalities/3301/providers/${world.providers.a1}/activities`;
const body = (overrides: Record<string, unknown>) => ({
  title: 'Fotball for alle',
  category: 'sport',
  minAge: 8,
  maxAge: 12,
  seasonStart: `${year}-08-17`,
  seasonEnd: `${year}-12-10`,
  schedule: [{ weekday: 2, start: '17:00', end: '18:00' }],
  priceOre: 0,
  streetAddress: 'Marienlyst 1',
  postalCode: '3015',
  contactEmail: 'fotball@drammenturn.example',
  ...overrides,
});

test('an address without coordinates is located; a new address is located again; a set point is kept', async () => {
  const created = await t.app.inject({
    method: 'POST',
    url: url(),
    headers: as(world, 'providerAdminA'),
    payload: body({}),
  });
  assert.equal(created.statusCode, 201, created.body);
  const activity = created.json() as { id: string; latitude: number | null; longitude: number | null };
  assert.equal(activity.latitude, 59.7462);
  assert.equal(activity.longitude, 10.1951);

  const moved = await t.app.inject({
    method: 'PUT',
    url: `${url()}/${activity.id}`,
    headers: as(world, 'providerAdminA'),
    payload: body({ streetAddress: 'Konnerudgata 40', postalCode: '3045', latitude: 59.7462, longitude: 10.1951 }),
  });
  assert.equal(moved.statusCode, 200, moved.body);
  assert.equal(moved.json().latitude, 59.7302);

  const placed = await t.app.inject({
    method: 'PUT',
    url: `${url()}/${activity.id}`,
    headers: as(world, 'providerAdminA'),
    payload: body({ streetAddress: 'Marienlyst 1', postalCode: '3015', latitude: 59.75, longitude: 10.21 }),
  });
  assert.equal(placed.json().latitude, 59.75);
});

test('an address the register does not know, or a register that is down, still saves the activity', async () => {
  const unknown = await t.app.inject({
    method: 'POST',
    url: url(),
    headers: as(world, 'providerAdminA'),
    payload: body({ streetAddress: 'Finnesikkeveien 9' }),
  });
  assert.equal(unknown.statusCode, 201, unknown.body);
  assert.equal(unknown.json().latitude, null);
  standIn.failNext(503, 5);
  const down = await t.app.inject({
    method: 'POST',
    url: url(),
    headers: as(world, 'providerAdminA'),
    payload: body({}),
  });
  assert.equal(down.statusCode, 201, down.body);
  assert.equal(down.json().latitude, null);
});
