/**
 * Writes the generated demo municipality to the database: everything in one transaction, in multi-row
 * batches. National identity numbers are stored only as a keyed hash and a ciphertext, like real ones.
 */
import type { PiiKeys } from '../config.ts';
import type { Database } from '../db/database.ts';
import { analyzeTables } from '../db/statistics.ts';
import { createNationalIdProtector } from '../security/pii.ts';
import {
  DEFAULT_DEMO_SEED,
  DEMO_KOMMUNENUMMER,
  type DemoOptions,
  type DemoSampleUser,
  generateDemoMunicipality,
} from './generate.ts';
import { DEMO_SUPPORT_OFFERS } from './support-offers.ts';

export interface LoadDemoOptions extends Partial<DemoOptions> {
  /** Called after every batch: step name, rows done in the step, rows in the step. */
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface LoadDemoResult {
  municipalityId: number;
  kommunenummer: string;
  name: string;
  seed: number;
  counts: {
    neighbourhoods: number;
    children: number;
    guardians: number;
    persons: number;
    guardianships: number;
    /** Organisations written to the reference table (existing numbers are left as they are). */
    organisations: number;
    providers: number;
    activities: number;
  };
  sampleUsers: DemoSampleUser[];
}

/** Thrown when the demo municipality already exists: it is never loaded twice. */
export class DemoAlreadyLoadedError extends Error {
  constructor(readonly kommunenummer: string) {
    super(
      `The demo municipality (kommunenummer ${kommunenummer}) is already loaded. ` +
        'Use a fresh database to load it again.',
    );
    this.name = 'DemoAlreadyLoadedError';
  }
}

export async function isDemoLoaded(database: Database): Promise<boolean> {
  const row = await database.db
    .selectFrom('municipality')
    .select('id')
    .where('kommunenummer', '=', DEMO_KOMMUNENUMMER)
    .executeTakeFirst();
  return row !== undefined;
}

/** Rows per insert statement; keeps every statement well below PostgreSQL's 65 535 parameters. */
const MAX_PARAMETERS_PER_STATEMENT = 30_000;

function rowsPerBatch(columns: number): number {
  return Math.max(1, Math.min(1000, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columns)));
}

async function inBatches<T>(
  rows: readonly T[],
  columns: number,
  step: string,
  onProgress: LoadDemoOptions['onProgress'],
  insert: (batch: T[]) => Promise<unknown>,
): Promise<void> {
  const size = rowsPerBatch(columns);
  for (let start = 0; start < rows.length; start += size) {
    const batch = rows.slice(start, start + size);
    await insert(batch);
    onProgress?.(step, start + batch.length, rows.length);
  }
  if (rows.length === 0) onProgress?.(step, 0, 0);
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/**
 * Generates the demo municipality and writes it in one transaction. Refuses with DemoAlreadyLoadedError
 * when a municipality with the demo kommunenummer exists.
 */
/** The tables the demo load fills. */
const DEMO_TABLES = [
  'municipality',
  'neighbourhood',
  'organisation',
  'provider',
  'activity',
  'support_offer',
  'person',
  'guardianship',
  'population_import',
];

export async function loadDemoMunicipality(
  database: Database,
  piiKeys: PiiKeys,
  options: LoadDemoOptions = {},
): Promise<LoadDemoResult> {
  const { onProgress, ...generatorOptions } = options;
  const seed = generatorOptions.seed ?? DEFAULT_DEMO_SEED;
  if (await isDemoLoaded(database)) throw new DemoAlreadyLoadedError(DEMO_KOMMUNENUMMER);

  const data = generateDemoMunicipality({ ...generatorOptions, seed });
  onProgress?.('generate', 1, 1);
  const protector = createNationalIdProtector(piiKeys);

  try {
    const municipalityId = await database.db.transaction().execute(async (trx) => {
      // Checked again inside the transaction; the unique kommunenummer also stops a concurrent load.
      const existing = await trx
        .selectFrom('municipality')
        .select('id')
        .where('kommunenummer', '=', data.municipality.kommunenummer)
        .executeTakeFirst();
      if (existing) throw new DemoAlreadyLoadedError(data.municipality.kommunenummer);

      const { id } = await trx
        .insertInto('municipality')
        .values({
          kommunenummer: data.municipality.kommunenummer,
          name: data.municipality.name,
          settings: JSON.stringify(data.municipality.settings),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      onProgress?.('municipality', 1, 1);

      await inBatches(data.neighbourhoods, 5, 'neighbourhoods', onProgress, (batch) =>
        trx
          .insertInto('neighbourhood')
          .values(
            batch.map((n) => ({
              municipalityId: id,
              id: n.id,
              name: n.name,
              latitude: n.latitude,
              longitude: n.longitude,
            })),
          )
          .execute(),
      );

      await inBatches(data.organisations, 10, 'organisations', onProgress, (batch) =>
        trx
          .insertInto('organisation')
          .values(batch)
          .onConflict((oc) => oc.column('organisationNumber').doNothing())
          .execute(),
      );

      await inBatches(data.providers, 11, 'providers', onProgress, (batch) =>
        trx
          .insertInto('provider')
          .values(
            batch.map((p) => ({
              municipalityId: id,
              id: p.id,
              organisationNumber: p.organisationNumber,
              name: p.name,
              kind: p.kind,
              status: p.status,
              description: p.description,
              email: p.email,
              phone: p.phone,
              website: p.website,
              neighbourhoodId: p.neighbourhoodId,
            })),
          )
          .execute(),
      );

      await inBatches(data.activities, 30, 'activities', onProgress, (batch) =>
        trx
          .insertInto('activity')
          .values(
            batch.map((a) => ({
              municipalityId: id,
              id: a.id,
              providerId: a.providerId,
              category: a.category,
              title: a.title,
              description: a.description,
              minAge: a.minAge,
              maxAge: a.maxAge,
              targetGroup: a.targetGroup,
              seasonStart: a.seasonStart,
              seasonEnd: a.seasonEnd,
              schedule: JSON.stringify(a.schedule),
              weekdays: a.weekdays,
              sessionCount: a.sessionCount,
              priceOre: a.priceOre,
              priceIncludes: a.priceIncludes,
              streetAddress: a.streetAddress,
              postalCode: a.postalCode,
              postalPlace: a.postalPlace,
              latitude: a.latitude,
              longitude: a.longitude,
              neighbourhoodId: a.neighbourhoodId,
              languages: a.languages,
              adapted: a.adapted,
              freeTrial: a.freeTrial,
              contactName: a.contactName,
              contactEmail: a.contactEmail,
              contactPhone: a.contactPhone,
              status: a.status,
            })),
          )
          .execute(),
      );

      await trx
        .insertInto('supportOffer')
        .values(DEMO_SUPPORT_OFFERS.map((o) => ({ municipalityId: id, ...o })))
        .execute();

      await inBatches(data.persons, 16, 'persons', onProgress, (batch) =>
        trx
          .insertInto('person')
          .values(
            batch.map((p) => ({
              municipalityId: id,
              id: p.id,
              nationalIdHash: protector.lookupHash(p.nationalId),
              nationalIdEnc: protector.encrypt(p.nationalId),
              givenName: p.givenName,
              familyName: p.familyName,
              birthDate: p.birthDate,
              status: p.status,
              addressProtection: p.addressProtection,
              streetAddress: p.streetAddress,
              postalCode: p.postalCode,
              postalPlace: p.postalPlace,
              latitude: p.latitude,
              longitude: p.longitude,
              neighbourhoodId: p.neighbourhoodId,
            })),
          )
          .execute(),
      );

      await inBatches(data.guardianships, 3, 'guardianships', onProgress, (batch) =>
        trx
          .insertInto('guardianship')
          .values(batch.map((g) => ({ municipalityId: id, childId: g.childId, guardianId: g.guardianId })))
          .execute(),
      );
      // The demo's people stand in for the register: record their loading as what it is, a full import run from
      // the generated demo extract, so the municipality's register status tells the same story as its counts.
      const now = new Date();
      await trx
        .insertInto('populationImport')
        .values({
          municipalityId: id,
          mode: 'full',
          startedBy: 'demo',
          source: `demo-extract (seed ${seed})`,
          startedAt: now,
          finishedAt: now,
          lines: data.persons.length,
          imported: data.persons.length,
          inserted: data.persons.length,
          deceased: data.persons.filter((p) => p.status === 'deceased').length,
          movedOut: data.persons.filter((p) => p.status === 'moved_out').length,
          guardianshipsAdded: data.guardianships.length,
        })
        .execute();
      return id;
    });

    // A bulk load: the planner's statistics of every table it filled, at once (PGlite has no autovacuum).
    await analyzeTables(database.db, DEMO_TABLES);

    const children = data.persons.filter((p) => p.role === 'child').length;
    return {
      municipalityId,
      kommunenummer: data.municipality.kommunenummer,
      name: data.municipality.name,
      seed,
      counts: {
        neighbourhoods: data.neighbourhoods.length,
        children,
        guardians: data.persons.length - children,
        persons: data.persons.length,
        guardianships: data.guardianships.length,
        organisations: data.organisations.length,
        providers: data.providers.length,
        activities: data.activities.length,
      },
      sampleUsers: data.sampleUsers,
    };
  } catch (error) {
    // A concurrent load that won the race on the unique kommunenummer.
    if (isUniqueViolation(error) && (await isDemoLoaded(database))) {
      throw new DemoAlreadyLoadedError(DEMO_KOMMUNENUMMER);
    }
    throw error;
  }
}
