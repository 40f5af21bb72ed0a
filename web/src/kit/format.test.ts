import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatAge,
  formatAmount,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatDistance,
  formatNumber,
  formatPrice,
  weekdayName,
} from './format.ts';

test('moments are shown in Norwegian time, summer and winter', () => {
  // 22:30 UTC on 30 June is 00:30 on 1 July in Norway (summer time, UTC+2).
  const summer = formatDateTime('2025-06-30T22:30:00.000Z', 'nb');
  assert.match(summer, /1\. juli 2025/);
  assert.match(summer, /00[:.]30/);
  // 12:00 UTC in January is 13:00 in Norway (UTC+1).
  assert.equal(formatDateTime('2025-01-15T12:00:00Z', 'en'), '15 Jan 2025, 13:00');
});

test('Arabic uses Arabic month names with Western digits', () => {
  const text = formatDateTime('2025-06-30T22:30:00Z', 'ar');
  assert.match(text, /^1 يوليو 2025.*00:30$/);
  assert.doesNotMatch(text, /[٠-٩]/);
});

test('calendar dates do not move across time zones', () => {
  assert.equal(formatDate('2015-05-17', 'nb'), '17. mai 2015');
  assert.equal(formatDate('2015-05-17', 'nn'), '17. mai 2015');
  assert.equal(formatDate('2015-05-17', 'en'), '17 May 2015');
  assert.match(formatDate('2015-05-17', 'ar'), /17.*مايو.*2015/);
  assert.equal(formatDate('not a date', 'nb'), 'not a date');
});

test('numbers follow the language', () => {
  assert.equal(formatNumber(1234, 'en'), '1,234');
  assert.equal(formatNumber(12, 'ar'), '12');
});

test('ages use the plural rules of the language', () => {
  assert.equal(formatAge(10, 'nb'), '10 år');
  assert.equal(formatAge(1, 'en'), '1 year');
  assert.equal(formatAge(16, 'en'), '16 years');
  assert.equal(formatAge(10, 'ar'), '10 سنوات');
});

test('prices are kroner from øre, whole kroner without decimals', () => {
  assert.match(formatPrice(120_000, 'nb'), /^1\s200\skr$/);
  assert.match(formatPrice(4550, 'nb'), /^45,50\skr$/);
  assert.match(formatPrice(0, 'en'), /NOK\s0/);
});

test('distances are metres below a kilometre and kilometres above', () => {
  assert.match(formatDistance(347, 'nb'), /^350\sm$/);
  assert.match(formatDistance(1234, 'nb'), /^1,2\skm$/);
  assert.match(formatDistance(1234, 'en'), /^1\.2\skm$/);
  assert.match(formatDistance(23_456, 'nb'), /^23\skm$/);
});

test('weekdays are named in the reader language', () => {
  assert.equal(weekdayName(1, 'nb'), 'mandag');
  assert.equal(weekdayName(7, 'en'), 'Sunday');
});

test('amounts on a card are kroner, with a sign for money in and out when asked', () => {
  assert.equal(formatAmount(100_000, 'nb'), '1\u00a0000\u00a0kr');
  assert.equal(formatAmount(100_000, 'nb', { signed: true }), '+1\u00a0000\u00a0kr');
  assert.equal(formatAmount(-25_050, 'nb', { signed: true }), '\u2212250,50\u00a0kr');
  assert.equal(formatAmount(0, 'nb', { signed: true }), '0\u00a0kr');
  assert.equal(formatAmount(100_000, 'en'), 'NOK\u00a01,000');
  assert.doesNotMatch(formatAmount(100_000, 'ar'), /[٠-٩]/);
});

test('a period is one span of dates', () => {
  assert.equal(formatDateRange('2026-07-01', '2026-12-31', 'nb'), '1. juli\u201331. desember 2026');
  assert.match(formatDateRange('2026-07-01', '2026-12-31', 'en'), /^1 July\s\u2013\s31 December 2026$/u);
  assert.equal(formatDateRange('2026-07-01', 'x', 'en'), '2026-07-01 \u2013 x');
});
