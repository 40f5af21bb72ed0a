import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_MAX_MOVED_OUT_SHARE, isBornAfter, MOVED_OUT_ALLOWANCE, movedOutLimit } from './population.ts';

test('a full import may move out a tenth of the residents, and always a small number', () => {
  assert.equal(DEFAULT_MAX_MOVED_OUT_SHARE, 0.1);
  assert.equal(movedOutLimit(100_000), 10_000);
  assert.equal(movedOutLimit(10_001), 1_001);
  assert.equal(movedOutLimit(40), MOVED_OUT_ALLOWANCE);
  assert.equal(movedOutLimit(0), MOVED_OUT_ALLOWANCE);
});

test('the operator can allow another share for one run', () => {
  assert.equal(movedOutLimit(100_000, 0.5), 50_000);
  assert.equal(movedOutLimit(100_000, 1), 100_000);
  assert.equal(movedOutLimit(100_000, 0), MOVED_OUT_ALLOWANCE);
  assert.throws(() => movedOutLimit(100, -0.1), RangeError);
  assert.throws(() => movedOutLimit(100, Number.NaN), RangeError);
});

test('someone born after the day the register is read is not a person of the register yet', () => {
  assert.equal(isBornAfter('2026-12-04', '2026-12-03'), true);
  assert.equal(isBornAfter('2027-01-01', '2026-12-31'), true);
  assert.equal(isBornAfter('2026-12-03', '2026-12-03'), false);
  assert.equal(isBornAfter('2015-03-14', '2026-12-03'), false);
});
