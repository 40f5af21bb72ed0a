import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { bankAccountControlDigit } from './bank-account.ts';
import { bankAccountOfIban, formatIban, ibanCheckDigits, isValidIban, norwegianIban, parseIban } from './iban.ts';

// Published vectors: shared/standards/payments/NOTES-kid-iban-pain001.md.
test('Norwegian account numbers to IBAN', () => {
  assert.equal(norwegianIban('8601.11.17947'), 'NO9386011117947');
  assert.equal(norwegianIban('86011117947'), 'NO9386011117947');
  assert.equal(norwegianIban('90412263056'), 'NO2390412263056');
  assert.equal(norwegianIban('12345678903'), 'NO7112345678903');
  assert.equal(norwegianIban('12345678904'), null);
  assert.equal(norwegianIban('1234567890'), null);
});

test('IBAN validation, spaces and lower case as typed', () => {
  assert.equal(parseIban('NO93 8601 1117 947'), 'NO9386011117947');
  assert.equal(parseIban(' no2390412263056 '), 'NO2390412263056');
  assert.equal(isValidIban('NO9386011117947'), true);
  assert.equal(isValidIban('NO9486011117947'), false); // check digits
  assert.equal(isValidIban('NO938601111794'), false); // NO is 15 characters
  assert.equal(isValidIban('NO93860111179470'), false);
  assert.equal(isValidIban('NO-9386011117947'), false);
  assert.equal(isValidIban(''), false);
  // Other countries: the generic check (ISO 13616 register examples).
  assert.equal(isValidIban('DE89 3704 0044 0532 0130 00'), true);
  assert.equal(isValidIban('GB29 NWBK 6016 1331 9268 19'), true);
  assert.equal(isValidIban('GB29 NWBK 6016 1331 9268 18'), false);
  assert.equal(isValidIban('SE45 5000 0000 0583 9825 7466'), true);
});

test('a Norwegian IBAN whose account number has a wrong control digit is refused even with right check digits', () => {
  const bban = '12345678904'; // control digit should be 3
  const iban = `NO${ibanCheckDigits('NO', bban)}${bban}`;
  assert.equal(isValidIban(iban), false);
});

test('check digits 00, 01 and 99 never occur', () => {
  assert.equal(isValidIban('NO0086011117947'), false);
  assert.equal(isValidIban('NO0186011117947'), false);
  assert.equal(isValidIban('NO9986011117947'), false);
});

test('printed in groups of four, and the account number back', () => {
  assert.equal(formatIban('NO9386011117947'), 'NO93 8601 1117 947');
  assert.equal(formatIban('DE89370400440532013000'), 'DE89 3704 0044 0532 0130 00');
  assert.equal(bankAccountOfIban('NO93 8601 1117 947'), '86011117947');
  assert.equal(bankAccountOfIban('DE89370400440532013000'), null);
  assert.equal(bankAccountOfIban('NO9486011117947'), null);
});

/** Valid Norwegian account numbers: ten random digits and their control digit, when one exists. */
const bankAccount = fc
  .string({ unit: fc.constantFrom(...'0123456789'), minLength: 10, maxLength: 10 })
  .map((ten) => {
    const control = bankAccountControlDigit(ten);
    return control === null ? null : `${ten}${control}`;
  })
  .filter((a): a is string => a !== null);

test('every valid account number gives an IBAN that validates and converts back', () => {
  fc.assert(
    fc.property(bankAccount, (account) => {
      const iban = norwegianIban(account);
      assert.ok(iban);
      assert.equal(iban.length, 15);
      assert.equal(isValidIban(iban), true);
      assert.equal(parseIban(formatIban(iban)), iban);
      assert.equal(bankAccountOfIban(iban), account);
    }),
  );
});

test('changing any one digit of a Norwegian IBAN breaks the check', () => {
  fc.assert(
    fc.property(bankAccount, fc.integer({ min: 2, max: 14 }), fc.integer({ min: 1, max: 9 }), (account, i, add) => {
      const iban = norwegianIban(account) as string;
      const changed = iban.slice(0, i) + String((Number(iban[i]) + add) % 10) + iban.slice(i + 1);
      assert.equal(isValidIban(changed), false, `${iban} → ${changed}`);
    }),
  );
});

test('swapping two adjacent different digits of an IBAN breaks the check', () => {
  fc.assert(
    fc.property(bankAccount, fc.integer({ min: 2, max: 13 }), (account, i) => {
      const iban = norwegianIban(account) as string;
      fc.pre(iban[i] !== iban[i + 1]);
      const swapped = iban.slice(0, i) + iban[i + 1] + iban[i] + iban.slice(i + 2);
      assert.equal(isValidIban(swapped), false, `${iban} → ${swapped}`);
    }),
  );
});

test('generic IBANs of any country: the computed check digits validate, a changed character does not', () => {
  const bban = fc.string({
    unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    minLength: 11,
    maxLength: 30,
  });
  const country = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMPQRSTUVWXYZ'), minLength: 2, maxLength: 2 });
  fc.assert(
    fc.property(country, bban, fc.nat(), (cc, b, pos) => {
      const iban = `${cc}${ibanCheckDigits(cc, b)}${b}`;
      assert.equal(isValidIban(iban), true, iban);
      const i = 4 + (pos % b.length);
      const ch = iban[i] as string;
      // A digit changed to another digit is always caught by MOD 97-10.
      fc.pre(/\d/.test(ch));
      const changed = iban.slice(0, i) + String((Number(ch) + 1) % 10) + iban.slice(i + 1);
      assert.equal(isValidIban(changed), false, `${iban} → ${changed}`);
    }),
  );
});
