/**
 * SQL of the organisations module: the reference table `organisation` (not tenant data; one row per organisation
 * number, shared by every municipality). Writes are set-based: a batch of register records is one statement.
 * Rows are never deleted; an organisation deleted from the register keeps its row with deleted_on.
 */
import { type Kysely, type SqlBool, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { OrganisationRecord } from '../../integrations/enhetsregisteret/entity.ts';

export interface OrganisationRow {
  organisationNumber: string;
  name: string;
  organisationForm: string | null;
  inVoluntaryRegister: boolean;
  voluntaryRegisteredOn: string | null;
  registeredOn: string | null;
  businessAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  municipalityNumber: string | null;
  website: string | null;
  purpose: string | null;
  deletedOn: string | null;
  /** When the row was last written from the register. */
  updatedAt: Date;
}

export interface UpsertOutcome {
  inserted: number;
  /** Existing rows whose facts changed (or that were confirmed, with touch). */
  updated: number;
  /** Records whose row already held the same facts (nothing written). */
  unchanged: number;
  /** Rows that became deleted in this statement (a new deleted row, or deleted_on set on a live one). */
  deleted: number;
}

export interface SearchQuery {
  /** The query text, cleaned (single spaces). */
  text: string;
  /** Its words. */
  words: string[];
  municipalityNumber?: string;
  limit: number;
}

const COLUMNS = [
  'organisationNumber',
  'name',
  'organisationForm',
  'inVoluntaryRegister',
  'voluntaryRegisteredOn',
  'registeredOn',
  'businessAddress',
  'postalCode',
  'postalPlace',
  'municipalityNumber',
  'website',
  'purpose',
  'deletedOn',
  'updatedAt',
] as const;

/** A LIKE pattern matching the text literally (backslash is PostgreSQL's default LIKE escape). */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** char(n) columns come back padded on some drivers; the values kept here have no trailing blanks of their own. */
function trimChar(value: string | null): string | null {
  return value === null ? null : value.trimEnd();
}

function toRow(row: OrganisationRow): OrganisationRow {
  return {
    ...row,
    organisationNumber: row.organisationNumber.trimEnd(),
    postalCode: trimChar(row.postalCode),
    municipalityNumber: trimChar(row.municipalityNumber),
  };
}

export function createOrganisationStore(db: Kysely<DB>) {
  return {
    /**
     * Writes register records with one statement: new numbers are inserted, rows whose facts differ are updated,
     * equal rows are not touched (their updated_at stays). A deleted entity's short record (number, name, form,
     * slettedato) changes only those columns of an existing row, so its last known address and other facts stay.
     * With touch, every existing row is written (updated_at = now): the facts were just confirmed by the register.
     * The records must have distinct organisation numbers.
     */
    async upsert(records: readonly OrganisationRecord[], options: { touch?: boolean } = {}): Promise<UpsertOutcome> {
      if (records.length === 0) return { inserted: 0, updated: 0, unchanged: 0, deleted: 0 };
      // One JSON parameter for the whole batch: a multi-row VALUES list of 5 000 rows x 13 columns would pass the
      // protocol's limit of 65 535 bind parameters.
      const payload = JSON.stringify(
        records.map((r) => ({
          n: r.organisationNumber,
          nm: r.name,
          f: r.organisationForm,
          v: r.inVoluntaryRegister,
          vo: r.voluntaryRegisteredOn,
          ro: r.registeredOn,
          a: r.businessAddress,
          pc: r.postalCode,
          pp: r.postalPlace,
          m: r.municipalityNumber,
          w: r.website,
          p: r.purpose,
          d: r.deletedOn,
        })),
      );
      const touch = options.touch === true;
      // For a deleted record only name, form and deleted_on are the register's current word.
      const keep = (column: string) =>
        sql.raw(`${column} = case when excluded.deleted_on is null then excluded.${column} else o.${column} end`);
      const { rows } = await sql<{ inserted: number; updated: number; deleted: number }>`
          with incoming as (
            select r.n as organisation_number, r.nm as name, r.f as organisation_form, r.v as in_voluntary_register,
                   r.vo as voluntary_registered_on, r.ro as registered_on, r.a as business_address,
                   r.pc as postal_code, r.pp as postal_place, r.m as municipality_number, r.w as website,
                   r.p as purpose, r.d as deleted_on
              from json_to_recordset(${payload}::json) as r(n char(9), nm text, f text, v boolean, vo date,
                   ro date, a text, pc char(4), pp text, m char(4), w text, p text, d date)
          ), previous as (
            select o.organisation_number, o.deleted_on
              from organisation o
             where o.organisation_number in (select organisation_number from incoming)
          ), written as (
            insert into organisation as o (organisation_number, name, organisation_form, in_voluntary_register,
                   voluntary_registered_on, registered_on, business_address, postal_code, postal_place,
                   municipality_number, website, purpose, deleted_on, updated_at)
            select organisation_number, name, organisation_form, in_voluntary_register, voluntary_registered_on,
                   registered_on, business_address, postal_code, postal_place, municipality_number, website,
                   purpose, deleted_on, now()
              from incoming
            on conflict (organisation_number) do update
               set name = excluded.name,
                   organisation_form = excluded.organisation_form,
                   deleted_on = excluded.deleted_on,
                   ${keep('in_voluntary_register')},
                   ${keep('voluntary_registered_on')},
                   ${keep('registered_on')},
                   ${keep('business_address')},
                   ${keep('postal_code')},
                   ${keep('postal_place')},
                   ${keep('municipality_number')},
                   ${keep('website')},
                   ${keep('purpose')},
                   updated_at = now()
             where ${touch}::boolean
                or case when excluded.deleted_on is null
                        then (o.name, o.organisation_form, o.deleted_on, o.in_voluntary_register,
                              o.voluntary_registered_on, o.registered_on, o.business_address, o.postal_code,
                              o.postal_place, o.municipality_number, o.website, o.purpose)
                             is distinct from
                             (excluded.name, excluded.organisation_form, excluded.deleted_on,
                              excluded.in_voluntary_register, excluded.voluntary_registered_on,
                              excluded.registered_on, excluded.business_address, excluded.postal_code,
                              excluded.postal_place, excluded.municipality_number, excluded.website,
                              excluded.purpose)
                        else (o.name, o.organisation_form, o.deleted_on)
                             is distinct from (excluded.name, excluded.organisation_form, excluded.deleted_on)
                   end
            returning o.organisation_number, (o.xmax = 0) as inserted, o.deleted_on
          )
          select (count(*) filter (where w.inserted))::integer as inserted,
                 (count(*) filter (where not w.inserted))::integer as updated,
                 (count(*) filter (where w.deleted_on is not null and p.deleted_on is null))::integer as deleted
            from written w
            left join previous p on p.organisation_number = w.organisation_number`.execute(db);
      const row = rows[0] ?? { inserted: 0, updated: 0, deleted: 0 };
      return {
        inserted: row.inserted,
        updated: row.updated,
        unchanged: records.length - row.inserted - row.updated,
        deleted: row.deleted,
      };
    },

    /** Sets deleted_on of an existing row (one the register no longer answers for); false when nothing changed. */
    async markDeleted(organisationNumber: string, deletedOn: string): Promise<boolean> {
      // RETURNING rather than the affected-row count, which the PGlite driver does not report.
      const rows = await db
        .updateTable('organisation')
        .set({ deletedOn, updatedAt: sql<Date>`now()` })
        .where('organisationNumber', '=', organisationNumber)
        .where((eb) => eb.or([eb('deletedOn', 'is', null), eb('deletedOn', '<>', deletedOn)]))
        .returning('organisationNumber')
        .execute();
      return rows.length > 0;
    },

    async find(organisationNumber: string): Promise<OrganisationRow | undefined> {
      const row = await db
        .selectFrom('organisation')
        .select(COLUMNS)
        .where('organisationNumber', '=', organisationNumber)
        .executeTakeFirst();
      return row ? toRow(row) : undefined;
    },

    async findMany(organisationNumbers: readonly string[]): Promise<OrganisationRow[]> {
      if (organisationNumbers.length === 0) return [];
      const rows = await db
        .selectFrom('organisation')
        .select(COLUMNS)
        .where('organisationNumber', 'in', [...organisationNumbers])
        .execute();
      return rows.map(toRow);
    },

    /** Which of the numbers have a row. */
    async existing(organisationNumbers: readonly string[]): Promise<Set<string>> {
      if (organisationNumbers.length === 0) return new Set();
      const rows = await db
        .selectFrom('organisation')
        .select('organisationNumber')
        .where('organisationNumber', 'in', [...organisationNumbers])
        .execute();
      return new Set(rows.map((r) => r.organisationNumber.trimEnd()));
    },

    /**
     * Name search over organisations not deleted, through the trigram index on name (organisation_name_trgm).
     * First the names holding every word of the query (a query of only short words, under three letters and so
     * too short for trigrams, matches names starting with it); when those are fewer than the limit, names
     * word-similar to the query follow (pg_trgm's %>, for typing errors). Within each part, organisations in
     * Frivillighetsregisteret come first, then names starting with the query, then the closest names.
     */
    async search(query: SearchQuery): Promise<OrganisationRow[]> {
      const hasLongWord = query.words.some((w) => w.length >= 3);
      const prefix = `${likeLiteral(query.text)}%`;
      let base = db.selectFrom('organisation').select(COLUMNS).where('deletedOn', 'is', null);
      if (query.municipalityNumber) base = base.where('municipalityNumber', '=', query.municipalityNumber);

      const exact = await (hasLongWord
        ? base.where((eb) => eb.and(query.words.map((w) => sql<SqlBool>`name ilike ${`%${likeLiteral(w)}%`}`)))
        : base.where(sql<SqlBool>`name ilike ${prefix}`)
      )
        .orderBy('inVoluntaryRegister', 'desc')
        .orderBy(sql`name ilike ${prefix}`, 'desc')
        .orderBy(sql`length(name)`)
        .orderBy('name')
        .orderBy('organisationNumber')
        .limit(query.limit)
        .execute();
      if (exact.length >= query.limit || !hasLongWord) return exact.map(toRow);

      const similar = await base
        .where(sql<SqlBool>`name %> ${query.text}`)
        .orderBy('inVoluntaryRegister', 'desc')
        .orderBy(sql`${query.text} <<-> name`)
        .orderBy('name')
        .orderBy('organisationNumber')
        .limit(query.limit)
        .execute();
      const seen = new Set(exact.map((r) => r.organisationNumber));
      const more = similar.filter((r) => !seen.has(r.organisationNumber));
      return [...exact, ...more].slice(0, query.limit).map(toRow);
    },

    /** Refreshes the planner's statistics after a large import (PGlite has no autovacuum to do it). */
    async refreshStatistics(): Promise<void> {
      await sql`analyze organisation`.execute(db);
    },
  };
}

export type OrganisationStore = ReturnType<typeof createOrganisationStore>;
