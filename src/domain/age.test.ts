import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ageOn, birthDatesInScope, isChildInScope, isIsoDate, osloDate } from './age.ts';

describe('ageOn', () => {
  test('counts completed years, the birthday itself included', () => {
    assert.equal(ageOn('2010-05-17', '2026-05-16'), 15);
    assert.equal(ageOn('2010-05-17', '2026-05-17'), 16);
    assert.equal(ageOn('2010-05-17', '2026-12-31'), 16);
    assert.equal(ageOn('2010-05-17', '2010-05-17'), 0);
    assert.equal(ageOn('2010-05-17', '2010-05-16'), -1);
  });

  test('someone born on 29 February is a year older on 1 March in common years', () => {
    assert.equal(ageOn('2008-02-29', '2027-02-28'), 18);
    assert.equal(ageOn('2008-02-29', '2027-03-01'), 19);
    assert.equal(ageOn('2008-02-29', '2028-02-29'), 20);
  });

  test('refuses what is not a calendar date', () => {
    assert.throws(() => ageOn('2010-02-30', '2026-01-01'), RangeError);
    assert.throws(() => ageOn('17.05.2010', '2026-01-01'), RangeError);
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2023-02-29'), false);
    assert.equal(isIsoDate('2023-13-01'), false);
  });
});

describe('isChildInScope', () => {
  test('6-18 includes the 6th birthday and ends the day before the 19th', () => {
    assert.equal(isChildInScope('2020-08-15', '2026-08-14'), false);
    assert.equal(isChildInScope('2020-08-15', '2026-08-15'), true);
    assert.equal(isChildInScope('2007-08-15', '2026-08-14'), true);
    assert.equal(isChildInScope('2007-08-15', '2026-08-15'), false);
  });

  test('takes another scope, such as 2-18', () => {
    assert.equal(isChildInScope('2024-01-10', '2026-01-10', 2, 18), true);
    assert.equal(isChildInScope('2024-01-10', '2026-01-09', 2, 18), false);
  });
});

describe('osloDate', () => {
  test('uses the calendar date in Norway, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Oslo (UTC+1 in winter).
    assert.equal(osloDate(new Date('2025-12-31T23:30:00Z')), '2026-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Oslo (UTC+2 in summer).
    assert.equal(osloDate(new Date('2026-06-30T22:30:00Z')), '2026-07-01');
    assert.equal(osloDate(new Date('2026-06-30T21:30:00Z')), '2026-06-30');
  });
});

describe('birthDatesInScope', () => {
  test('is the same scope as isChildInScope, 29 February included', () => {
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    const day = 86_400_000;
    const days = ['2026-11-25', '2028-02-29', '2027-02-28', '2027-03-01', '2026-01-01', '2026-12-31'];
    for (const date of days) {
      const { bornAfter, bornOnOrBefore } = birthDatesInScope(date);
      // Every birth date around both ends: inside the range exactly when in scope.
      for (const end of [bornAfter, bornOnOrBefore]) {
        const middle = Date.parse(`${end}T00:00:00Z`);
        for (let offset = -800; offset <= 800; offset++) {
          const birth = iso(middle + offset * day);
          const inRange = birth > bornAfter && birth <= bornOnOrBefore;
          assert.equal(inRange, isChildInScope(birth, date), `${birth} on ${date}`);
        }
      }
    }
    assert.deepEqual(birthDatesInScope('2026-11-25'), { bornAfter: '2007-11-25', bornOnOrBefore: '2020-11-25' });
    assert.deepEqual(birthDatesInScope('2028-02-29'), { bornAfter: '2009-02-28', bornOnOrBefore: '2022-02-28' });
  });
});
