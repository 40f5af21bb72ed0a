import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { SupportOfferKind } from '../../db/tables/catalogue.ts';

/** Support schemes and equipment lending that a municipality shows next to the activities. */

export interface SupportOfferRow {
  id: string;
  kind: SupportOfferKind;
  title: string;
  summary: string;
  url: string | null;
  contact: string | null;
  categories: string[];
  minAge: number | null;
  maxAge: number | null;
  active: boolean;
  updatedAt: Date;
}

export interface SupportOfferFields {
  kind: SupportOfferKind;
  title: string;
  summary: string;
  url: string | null;
  contact: string | null;
  categories: string[];
  minAge: number | null;
  maxAge: number | null;
  active: boolean;
}

const COLUMNS = [
  'id',
  'kind',
  'title',
  'summary',
  'url',
  'contact',
  'categories',
  'minAge',
  'maxAge',
  'active',
  'updatedAt',
] as const;

export function createSupportOfferStore(db: Kysely<DB>) {
  return {
    async list(municipalityId: number, options: { activeOnly: boolean }): Promise<SupportOfferRow[]> {
      let query = db
        .selectFrom('supportOffer')
        .select(COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .orderBy('kind')
        .orderBy('title');
      if (options.activeOnly) query = query.where('active', '=', true);
      return query.execute();
    },

    async insert(municipalityId: number, fields: SupportOfferFields): Promise<SupportOfferRow> {
      return db
        .insertInto('supportOffer')
        .values({ municipalityId, ...fields, updatedAt: new Date() })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
    },

    async update(municipalityId: number, id: string, fields: SupportOfferFields): Promise<SupportOfferRow | undefined> {
      return db
        .updateTable('supportOffer')
        .set({ ...fields, updatedAt: new Date() })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .returning(COLUMNS)
        .executeTakeFirst();
    },

    async remove(municipalityId: number, id: string): Promise<boolean> {
      const rows = await db
        .deleteFrom('supportOffer')
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .returning('id')
        .execute();
      return rows.length > 0;
    },
  };
}

export type SupportOfferStore = ReturnType<typeof createSupportOfferStore>;
