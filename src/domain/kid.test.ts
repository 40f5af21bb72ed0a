import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  isValidKid,
  KID_ALGORITHMS,
  type KidAlgorithm,
  kidPasses,
  makeKid,
  mod10ControlDigit,
  mod11ControlDigit,
  parseKid,
} from './kid.ts';

// Published vectors: shared/standards/payments/NOTES-kid-iban-pain001.md (checked there by verify_kid_iban.py).
test('MOD10 vectors', () => {
  assert.equal(mod10ControlDigit('1234'), '4');
  assert.equal(makeKid('1234', 'MOD10'), '12344');
  assert.equal(makeKid('234567', 'MOD10'), '2345676');
  assert.equal(makeKid('004455525', 'MOD10'), '0044555258');
  assert.equal(mod10ControlDigit('0'), '0');
  for (const kid of ['2345676', '23456767', '0044555258']) assert.equal(kidPasses(kid, 'MOD10'), true, kid);
  for (const kid of ['2345674', '0044555251']) assert.equal(kidPasses(kid, 'MOD10'), false, kid);
});

test('MOD11 vectors, with the hyphen control digit', () => {
  assert.equal(mod11ControlDigit('1234'), '3');
  assert.equal(makeKid('1234', 'MOD11'), '12343');
  assert.equal(makeKid('036532', 'MOD11'), '0365327');
  assert.equal(makeKid('1234567890', 'MOD11'), '12345678903');
  assert.equal(mod11ControlDigit('036536'), '-');
  for (const body of ['036536', '100008', '100011', '100025']) {
    assert.equal(makeKid(body, 'MOD11'), `${body}-`);
    assert.equal(kidPasses(`${body}-`, 'MOD11'), true, body);
    assert.equal(isValidKid(`${body}-`), true, body);
    assert.equal(kidPasses(`${body}-`, 'MOD10'), false, body);
  }
  for (const kid of ['0365327', '12345678903', '036536-']) assert.equal(kidPasses(kid, 'MOD11'), true, kid);
  assert.equal(kidPasses('1677036255', 'MOD11'), false);
});

test('a KID is valid by MOD10 or MOD11 unless the algorithm is given', () => {
  assert.equal(isValidKid('12344'), true); // MOD10
  assert.equal(isValidKid('12343'), true); // MOD11
  assert.equal(isValidKid('12343', 'MOD10'), false);
  assert.equal(isValidKid('12344', 'MOD11'), false);
  assert.equal(isValidKid('12345'), false);
});

test('length 2 to 25, digits with a hyphen only as the last character', () => {
  assert.equal(isValidKid('00'), true);
  assert.equal(isValidKid('0'), false);
  assert.equal(isValidKid(''), false);
  const body24 = '123456789012345678901234';
  assert.equal(isValidKid(makeKid(body24, 'MOD10')), true);
  assert.equal(makeKid(body24, 'MOD10').length, 25);
  assert.throws(() => makeKid(`${body24}5`, 'MOD10'), RangeError);
  const long = `${body24}5`;
  assert.equal(isValidKid(long + mod10ControlDigit(long), 'MOD10'), false); // 26 characters
  assert.equal(isValidKid('03-6536'), false);
  assert.equal(isValidKid('-0'), false);
  assert.equal(isValidKid('1234a'), false);
  assert.throws(() => makeKid('12a', 'MOD11'), RangeError);
  assert.throws(() => mod10ControlDigit(''), RangeError);
});

test('what a person typed: spaces allowed, the compact KID kept', () => {
  assert.equal(parseKid(' 2345 676 '), '2345676');
  assert.equal(parseKid('0365 36-'), '036536-');
  assert.equal(parseKid('0365 36-', 'MOD10'), null);
  assert.equal(parseKid('2345.676'), null);
  assert.equal(parseKid('2345 677'), null);
  assert.equal(parseKid('   '), null);
});

const algorithm = fc.constantFrom<KidAlgorithm>(...KID_ALGORITHMS);
const body = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 24 });

test('every body gets a KID that validates by its algorithm, and spaces typed in it do not matter', () => {
  fc.assert(
    fc.property(body, algorithm, fc.integer({ min: 1, max: 23 }), (b, algo, at) => {
      const kid = makeKid(b, algo);
      assert.equal(kid.length, b.length + 1);
      assert.equal(kid.slice(0, -1), b);
      assert.equal(kidPasses(kid, algo), true);
      assert.equal(isValidKid(kid), true);
      const cut = Math.min(at, kid.length - 1);
      assert.equal(parseKid(`${kid.slice(0, cut)} ${kid.slice(cut)}`, algo), kid);
    }),
  );
});

test('changing any one character of a KID breaks its check', () => {
  const digitsAndHyphen = [...'0123456789-'];
  fc.assert(
    fc.property(body, algorithm, fc.nat(), fc.constantFrom(...digitsAndHyphen), (b, algo, pos, ch) => {
      const kid = makeKid(b, algo);
      const i = pos % kid.length;
      fc.pre(kid[i] !== ch);
      const changed = kid.slice(0, i) + ch + kid.slice(i + 1);
      assert.equal(kidPasses(changed, algo), false, `${kid} → ${changed}`);
    }),
  );
});

test('swapping two adjacent different digits is detected (MOD10: anywhere but 09/90; MOD11: in the body)', () => {
  fc.assert(
    fc.property(
      body.filter((b) => b.length >= 1),
      algorithm,
      fc.nat(),
      (b, algo, pos) => {
        const kid = makeKid(b, algo);
        // MOD10 guarantees it over the whole KID, control digit included; MOD11 only between body digits.
        const span = algo === 'MOD10' ? kid.length : b.length;
        fc.pre(span >= 2);
        const i = pos % (span - 1);
        const [x, y] = [kid[i] as string, kid[i + 1] as string];
        fc.pre(x !== y && y !== '-');
        if (algo === 'MOD10') fc.pre(!((x === '0' && y === '9') || (x === '9' && y === '0')));
        const swapped = kid.slice(0, i) + y + x + kid.slice(i + 2);
        assert.equal(kidPasses(swapped, algo), false, `${kid} → ${swapped}`);
      },
    ),
  );
});

test('MOD10 misses the 09/90 swap, as the algorithm says', () => {
  // 0 and 9 at weights 2 and 1: 0 + 9 = 9 and (18 → 9) + 0 = 9, the same sum.
  const kid = makeKid('1209', 'MOD10');
  const swapped = `${kid.slice(0, 2)}90${kid.slice(4)}`;
  assert.equal(kidPasses(swapped, 'MOD10'), true);
});
