/**
 * Norwegian bank account numbers (kontonummer): eleven digits, the last a modulus 11 control digit over the first
 * ten with weights 5 4 3 2 7 6 5 4 3 2. People write them with spaces or dots (1234 56 78903, 1234.56.78903);
 * the platform stores the eleven digits. Pure rules, no I/O.
 */

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The control digit for ten digits, or null when no valid account number has this prefix (remainder 1). */
export function bankAccountControlDigit(firstTen: string): number | null {
  if (!/^\d{10}$/.test(firstTen)) return null;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(firstTen[i]) * (WEIGHTS[i] as number);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/**
 * The eleven digits of an account number as a person typed it (spaces and dots between digits allowed),
 * or null when it is not a valid Norwegian account number.
 */
export function parseBankAccount(input: string): string | null {
  const trimmed = input.trim();
  if (!/^\d[\d .]*\d$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[ .]/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  return bankAccountControlDigit(digits.slice(0, 10)) === Number(digits[10]) ? digits : null;
}

export function isValidBankAccount(input: string): boolean {
  return parseBankAccount(input) !== null;
}

/** The usual written form: 1234.56.78903. */
export function formatBankAccount(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
}

/** The last four digits, the most of an account number that may be shown in logs and messages. */
export function bankAccountLastFour(digits: string): string {
  return digits.slice(-4);
}
