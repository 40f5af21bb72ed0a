import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { effectiveExpiry, expiryKey, isDue, MAX_EXTENSION_YEARS, validateExtension } from './expiry.ts';
import { expiryDate, PERIOD_KINDS, periodContaining } from './period.ts';

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const kind = fc.constantFrom(...PERIOD_KINDS);

test('a card expires on the scheme’s date, or the latest later extension; never earlier', () => {
  const period = periodContaining('half_year', '2026-03-01');
  assert.equal(effectiveExpiry(period, 0), '2026-06-30');
  assert.equal(effectiveExpiry(period, 3, ['2026-08-15']), '2026-09-30');
  assert.equal(effectiveExpiry(period, 0, ['2026-08-15', '2026-07-31']), '2026-08-15');
  fc.assert(
    fc.property(kind, isoDate, fc.integer({ min: 0, max: 36 }), fc.array(isoDate, { maxLength: 4 }), (k, d, m, xs) => {
      const period = periodContaining(k, d);
      const date = effectiveExpiry(period, m, xs);
      assert.ok(date >= expiryDate(period, m));
      for (const x of xs) assert.ok(date >= x);
      assert.ok(date === expiryDate(period, m) || xs.includes(date));
    }),
  );
});

test('money is due the day after its expiry date, not on it', () => {
  assert.equal(isDue('2026-06-30', '2026-06-30'), false);
  assert.equal(isDue('2026-06-30', '2026-07-01'), true);
  fc.assert(fc.property(isoDate, isoDate, (e, today) => assert.equal(isDue(e, today), e < today)));
});

test('an extension is later than the date in force, not in the past, and within the limit', () => {
  const base = { schemeDate: '2026-06-30', currentDate: '2026-06-30', today: '2026-07-10' };
  assert.deepEqual(validateExtension({ ...base, newDate: '2026-09-30' }), []);
  assert.equal(validateExtension({ ...base, newDate: '2026-06-30' })[0]?.rule, 'extensionNotLater');
  assert.equal(validateExtension({ ...base, newDate: '2026-07-05' })[0]?.rule, 'extensionNotLater');
  assert.deepEqual(validateExtension({ ...base, newDate: `${2026 + MAX_EXTENSION_YEARS}-06-30` }), []);
  assert.equal(
    validateExtension({ ...base, newDate: `${2026 + MAX_EXTENSION_YEARS}-07-01` })[0]?.rule,
    'extensionTooLate',
  );
  fc.assert(
    fc.property(isoDate, isoDate, isoDate, (current, next, today) => {
      const ok = validateExtension({ schemeDate: current, currentDate: current, newDate: next, today }).length === 0;
      if (ok) assert.ok(next > current && next >= today);
    }),
  );
});

test('each card has one expiry key', () => {
  assert.equal(expiryKey('0190a1b2-0000-7000-8000-000000000001'), 'expiry:0190a1b2-0000-7000-8000-000000000001');
});
