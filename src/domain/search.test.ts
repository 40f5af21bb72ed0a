import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  boundingBox,
  chooseSort,
  distanceMetres,
  isValidPriceRange,
  MAX_SEARCH_TERMS,
  offerApplies,
  parsePoint,
  textQuery,
} from './search.ts';

test('free text becomes prefix terms joined by AND, with only letters and digits', () => {
  assert.equal(textQuery('Fotball 9 år'), 'fotball:* & 9:* & år:*');
  assert.equal(textQuery("  svømme!!  (barn) & 'kor' | x:*"), 'svømme:* & barn:* & kor:* & x:*');
  assert.equal(textQuery('كرة القدم'), 'كرة:* & القدم:*');
  assert.equal(textQuery('  !!! ::: '), null);
  assert.equal(textQuery(''), null);
  const many = Array.from({ length: 20 }, (_, i) => `ord${i}`).join(' ');
  assert.equal(textQuery(many)?.split(' & ').length, MAX_SEARCH_TERMS);
});

test('points parse from "lat,lon" and are checked', () => {
  assert.deepEqual(parsePoint('59.7441,10.2045'), { latitude: 59.7441, longitude: 10.2045 });
  assert.deepEqual(parsePoint(' -33.9 , 151.2 '), { latitude: -33.9, longitude: 151.2 });
  assert.equal(parsePoint('91,10'), null);
  assert.equal(parsePoint('59.7;10.2'), null);
  assert.equal(parsePoint('north'), null);
});

test('distance is the great-circle distance in metres', () => {
  const a = { latitude: 59.7441, longitude: 10.2045 };
  const b = { latitude: 59.7441 + 1 / 111.2, longitude: 10.2045 };
  assert.ok(Math.abs(distanceMetres(a, b) - 1000) < 5);
  assert.equal(distanceMetres(a, a), 0);
});

test('the bounding box holds every point within the distance, and not much more', () => {
  // Walk the circle of the given radius around origins from the equator to the far north: every point on it is
  // inside the box, and the box's edges are touched.
  for (const origin of [
    { latitude: 0, longitude: 0 },
    { latitude: 59.91, longitude: 10.75 },
    { latitude: 69.65, longitude: 18.96 },
    { latitude: 78.22, longitude: 15.65 },
    { latitude: -45, longitude: 170 },
  ]) {
    for (const metres of [100, 2000, 50_000]) {
      const box = boundingBox(origin, metres);
      const angle = metres / 6_378_168;
      let widest = 0;
      for (let i = 0; i < 3600; i++) {
        const bearing = (i / 3600) * 2 * Math.PI;
        const lat1 = (origin.latitude * Math.PI) / 180;
        const lat2 = Math.asin(Math.sin(lat1) * Math.cos(angle) + Math.cos(lat1) * Math.sin(angle) * Math.cos(bearing));
        const dLon = Math.atan2(
          Math.sin(bearing) * Math.sin(angle) * Math.cos(lat1),
          Math.cos(angle) - Math.sin(lat1) * Math.sin(lat2),
        );
        const point = { latitude: (lat2 * 180) / Math.PI, longitude: origin.longitude + (dLon * 180) / Math.PI };
        assert.ok(Math.abs(distanceMetres(origin, point) - metres) < 0.01 * metres + 0.01);
        assert.ok(point.latitude >= box.minLatitude - 1e-9 && point.latitude <= box.maxLatitude + 1e-9);
        assert.ok(box.minLongitude !== undefined && box.maxLongitude !== undefined);
        assert.ok(point.longitude >= box.minLongitude - 1e-9 && point.longitude <= box.maxLongitude + 1e-9);
        widest = Math.max(widest, Math.abs(point.longitude - origin.longitude));
      }
      const halfWidth = (box.maxLongitude ?? 0) - origin.longitude;
      assert.ok(halfWidth - widest < halfWidth * 0.001, `box not much wider than the circle at ${origin.latitude}`);
    }
  }
  assert.deepEqual(boundingBox({ latitude: 89.99, longitude: 0 }, 5000), {
    minLatitude: 89.99 - (5000 / 6_378_168) * (180 / Math.PI),
    maxLatitude: 90,
  });
  const acrossTheDateLine = boundingBox({ latitude: 0, longitude: 179.99 }, 5000);
  assert.equal(acrossTheDateLine.minLongitude, undefined);
});

test('sorting defaults to relevance for text, distance with a place, otherwise season start', () => {
  assert.equal(chooseSort({ requested: undefined, hasText: true, hasOrigin: true }), 'relevance');
  assert.equal(chooseSort({ requested: undefined, hasText: false, hasOrigin: true }), 'distance');
  assert.equal(chooseSort({ requested: undefined, hasText: false, hasOrigin: false }), 'start');
  assert.equal(chooseSort({ requested: 'distance', hasText: true, hasOrigin: false }), 'relevance');
  assert.equal(chooseSort({ requested: 'relevance', hasText: false, hasOrigin: false }), 'start');
  assert.equal(chooseSort({ requested: 'price', hasText: true, hasOrigin: true }), 'price');
});

test('price ranges are whole øre and ordered', () => {
  assert.ok(isValidPriceRange({ minOre: 0, maxOre: 50_000 }));
  assert.ok(isValidPriceRange({ minOre: undefined, maxOre: 0 }));
  assert.ok(!isValidPriceRange({ minOre: 500, maxOre: 100 }));
  assert.ok(!isValidPriceRange({ minOre: -1, maxOre: undefined }));
  assert.ok(!isValidPriceRange({ minOre: 1.5, maxOre: undefined }));
});

test('support offers apply by category and overlapping ages', () => {
  const football = { category: 'sport', minAge: 7, maxAge: 10 };
  assert.ok(offerApplies({ categories: [], minAge: null, maxAge: null }, football));
  assert.ok(offerApplies({ categories: ['sport'], minAge: 10, maxAge: 18 }, football));
  assert.ok(!offerApplies({ categories: ['art_culture'], minAge: null, maxAge: null }, football));
  assert.ok(!offerApplies({ categories: [], minAge: 11, maxAge: null }, football));
  assert.ok(!offerApplies({ categories: [], minAge: null, maxAge: 6 }, football));
});
