import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bankAccountControlDigit,
  bankAccountLastFour,
  formatBankAccount,
  isValidBankAccount,
  parseBankAccount,
} from './bank-account.ts';

test('accepts account numbers with a correct control digit', () => {
  assert.equal(parseBankAccount('12345678903'), '12345678903');
  assert.equal(parseBankAccount('86011117947'), '86011117947');
  assert.equal(isValidBankAccount('86011117947'), true);
});

test('accepts spaces and dots between the digits and stores the eleven digits', () => {
  assert.equal(parseBankAccount('1234.56.78903'), '12345678903');
  assert.equal(parseBankAccount('1234 56 78903'), '12345678903');
  assert.equal(parseBankAccount('  8601 11 17947 '), '86011117947');
});

test('rejects a wrong control digit', () => {
  for (let d = 0; d <= 9; d++) {
    if (d === 3) continue;
    assert.equal(parseBankAccount(`1234567890${d}`), null, `control digit ${d}`);
  }
  assert.equal(parseBankAccount('86011117946'), null);
});

test('rejects wrong length and other characters', () => {
  assert.equal(parseBankAccount('1234567890'), null);
  assert.equal(parseBankAccount('123456789034'), null);
  assert.equal(parseBankAccount('1234-56-78903'), null);
  assert.equal(parseBankAccount('1234.56.7890a'), null);
  assert.equal(parseBankAccount('.12345678903'), null);
  assert.equal(parseBankAccount(''), null);
});

test('a prefix whose weighted sum leaves remainder 1 has no valid control digit', () => {
  // 6 × 2 = 12, remainder 1 modulo 11.
  assert.equal(bankAccountControlDigit('0000000006'), null);
  for (let d = 0; d <= 9; d++) assert.equal(parseBankAccount(`0000000006${d}`), null);
});

test('remainder 0 gives control digit 0', () => {
  // 1×5 + 0 … + 3×2 = 11.
  assert.equal(bankAccountControlDigit('1000000003'), 0);
  assert.equal(parseBankAccount('10000000030'), '10000000030');
});

test('written form and the last four digits', () => {
  assert.equal(formatBankAccount('12345678903'), '1234.56.78903');
  assert.equal(bankAccountLastFour('12345678903'), '8903');
});
