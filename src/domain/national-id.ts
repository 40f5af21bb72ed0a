/**
 * Norwegian national identity numbers: fødselsnummer, D-nummer, H-nummer and synthetic test numbers
 * (Skatteetaten's Tenor test data adds 80 to the month). Pure rules, no I/O.
 */

export type NationalIdKind = 'fnr' | 'dnr' | 'hnr' | 'synthetic';

export interface ParsedNationalId {
  value: string;
  kind: NationalIdKind;
  /** ISO calendar date of birth. */
  birthDate: string;
}

export type NationalIdError = 'format' | 'control_digits' | 'date' | 'synthetic';

/**
 * Which numbers an installation accepts. Synthetic test numbers (Skatteetaten's Tenor: month + 80; NAV's test
 * data: month + 40) belong to test data and never to a real person, so production refuses them wherever a number
 * enters; development, the demo and tests accept them.
 */
export interface NationalIdPolicy {
  acceptSynthetic: boolean;
}

export const ACCEPT_TEST_NUMBERS: NationalIdPolicy = { acceptSynthetic: true };
export const REAL_NUMBERS_ONLY: NationalIdPolicy = { acceptSynthetic: false };

/** The policy of a run mode: only production refuses test numbers. */
export function nationalIdPolicyFor(mode: 'production' | 'development' | 'test'): NationalIdPolicy {
  return mode === 'production' ? REAL_NUMBERS_ONLY : ACCEPT_TEST_NUMBERS;
}

/** Whether a number is a test number by its month (month + 40 or + 80), whatever its kind. */
export function isSyntheticNationalId(id: ParsedNationalId): boolean {
  return Number(id.value.slice(2, 4)) > 40;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function controlDigit(digits: number[], weights: readonly number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  if (rest === 10) return null;
  return rest;
}

/** The two control digits for the first nine digits, or null when no valid number has this prefix. */
export function controlDigits(firstNine: string): string | null {
  if (!/^\d{9}$/.test(firstNine)) return null;
  const digits = [...firstNine].map(Number);
  const k1 = controlDigit(digits, K1_WEIGHTS);
  if (k1 === null) return null;
  const k2 = controlDigit([...digits, k1], K2_WEIGHTS);
  if (k2 === null) return null;
  return `${k1}${k2}`;
}

/** Century from the individual number (digits 7-9) and the two-digit year, as the register assigns them. */
function birthYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  return null;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * Checks a number's form, control digits and date, and (with a policy) whether this installation accepts its kind.
 * Without a policy every valid number is accepted (test data, tools).
 */
export function parseNationalId(
  input: string,
  policy: NationalIdPolicy = ACCEPT_TEST_NUMBERS,
): { ok: true; id: ParsedNationalId } | { ok: false; error: NationalIdError } {
  const value = input.replace(/\s/g, '');
  if (!/^\d{11}$/.test(value)) return { ok: false, error: 'format' };
  if (controlDigits(value.slice(0, 9)) !== value.slice(9)) return { ok: false, error: 'control_digits' };
  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const yy = Number(value.slice(4, 6));
  const individual = Number(value.slice(6, 9));
  let kind: NationalIdKind = 'fnr';
  if (day > 40) {
    kind = 'dnr';
    day -= 40;
  }
  if (month > 80) {
    kind = 'synthetic';
    month -= 80;
  } else if (month > 40) {
    kind = kind === 'dnr' ? 'dnr' : 'hnr';
    month -= 40;
  }
  const year = birthYear(yy, individual);
  if (year === null || !isValidDate(year, month, day)) return { ok: false, error: 'date' };
  const birthDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const id: ParsedNationalId = { value, kind, birthDate };
  if (!policy.acceptSynthetic && isSyntheticNationalId(id)) return { ok: false, error: 'synthetic' };
  return { ok: true, id };
}

export function isValidNationalId(input: string, policy: NationalIdPolicy = ACCEPT_TEST_NUMBERS): boolean {
  return parseNationalId(input, policy).ok;
}

/**
 * Builds a valid number for a birth date and an individual number, or null when those nine digits have no
 * valid control digits (about one in five). `synthetic` adds 80 to the month, as test data must.
 */
export function makeNationalId(
  birthDate: string,
  individual: number,
  options: { synthetic?: boolean } = {},
): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match || individual < 0 || individual > 999) return null;
  const [, y, m, d] = match;
  const month = Number(m) + (options.synthetic ? 80 : 0);
  const prefix = `${d}${String(month).padStart(2, '0')}${String(y).slice(2)}${String(individual).padStart(3, '0')}`;
  const control = controlDigits(prefix);
  if (control === null) return null;
  const candidate = prefix + control;
  const parsed = parseNationalId(candidate);
  return parsed.ok && parsed.id.birthDate === birthDate ? candidate : null;
}
