/**
 * Generates a realistic, entirely fictional demo municipality ("Fjordvik", kommunenummer 3999): neighbourhoods,
 * children aged 6-18 with their guardians, providers and an activity catalogue. Pure and deterministic: the
 * same options always give the same data (no clock, no Math.random). Nothing here touches the database.
 *
 * Realism comes from open reference data: the age and sex distribution of Drammen's children, given names by
 * birth cohort and the most common surnames. Street names, postal places, coordinates,
 * organisations, contact details and national identity numbers are invented; the national identity numbers
 * are synthetic test numbers (month + 80), which can never belong to a real person.
 */
import { generateActivities } from './activities.ts';
import { DEMO_KOMMUNENUMMER, DEMO_MUNICIPALITY_NAME } from './constants.ts';
import { dayNumber } from './dates.ts';
import { buildGeography } from './geography.ts';
import { generatePopulation } from './population.ts';
import { generateProviders } from './providers.ts';
import { Random } from './random.ts';
import { pickSampleUsers } from './samples.ts';
import type { DemoData, DemoOptions, DemoSampleUser } from './types.ts';

export { ageOn } from '../domain/age.ts';
export {
  DEFAULT_DEMO_SEED,
  DEMO_KOMMUNENUMMER,
  DEMO_MUNICIPALITY_NAME,
  REFERENCE_KOMMUNENUMMER,
} from './constants.ts';
export { slugify } from './text.ts';
export type {
  DemoActivity,
  DemoAddress,
  DemoData,
  DemoGuardianship,
  DemoMunicipality,
  DemoNeighbourhood,
  DemoOptions,
  DemoOrganisation,
  DemoPerson,
  DemoProvider,
  DemoSampleUser,
} from './types.ts';

/** The sample people of a demo generated with this seed and the default size, without its activities. */
export function demoSamplePeople(seed: number, today = '2026-08-01'): DemoSampleUser[] {
  const geography = buildGeography(new Random(seed ^ 0x5eed0001));
  const population = generatePopulation(new Random(seed ^ 0x5eed0002), geography, 15_000, today);
  const { drafts } = generateProviders(new Random(seed ^ 0x5eed0003), geography, 150);
  return pickSampleUsers(
    population,
    today,
    drafts.map((d) => d.provider),
  );
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
    sampleUsers: pickSampleUsers(
      population,
      today,
      drafts.map((d) => d.provider),
    ),
  };
}
