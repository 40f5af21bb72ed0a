/**
 * IBAN (ISO 13616): two-letter country code, two check digits (ISO 7064 MOD 97-10) and the country's account
 * number (BBAN). A Norwegian IBAN is NO + check digits + the eleven-digit account number, 15 characters.
 * Other countries are checked generically: shape, length 15–34 and MOD 97-10; their per-country lengths and BBAN
 * rules are not checked. Rules and test vectors: shared/standards/payments/NOTES-kid-iban-pain001.md. Pure rules.
 */
import { bankAccountControlDigit, parseBankAccount } from './bank-account.ts';

export const IBAN_MIN_LENGTH = 15;
export const IBAN_MAX_LENGTH = 34;
export const NORWEGIAN_IBAN_LENGTH = 15;

const IBAN_SHAPE = /^[A-Z]{2}\d{2}[A-Z0-9]+$/;

/** The remainder modulo 97 of the number written by the characters, letters counting A=10 … Z=35. */
function mod97(characters: string): number {
  let remainder = 0;
  for (const ch of characters) {
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else remainder = (remainder * 100 + (code - 55)) % 97;
  }
  return remainder;
}

/** The two check digits for a country code and BBAN (upper-case letters and digits). */
export function ibanCheckDigits(countryCode: string, bban: string): string {
  if (!/^[A-Z]{2}$/.test(countryCode) || !/^[A-Z0-9]+$/.test(bban)) {
    throw new RangeError('a country code is two capital letters and a BBAN capital letters and digits');
  }
  return String(98 - mod97(`${bban}${countryCode}00`)).padStart(2, '0');
}

/**
 * The IBAN of a Norwegian account number (eleven digits, or as a person typed it with spaces or dots), or null
 * when it is not a valid account number.
 */
export function norwegianIban(bankAccount: string): string | null {
  const digits = parseBankAccount(bankAccount);
  if (digits === null) return null;
  return `NO${ibanCheckDigits('NO', digits)}${digits}`;
}

/** Whether the compact, upper-case string is a valid IBAN. */
function isValidCompactIban(iban: string): boolean {
  if (iban.length < IBAN_MIN_LENGTH || iban.length > IBAN_MAX_LENGTH || !IBAN_SHAPE.test(iban)) return false;
  const check = Number(iban.slice(2, 4));
  if (check < 2 || check > 98) return false;
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1) return false;
  if (iban.startsWith('NO')) {
    if (iban.length !== NORWEGIAN_IBAN_LENGTH || !/^\d{11}$/.test(iban.slice(4))) return false;
    // The BBAN must itself be a valid account number (its own MOD11 control digit).
    return bankAccountControlDigit(iban.slice(4, 14)) === Number(iban[14]);
  }
  return true;
}

/**
 * The compact IBAN (capital letters, no spaces) as a person typed it (spaces allowed, either case), or null when
 * it is not a valid IBAN.
 */
export function parseIban(input: string): string | null {
  const compact = input
    .trim()
    .replace(/[ \u00a0]+/g, '')
    .toUpperCase();
  return isValidCompactIban(compact) ? compact : null;
}

export function isValidIban(input: string): boolean {
  return parseIban(input) !== null;
}

/** The Norwegian account number (eleven digits) inside a valid Norwegian IBAN, or null. */
export function bankAccountOfIban(input: string): string | null {
  const iban = parseIban(input);
  return iban?.startsWith('NO') ? iban.slice(4) : null;
}

/** The printed form: groups of four separated by spaces (NO93 8601 1117 947). */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}
