/** Names and national identity numbers. */
import { makeNationalId } from '../domain/national-id.ts';
import { type Random, type WeightedTable, weightedTable } from './random.ts';
import { loadReferenceData, type Sex } from './reference-data.ts';

/** Given names that fit families with these surnames; only those present in the name list are used. */
const NAMES_BY_SURNAME: Record<string, string[]> = {
  Ali: [
    'Mohammad',
    'Muhammad',
    'Mohammed',
    'Ali',
    'Ibrahim',
    'Omar',
    'Yusuf',
    'Ahmed',
    'Hassan',
    'Abdullahi',
    'Amina',
    'Aisha',
    'Maryam',
    'Zainab',
    'Fatima',
    'Hafsa',
    'Sara',
    'Yasmin',
    'Hamza',
    'Adam',
  ],
};
NAMES_BY_SURNAME.Ahmed = NAMES_BY_SURNAME.Ali as string[];

export interface NamePools {
  child: Record<Sex, WeightedTable<string>>;
  adult: Record<Sex, WeightedTable<string>>;
  special: Map<string, Record<'child' | 'adult', Record<Sex, WeightedTable<string> | undefined>>>;
  surnames: WeightedTable<string>;
}

export function buildNamePools(): NamePools {
  const { givenNames, surnames } = loadReferenceData();
  const table = (sex: Sex, count: (n: (typeof givenNames)[number]) => number, only?: Set<string>) => {
    const rows = givenNames.filter((n) => n.sex === sex && count(n) > 0 && (!only || only.has(n.name)));
    return rows.length === 0
      ? undefined
      : weightedTable(
          rows.map((n) => n.name),
          rows.map(count),
        );
  };
  const childCount = (n: (typeof givenNames)[number]) => n.births2005to2017;
  const adultCount = (n: (typeof givenNames)[number]) => n.births1970to1995;
  const required = (t: WeightedTable<string> | undefined) => {
    if (!t) throw new Error('the given-name list is missing a sex or cohort');
    return t;
  };
  const special = new Map<string, Record<'child' | 'adult', Record<Sex, WeightedTable<string> | undefined>>>();
  for (const [surname, names] of Object.entries(NAMES_BY_SURNAME)) {
    const only = new Set(names);
    special.set(surname, {
      child: { M: table('M', childCount, only), F: table('F', childCount, only) },
      adult: { M: table('M', adultCount, only), F: table('F', adultCount, only) },
    });
  }
  return {
    child: { M: required(table('M', childCount)), F: required(table('F', childCount)) },
    adult: { M: required(table('M', adultCount)), F: required(table('F', adultCount)) },
    special,
    // Zipf-like: the surname ranked r is chosen with weight 1/r.
    surnames: weightedTable(
      surnames.map((s) => s.surname),
      surnames.map((s) => 1 / s.rank),
    ),
  };
}

export function givenName(
  rng: Random,
  pools: NamePools,
  generation: 'child' | 'adult',
  sex: Sex,
  familyName: string,
): string {
  const special = pools.special.get(familyName)?.[generation][sex];
  const table = special && rng.chance(0.85) ? special : pools[generation][sex];
  const first = rng.weightedPick(table);
  // About one in eight has two given names, e.g. 'Emma Sofie'.
  if (rng.chance(0.12)) {
    const second = rng.weightedPick(table);
    if (second !== first) return `${first} ${second}`;
  }
  return first;
}

export class NationalIds {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Random) {}

  /** A unique synthetic number; the third individual digit is odd for males and even for females, as in the register. */
  next(birthDate: string, sex: Sex): string {
    const year = Number(birthDate.slice(0, 4));
    const [low, high] = year >= 2000 ? [500, 999] : [0, 499];
    const parity = sex === 'M' ? 1 : 0;
    const slots = (high - low + 1) / 2;
    const start = this.rng.int(0, slots - 1);
    for (let i = 0; i < slots; i++) {
      const individual = low + 2 * ((start + i) % slots) + parity;
      const id = makeNationalId(birthDate, individual, { synthetic: true });
      if (id !== null && !this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
    throw new Error(`no free national identity number for ${birthDate}`);
  }
}
