import assert from 'node:assert/strict';
import { test } from 'node:test';
import { draftOf, emptyDraft, inputOf, kronerToOre, oreToKroner } from './activity-draft.ts';

test('kroner as typed become whole øre, without rounding errors', () => {
  assert.equal(kronerToOre('450'), 45_000);
  assert.equal(kronerToOre('1 200'), 120_000);
  assert.equal(kronerToOre('450,5'), 45_050);
  assert.equal(kronerToOre('450.55'), 45_055);
  assert.equal(kronerToOre('0,07'), 7);
  assert.equal(kronerToOre('19.99'), 1999);
  assert.equal(kronerToOre('4,555'), null);
  assert.equal(kronerToOre('-5'), null);
  assert.equal(kronerToOre('kr 5'), null);
  assert.equal(kronerToOre(''), null);
});

test('øre are shown as kroner the way people type them', () => {
  assert.equal(oreToKroner(45_000), '450');
  assert.equal(oreToKroner(45_050), '450,50');
  assert.equal(oreToKroner(7), '0,07');
});

test('a complete draft becomes the API body; the point on the map is kept', () => {
  const draft = {
    ...emptyDraft('nb'),
    title: '  Fotball  ',
    category: 'sport',
    minAge: '8',
    maxAge: '10',
    seasonStart: '2026-08-17',
    seasonEnd: '2027-06-15',
    schedule: [{ weekday: '2', start: '17:30', end: '19:00' }],
    price: '450',
    postalCode: '3015',
    contactEmail: 'a@b.no',
  };
  const { input, problems } = inputOf(draft, { latitude: 59.7, longitude: 10.2 });
  assert.deepEqual(problems, {});
  assert.equal(input?.title, 'Fotball');
  assert.equal(input?.priceOre, 45_000);
  assert.deepEqual(input?.schedule, [{ weekday: 2, start: '17:30', end: '19:00' }]);
  assert.equal(input?.latitude, 59.7);
  assert.equal(input?.streetAddress, null);
  assert.equal(input?.sessionCount, null);
});

test('problems are found before sending, by field name', () => {
  const { input, problems } = inputOf({
    ...emptyDraft('nb'),
    minAge: '12',
    maxAge: '10',
    seasonStart: '2026-08-17',
    seasonEnd: '2026-01-01',
    schedule: [{ weekday: '1', start: '18:00', end: '17:00' }],
    price: '4,555',
    postalCode: '30',
  });
  assert.equal(input, undefined);
  assert.deepEqual(Object.keys(problems).sort(), [
    'category',
    'maxAge',
    'postalCode',
    'priceOre',
    'schedule/0/end',
    'seasonEnd',
    'title',
  ]);
});

test('a stored activity round-trips through the draft', () => {
  const draft = draftOf({
    id: 'a',
    providerId: 'p',
    status: 'draft',
    category: 'sport',
    title: 'Fotball',
    description: '',
    minAge: 8,
    maxAge: 10,
    targetGroup: null,
    seasonStart: '2026-08-17',
    seasonEnd: '2027-06-15',
    schedule: [{ weekday: 2, start: '17:30', end: '19:00' }],
    weekdays: [2],
    sessionCount: 20,
    priceOre: 45_050,
    fees: [],
    capacity: null,
    waitingList: false,
    refundPolicy: 'until_season_start',
    placesTaken: 0,
    free: false,
    priceIncludes: null,
    streetAddress: 'Idrettsveien 1',
    postalCode: '3015',
    postalPlace: 'DRAMMEN',
    latitude: null,
    longitude: null,
    neighbourhoodId: null,
    languages: ['nb', 'en'],
    adapted: false,
    freeTrial: true,
    contactName: null,
    contactEmail: 'a@b.no',
    contactPhone: null,
    textLanguage: 'nb',
    publishedAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    missingForPublishing: [],
    translations: [],
    images: [],
  });
  assert.equal(draft.price, '450,50');
  assert.equal(draft.sessionCount, '20');
  assert.equal(inputOf(draft).input?.priceOre, 45_050);
});

test('fee lines: the price is their sum, one line per kind, amounts in kroner above 0', () => {
  const base = { ...emptyDraft(), title: 'Turn', category: 'sport', minAge: '6', maxAge: '9' };
  const dated = { ...base, seasonStart: '2026-08-17', seasonEnd: '2026-12-10' };
  const ok = inputOf({
    ...dated,
    price: '999',
    fees: [
      { kind: 'participation', amount: '450,50' },
      { kind: 'licence', amount: '100' },
    ],
    capacity: '12',
    waitingList: true,
    refundPolicy: 'none',
  });
  assert.deepEqual(ok.problems, {});
  assert.equal(ok.input?.priceOre, 55_050);
  assert.deepEqual(ok.input?.fees, [
    { kind: 'participation', amountOre: 45_050 },
    { kind: 'licence', amountOre: 10_000 },
  ]);
  assert.equal(ok.input?.capacity, 12);
  assert.equal(ok.input?.waitingList, true);
  assert.equal(ok.input?.refundPolicy, 'none');

  const bad = inputOf({
    ...dated,
    fees: [
      { kind: 'participation', amount: '0' },
      { kind: 'participation', amount: 'mye' },
      { kind: '', amount: '10' },
    ],
    capacity: '0',
  });
  assert.deepEqual(bad.problems, {
    'fees/0/amountOre': 'activityTermsEditor.errors.amount',
    'fees/1/kind': 'activityTermsEditor.errors.kindTwice',
    'fees/1/amountOre': 'activityTermsEditor.errors.amount',
    'fees/2/kind': 'activityTermsEditor.errors.kind',
    capacity: 'activityTermsEditor.errors.capacity',
  });

  // No capacity: unlimited, and no waiting list whatever the box says.
  const open = inputOf({ ...dated, capacity: '', waitingList: true });
  assert.equal(open.input?.capacity, null);
  assert.equal(open.input?.waitingList, false);
});
