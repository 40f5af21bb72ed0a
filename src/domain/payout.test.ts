import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { osloDate } from './age.ts';
import { osloDayEnd, payoutEndToEndId, splitPayout } from './payout.ts';

test('the end of an Oslo day is its next midnight in Oslo, in summer and winter time and at the changes', () => {
  assert.equal(osloDayEnd('2026-01-15').toISOString(), '2026-01-15T23:00:00.000Z');
  assert.equal(osloDayEnd('2026-07-15').toISOString(), '2026-07-15T22:00:00.000Z');
  // The night summer time starts (29 March 2026) and ends (25 October 2026).
  assert.equal(osloDayEnd('2026-03-28').toISOString(), '2026-03-28T23:00:00.000Z');
  assert.equal(osloDayEnd('2026-03-29').toISOString(), '2026-03-29T22:00:00.000Z');
  assert.equal(osloDayEnd('2026-10-25').toISOString(), '2026-10-25T23:00:00.000Z');
  assert.throws(() => osloDayEnd('2026-02-30'), RangeError);
});

test('every day end is the first instant of the next Oslo day', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
      const day = osloDate(d);
      const end = osloDayEnd(day);
      assert.notEqual(osloDate(end), day);
      assert.equal(osloDate(new Date(end.getTime() - 1)), day);
    }),
  );
});

test('a batch pays each provider the sum of its transfers; without a valid account it is held back', () => {
  const split = splitPayout(
    [
      { providerId: 'a', amountOre: 10_000 },
      { providerId: 'a', amountOre: -2_500 },
      { providerId: 'b', amountOre: 4_000 },
      { providerId: 'c', amountOre: 3_000 },
      { providerId: 'c', amountOre: -3_000 },
      { providerId: 'd', amountOre: 1 },
    ],
    [
      { providerId: 'a', bankAccount: '86011117947' },
      { providerId: 'b', bankAccount: '86011117948' },
      { providerId: 'c', bankAccount: '86011117947' },
      { providerId: 'd', bankAccount: null },
    ],
  );
  assert.deepEqual(split.paid, [{ providerId: 'a', amountOre: 7_500 }]);
  assert.deepEqual(split.heldBack, [
    { providerId: 'b', amountOre: 4_000 },
    { providerId: 'd', amountOre: 1 },
  ]);
  assert.deepEqual(split.carried, ['c']);
});

test('what a batch pays and holds back is exactly the positive sums, to the øre', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          providerId: fc.constantFrom('p1', 'p2', 'p3'),
          amountOre: fc.integer({ min: -50_000, max: 100_000 }).filter((n) => n !== 0),
        }),
      ),
      fc.boolean(),
      (transfers, valid) => {
        const split = splitPayout(transfers, [
          { providerId: 'p1', bankAccount: '86011117947' },
          { providerId: 'p2', bankAccount: valid ? '86011117947' : '123' },
        ]);
        const positive = ['p1', 'p2', 'p3']
          .map((p) => transfers.filter((t) => t.providerId === p).reduce((s, t) => s + t.amountOre, 0))
          .filter((s) => s > 0)
          .reduce((s, n) => s + n, 0);
        const out = [...split.paid, ...split.heldBack].reduce((s, p) => s + p.amountOre, 0);
        assert.equal(out, positive);
        assert.ok(split.paid.every((p) => p.providerId !== 'p3'));
      },
    ),
  );
});

test('end-to-end ids stay within 35 characters', () => {
  assert.ok(payoutEndToEndId('3301', 999_999_999_999, 99_999).length <= 35);
});
