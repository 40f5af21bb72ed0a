/** Population: children grouped into families with their guardians. */
import type { AddressProtection, PersonStatus } from '../db/schema.ts';
import { REFERENCE_KOMMUNENUMMER } from './constants.ts';
import { birthDateForAge, dayNumber } from './dates.ts';
import { type Geography, randomAddress } from './geography.ts';
import { buildNamePools, givenName, NationalIds } from './names.ts';
import { type Random, weightedTable } from './random.ts';
import { loadReferenceData, type Sex } from './reference-data.ts';
import type { DemoAddress, DemoGuardianship, DemoPerson } from './types.ts';

interface ChildDraft {
  age: number;
  sex: Sex;
  birthDate: string;
}

/** Scales Drammen's children per single year of age and sex to the requested total (largest remainder). */
function ageSexCounts(total: number): { age: number; male: number; female: number }[] {
  const rows = loadReferenceData()
    .populationByAge.filter((r) => r.kommunenummer === REFERENCE_KOMMUNENUMMER)
    .sort((a, b) => a.age - b.age);
  if (rows.length !== 13) throw new Error(`expected ages 6-18 for ${REFERENCE_KOMMUNENUMMER}, got ${rows.length} rows`);
  const sum = rows.reduce((s, r) => s + r.total, 0);
  const exact = rows.map((r) => (r.total * total) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  let missing = total - counts.reduce((s, c) => s + c, 0);
  for (const { i } of order) {
    if (missing <= 0) break;
    counts[i] = (counts[i] as number) + 1;
    missing--;
  }
  return rows.map((r, i) => {
    const count = counts[i] as number;
    const male = Math.round((count * r.male) / r.total);
    return { age: r.age, male, female: count - male };
  });
}

/** Number of children aged 6-18 in a family, and how likely it is. */
const FAMILY_SIZES = weightedTable([1, 2, 3, 4], [0.48, 0.38, 0.11, 0.03]);
/** Age difference to the previous sibling. 0 means twins. */
const SIBLING_GAPS = weightedTable([0, 1, 2, 3, 4, 5, 6], [0.03, 0.12, 0.3, 0.28, 0.15, 0.07, 0.05]);

function groupIntoFamilies(rng: Random, total: number, today: string): ChildDraft[][] {
  const pool = new Map<number, Sex[]>();
  for (const row of ageSexCounts(total)) {
    const sexes: Sex[] = [...Array<Sex>(row.male).fill('M'), ...Array<Sex>(row.female).fill('F')];
    pool.set(row.age, rng.shuffle(sexes));
  }
  const remaining = () => [...pool.entries()].filter(([, list]) => list.length > 0);
  const families: ChildDraft[][] = [];
  for (;;) {
    const ages = remaining();
    if (ages.length === 0) break;
    const first = rng.weightedPick(
      ages.map(([age]) => age),
      ages.map(([, list]) => list.length),
    );
    const size = rng.weightedPick(FAMILY_SIZES);
    const children: ChildDraft[] = [];
    const take = (age: number, twinOf?: ChildDraft): void => {
      const sex = (pool.get(age) as Sex[]).pop() as Sex;
      let birthDate = twinOf?.birthDate ?? birthDateForAge(rng, age, today);
      // Siblings who are not twins are born at least ten months apart.
      for (let tries = 0; !twinOf && tries < 30; tries++) {
        const tooClose = children.some((c) => Math.abs(dayNumber(c.birthDate) - dayNumber(birthDate)) < 300);
        if (!tooClose) break;
        birthDate = birthDateForAge(rng, age, today);
      }
      children.push({ age, sex, birthDate });
    };
    take(first);
    for (let attempt = 0; children.length < size && attempt < 6; attempt++) {
      const previous = children[children.length - 1] as ChildDraft;
      const gap = rng.weightedPick(SIBLING_GAPS);
      const age = previous.age + (rng.chance(0.5) ? gap : -gap);
      if (age < 6 || age > 18 || (pool.get(age)?.length ?? 0) === 0) continue;
      if (gap !== 0 && children.some((c) => c.age === age)) continue;
      take(age, gap === 0 ? previous : undefined);
    }
    children.sort((a, b) => a.birthDate.localeCompare(b.birthDate));
    families.push(children);
  }
  return families;
}

export interface Population {
  persons: DemoPerson[];
  guardianships: DemoGuardianship[];
  families: { guardians: DemoPerson[]; children: DemoPerson[] }[];
}

export function generatePopulation(rng: Random, geography: Geography, childCount: number, today: string): Population {
  const pools = buildNamePools();
  const ids = new NationalIds(rng);
  const drafts = groupIntoFamilies(rng, childCount, today);

  // About 0.3 % of families have address protection, mostly 'fortrolig', a few 'strengt fortrolig'.
  const protectedCount = drafts.length >= 100 ? Math.max(1, Math.round(drafts.length * 0.003)) : 0;
  const strictCount = protectedCount >= 2 ? Math.max(1, Math.round(protectedCount * 0.15)) : 0;
  const protection = new Map<number, AddressProtection>();
  rng
    .shuffle(drafts.map((_, i) => i))
    .slice(0, protectedCount)
    .forEach((family, i) => {
      protection.set(family, i < strictCount ? 'strengt_fortrolig' : 'fortrolig');
    });

  const persons: DemoPerson[] = [];
  const guardianships: DemoGuardianship[] = [];
  const families: Population['families'] = [];

  drafts.forEach((children, family) => {
    const addressProtection = protection.get(family) ?? 'none';
    const neighbourhood = rng.weightedPick(geography.neighbourhoodTable);
    const home = addressProtection === 'none' ? randomAddress(rng, geography, neighbourhood) : null;
    const makePerson = (
      fields: Pick<DemoPerson, 'givenName' | 'familyName' | 'birthDate' | 'sex' | 'role'>,
      status: PersonStatus,
      address: DemoAddress | null,
    ): DemoPerson => {
      const stored = addressProtection === 'none' && status !== 'non_resident' ? address : null;
      const person: DemoPerson = {
        id: rng.uuid(),
        nationalId: ids.next(fields.birthDate, fields.sex),
        ...fields,
        family,
        status,
        addressProtection,
        streetAddress: stored?.streetAddress ?? null,
        postalCode: stored?.postalCode ?? null,
        postalPlace: stored?.postalPlace ?? null,
        latitude: stored?.latitude ?? null,
        longitude: stored?.longitude ?? null,
        neighbourhoodId: stored?.neighbourhoodId ?? null,
      };
      persons.push(person);
      return person;
    };

    // Guardians: about 70 % of families have two. Mostly mother and father, a few same-sex couples.
    const two = rng.chance(0.7);
    let sexes: Sex[];
    if (two) {
      const r = rng.next();
      sexes = r < 0.985 ? ['F', 'M'] : r < 0.995 ? ['F', 'F'] : ['M', 'M'];
    } else {
      sexes = [rng.chance(0.78) ? 'F' : 'M'];
    }
    const eldest = children[0] as ChildDraft;
    const householdName = rng.weightedPick(pools.surnames);
    // Age of the first guardian when the eldest child was born: 20-44, most often around 30.
    const firstGap = Math.min(44, Math.max(20, Math.round(rng.normal(30.5, 4.5))));
    const guardianAges = [eldest.age + firstGap];
    if (two) {
      const partnerGap = Math.min(50, Math.max(20, firstGap + Math.round(rng.normal(2, 3.5))));
      guardianAges.push(eldest.age + partnerGap);
    }
    const guardians = sexes.map((sex, i) => {
      // The second guardian keeps another surname in about a third of families.
      const familyName = i === 0 || rng.chance(0.65) ? householdName : rng.weightedPick(pools.surnames);
      let status: PersonStatus = 'resident';
      let address = home;
      if (i === 1) {
        const r = rng.next();
        if (r < 0.05) status = 'non_resident';
        else if (r < 0.15 && home)
          address = randomAddress(rng, geography, rng.weightedPick(geography.neighbourhoodTable));
      }
      const age = guardianAges[i] as number;
      return makePerson(
        {
          givenName: givenName(rng, pools, 'adult', sex, familyName),
          familyName,
          birthDate: birthDateForAge(rng, age, today),
          sex,
          role: 'guardian',
        },
        status,
        address,
      );
    });

    // Children carry the household name; now and then the other guardian's, or their own (half-siblings).
    const second = guardians[1];
    const childrenName =
      second && second.familyName !== householdName && rng.chance(0.3) ? second.familyName : householdName;
    const usedGivenNames = new Set<string>();
    const childPersons = children.map((draft) => {
      const familyName = rng.chance(0.03) ? rng.weightedPick(pools.surnames) : childrenName;
      let name = givenName(rng, pools, 'child', draft.sex, familyName);
      for (let tries = 0; usedGivenNames.has(name) && tries < 10; tries++) {
        name = givenName(rng, pools, 'child', draft.sex, familyName);
      }
      usedGivenNames.add(name);
      const child = makePerson(
        { givenName: name, familyName, birthDate: draft.birthDate, sex: draft.sex, role: 'child' },
        'resident',
        home,
      );
      for (const guardian of guardians) guardianships.push({ childId: child.id, guardianId: guardian.id });
      return child;
    });
    families.push({ guardians, children: childPersons });
  });
  return { persons, guardianships, families };
}
