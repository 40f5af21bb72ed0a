/**
 * Generates a realistic, entirely fictional demo municipality ("Fjordvik", kommunenummer 3999): neighbourhoods,
 * children aged 6-18 with their guardians, providers and an activity catalogue. Pure and deterministic: the
 * same options always give the same data (no clock, no Math.random). Nothing here touches the database.
 *
 * Realism comes from open reference data: the age and sex distribution of Drammen's children, given names by
 * birth cohort, the most common surnames and Drammen's real postal codes. Street names, coordinates,
 * organisations, contact details and national identity numbers are invented; the national identity numbers
 * are synthetic test numbers (month + 80), which can never belong to a real person.
 */
import type {
  ActivityStatus,
  AddressProtection,
  PersonStatus,
  ProviderKind,
  ProviderStatus,
  ScheduleEntry,
} from '../db/schema.ts';
import { makeNationalId } from '../domain/national-id.ts';
import { organisationNumberControlDigit } from '../domain/organisation-number.ts';
import {
  ACTIVITY_TEMPLATES,
  type ActivityTemplate,
  type AgeGroup,
  ANCHOR_PROVIDERS,
  type CategoryCode,
  LANGUAGE_NAMES_NB,
  PROVIDER_TEMPLATES,
  type ProviderTemplate,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  type VenueKind,
} from './catalogue.ts';
import { Random, type WeightedTable, weightedTable } from './random.ts';
import { loadReferenceData, type Sex } from './reference-data.ts';

export const DEMO_KOMMUNENUMMER = '3999';
export const DEMO_MUNICIPALITY_NAME = 'Fjordvik';
/** The real municipality whose age distribution and postal codes the demo borrows (Drammen). */
export const REFERENCE_KOMMUNENUMMER = '3301';
export const DEFAULT_DEMO_SEED = 20260801;

export interface DemoOptions {
  seed: number;
  /** Children aged 6-18; default 15 000 (about Drammen's 15 930). */
  children?: number;
  providers?: number;
  activities?: number;
  /** ISO date the ages and seasons are relative to; fixed by default so the output never changes. */
  today?: string;
}

export interface DemoMunicipality {
  kommunenummer: string;
  name: string;
  settings: { defaultLanguage: 'nb'; youthSelfServiceAge: number };
}

export interface DemoNeighbourhood {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

export interface DemoAddress {
  streetAddress: string;
  postalCode: string;
  postalPlace: string;
  latitude: number;
  longitude: number;
  neighbourhoodId: string;
}

export interface DemoPerson {
  id: string;
  /** Synthetic 11-digit national identity number, in clear; the loader stores only its hash and ciphertext. */
  nationalId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  role: 'child' | 'guardian';
  /** Household the person belongs to in the generated data (not stored). */
  family: number;
  status: PersonStatus;
  addressProtection: AddressProtection;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  latitude: number | null;
  longitude: number | null;
  neighbourhoodId: string | null;
}

export interface DemoGuardianship {
  childId: string;
  guardianId: string;
}

export interface DemoOrganisation {
  organisationNumber: string;
  name: string;
  organisationForm: string;
  inVoluntaryRegister: boolean;
  businessAddress: string;
  postalCode: string;
  postalPlace: string;
  municipalityNumber: string;
  website: string | null;
}

export interface DemoProvider {
  id: string;
  organisationNumber: string | null;
  name: string;
  kind: ProviderKind;
  status: ProviderStatus;
  description: string;
  email: string;
  phone: string;
  website: string | null;
  neighbourhoodId: string;
  /** Main category of the provider (not stored on the provider; its activities carry it). */
  category: CategoryCode;
}

export interface DemoActivity {
  id: string;
  providerId: string;
  category: CategoryCode;
  title: string;
  description: string;
  minAge: number;
  maxAge: number;
  targetGroup: string;
  seasonStart: string;
  seasonEnd: string;
  schedule: ScheduleEntry[];
  weekdays: number[];
  sessionCount: number;
  priceOre: number;
  priceIncludes: string | null;
  streetAddress: string;
  postalCode: string;
  postalPlace: string;
  latitude: number;
  longitude: number;
  neighbourhoodId: string;
  languages: string[];
  adapted: boolean;
  freeTrial: boolean;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  status: ActivityStatus;
}

/** People worth logging in as when trying the demo. All numbers are synthetic. */
export interface DemoSampleUser {
  role: 'guardian' | 'single_guardian' | 'youth' | 'child' | 'protected_child';
  description: string;
  personId: string;
  nationalId: string;
  name: string;
  birthDate: string;
  age: number;
  /** For guardians: their children. */
  children?: { personId: string; nationalId: string; name: string; age: number }[];
}

export interface DemoData {
  seed: number;
  today: string;
  municipality: DemoMunicipality;
  neighbourhoods: DemoNeighbourhood[];
  persons: DemoPerson[];
  guardianships: DemoGuardianship[];
  organisations: DemoOrganisation[];
  providers: DemoProvider[];
  activities: DemoActivity[];
  sampleUsers: DemoSampleUser[];
}

// ---------------------------------------------------------------------------------------------------------
// Calendar dates as ISO strings, computed in UTC so that results never depend on the machine's time zone.

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function shiftYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  // Clamp 29 February to 28 February in common years.
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return isoDate(Date.UTC(y + years, m - 1, Math.min(d, lastDay)) / DAY_MS);
}

/** Age in completed years on a date. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
function isoWeekday(day: number): number {
  const weekday = new Date(day * DAY_MS).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** A random birth date for someone who is exactly `age` on `today`. */
function birthDateForAge(rng: Random, age: number, today: string): string {
  const latest = dayNumber(shiftYears(today, -age));
  const earliest = dayNumber(shiftYears(today, -(age + 1))) + 1;
  for (;;) {
    const candidate = isoDate(rng.int(earliest, latest));
    if (ageOn(candidate, today) === age) return candidate;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Small text helpers.

/** A host name part from a Norwegian name: 'Nordåsen FK' -> 'nordasen-fk'. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listInNorwegian(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** A fictional mobile number in the Norwegian format, e.g. '+47 412 34 567'. */
function phoneNumber(rng: Random): string {
  const first = rng.pick(['4', '9']);
  const rest = String(rng.int(0, 9_999_999)).padStart(7, '0');
  return `+47 ${first}${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

// ---------------------------------------------------------------------------------------------------------
// Geography: a fictional town on a fjord, laid over the geography near 59.74 N, 10.20 E.

const CENTRE = { latitude: 59.74, longitude: 10.2 };
const KM_PER_DEGREE_LATITUDE = 111.2;
const KM_PER_DEGREE_LONGITUDE = KM_PER_DEGREE_LATITUDE * Math.cos((CENTRE.latitude * Math.PI) / 180);

interface NeighbourhoodPlan {
  name: string;
  /** Short name used in venue names, e.g. 'Nordåsen skole'. */
  short: string;
  /** Used in club names ('{place} FK'); the centre uses the town name. */
  place: string;
  eastKm: number;
  northKm: number;
  /** Relative number of households. */
  weight: number;
  /** Outside the town proper; gets the postal codes of the outlying places. */
  outer: boolean;
  hasLibraryBranch: boolean;
}

const NEIGHBOURHOOD_PLANS: NeighbourhoodPlan[] = [
  {
    name: 'Fjordvik sentrum',
    short: 'Sentrum',
    place: DEMO_MUNICIPALITY_NAME,
    eastKm: 0,
    northKm: 0,
    weight: 0.9,
    outer: false,
    hasLibraryBranch: false,
  },
  {
    name: 'Elvebakken',
    short: 'Elvebakken',
    place: 'Elvebakken',
    eastKm: 1.8,
    northKm: 0.9,
    weight: 1.2,
    outer: false,
    hasLibraryBranch: false,
  },
  {
    name: 'Nordåsen',
    short: 'Nordåsen',
    place: 'Nordåsen',
    eastKm: -0.6,
    northKm: 2.6,
    weight: 1.3,
    outer: false,
    hasLibraryBranch: true,
  },
  {
    name: 'Strandvika',
    short: 'Strandvika',
    place: 'Strandvika',
    eastKm: 2.6,
    northKm: -1.7,
    weight: 1.0,
    outer: false,
    hasLibraryBranch: false,
  },
  {
    name: 'Furulia',
    short: 'Furulia',
    place: 'Furulia',
    eastKm: -2.7,
    northKm: 1.2,
    weight: 1.1,
    outer: false,
    hasLibraryBranch: false,
  },
  {
    name: 'Sørbyen',
    short: 'Sørbyen',
    place: 'Sørbyen',
    eastKm: 0.3,
    northKm: -2.5,
    weight: 1.2,
    outer: false,
    hasLibraryBranch: false,
  },
  {
    name: 'Vestmoen',
    short: 'Vestmoen',
    place: 'Vestmoen',
    eastKm: -5.2,
    northKm: -0.8,
    weight: 0.8,
    outer: true,
    hasLibraryBranch: true,
  },
  {
    name: 'Bjørkeli',
    short: 'Bjørkeli',
    place: 'Bjørkeli',
    eastKm: 4.8,
    northKm: 2.1,
    weight: 0.7,
    outer: true,
    hasLibraryBranch: false,
  },
];

interface Street {
  name: string;
  neighbourhood: number;
  postalCode: string;
  postalPlace: string;
  latitude: number;
  longitude: number;
  /** Direction the house numbers run, in radians. */
  bearing: number;
  maxNumber: number;
}

interface Venue {
  name: string;
  address: DemoAddress;
}

interface Geography {
  neighbourhoods: DemoNeighbourhood[];
  streetsByNeighbourhood: Street[][];
  neighbourhoodTable: WeightedTable<number>;
  venues: Map<string, Venue>;
}

function offset(latitude: number, longitude: number, eastKm: number, northKm: number) {
  return {
    latitude: latitude + northKm / KM_PER_DEGREE_LATITUDE,
    longitude: longitude + eastKm / KM_PER_DEGREE_LONGITUDE,
  };
}

function buildGeography(rng: Random): Geography {
  const reference = loadReferenceData();
  const codes = reference.postalCodes
    .filter((p) => p.kommunenummer === REFERENCE_KOMMUNENUMMER && (p.category === 'G' || p.category === 'B'))
    .sort((a, b) => a.postalCode.localeCompare(b.postalCode));
  if (codes.length < NEIGHBOURHOOD_PLANS.length) throw new Error('too few postal codes for the neighbourhoods');
  // The most common postal place is the town; the other places go to the outlying neighbourhoods.
  const placeCounts = new Map<string, number>();
  for (const code of codes) placeCounts.set(code.postalPlace, (placeCounts.get(code.postalPlace) ?? 0) + 1);
  const town = [...placeCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const inner = NEIGHBOURHOOD_PLANS.map((p, i) => (p.outer ? -1 : i)).filter((i) => i >= 0);
  const outer = NEIGHBOURHOOD_PLANS.map((p, i) => (p.outer ? i : -1)).filter((i) => i >= 0);
  const townCodes = codes.filter((c) => c.postalPlace === town);
  const otherCodes = codes.filter((c) => c.postalPlace !== town);
  const codesByNeighbourhood: { postalCode: string; postalPlace: string }[][] = NEIGHBOURHOOD_PLANS.map(() => []);
  const spread = (list: typeof codes, targets: number[]) => {
    const chunk = Math.ceil(list.length / targets.length);
    list.forEach((code, i) => {
      codesByNeighbourhood[targets[Math.min(targets.length - 1, Math.floor(i / chunk))] as number]?.push(code);
    });
  };
  if (otherCodes.length >= outer.length && outer.length > 0) {
    spread(townCodes, inner);
    spread(otherCodes, outer);
  } else {
    spread(
      codes,
      NEIGHBOURHOOD_PLANS.map((_, i) => i),
    );
  }

  const neighbourhoods = NEIGHBOURHOOD_PLANS.map((plan) => {
    const position = offset(CENTRE.latitude, CENTRE.longitude, plan.eastKm, plan.northKm);
    return {
      id: rng.uuid(),
      name: plan.name,
      latitude: round6(position.latitude),
      longitude: round6(position.longitude),
    };
  });

  const usedStreetNames = new Set<string>();
  const streetsByNeighbourhood = NEIGHBOURHOOD_PLANS.map((plan, n) => {
    const count = Math.round(14 + plan.weight * 16);
    const streets: Street[] = [];
    const centre = neighbourhoods[n] as DemoNeighbourhood;
    const ownCodes = codesByNeighbourhood[n] as { postalCode: string; postalPlace: string }[];
    while (streets.length < count) {
      const name = `${rng.pick(STREET_PREFIXES)}${rng.pick(STREET_SUFFIXES)}`;
      if (usedStreetNames.has(name)) continue;
      usedStreetNames.add(name);
      const radius = plan.outer ? 0.8 : 0.55;
      const position = offset(centre.latitude, centre.longitude, rng.normal(0, radius), rng.normal(0, radius));
      const code = rng.pick(ownCodes);
      streets.push({
        name,
        neighbourhood: n,
        postalCode: code.postalCode,
        postalPlace: code.postalPlace,
        latitude: position.latitude,
        longitude: position.longitude,
        bearing: rng.next() * 2 * Math.PI,
        maxNumber: rng.pick([12, 20, 30, 45, 60, 80, 110]),
      });
    }
    return streets;
  });

  const geography: Geography = {
    neighbourhoods,
    streetsByNeighbourhood,
    neighbourhoodTable: weightedTable(
      NEIGHBOURHOOD_PLANS.map((_, i) => i),
      NEIGHBOURHOOD_PLANS.map((p) => p.weight),
    ),
    venues: new Map(),
  };

  // Shared venues: schools, halls and fields in every neighbourhood; the pool, culture house and main
  // library in the centre.
  NEIGHBOURHOOD_PLANS.forEach((plan, n) => {
    const central = n === 0;
    const names: Partial<Record<VenueKind, string>> = {
      school: `${plan.short} skole`,
      hall: central ? `${DEMO_MUNICIPALITY_NAME}hallen` : `${plan.short} idrettshall`,
      field: central ? `${DEMO_MUNICIPALITY_NAME} stadion` : `${plan.short} kunstgressbane`,
      church: central ? `${DEMO_MUNICIPALITY_NAME} kirke` : `${plan.short} kirke`,
      community_house: central ? 'Samfunnshuset' : `${plan.short} grendehus`,
      youth_club: `Ungdomshuset ${plan.short}`,
      outdoor: central ? 'Fjordparken' : `${plan.short} speiderhytte`,
    };
    if (central) {
      names.pool = `${DEMO_MUNICIPALITY_NAME} bad`;
      names.culture_house = `${DEMO_MUNICIPALITY_NAME} kulturhus`;
      names.library = `${DEMO_MUNICIPALITY_NAME} bibliotek`;
    } else if (plan.hasLibraryBranch) {
      names.library = `${plan.short} bibliotek`;
    }
    for (const [kind, name] of Object.entries(names)) {
      geography.venues.set(`${n}:${kind}`, { name, address: randomAddress(rng, geography, n) });
    }
  });
  return geography;
}

function randomAddress(rng: Random, geography: Geography, neighbourhood: number): DemoAddress {
  const street = rng.pick(geography.streetsByNeighbourhood[neighbourhood] as Street[]);
  const number = rng.int(1, street.maxNumber);
  const letter = rng.chance(0.08) ? rng.pick(['A', 'B', 'C']) : '';
  // Houses lie along the street, about 12 m apart, odd and even numbers on either side.
  const alongKm = (number / 2) * 0.012;
  const sideKm = (number % 2 === 0 ? 1 : -1) * 0.01;
  const eastKm = Math.cos(street.bearing) * alongKm - Math.sin(street.bearing) * sideKm;
  const northKm = Math.sin(street.bearing) * alongKm + Math.cos(street.bearing) * sideKm;
  const position = offset(street.latitude, street.longitude, eastKm, northKm);
  return {
    streetAddress: `${street.name} ${number}${letter}`,
    postalCode: street.postalCode,
    postalPlace: street.postalPlace,
    latitude: round6(position.latitude),
    longitude: round6(position.longitude),
    neighbourhoodId: (geography.neighbourhoods[neighbourhood] as DemoNeighbourhood).id,
  };
}

function venueFor(geography: Geography, kind: VenueKind, neighbourhood: number): Venue | undefined {
  return geography.venues.get(`${neighbourhood}:${kind}`) ?? geography.venues.get(`0:${kind}`);
}

// ---------------------------------------------------------------------------------------------------------
// Names and national identity numbers.

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

interface NamePools {
  child: Record<Sex, WeightedTable<string>>;
  adult: Record<Sex, WeightedTable<string>>;
  special: Map<string, Record<'child' | 'adult', Record<Sex, WeightedTable<string> | undefined>>>;
  surnames: WeightedTable<string>;
}

function buildNamePools(): NamePools {
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

function givenName(rng: Random, pools: NamePools, generation: 'child' | 'adult', sex: Sex, familyName: string): string {
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

class NationalIds {
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

// ---------------------------------------------------------------------------------------------------------
// Population: children grouped into families with their guardians.

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

interface Population {
  persons: DemoPerson[];
  guardianships: DemoGuardianship[];
  families: { guardians: DemoPerson[]; children: DemoPerson[] }[];
}

function generatePopulation(rng: Random, geography: Geography, childCount: number, today: string): Population {
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

// ---------------------------------------------------------------------------------------------------------
// Providers and activities.

interface Season {
  start: number;
  end: number;
  year: number;
  autumn: boolean;
}

function halfYears(today: string): { current: Season; next: Season } {
  const year = Number(today.slice(0, 4));
  const autumnNow = Number(today.slice(5, 7)) >= 7;
  const season = (y: number, autumn: boolean): Season =>
    autumn
      ? { start: dayNumber(`${y}-08-01`), end: dayNumber(`${y}-12-31`), year: y, autumn }
      : { start: dayNumber(`${y}-01-01`), end: dayNumber(`${y}-06-30`), year: y, autumn };
  return autumnNow
    ? { current: season(year, true), next: season(year + 1, false) }
    : { current: season(year, false), next: season(year, true) };
}

function firstWeekdayOnOrAfter(day: number, weekday: number): number {
  return day + ((weekday - isoWeekday(day) + 7) % 7);
}

interface Variant {
  template: ActivityTemplate;
  group: AgeGroup;
  byYear: boolean;
  sex?: 'jenter' | 'gutter';
  level?: string;
}

function variantsOf(template: ActivityTemplate): Variant[] {
  const groupList: { group: AgeGroup; byYear: boolean }[] =
    template.groups === 'year'
      ? Array.from({ length: (template.yearRange?.[1] ?? 18) - (template.yearRange?.[0] ?? 6) + 1 }, (_, i) => {
          const age = (template.yearRange?.[0] ?? 6) + i;
          return { group: { min: age, max: age }, byYear: true };
        })
      : template.groups.map((group) => ({ group, byYear: false }));
  const variants: Variant[] = [];
  for (const { group, byYear } of groupList) {
    for (const sex of template.sexSplit ? (['jenter', 'gutter'] as const) : [undefined]) {
      for (const level of template.levels ?? [undefined]) {
        const variant: Variant = { template, group, byYear };
        if (sex) variant.sex = sex;
        if (level) variant.level = level;
        variants.push(variant);
      }
    }
  }
  return variants;
}

const TEMPLATE_BY_KEY = new Map(ACTIVITY_TEMPLATES.map((t) => [t.key, t]));
const PROVIDER_TEMPLATE_BY_KEY = new Map(PROVIDER_TEMPLATES.map((t) => [t.key, t]));

function activityTemplate(key: string): ActivityTemplate {
  const template = TEMPLATE_BY_KEY.get(key);
  if (!template) throw new Error(`unknown activity template ${key}`);
  return template;
}

interface ProviderDraft {
  provider: DemoProvider;
  template: ProviderTemplate;
  neighbourhood: number;
  premises: DemoAddress;
  domain: string;
}

function makeOrganisationNumber(rng: Random, used: Set<string>): string {
  for (;;) {
    const firstEight = `${rng.pick(['8', '9'])}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
    const control = organisationNumberControlDigit(firstEight);
    if (control === null) continue;
    const value = `${firstEight}${control}`;
    if (used.has(value)) continue;
    used.add(value);
    return value;
  }
}

function generateProviders(
  rng: Random,
  geography: Geography,
  count: number,
): { drafts: ProviderDraft[]; organisations: DemoOrganisation[] } {
  const usedNames = new Set<string>();
  const usedOnce = new Set<string>();
  const usedOrgNumbers = new Set<string>();
  const drafts: ProviderDraft[] = [];
  const organisations: DemoOrganisation[] = [];

  const fillName = (pattern: string): { name: string; neighbourhood: number } | null => {
    const usesPlace = pattern.includes('{place}');
    const candidates = usesPlace ? rng.shuffle(NEIGHBOURHOOD_PLANS.map((_, i) => i)) : [-1];
    for (const n of candidates) {
      for (let nth = 1; nth <= 20; nth++) {
        const place = n >= 0 ? (NEIGHBOURHOOD_PLANS[n] as NeighbourhoodPlan).place : DEMO_MUNICIPALITY_NAME;
        const name = pattern
          .replaceAll('{place}', place)
          .replaceAll('{town}', DEMO_MUNICIPALITY_NAME)
          .replaceAll('{nth}', String(nth));
        if (!usedNames.has(name)) return { name, neighbourhood: n };
        if (!pattern.includes('{nth}')) break;
      }
    }
    return null;
  };

  const addProvider = (template: ProviderTemplate, pattern: string, anchor: boolean): boolean => {
    const filled = fillName(pattern);
    if (!filled) return false;
    usedNames.add(filled.name);
    if (template.once) usedOnce.add(template.key);
    const neighbourhood =
      filled.neighbourhood >= 0
        ? filled.neighbourhood
        : template.central || anchor
          ? 0
          : rng.weightedPick(geography.neighbourhoodTable);
    const premises = randomAddress(rng, geography, neighbourhood);
    const domain = `${slugify(filled.name)}.example`;
    const website = anchor || rng.chance(0.8) ? `https://www.${domain}` : null;
    let organisationNumber: string | null = null;
    if (template.orgForm !== null && (template.kind !== 'voluntary' || anchor || rng.chance(0.92))) {
      organisationNumber = makeOrganisationNumber(rng, usedOrgNumbers);
      const registeredName =
        template.kind === 'municipal'
          ? `${DEMO_MUNICIPALITY_NAME} kommune ${filled.name.replace(DEMO_MUNICIPALITY_NAME, '').trim()}`
          : filled.name;
      organisations.push({
        organisationNumber,
        name: registeredName.toUpperCase(),
        organisationForm: template.orgForm,
        inVoluntaryRegister: template.inVoluntaryRegister,
        businessAddress: premises.streetAddress,
        postalCode: premises.postalCode,
        postalPlace: premises.postalPlace,
        municipalityNumber: DEMO_KOMMUNENUMMER,
        website,
      });
    }
    drafts.push({
      provider: {
        id: rng.uuid(),
        organisationNumber,
        name: filled.name,
        kind: template.kind,
        // Recently registered providers awaiting approval are usually small.
        status: !anchor && template.size <= 2 && rng.chance(0.07) ? 'pending' : 'approved',
        description: template.description,
        email: `post@${domain}`,
        phone: phoneNumber(rng),
        website,
        neighbourhoodId: (geography.neighbourhoods[neighbourhood] as DemoNeighbourhood).id,
        category: template.category,
      },
      template,
      neighbourhood,
      premises,
      domain,
    });
    return true;
  };

  for (const anchor of ANCHOR_PROVIDERS) {
    if (drafts.length >= count) break;
    const template = PROVIDER_TEMPLATE_BY_KEY.get(anchor.template);
    if (!template) throw new Error(`unknown provider template ${anchor.template}`);
    addProvider(template, anchor.name, true);
  }
  for (let guard = 0; drafts.length < count; guard++) {
    if (guard > count * 100) throw new Error(`could not find ${count} distinct provider names`);
    const open = PROVIDER_TEMPLATES.filter((t) => t.weight > 0 && !(t.once && usedOnce.has(t.key)));
    const template = rng.weightedPick(
      open,
      open.map((t) => t.weight),
    );
    addProvider(template, rng.pick(template.names), false);
  }
  return { drafts, organisations };
}

/** Splits the activities over the providers: everyone gets one, the rest in proportion to provider size. */
function allocateActivities(rng: Random, drafts: ProviderDraft[], total: number): number[] {
  const counts: number[] = drafts.map((_, i) => (i < total ? 1 : 0));
  let rest = total - counts.reduce((s, c) => s + c, 0);
  if (rest > 0) {
    const table = weightedTable(
      drafts.map((_, i) => i),
      drafts.map((d) => d.template.size),
    );
    for (; rest > 0; rest--) {
      const i = rng.weightedPick(table);
      counts[i] = (counts[i] as number) + 1;
    }
  }
  return counts;
}

/** Orders a provider's possible activities so that the first ones are varied: mostly its main activity, some of the others. */
function orderVariants(rng: Random, keys: string[], favourNineYearOldFootball: boolean): Variant[] {
  const perTemplate = keys.map((key) => rng.shuffle(variantsOf(activityTemplate(key))));
  if (favourNineYearOldFootball) {
    const football = perTemplate[keys.indexOf('football')];
    if (football) football.sort((a, b) => Number(b.group.min === 9) - Number(a.group.min === 9));
  }
  const ordered: Variant[] = [];
  const cursors = perTemplate.map(() => 0);
  while (ordered.length < perTemplate.reduce((s, list) => s + list.length, 0)) {
    perTemplate.forEach((list, t) => {
      // The provider's first (main) activity comes up three times as often as the others.
      for (let k = 0; k < (t === 0 ? 3 : 1); k++) {
        const cursor = cursors[t] as number;
        if (cursor < list.length) {
          ordered.push(list[cursor] as Variant);
          cursors[t] = cursor + 1;
        }
      }
    });
  }
  return ordered;
}

function pickLanguages(rng: Random, template: ProviderTemplate): string[] {
  if (template.languages) return ['nb', ...template.languages];
  const r = rng.next();
  if (r < 0.8) return ['nb'];
  if (r < 0.92) return ['nb', 'en'];
  const extra = rng.pick(['ar', 'uk', 'so', 'pl']);
  return rng.chance(0.5) ? ['nb', 'en', extra] : ['nb', extra];
}

function formatTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function makeSchedule(rng: Random, template: ActivityTemplate, group: AgeGroup, perWeek: number): ScheduleEntry[] {
  let days: number[];
  switch (template.days ?? 'weekday') {
    case 'friday':
      days = [5];
      break;
    case 'saturday':
      days = [6];
      break;
    case 'sunday':
      days = [7];
      break;
    case 'weekend':
      days = perWeek >= 2 ? [6, 7] : [rng.pick([6, 7])];
      break;
    default:
      // Twice a week is usually not on consecutive days.
      days = rng
        .shuffle([1, 2, 3, 4, 5])
        .slice(0, perWeek)
        .sort((a, b) => a - b);
      if (perWeek === 2 && (days[1] as number) - (days[0] as number) === 1) {
        days = rng.pick([
          [1, 3],
          [1, 4],
          [2, 4],
          [2, 5],
          [3, 5],
        ]);
      }
  }
  const duration = Math.round(rng.int(template.minutes[0], template.minutes[1]) / 15) * 15;
  const entries = days.map((weekday) => {
    let earliest: number;
    let latest: number;
    if (weekday >= 6) [earliest, latest] = [10 * 60, 13 * 60];
    else if (group.max <= 10) [earliest, latest] = [16 * 60 + 30, 18 * 60];
    else if (group.min >= 13) [earliest, latest] = [17 * 60 + 30, 20 * 60];
    else [earliest, latest] = [16 * 60 + 30, 19 * 60];
    latest = Math.min(latest, 22 * 60 - duration);
    const start = earliest + 15 * rng.int(0, Math.max(0, Math.floor((latest - earliest) / 15)));
    return { weekday, start: formatTime(start), end: formatTime(start + duration) };
  });
  return entries;
}

function variantTitle(variant: Variant): string {
  const { template, group, sex, level } = variant;
  let title: string;
  if (group.title) title = group.title;
  else {
    const ages = group.min === group.max ? `${group.min} år` : `${group.min}–${group.max} år`;
    title = [template.title, sex, ages].filter(Boolean).join(' ');
  }
  return level ? `${title} – ${level}` : title;
}

function who(variant: Variant): string {
  if (variant.sex) return variant.sex;
  if (variant.group.max <= 12) return 'barn';
  if (variant.group.min >= 13) return 'ungdommer';
  return 'barn og unge';
}

function targetGroup(variant: Variant, seasonYear: number): string {
  const { sex, group, byYear, level, template } = variant;
  if (template.adapted) return 'Barn og unge med behov for tilrettelegging';
  if (byYear) {
    const born = seasonYear - group.min;
    return sex ? `${capitalise(sex)} født ${born}` : `Født ${born}`;
  }
  if (sex) return capitalise(sex);
  if (level === 'nybegynnere' || level === 'viderekomne') return capitalise(level);
  return capitalise(who(variant) === 'ungdommer' ? 'ungdom' : who(variant));
}

function generateActivities(
  rng: Random,
  geography: Geography,
  drafts: ProviderDraft[],
  total: number,
  today: string,
): DemoActivity[] {
  const pools = buildNamePools();
  const seasons = halfYears(today);
  const counts = allocateActivities(rng, drafts, total);
  const activities: DemoActivity[] = [];
  let footballProvidersSeen = 0;

  drafts.forEach((draft, p) => {
    const count = counts[p] as number;
    if (count === 0) return;
    const hasFootball = draft.template.activities.includes('football');
    const favourNine = hasFootball && footballProvidersSeen++ < 3;
    const variants = orderVariants(rng, draft.template.activities, favourNine);
    const usedTitles = new Set<string>();
    for (let k = 0; k < count; k++) {
      const variant = variants[k % variants.length] as Variant;
      const { template, group } = variant;
      let title = variantTitle(variant);
      for (let n = 2; usedTitles.has(title); n++) title = `${variantTitle(variant)} (gruppe ${n})`;
      usedTitles.add(title);

      // Season: mostly the current half-year, some already planned for the next one.
      const season = rng.chance(0.85) ? seasons.current : seasons.next;
      // The youngest train once a week, older children at most twice, youth as often as the activity allows.
      const [fewest, most] = template.perWeek;
      const perWeek = rng.int(fewest, group.max <= 8 ? fewest : group.max <= 12 ? Math.min(most, fewest + 1) : most);
      let start: number;
      let end: number;
      let sessions: number;
      if (template.courseWeeks) {
        const weeks = Math.max(rng.int(template.courseWeeks[0], template.courseWeeks[1]), Math.ceil(8 / perWeek));
        const firstMonday = firstWeekdayOnOrAfter(season.start + (season.autumn ? 16 : 4), 1);
        start = firstMonday + 7 * rng.int(0, 5);
        end = start + weeks * 7 - 3;
        sessions = weeks * perWeek;
      } else {
        start = firstWeekdayOnOrAfter(season.start + (season.autumn ? rng.int(9, 30) : rng.int(4, 16)), 1);
        end = season.autumn ? season.start + 121 + rng.int(0, 16) : season.start + 150 + rng.int(0, 20);
        const holidayWeeks = season.autumn ? 1 : 2;
        const weeks = Math.floor((end - start + 1) / 7) - holidayWeeks;
        sessions = weeks * perWeek;
      }
      const sessionCount = Math.min(40, Math.max(8, sessions));
      const schedule = makeSchedule(rng, template, group, perWeek);

      // Price: some activities are always free; otherwise typical fees, rounded to 50 kroner.
      let priceNok = 0;
      if (template.priceNok !== null) {
        const [low, high] = template.priceNok;
        const free = low === 0 ? rng.chance(0.5) : rng.chance(0.1);
        if (!free) {
          const min = Math.max(300, low);
          const max = Math.max(min, high);
          priceNok = Math.round(rng.int(min, max) / 50) * 50;
        }
      }
      const priceIncludes = priceNok === 0 ? null : rng.pick(template.priceIncludes);

      const freeTrial =
        (favourNine && template.key === 'football' && group.min === 9) || rng.chance(template.freeTrial * 0.7);
      const adapted = template.adapted === true || rng.chance(0.08);
      const languages = pickLanguages(rng, draft.template);

      const venue =
        template.venue === 'premises'
          ? { name: null, address: draft.premises }
          : (venueFor(geography, template.venue, draft.neighbourhood) ?? { name: null, address: draft.premises });

      const ages = group.min === group.max ? `${group.min} år` : `${group.min} til ${group.max} år`;
      const sentences = [template.text.replaceAll('{who}', who(variant)).replaceAll('{ages}', ages)];
      if (template.bring) sentences.push(template.bring);
      sentences.push(
        venue.name ? `Sted: ${venue.name}, ${venue.address.streetAddress}.` : `Sted: ${venue.address.streetAddress}.`,
      );
      if (priceNok === 0) sentences.push('Aktiviteten er gratis.');
      if (freeTrial && priceNok > 0) sentences.push('Du kan prøve gratis de to første gangene før du bestemmer deg.');
      if (adapted && !template.adapted)
        sentences.push(
          'Vi tilrettelegger for barn og unge med ulike behov. Ta kontakt, så finner vi ut av det sammen.',
        );
      const otherLanguages = languages.filter((l) => l !== 'nb').map((l) => LANGUAGE_NAMES_NB[l] ?? l);
      if (otherLanguages.length > 0) sentences.push(`De voksne snakker også ${listInNorwegian(otherLanguages)}.`);

      const contactSex: Sex = rng.chance(0.55) ? 'F' : 'M';
      const contactSurname = rng.weightedPick(pools.surnames);
      const contactGiven = rng.weightedPick(pools.adult[contactSex]);
      const status: ActivityStatus =
        draft.provider.status !== 'approved' ? 'draft' : rng.chance(0.02) ? 'draft' : 'published';

      activities.push({
        id: rng.uuid(),
        providerId: draft.provider.id,
        category: draft.template.category,
        title,
        description: sentences.join(' '),
        minAge: group.min,
        maxAge: group.max,
        targetGroup: targetGroup(variant, season.year),
        seasonStart: isoDate(start),
        seasonEnd: isoDate(end),
        schedule,
        weekdays: schedule.map((s) => s.weekday),
        sessionCount,
        priceOre: priceNok * 100,
        priceIncludes,
        streetAddress: venue.address.streetAddress,
        postalCode: venue.address.postalCode,
        postalPlace: venue.address.postalPlace,
        latitude: venue.address.latitude,
        longitude: venue.address.longitude,
        neighbourhoodId: venue.address.neighbourhoodId,
        languages,
        adapted,
        freeTrial,
        contactName: `${contactGiven} ${contactSurname}`,
        contactEmail: `${slugify(contactGiven).replace(/-/g, '.')}.${slugify(contactSurname)}@${draft.domain}`,
        contactPhone: phoneNumber(rng),
        status,
      });
    }
  });
  return activities;
}

// ---------------------------------------------------------------------------------------------------------
// Sample users for the start banner.

function pickSampleUsers(population: Population, today: string): DemoSampleUser[] {
  const samples: DemoSampleUser[] = [];
  const ordinary = (p: DemoPerson) => p.addressProtection === 'none' && p.status === 'resident';
  const user = (role: DemoSampleUser['role'], description: string, person: DemoPerson): DemoSampleUser => ({
    role,
    description,
    personId: person.id,
    nationalId: person.nationalId,
    name: `${person.givenName} ${person.familyName}`,
    birthDate: person.birthDate,
    age: ageOn(person.birthDate, today),
  });
  const withChildren = (sample: DemoSampleUser, children: DemoPerson[]): DemoSampleUser => ({
    ...sample,
    children: children.map((c) => ({
      personId: c.id,
      nationalId: c.nationalId,
      name: `${c.givenName} ${c.familyName}`,
      age: ageOn(c.birthDate, today),
    })),
  });

  const family = population.families.find(
    (f) => f.children.length >= 2 && f.guardians.length === 2 && [...f.guardians, ...f.children].every(ordinary),
  );
  if (family) {
    samples.push(
      withChildren(
        user('guardian', 'Guardian with two or more children', family.guardians[0] as DemoPerson),
        family.children,
      ),
    );
  }
  const single = population.families.find(
    (f) =>
      f !== family &&
      f.guardians.length === 1 &&
      f.children.length === 1 &&
      [...f.guardians, ...f.children].every(ordinary),
  );
  if (single) {
    samples.push(
      withChildren(
        user('single_guardian', 'Single guardian with one child', single.guardians[0] as DemoPerson),
        single.children,
      ),
    );
  }
  const children = population.families.filter((f) => f !== family && f !== single).flatMap((f) => f.children);
  const youth = children.find((c) => ordinary(c) && ageOn(c.birthDate, today) >= 15 && ageOn(c.birthDate, today) <= 17);
  if (youth) samples.push(user('youth', 'Youth aged 15 or older, acting on their own', youth));
  const nine = children.find((c) => ordinary(c) && ageOn(c.birthDate, today) === 9);
  if (nine) samples.push(user('child', 'Child aged 9', nine));
  const hidden =
    children.find((c) => c.addressProtection === 'strengt_fortrolig') ??
    children.find((c) => c.addressProtection !== 'none');
  if (hidden)
    samples.push(user('protected_child', `Child with address protection (${hidden.addressProtection})`, hidden));
  return samples;
}

// ---------------------------------------------------------------------------------------------------------

/** The sample people of a demo generated with this seed and the default size, without generating the rest. */
export function demoSamplePeople(seed: number, today = '2026-08-01'): DemoSampleUser[] {
  const geography = buildGeography(new Random(seed ^ 0x5eed0001));
  const population = generatePopulation(new Random(seed ^ 0x5eed0002), geography, 15_000, today);
  return pickSampleUsers(population, today);
}

export function generateDemoMunicipality(options: DemoOptions): DemoData {
  const childCount = options.children ?? 15_000;
  const providerCount = options.providers ?? 150;
  const activityCount = options.activities ?? 600;
  const today = options.today ?? '2026-08-01';
  if (!Number.isInteger(options.seed)) throw new Error('seed must be an integer');
  for (const [name, value] of [
    ['children', childCount],
    ['providers', providerCount],
    ['activities', activityCount],
  ] as const) {
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, 0 or more`);
  }
  if (activityCount > 0 && providerCount === 0) throw new Error('activities need at least one provider');
  dayNumber(today);

  // Independent streams, so that changing e.g. the number of activities leaves the people unchanged.
  const geography = buildGeography(new Random(options.seed ^ 0x5eed0001));
  const population = generatePopulation(new Random(options.seed ^ 0x5eed0002), geography, childCount, today);
  const providerRng = new Random(options.seed ^ 0x5eed0003);
  const { drafts, organisations } = generateProviders(providerRng, geography, providerCount);
  const activities = generateActivities(new Random(options.seed ^ 0x5eed0004), geography, drafts, activityCount, today);

  return {
    seed: options.seed,
    today,
    municipality: {
      kommunenummer: DEMO_KOMMUNENUMMER,
      name: DEMO_MUNICIPALITY_NAME,
      settings: { defaultLanguage: 'nb', youthSelfServiceAge: 15 },
    },
    neighbourhoods: geography.neighbourhoods,
    persons: population.persons,
    guardianships: population.guardianships,
    organisations,
    providers: drafts.map((d) => d.provider),
    activities,
    sampleUsers: pickSampleUsers(population, today),
  };
}
