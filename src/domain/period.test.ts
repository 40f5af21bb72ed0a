import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  expiryDate,
  inPeriod,
  nextPeriod,
  PERIOD_KINDS,
  periodContaining,
  periodStartingOn,
  previousPeriod,
} from './period.ts';

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const kind = fc.constantFrom(...PERIOD_KINDS);

test('half-years run from 1 January to 30 June and from 1 July to 31 December', () => {
  assert.deepEqual(periodContaining('half_year', '2026-06-30'), {
    kind: 'half_year',
    start: '2026-01-01',
    end: '2026-06-30',
  });
  assert.deepEqual(periodContaining('half_year', '2026-07-01'), {
    kind: 'half_year',
    start: '2026-07-01',
    end: '2026-12-31',
  });
  assert.deepEqual(periodContaining('calendar_year', '2026-07-01'), {
    kind: 'calendar_year',
    start: '2026-01-01',
    end: '2026-12-31',
  });
});

test('every date lies in exactly one period, and periods follow each other without gap or overlap', () => {
  fc.assert(
    fc.property(kind, isoDate, (k, date) => {
      const period = periodContaining(k, date);
      assert.ok(inPeriod(period, date));
      assert.ok(!inPeriod(previousPeriod(period), date));
      assert.ok(!inPeriod(nextPeriod(period), date));
      assert.equal(addDays(period.end, 1), nextPeriod(period).start);
      assert.equal(addDays(period.start, -1), previousPeriod(period).end);
      assert.deepEqual(periodStartingOn(k, period.start), period);
    }),
  );
});

test('only the first day of a period starts one', () => {
  fc.assert(
    fc.property(kind, isoDate, (k, date) => {
      const starts = periodStartingOn(k, date);
      assert.equal(starts !== undefined, periodContaining(k, date).start === date);
    }),
  );
});

test('money expires at the end of its period, or at the end of a month that many months later', () => {
  const spring = periodContaining('half_year', '2026-03-10');
  assert.equal(expiryDate(spring, 0), '2026-06-30');
  assert.equal(expiryDate(spring, 2), '2026-08-31');
  assert.equal(expiryDate(periodContaining('half_year', '2027-09-01'), 2), '2028-02-29');
  fc.assert(
    fc.property(kind, isoDate, fc.integer({ min: 0, max: 24 }), (k, date, months) => {
      const period = periodContaining(k, date);
      const expiry = expiryDate(period, months);
      assert.ok(expiry >= period.end);
      assert.equal(addDays(expiry, 1).slice(8), '01', 'the last day of a month');
      if (months > 0) assert.ok(expiry > expiryDate(period, months - 1));
    }),
  );
});
