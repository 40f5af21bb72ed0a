/**
 * Open Norwegian reference data used to make the demo municipality look real: given names by birth cohort,
 * the most common surnames, the postal code register and the population aged 6-18 by single year of age.
 * The files live in ./data (see data/SOURCE.md for sources and licences).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** Reads a CSV file with a header row into objects keyed by the header names. Blank lines are skipped. */
function readRecords(file: string): Record<string, string>[] {
  return parse<Record<string, string>>(readFileSync(join(DATA_DIR, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
  });
}

function toInt(value: string | undefined, what: string): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isInteger(n))
    throw new Error(`${what}: not an integer: "${value}"`);
  return n;
}

export type Sex = 'M' | 'F';

export interface GivenName {
  name: string;
  sex: Sex;
  /** People born 2005-2017 with this name (the cohort aged 6-18 in 2024). */
  births2005to2017: number;
  /** People born 1970-1995 with this name (roughly the parent generation). */
  births1970to1995: number;
}

export interface Surname {
  rank: number;
  surname: string;
}

export interface PostalCode {
  postalCode: string;
  /** Upper case, as in the register. */
  postalPlace: string;
  kommunenummer: string;
  /** G street addresses, P PO boxes, B both, S service codes. */
  category: string;
}

export interface PopulationByAge {
  kommunenummer: string;
  age: number;
  male: number;
  female: number;
  total: number;
}

export interface ReferenceData {
  givenNames: GivenName[];
  surnames: Surname[];
  postalCodes: PostalCode[];
  populationByAge: PopulationByAge[];
}

let cached: ReferenceData | undefined;

/** Reads and validates the reference files once per process. */
export function loadReferenceData(): ReferenceData {
  if (cached) return cached;
  const givenNames = readRecords('given_names_by_birth_cohort.csv').map((r) => {
    if (r.sex !== 'M' && r.sex !== 'F') throw new Error(`given name ${r.given_name}: sex "${r.sex}"`);
    return {
      name: r.given_name ?? '',
      sex: r.sex as Sex,
      births2005to2017: toInt(r.births_2005_2017, 'births_2005_2017'),
      births1970to1995: toInt(r.births_1970_1995, 'births_1970_1995'),
    };
  });
  const surnames = readRecords('surnames_top100_2015.csv')
    .map((r) => ({ rank: toInt(r.rank, 'rank'), surname: r.surname ?? '' }))
    .sort((a, b) => a.rank - b.rank);
  const postalCodes = readRecords('postal_codes_2024.csv').map((r) => ({
    postalCode: r.postnummer ?? '',
    postalPlace: r.poststed ?? '',
    kommunenummer: r.kommunenummer ?? '',
    category: r.kategori ?? '',
  }));
  const populationByAge = readRecords('population_age_6_18_by_municipality_2024.csv').map((r) => ({
    kommunenummer: r.kommunenummer ?? '',
    age: toInt(r.age, 'age'),
    male: toInt(r.male, 'male'),
    female: toInt(r.female, 'female'),
    total: toInt(r.total, 'total'),
  }));
  cached = { givenNames, surnames, postalCodes, populationByAge };
  return cached;
}
