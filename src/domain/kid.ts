/**
 * KID (kundeidentifikasjonsnummer): the customer reference a Norwegian payee gives with an invoice, 2–25
 * characters, all digits but the last, which is a control digit computed with MOD10 (Luhn) or MOD11. A MOD11
 * control "digit" can be '-' (when 11 − remainder is 10), so a KID is a string, never a number.
 * Rules and test vectors: shared/standards/payments/NOTES-kid-iban-pain001.md. Pure rules, no I/O.
 */

export const KID_ALGORITHMS = ['MOD10', 'MOD11'] as const;
export type KidAlgorithm = (typeof KID_ALGORITHMS)[number];

/** Shortest and longest KID, control digit included. */
export const KID_MIN_LENGTH = 2;
export const KID_MAX_LENGTH = 25;

const DIGITS = /^\d+$/;
const MOD11_WEIGHTS = [2, 3, 4, 5, 6, 7] as const;

function assertBody(body: string): void {
  if (!DIGITS.test(body)) throw new RangeError('a KID body is one or more digits');
}

/** Luhn: weights 2,1,2,1,… from the rightmost digit of the body, adding the digit sum of each product. */
export function mod10ControlDigit(body: string): string {
  assertBody(body);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    const product = i % 2 === 0 ? digit * 2 : digit;
    sum += product > 9 ? product - 9 : product;
  }
  return String((10 - (sum % 10)) % 10);
}

/** MOD11: weights 2..7 repeated from the rightmost digit; remainder 0 gives '0', 11 − remainder = 10 gives '-'. */
export function mod11ControlDigit(body: string): string {
  assertBody(body);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    sum += (body.charCodeAt(body.length - 1 - i) - 48) * (MOD11_WEIGHTS[i % 6] as number);
  }
  const remainder = sum % 11;
  if (remainder === 0) return '0';
  const control = 11 - remainder;
  return control === 10 ? '-' : String(control);
}

export function kidControlDigit(body: string, algorithm: KidAlgorithm): string {
  return algorithm === 'MOD10' ? mod10ControlDigit(body) : mod11ControlDigit(body);
}

/**
 * A KID to issue: the body (digits) followed by its control digit. Throws RangeError when the body is not digits
 * or the KID would be shorter than 2 or longer than 25 characters.
 */
export function makeKid(body: string, algorithm: KidAlgorithm): string {
  assertBody(body);
  if (body.length + 1 > KID_MAX_LENGTH) throw new RangeError(`a KID is at most ${KID_MAX_LENGTH} characters`);
  return body + kidControlDigit(body, algorithm);
}

function hasKidShape(kid: string): boolean {
  return kid.length >= KID_MIN_LENGTH && kid.length <= KID_MAX_LENGTH && /^\d+[\d-]$/.test(kid);
}

/** Whether the KID (exact characters, no spaces) passes the given algorithm's check. */
export function kidPasses(kid: string, algorithm: KidAlgorithm): boolean {
  if (!hasKidShape(kid)) return false;
  return kidControlDigit(kid.slice(0, -1), algorithm) === kid.slice(-1);
}

/**
 * Whether the KID is valid: with an algorithm, by that one (the one agreed with the bank for KIDs the platform
 * issues); without, by MOD10 or MOD11, as a payee may receive either.
 */
export function isValidKid(kid: string, algorithm?: KidAlgorithm): boolean {
  if (algorithm) return kidPasses(kid, algorithm);
  return kidPasses(kid, 'MOD10') || kidPasses(kid, 'MOD11');
}

/**
 * The KID as a person typed it (spaces between the characters allowed, as on a giro), or null when it is not a
 * valid KID (by the given algorithm, or by MOD10 or MOD11).
 */
export function parseKid(input: string, algorithm?: KidAlgorithm): string | null {
  const compact = input.trim().replace(/[ \u00a0]+/g, '');
  return isValidKid(compact, algorithm) ? compact : null;
}
