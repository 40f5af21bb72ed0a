import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  controlDigits,
  isValidNationalId,
  makeNationalId,
  nationalIdPolicyFor,
  parseNationalId,
  REAL_NUMBERS_ONLY,
} from './national-id.ts';

test('accepts fødselsnummer with correct control digits and derives the birth date', () => {
  // Published examples of valid numbers.
  const parsed = parseNationalId('01010750160');
  assert.deepEqual(parsed, { ok: true, id: { value: '01010750160', kind: 'fnr', birthDate: '2007-01-01' } });
  assert.equal(isValidNationalId('15076500565'), true);
});

test('rejects wrong control digits, wrong length and impossible dates', () => {
  assert.deepEqual(parseNationalId('01010750161'), { ok: false, error: 'control_digits' });
  assert.deepEqual(parseNationalId('0101075016'), { ok: false, error: 'format' });
  assert.deepEqual(parseNationalId('0101075016a'), { ok: false, error: 'format' });
  const feb30 = `300207501${controlDigits('300207501') ?? '00'}`;
  if (controlDigits('300207501')) assert.deepEqual(parseNationalId(feb30), { ok: false, error: 'date' });
});

test('recognises D-numbers, H-numbers and synthetic test numbers', () => {
  const d = makeNationalId('2010-05-17', 512);
  assert.ok(d);
  const dnr = `${String(Number(d.slice(0, 2)) + 40)}${d.slice(2, 9)}`;
  const dControl = controlDigits(dnr);
  if (dControl) {
    const parsed = parseNationalId(dnr + dControl);
    assert.ok(parsed.ok && parsed.id.kind === 'dnr' && parsed.id.birthDate === '2010-05-17');
  }
  for (let individual = 500; individual < 520; individual++) {
    const synthetic = makeNationalId('2012-11-03', individual, { synthetic: true });
    if (!synthetic) continue;
    assert.equal(synthetic.slice(2, 4), '91');
    const parsed = parseNationalId(synthetic);
    assert.ok(parsed.ok);
    assert.equal(parsed.id.kind, 'synthetic');
    assert.equal(parsed.id.birthDate, '2012-11-03');
  }
});

test('the century comes from the individual number', () => {
  for (const [date, ind] of [
    ['1950-06-01', 100],
    ['2015-06-01', 600],
    ['1999-12-31', 950],
  ] as const) {
    for (let i = ind; i < ind + 30; i++) {
      const id = makeNationalId(date, i);
      if (!id) continue;
      const parsed = parseNationalId(id);
      assert.ok(parsed.ok, id);
      assert.equal(parsed.id.birthDate, date);
    }
  }
  // Individual numbers 000-499 belong to people born in the 1900s, so they cannot encode 2015.
  assert.equal(makeNationalId('2015-06-01', 100), null);
});

test('about one prefix in five has no valid control digits, and makeNationalId says so', () => {
  let none = 0;
  for (let i = 500; i < 1000; i++) if (makeNationalId('2011-03-14', i) === null) none++;
  assert.ok(none > 50 && none < 150, `unexpected share without control digits: ${none}`);
});

test('production refuses synthetic test numbers (month + 80 and month + 40); development, demo and tests accept them', () => {
  const real = makeNationalId('2012-11-03', 512) ?? makeNationalId('2012-11-03', 513);
  assert.ok(real);
  assert.equal(parseNationalId(real, REAL_NUMBERS_ONLY).ok, true);
  const tenor = [500, 501, 502, 503, 504, 505]
    .map((i) => makeNationalId('2012-11-03', i, { synthetic: true }))
    .find(Boolean);
  assert.ok(tenor);
  assert.deepEqual(parseNationalId(tenor, REAL_NUMBERS_ONLY), { ok: false, error: 'synthetic' });
  assert.deepEqual(parseNationalId(tenor, nationalIdPolicyFor('production')), { ok: false, error: 'synthetic' });
  assert.equal(parseNationalId(tenor, nationalIdPolicyFor('development')).ok, true);
  assert.equal(parseNationalId(tenor, nationalIdPolicyFor('test')).ok, true);
  assert.equal(isValidNationalId(tenor, REAL_NUMBERS_ONLY), false);
  // NAV's synthetic numbers add 40 to the month.
  for (let individual = 500; individual < 520; individual++) {
    const prefix = `0351${'12'}${individual}`;
    const control = controlDigits(prefix);
    if (!control) continue;
    assert.equal(parseNationalId(prefix + control).ok, true);
    assert.deepEqual(parseNationalId(prefix + control, REAL_NUMBERS_ONLY), { ok: false, error: 'synthetic' });
    break;
  }
});
