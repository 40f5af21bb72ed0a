import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { MunicipalitySettings } from '../../domain/municipality.ts';

export interface MunicipalityRow {
  id: number;
  kommunenummer: string;
  name: string;
  settings: Partial<MunicipalitySettings>;
}

export function createMunicipalityStore(db: Kysely<DB>) {
  return {
    async list(): Promise<MunicipalityRow[]> {
      return db
        .selectFrom('municipality')
        .select(['id', 'kommunenummer', 'name', 'settings'])
        .orderBy('name')
        .execute();
    },

    async findByNumber(kommunenummer: string): Promise<MunicipalityRow | undefined> {
      return db
        .selectFrom('municipality')
        .select(['id', 'kommunenummer', 'name', 'settings'])
        .where('kommunenummer', '=', kommunenummer)
        .executeTakeFirst();
    },

    /** Inserts unless the number exists; returns undefined when it did. */
    async insert(input: {
      kommunenummer: string;
      name: string;
      settings: MunicipalitySettings;
    }): Promise<MunicipalityRow | undefined> {
      return db
        .insertInto('municipality')
        .values({ kommunenummer: input.kommunenummer, name: input.name, settings: JSON.stringify(input.settings) })
        .onConflict((oc) => oc.column('kommunenummer').doNothing())
        .returning(['id', 'kommunenummer', 'name', 'settings'])
        .executeTakeFirst();
    },
  };
}

export type MunicipalityStore = ReturnType<typeof createMunicipalityStore>;
