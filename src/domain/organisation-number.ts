/**
 * Norwegian organisation numbers (organisasjonsnummer, Enhetsregisteret): nine digits, the last a modulus 11
 * control digit over the first eight with weights 3 2 7 6 5 4 3 2. Pure rules, no I/O.
 */

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The control digit for eight digits, or null when no valid number has this prefix (remainder 10). */
export function organisationNumberControlDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * (WEIGHTS[i] as number);
  const control = 11 - (sum % 11);
  if (control === 11) return 0;
  if (control === 10) return null;
  return control;
}

export function isValidOrganisationNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  return organisationNumberControlDigit(value.slice(0, 8)) === Number(value[8]);
}
