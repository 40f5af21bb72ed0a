/**
 * SQL of the people module: the population import. Every statement is set-based over a batch or over the whole
 * run; none runs per person. All of a run happens in one transaction (see withImportTransaction).
 */
import { type Kysely, sql } from 'kysely';
import type { AddressProtection, DB, PersonStatus } from '../../db/schema.ts';
import { analyzeTables } from '../../db/statistics.ts';
import type { PopulationImportMode } from '../../db/tables/people.ts';
import { inTransaction } from '../../db/transaction.ts';

/** One accepted line of an extract, ready for the staging table. National ids only as hash and ciphertext. */
export interface StagedPerson {
  line: number;
  nationalIdHash: Buffer;
  nationalIdEnc: Buffer;
  formerHashes: Buffer[];
  givenName: string;
  familyName: string;
  birthDate: string;
  status: PersonStatus;
  addressProtection: AddressProtection;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  latitude: number | null;
  longitude: number | null;
  guardianHashes: Buffer[];
  /** The register places the person in another municipality or abroad (a caseworker's confirmation then ends). */
  placedElsewhere: boolean;
}

export interface BatchOutcome {
  inserted: number;
  updated: number;
  movedOut: number;
  deceased: number;
  renumbered: number;
}

export interface GuardianshipOutcome {
  added: number;
  removed: number;
  unresolved: number;
}

/** Guardianships a run ended because the guardian died, and the role assignments of the dead it revoked. */
export interface DeathOutcome {
  guardianshipsEnded: number;
  /** Lookup hashes of the people this run records as dead, whose roles the identity module ends. */
  deceasedCitizenHashes: Buffer[];
}

export interface RunCounts {
  lines: number;
  imported: number;
  inserted: number;
  updated: number;
  movedOut: number;
  deceased: number;
  guardianshipsAdded: number;
  guardianshipsRemoved: number;
  guardianLinksUnresolved: number;
  rejected: number;
}

/** Serialises imports of one municipality (two runs at once would each move the other's people out). */
const IMPORT_LOCK_CLASS = 7_340_113;

const hex = (value: Buffer) => value.toString('hex');

/** Statements of one import run, all inside one transaction. */
function createImportSession(trx: Kysely<DB>, municipalityId: number) {
  return {
    async startRun(input: { mode: PopulationImportMode; startedBy: string; source: string | null }): Promise<string> {
      const row = await trx
        .insertInto('populationImport')
        .values({ municipalityId, mode: input.mode, startedBy: input.startedBy, source: input.source })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /** Loads a batch into the staging table with one statement (the batch travels as one JSON parameter). */
    async stage(importId: string, rows: StagedPerson[]): Promise<void> {
      if (rows.length === 0) return;
      const payload = JSON.stringify(
        rows.map((r) => ({
          line: r.line,
          h: hex(r.nationalIdHash),
          e: hex(r.nationalIdEnc),
          fh: r.formerHashes.map(hex).join(','),
          gn: r.givenName,
          fn: r.familyName,
          bd: r.birthDate,
          st: r.status,
          ap: r.addressProtection,
          sa: r.streetAddress,
          pc: r.postalCode,
          pp: r.postalPlace,
          lat: r.latitude,
          lon: r.longitude,
          gh: r.guardianHashes.map(hex).join(','),
          pe: r.placedElsewhere,
        })),
      );
      await sql`
          insert into population_import_row (municipality_id, import_id, line, national_id_hash, national_id_enc,
            former_hashes, given_name, family_name, birth_date, status, address_protection, street_address,
            postal_code, postal_place, latitude, longitude, guardian_hashes, placed_elsewhere)
          select ${municipalityId}, ${importId}::uuid, r.line, decode(r.h, 'hex'), decode(r.e, 'hex'),
                 array(select decode(x, 'hex') from unnest(string_to_array(r.fh, ',')) x), r.gn, r.fn, r.bd::date, r.st, r.ap, r.sa,
                 r.pc, r.pp, r.lat, r.lon, array(select decode(x, 'hex') from unnest(string_to_array(r.gh, ',')) x),
                 r.pe
            from json_to_recordset(${payload}::json) as r(line integer, h text, e text, fh text, gn text, fn text,
                 bd text, st text, ap text, sa text, pc text, pp text, lat double precision, lon double precision,
                 gh text, pe boolean)`.execute(trx);
    },

    /**
     * A person whose number changed (a D-number replaced by a fødselsnummer) keeps their row: the row found by
     * an earlier number takes the new one, unless the new number already has a row.
     */
    async renumber(importId: string, firstLine: number, lastLine: number): Promise<number> {
      const { rows } = await sql<{ renumbered: number }>`
          with incoming as (
            select distinct on (national_id_hash) national_id_hash, national_id_enc, former_hashes
              from population_import_row
             where municipality_id = ${municipalityId} and import_id = ${importId}::uuid
               and line between ${firstLine} and ${lastLine} and cardinality(former_hashes) > 0
             order by national_id_hash, line desc
          ), candidate as (
            select distinct on (i.national_id_hash) p.id, i.national_id_hash, i.national_id_enc
              from incoming i
              join person p on p.municipality_id = ${municipalityId} and p.national_id_hash = any (i.former_hashes)
             where not exists (select 1 from person q
                                where q.municipality_id = ${municipalityId} and q.national_id_hash = i.national_id_hash)
             order by i.national_id_hash, p.updated_at desc
          ), chosen as (
            select distinct on (id) id, national_id_hash, national_id_enc from candidate order by id, national_id_hash
          ), renumbered as (
            update person p
               set national_id_hash = c.national_id_hash, national_id_enc = c.national_id_enc, updated_at = now()
              from chosen c
             where p.municipality_id = ${municipalityId} and p.id = c.id
            returning 1
          )
          select count(*)::integer as renumbered from renumbered`.execute(trx);
      return rows[0]?.renumbered ?? 0;
    },

    /**
     * Applies the staged lines firstLine..lastLine to person in one statement: changed people are updated, new
     * people inserted. When the same person occurs twice, the later line wins.
     */
    async applyBatch(importId: string, firstLine: number, lastLine: number): Promise<Omit<BatchOutcome, 'renumbered'>> {
      const { rows } = await sql<{
        inserted: number;
        updated: number;
        moved: number;
        deceased: number;
      }>`
          with incoming as (
            select distinct on (national_id_hash) *
              from population_import_row
             where municipality_id = ${municipalityId} and import_id = ${importId}::uuid
               and line between ${firstLine} and ${lastLine}
             order by national_id_hash, line desc
          ), target as (
            select p.id, p.status as old_status, i.*,
                   -- A caseworker's confirmation of residence holds while the register places the person
                   -- nowhere else (a withheld address, a D-number not registered as resident).
                   case when i.status = 'non_resident' and p.residence_confirmed_at is not null
                             and not i.placed_elsewhere then 'resident'
                        when i.status = 'non_resident' and p.status in ('resident', 'moved_out') then 'moved_out'
                        else i.status end as new_status
              from incoming i
              join person p on p.municipality_id = ${municipalityId} and p.national_id_hash = i.national_id_hash
          ), changed as (
            update person p
               set given_name = t.given_name, family_name = t.family_name, birth_date = t.birth_date,
                   status = t.new_status, address_protection = t.address_protection,
                   street_address = t.street_address, postal_code = t.postal_code, postal_place = t.postal_place,
                   latitude = t.latitude, longitude = t.longitude,
                   neighbourhood_id = case when t.address_protection = 'none'
                                            and p.street_address is not distinct from t.street_address
                                            and p.postal_code is not distinct from t.postal_code
                                           then p.neighbourhood_id end,
                   residence_confirmed_at = case when t.new_status = 'resident' then p.residence_confirmed_at end,
                   updated_at = now()
              from target t
             where p.municipality_id = ${municipalityId} and p.id = t.id
               and (p.given_name, p.family_name, p.birth_date, p.status, p.address_protection, p.street_address,
                    p.postal_code, p.postal_place, p.latitude, p.longitude)
                   is distinct from
                   (t.given_name, t.family_name, t.birth_date, t.new_status, t.address_protection, t.street_address,
                    t.postal_code, t.postal_place, t.latitude, t.longitude)
            returning t.old_status, p.status
          ), added as (
            insert into person (municipality_id, national_id_hash, national_id_enc, given_name, family_name,
                                birth_date, status, address_protection, street_address, postal_code, postal_place,
                                latitude, longitude)
            select ${municipalityId}, i.national_id_hash, i.national_id_enc, i.given_name, i.family_name, i.birth_date,
                   i.status, i.address_protection, i.street_address, i.postal_code, i.postal_place, i.latitude,
                   i.longitude
              from incoming i
             where not exists (select 1 from person p
                                where p.municipality_id = ${municipalityId} and p.national_id_hash = i.national_id_hash)
            on conflict (municipality_id, national_id_hash) do nothing
            returning status
          )
          select (select count(*) from added)::integer as inserted,
                 (select count(*) from changed)::integer as updated,
                 ((select count(*) from changed where status = 'moved_out' and old_status <> 'moved_out')
                  + (select count(*) from added where status = 'moved_out'))::integer as moved,
                 ((select count(*) from changed where status = 'deceased' and old_status <> 'deceased')
                  + (select count(*) from added where status = 'deceased'))::integer as deceased`.execute(trx);
      const row = rows[0];
      return {
        inserted: row?.inserted ?? 0,
        updated: row?.updated ?? 0,
        movedOut: row?.moved ?? 0,
        deceased: row?.deceased ?? 0,
      };
    },

    /**
     * For every person in the run, the guardians become exactly the foreldreansvar set of their (last) document:
     * missing links are added, ended ones removed. A guardian with no person row is counted as unresolved.
     */
    async syncGuardianships(importId: string): Promise<GuardianshipOutcome> {
      const { rows } = await sql<{ added: number; removed: number; unresolved: number }>`
          with latest as (
            select distinct on (national_id_hash) national_id_hash, guardian_hashes
              from population_import_row
             where municipality_id = ${municipalityId} and import_id = ${importId}::uuid
             order by national_id_hash, line desc
          ), child as (
            select p.id as child_id, l.guardian_hashes
              from latest l
              join person p on p.municipality_id = ${municipalityId} and p.national_id_hash = l.national_id_hash
          ), wanted_hash as (
            select distinct c.child_id, g.hash from child c cross join lateral unnest(c.guardian_hashes) as g(hash)
          ), wanted as (
            select w.child_id, p.id as guardian_id
              from wanted_hash w
              join person p on p.municipality_id = ${municipalityId} and p.national_id_hash = w.hash
             where p.id <> w.child_id and p.status <> 'deceased'
          ), removed as (
            delete from guardianship gs
             using child c
             where gs.municipality_id = ${municipalityId} and gs.child_id = c.child_id
               and not exists (select 1 from wanted w where w.child_id = gs.child_id and w.guardian_id = gs.guardian_id)
            returning 1
          ), added as (
            insert into guardianship (municipality_id, child_id, guardian_id)
            select distinct ${municipalityId}::integer, child_id, guardian_id from wanted
            on conflict (municipality_id, child_id, guardian_id) do nothing
            returning 1
          )
          select (select count(*) from added)::integer as added,
                 (select count(*) from removed)::integer as removed,
                 ((select count(*) from wanted_hash) - (select count(*) from wanted))::integer as unresolved`.execute(
        trx,
      );
      const row = rows[0];
      return { added: row?.added ?? 0, removed: row?.removed ?? 0, unresolved: row?.unresolved ?? 0 };
    },

    /**
     * Death ends guardianship and access: every link of a deceased guardian is removed (and kept as ended, so that
     * the living guardian is told). Returns who died in this run (rows the run changed carry its time), so the
     * use case can end their roles through the identity module.
     */
    async endLinksOfDeceased(): Promise<DeathOutcome> {
      const { rows } = await sql<{ ended: number }>`
          with dead_links as (
            select gs.child_id, gs.guardian_id
              from guardianship gs
              join person g on g.municipality_id = gs.municipality_id and g.id = gs.guardian_id
             where gs.municipality_id = ${municipalityId} and g.status = 'deceased'
          ), recorded as (
            insert into guardianship_ended (municipality_id, child_id, guardian_id, reason)
            select ${municipalityId}::integer, child_id, guardian_id, 'deceased' from dead_links
            on conflict (municipality_id, child_id, guardian_id) do nothing
            returning 1
          ), ended as (
            delete from guardianship gs
             using dead_links d
             where gs.municipality_id = ${municipalityId} and gs.child_id = d.child_id
               and gs.guardian_id = d.guardian_id
            returning 1
          )
          select (select count(*) from ended)::integer as ended`.execute(trx);
      const dead = await sql<{ hash: Buffer }>`
          select national_id_hash as hash from person
           where municipality_id = ${municipalityId} and status = 'deceased' and updated_at >= now()`.execute(trx);
      return { guardianshipsEnded: rows[0]?.ended ?? 0, deceasedCitizenHashes: dead.rows.map((r) => r.hash) };
    },

    /**
     * Residents now, and how many of them the file does not name (a full import would move those out). The test
     * "not in the file" stands in a WHERE clause, so the planner makes it one hashed anti-join over the staging
     * table; inside an aggregate's FILTER it would re-read the staging table for every resident.
     */
    async countAbsentResidents(importId: string): Promise<{ absent: number; residents: number }> {
      const { rows } = await sql<{ absent: number; residents: number }>`
          select (select count(*)
                    from person p
                   where p.municipality_id = ${municipalityId} and p.status = 'resident'
                     and not exists (select 1 from population_import_row s
                                      where s.municipality_id = ${municipalityId} and s.import_id = ${importId}::uuid
                                        and s.national_id_hash = p.national_id_hash))::integer as absent,
                 (select count(*)
                    from person p
                   where p.municipality_id = ${municipalityId} and p.status = 'resident')::integer as residents`.execute(
        trx,
      );
      return { absent: rows[0]?.absent ?? 0, residents: rows[0]?.residents ?? 0 };
    },

    async markAbsentResidentsMovedOut(importId: string): Promise<number> {
      const { rows } = await sql<{ moved: number }>`
          with moved as (
            update person p
               set status = 'moved_out', street_address = null, postal_code = null, postal_place = null,
                   latitude = null, longitude = null, neighbourhood_id = null, residence_confirmed_at = null,
                   updated_at = now()
             where p.municipality_id = ${municipalityId} and p.status = 'resident'
               and not exists (select 1 from population_import_row s
                                where s.municipality_id = ${municipalityId} and s.import_id = ${importId}::uuid
                                  and s.national_id_hash = p.national_id_hash)
            returning 1
          )
          select count(*)::integer as moved from moved`.execute(trx);
      return rows[0]?.moved ?? 0;
    },

    /**
     * Refreshes the planner's statistics of the tables the run fills. Rows added inside this transaction are
     * invisible to autovacuum, and a plan made for an empty staging table (nested loops over it) turns quadratic
     * on a large file; ANALYZE counts the transaction's own rows.
     */
    async refreshStatistics(tables: readonly ('staging' | 'person' | 'guardianship')[]): Promise<void> {
      if (tables.includes('staging')) await sql`analyze population_import_row`.execute(trx);
      if (tables.includes('person')) await sql`analyze person`.execute(trx);
      if (tables.includes('guardianship')) await sql`analyze guardianship`.execute(trx);
    },

    /** Lines that repeat a person already earlier in the same file. */
    async countRepeatedPeople(importId: string): Promise<number> {
      const { rows } = await sql<{ repeated: number }>`
          select (count(*) - count(distinct national_id_hash))::integer as repeated
            from population_import_row
           where municipality_id = ${municipalityId} and import_id = ${importId}::uuid`.execute(trx);
      return rows[0]?.repeated ?? 0;
    },

    /** Records the counts and removes the staged copy of the file. */
    async finishRun(importId: string, counts: RunCounts): Promise<void> {
      await trx
        .deleteFrom('populationImportRow')
        .where('municipalityId', '=', municipalityId)
        .where('importId', '=', importId)
        .execute();
      await trx
        .updateTable('populationImport')
        .set({ ...counts, finishedAt: sql<Date>`now()` })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', importId)
        .execute();
    },
  };
}

export type ImportSession = ReturnType<typeof createImportSession>;

export function createPeopleStore(db: Kysely<DB>) {
  return {
    /**
     * Runs fn in one transaction holding the municipality's import lock: a run that fails or is abandoned
     * leaves nothing behind, and two runs for one municipality never interleave.
     */
    async withImportTransaction<T>(municipalityId: number, fn: (run: ImportSession) => Promise<T>): Promise<T> {
      return inTransaction(db, async (trx) => {
        await sql`select pg_advisory_xact_lock(${IMPORT_LOCK_CLASS}, ${municipalityId})`.execute(trx);
        // Room for the run's sorts and hashes over the whole file (the latest line per person, the family links)
        // to stay in memory instead of spilling to disk; for this transaction only.
        await sql`set local work_mem = '64MB'`.execute(trx);
        return fn(createImportSession(trx, municipalityId));
      });
    },

    /**
     * Refreshes the planner's statistics of the tables an import run changed, after it committed: the staging
     * table is empty again and person and the family links hold what the run wrote (PGlite has no autovacuum).
     */
    async refreshStatisticsAfterRun(): Promise<void> {
      await analyzeTables(db, ['person', 'guardianship', 'guardianship_ended', 'population_import_row']);
    },

    /** Residents now, and the residents born within a range (the children of an age scope). */
    async countResidents(
      municipalityId: number,
      born: { after: string; onOrBefore: string },
    ): Promise<{ residents: number; inRange: number }> {
      const row = await db
        .selectFrom('person')
        .select((eb) => [
          eb.fn.countAll<number>().as('residents'),
          eb.fn
            .count<number>('id')
            .filterWhere((w) => w.and([w('birthDate', '>', born.after), w('birthDate', '<=', born.onOrBefore)]))
            .as('inRange'),
        ])
        .where('municipalityId', '=', municipalityId)
        .where('status', '=', 'resident')
        .executeTakeFirstOrThrow();
      return { residents: Number(row.residents), inRange: Number(row.inRange) };
    },

    /** The most recent runs of a municipality, newest first. */
    async listRuns(municipalityId: number, limit: number) {
      return db
        .selectFrom('populationImport')
        .selectAll()
        .where('municipalityId', '=', municipalityId)
        .orderBy('startedAt', 'desc')
        .limit(limit)
        .execute();
    },
  };
}

export type PeopleStore = ReturnType<typeof createPeopleStore>;
