import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  type ActivityInput,
  type ActivityTerms,
  capacityHolds,
  isEmail,
  isFree,
  isInNorway,
  isPhone,
  LIMITS,
  normaliseActivityInput,
  type PublishableActivity,
  placesOf,
  priceOf,
  publishable,
  validateActivityInput,
  validateActivityTerms,
  weekdaysOf,
} from './activity.ts';
import { FEE_KINDS } from './scheme.ts';

const valid: ActivityInput = {
  title: 'Fotball for jenter 9–11 år',
  description: 'Trening to ganger i uka på Marienlyst.',
  category: 'sport',
  minAge: 9,
  maxAge: 11,
  targetGroup: 'Jenter',
  seasonStart: '2026-08-17',
  seasonEnd: '2026-12-10',
  schedule: [
    { weekday: 4, start: '17:30', end: '19:00' },
    { weekday: 1, start: '17:30', end: '19:00' },
  ],
  sessionCount: 30,
  priceOre: 95_000,
  priceIncludes: 'Medlemskap og treningsavgift',
  streetAddress: 'Marienlyst 1',
  postalCode: '3015',
  latitude: 59.7441,
  longitude: 10.2045,
  neighbourhoodId: null,
  languages: ['nb', 'en'],
  adapted: false,
  freeTrial: true,
  contactName: 'Pia Leder',
  contactEmail: 'pia@drammenturn.example',
  contactPhone: '+47 912 34 567',
  textLanguage: 'nb',
};

function rules(input: Partial<ActivityInput>): string[] {
  return validateActivityInput({ ...valid, ...input }).map((e) => `${e.field}:${e.rule}`);
}

describe('validateActivityInput', () => {
  test('a complete activity is valid', () => {
    assert.deepEqual(validateActivityInput(valid), []);
  });

  test('title is required and at most 200 characters; description at most 5 000', () => {
    assert.deepEqual(rules({ title: '' }), ['title:required']);
    assert.deepEqual(rules({ title: 'x'.repeat(200) }), []);
    assert.deepEqual(rules({ title: 'x'.repeat(201) }), ['title:maxLength']);
    assert.deepEqual(rules({ description: 'x'.repeat(5000) }), []);
    assert.deepEqual(rules({ description: 'x'.repeat(5001) }), ['description:maxLength']);
  });

  test('category is one of the ten codes', () => {
    assert.deepEqual(rules({ category: 'nature_outdoor' }), []);
    assert.deepEqual(rules({ category: 'football' }), ['category:enum']);
  });

  test('ages 0–25 and the highest not below the lowest', () => {
    assert.deepEqual(rules({ minAge: 0, maxAge: 25 }), []);
    assert.deepEqual(rules({ minAge: 10, maxAge: 10 }), []);
    assert.deepEqual(rules({ minAge: 12, maxAge: 9 }), ['maxAge:ageRange']);
    assert.deepEqual(rules({ minAge: -1 }), ['minAge:invalid']);
    assert.deepEqual(rules({ maxAge: 26 }), ['maxAge:invalid']);
    assert.deepEqual(rules({ minAge: 6.5 }), ['minAge:invalid']);
  });

  test('the season ends on or after its start and both are calendar dates', () => {
    assert.deepEqual(rules({ seasonStart: '2026-08-17', seasonEnd: '2026-08-17' }), []);
    assert.deepEqual(rules({ seasonStart: '2026-08-17', seasonEnd: '2026-08-16' }), ['seasonEnd:dateRange']);
    assert.deepEqual(rules({ seasonStart: '2026-02-30' }), ['seasonStart:format']);
  });

  test('schedule: weekday 1–7, HH:MM times, the end after the start, at most 14 entries', () => {
    assert.deepEqual(rules({ schedule: [] }), []);
    assert.deepEqual(rules({ schedule: [{ weekday: 0, start: '17:00', end: '18:00' }] }), [
      'schedule/0/weekday:invalid',
    ]);
    assert.deepEqual(rules({ schedule: [{ weekday: 8, start: '17:00', end: '18:00' }] }), [
      'schedule/0/weekday:invalid',
    ]);
    assert.deepEqual(rules({ schedule: [{ weekday: 7, start: '24:00', end: '18:00' }] }), ['schedule/0/start:pattern']);
    assert.deepEqual(rules({ schedule: [{ weekday: 7, start: '7:00', end: '8:00' }] }), [
      'schedule/0/start:pattern',
      'schedule/0/end:pattern',
    ]);
    assert.deepEqual(rules({ schedule: [{ weekday: 2, start: '18:00', end: '18:00' }] }), ['schedule/0/end:timeRange']);
    assert.deepEqual(rules({ schedule: [{ weekday: 2, start: '18:00', end: '17:59' }] }), ['schedule/0/end:timeRange']);
    const entry = { weekday: 3, start: '10:00', end: '11:00' };
    assert.deepEqual(rules({ schedule: Array.from({ length: 14 }, () => entry) }), []);
    assert.deepEqual(rules({ schedule: Array.from({ length: 15 }, () => entry) }), ['schedule:maxItems']);
  });

  test('session count is optional, a whole number from 0', () => {
    assert.deepEqual(rules({ sessionCount: null }), []);
    assert.deepEqual(rules({ sessionCount: 0 }), []);
    assert.deepEqual(rules({ sessionCount: -1 }), ['sessionCount:invalid']);
    assert.deepEqual(rules({ sessionCount: 2.5 }), ['sessionCount:invalid']);
  });

  test('price is whole øre from 0 to 10 000 000', () => {
    assert.deepEqual(rules({ priceOre: 0 }), []);
    assert.deepEqual(rules({ priceOre: 10_000_000 }), []);
    assert.deepEqual(rules({ priceOre: 10_000_001 }), ['priceOre:maximum']);
    assert.deepEqual(rules({ priceOre: -100 }), ['priceOre:minimum']);
    assert.deepEqual(rules({ priceOre: 99.5 }), ['priceOre:type']);
  });

  test('languages are ISO 639-1 codes from the list', () => {
    assert.deepEqual(rules({ languages: ['nb', 'ar', 'so', 'uk', 'pl', 'se'] }), []);
    assert.deepEqual(rules({ languages: ['nb', 'klingon'] }), ['languages/1:enum']);
    assert.deepEqual(rules({ languages: ['NB'] }), ['languages/0:enum']);
  });

  test('contact e-mail and phone formats', () => {
    assert.deepEqual(rules({ contactEmail: 'not-an-address' }), ['contactEmail:email']);
    assert.deepEqual(rules({ contactEmail: 'a@b' }), ['contactEmail:email']);
    assert.deepEqual(rules({ contactPhone: '12 34' }), ['contactPhone:phone']);
    assert.deepEqual(rules({ contactPhone: 'ring meg' }), ['contactPhone:phone']);
    assert.deepEqual(rules({ contactEmail: null, contactPhone: null }), []);
    assert.equal(isEmail('pia@drammenturn.example'), true);
    assert.equal(isPhone('91234567'), true);
    assert.equal(isPhone('+47 91 23 45 67'), true);
  });

  test("coordinates lie within Norway's bounding box and come as a pair", () => {
    assert.deepEqual(rules({ latitude: 48.8566, longitude: 2.3522 }), ['latitude:coordinates']);
    assert.deepEqual(rules({ latitude: 59.74, longitude: null }), ['longitude:coordinates']);
    assert.deepEqual(rules({ latitude: null, longitude: null }), []);
    assert.equal(isInNorway(69.6492, 18.9553), true, 'Tromsø');
    assert.equal(isInNorway(58.0, 7.99), true, 'Kristiansand');
    assert.equal(isInNorway(78.22, 15.65), false, 'Svalbard is no municipality');
  });

  test('postal code is four digits', () => {
    assert.deepEqual(rules({ postalCode: '301' }), ['postalCode:pattern']);
    assert.deepEqual(rules({ postalCode: 'N-3015' }), ['postalCode:pattern']);
  });

  test('every problem is reported at once', () => {
    assert.deepEqual(rules({ title: '', minAge: 10, maxAge: 8, priceOre: -1 }), [
      'title:required',
      'maxAge:ageRange',
      'priceOre:minimum',
    ]);
  });
});

describe('normaliseActivityInput', () => {
  test('trims texts, makes empty optional texts null, orders the schedule and drops repeated languages', () => {
    const n = normaliseActivityInput({
      ...valid,
      title: '  Fotball  ',
      targetGroup: '   ',
      contactEmail: '',
      languages: ['nb', 'en', 'nb'],
    });
    assert.equal(n.title, 'Fotball');
    assert.equal(n.targetGroup, null);
    assert.equal(n.contactEmail, null);
    assert.deepEqual(n.languages, ['nb', 'en']);
    assert.deepEqual(
      n.schedule.map((s) => s.weekday),
      [1, 4],
    );
  });
});

describe('weekdaysOf', () => {
  test('each weekday once, in order', () => {
    assert.deepEqual(
      weekdaysOf([
        { weekday: 6, start: '10:00', end: '11:00' },
        { weekday: 2, start: '17:00', end: '18:00' },
        { weekday: 6, start: '12:00', end: '13:00' },
      ]),
      [2, 6],
    );
    assert.deepEqual(weekdaysOf([]), []);
  });

  test('free means price 0', () => {
    assert.equal(isFree(0), true);
    assert.equal(isFree(1), false);
  });
});

describe('publishable', () => {
  const ready: PublishableActivity = {
    seasonStart: '2026-08-17',
    seasonEnd: '2026-12-10',
    schedule: [{ weekday: 1, start: '17:30', end: '19:00' }],
    sessionCount: null,
    streetAddress: 'Marienlyst 1',
    postalCode: '3015',
    latitude: null,
    longitude: null,
    neighbourhoodId: null,
    contactEmail: 'pia@drammenturn.example',
    contactPhone: null,
  };
  const missing = (a: Partial<PublishableActivity>, today = '2026-06-01') =>
    publishable({ ...ready, ...a }, today).map((p) => `${p.requirement}:${p.rule}`);

  test('a complete activity may be published', () => {
    assert.deepEqual(missing({}), []);
  });

  test('needs a location: an address with postal code, a point or a neighbourhood', () => {
    const none = { streetAddress: null, postalCode: null };
    assert.deepEqual(missing(none), ['location:required']);
    assert.deepEqual(missing({ streetAddress: 'Marienlyst 1', postalCode: null }), ['location:required']);
    assert.deepEqual(missing({ ...none, latitude: 59.74, longitude: 10.2 }), []);
    assert.deepEqual(missing({ ...none, neighbourhoodId: '9b1c2e8e-1d7e-4c55-9a43-2f2f0c7b3d11' }), []);
  });

  test('needs a season that has not ended', () => {
    assert.deepEqual(missing({ seasonStart: null, seasonEnd: null }), ['season:required']);
    assert.deepEqual(missing({}, '2026-12-10'), []);
    assert.deepEqual(missing({}, '2026-12-11'), ['season:invalid']);
  });

  test('needs a schedule entry or a number of sessions', () => {
    assert.deepEqual(missing({ schedule: [] }), ['schedule:required']);
    assert.deepEqual(missing({ schedule: [], sessionCount: 0 }), ['schedule:required']);
    assert.deepEqual(missing({ schedule: [], sessionCount: 12 }), []);
  });

  test('needs an e-mail address or a phone number', () => {
    assert.deepEqual(missing({ contactEmail: null }), ['contact:required']);
    assert.deepEqual(missing({ contactEmail: null, contactPhone: '91234567' }), []);
  });

  test('lists everything that is missing', () => {
    assert.deepEqual(missing({ streetAddress: null, schedule: [], contactEmail: null }), [
      'location:required',
      'schedule:required',
      'contact:required',
    ]);
  });
});

describe('activity terms: places, waiting list, refunds and fee lines', () => {
  const terms = (patch: Partial<ActivityTerms> = {}): ActivityTerms => ({
    capacity: null,
    waitingList: false,
    refundPolicy: 'until_season_start',
    fees: [],
    ...patch,
  });
  const rules = (errors: { field: string; rule: string }[]) => errors.map((e) => `${e.field}:${e.rule}`);

  test('unlimited places, no lines and the default refund rule are valid', () => {
    assert.deepEqual(validateActivityTerms(terms()), []);
    assert.deepEqual(validateActivityTerms(terms({ refundPolicy: 'none', capacity: 1, waitingList: true })), []);
  });

  test('a capacity is a whole number from 1 to the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: LIMITS.capacity + 5 }), (capacity) => {
        const ok = capacity >= 1 && capacity <= LIMITS.capacity;
        assert.equal(validateActivityTerms(terms({ capacity })).length === 0, ok);
      }),
    );
    assert.deepEqual(rules(validateActivityTerms(terms({ capacity: 2.5 }))), ['capacity:type']);
  });

  test('a waiting list needs a capacity', () => {
    assert.deepEqual(rules(validateActivityTerms(terms({ waitingList: true }))), ['waitingList:needsCapacity']);
  });

  test('an unknown refund rule or fee kind is refused', () => {
    assert.deepEqual(rules(validateActivityTerms(terms({ refundPolicy: 'always' }))), ['refundPolicy:enum']);
    assert.deepEqual(rules(validateActivityTerms(terms({ fees: [{ kind: 'snacks', amountOre: 100 }] }))), [
      'fees/0/kind:enum',
    ]);
  });

  test('one line per kind: a second line of the same kind is refused at its own index', () => {
    const fees = [
      { kind: 'participation', amountOre: 100 },
      { kind: 'licence', amountOre: 100 },
      { kind: 'participation', amountOre: 200 },
    ];
    assert.deepEqual(rules(validateActivityTerms(terms({ fees }))), ['fees/2/kind:duplicate']);
  });

  test('lines of distinct kinds with amounts in range are valid, and the price is their sum', () => {
    const line = fc.record({
      kind: fc.constantFrom(...FEE_KINDS),
      amountOre: fc.integer({ min: 1, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(line, { selector: (l) => l.kind, maxLength: FEE_KINDS.length }), (fees) => {
        const sum = fees.reduce((s, l) => s + l.amountOre, 0);
        const errors = validateActivityTerms(terms({ fees }), sum);
        assert.deepEqual(rules(errors), sum > LIMITS.priceOre ? ['fees:feeTotal'] : []);
        assert.equal(priceOf(fees, 12_345), fees.length === 0 ? 12_345 : sum);
        if (fees.length > 0 && sum <= LIMITS.priceOre) {
          assert.deepEqual(rules(validateActivityTerms(terms({ fees }), sum + 1)), ['priceOre:feeSum']);
          // No price sent: the sum is the price.
          assert.deepEqual(validateActivityTerms(terms({ fees })), []);
        }
      }),
    );
  });

  test('an amount is whole øre above 0 and at most the price limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10, max: LIMITS.priceOre + 10 }), (amountOre) => {
        const errors = rules(validateActivityTerms(terms({ fees: [{ kind: 'membership', amountOre }] })));
        if (amountOre < 1) assert.deepEqual(errors, ['fees/0/amountOre:minimum']);
        else if (amountOre > LIMITS.priceOre) assert.deepEqual(errors, ['fees/0/amountOre:maximum']);
        else assert.deepEqual(errors, []);
      }),
    );
    assert.deepEqual(rules(validateActivityTerms(terms({ fees: [{ kind: 'cup', amountOre: 10.5 }] }))), [
      'fees/0/amountOre:type',
    ]);
  });

  test('more lines than kinds are refused as a whole', () => {
    const fees = [...FEE_KINDS, 'participation'].map((kind) => ({ kind, amountOre: 100 }));
    assert.deepEqual(rules(validateActivityTerms(terms({ fees }))), ['fees:maxItems']);
  });

  test('a capacity holds the places taken exactly when it is at least as many, or unlimited', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 1, max: 100 })), fc.nat(120), (capacity, taken) => {
        assert.equal(capacityHolds(capacity, taken), capacity === null || capacity >= taken);
      }),
    );
  });

  test('places left: never negative, full when none are left, no queue without a capacity', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 1, max: 100 })), fc.boolean(), fc.nat(120), (capacity, queue, taken) => {
        const places = placesOf(capacity, queue, taken);
        if (capacity === null) {
          assert.deepEqual(places, { capacity: null, left: null, full: false, waitingList: false });
        } else {
          assert.equal(places.left, Math.max(0, capacity - taken));
          assert.equal(places.full, taken >= capacity);
          assert.equal(places.waitingList, queue);
        }
      }),
    );
  });
});
