import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isStale, STALE_AFTER_DAYS } from './population-status.ts';

test('the register is out of date without an import, or when the newest is older than 35 days', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  assert.equal(STALE_AFTER_DAYS, 35);
  assert.equal(isStale([], now), true);
  assert.equal(isStale([{ startedAt: '2026-11-01T06:00:00Z' }, { startedAt: '2025-01-01T06:00:00Z' }], now), false);
  assert.equal(isStale([{ startedAt: '2026-10-21T12:00:00Z' }], now), false);
  assert.equal(isStale([{ startedAt: '2026-10-21T11:59:59Z' }], now), true);
});
