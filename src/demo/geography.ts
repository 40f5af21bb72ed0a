/**
 * Geography: a fictional town on a fjord, laid over the geography near 59.74 N, 10.20 E. Neighbourhoods,
 * fictional streets with the town's own (fictional) postal codes, addresses along the streets and shared venues.
 */
import { STREET_PREFIXES, STREET_SUFFIXES, type VenueKind } from './catalogue.ts';
import { DEMO_MUNICIPALITY_NAME } from './constants.ts';
import { DEMO_POSTAL_PLACES } from './postal-places.ts';
import { type Random, type WeightedTable, weightedTable } from './random.ts';
import type { DemoAddress, DemoNeighbourhood } from './types.ts';

const CENTRE = { latitude: 59.74, longitude: 10.2 };
const KM_PER_DEGREE_LATITUDE = 111.2;
const KM_PER_DEGREE_LONGITUDE = KM_PER_DEGREE_LATITUDE * Math.cos((CENTRE.latitude * Math.PI) / 180);

export interface NeighbourhoodPlan {
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

export const NEIGHBOURHOOD_PLANS: NeighbourhoodPlan[] = [
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

export interface Venue {
  name: string;
  address: DemoAddress;
}

export interface Geography {
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

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function buildGeography(rng: Random): Geography {
  const codes = [...DEMO_POSTAL_PLACES].sort((a, b) => a.postalCode.localeCompare(b.postalCode));
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

export function randomAddress(rng: Random, geography: Geography, neighbourhood: number): DemoAddress {
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

export function venueFor(geography: Geography, kind: VenueKind, neighbourhood: number): Venue | undefined {
  return geography.venues.get(`${neighbourhood}:${kind}`) ?? geography.venues.get(`0:${kind}`);
}
