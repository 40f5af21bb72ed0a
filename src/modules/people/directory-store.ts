import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { AddressProtection, DB, PersonStatus } from '../../db/schema.ts';

/** Reads of people and families for login, family pages, staff look-ups and privacy duties. */

/** Ids of the people who meet a scheme's age and residence rule, as a subquery (see eligibleChildren). */
export type EligibleChildren = SelectQueryBuilder<DB, 'person', { personId: string }>;

export interface CitizenPersonRow {
  municipalityId: number;
  personId: string;
  birthDate: string;
  status: PersonStatus;
  youthSelfServiceAge: number | null;
  childCount: number;
}

export interface PersonRow {
  municipalityId: number;
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  status: PersonStatus;
  addressProtection: AddressProtection;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  neighbourhoodId: string | null;
  nationalIdEnc: Uint8Array;
  createdAt: Date;
  updatedAt: Date;
  anonymisedAt: Date | null;
  residenceConfirmedAt: Date | null;
}

const PERSON_COLUMNS = [
  'person.municipalityId',
  'person.id',
  'person.givenName',
  'person.familyName',
  'person.birthDate',
  'person.status',
  'person.addressProtection',
  'person.streetAddress',
  'person.postalCode',
  'person.postalPlace',
  'person.neighbourhoodId',
  'person.nationalIdEnc',
  'person.createdAt',
  'person.updatedAt',
  'person.anonymisedAt',
  'person.residenceConfirmedAt',
] as const;

export function createDirectoryStore(db: Kysely<DB>) {
  return {
    /** The person rows a citizen has in every municipality, with what login needs to derive roles. */
    async citizenPersons(nationalIdHash: Buffer): Promise<CitizenPersonRow[]> {
      const rows = await db
        .selectFrom('person')
        .innerJoin('municipality', 'municipality.id', 'person.municipalityId')
        .select((eb) => [
          'person.municipalityId',
          'person.id as personId',
          'person.birthDate',
          'person.status',
          eb.ref('municipality.settings', '->>').key('youthSelfServiceAge').as('youthSelfServiceAge'),
          eb
            .selectFrom('guardianship')
            .innerJoin('person as child', (join) =>
              join
                .onRef('child.municipalityId', '=', 'guardianship.municipalityId')
                .onRef('child.id', '=', 'guardianship.childId'),
            )
            .whereRef('guardianship.municipalityId', '=', 'person.municipalityId')
            .whereRef('guardianship.guardianId', '=', 'person.id')
            .where('child.status', '=', 'resident')
            .select((e) => e.fn.countAll<number>().as('n'))
            .as('childCount'),
        ])
        .where('person.nationalIdHash', '=', nationalIdHash)
        .where('person.anonymisedAt', 'is', null)
        .execute();
      return rows.map((r) => ({
        municipalityId: r.municipalityId,
        personId: r.personId,
        birthDate: r.birthDate,
        status: r.status,
        youthSelfServiceAge: r.youthSelfServiceAge === null ? null : Number(r.youthSelfServiceAge),
        childCount: Number(r.childCount ?? 0),
      }));
    },

    /** Name of a citizen from the register (the first municipality that knows them). */
    async nameByHash(nationalIdHash: Buffer): Promise<string | undefined> {
      const row = await db
        .selectFrom('person')
        .select(['givenName', 'familyName'])
        .where('nationalIdHash', '=', nationalIdHash)
        .where('anonymisedAt', 'is', null)
        .orderBy('updatedAt', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row ? `${row.givenName} ${row.familyName}` : undefined;
    },

    /**
     * The people a scheme may grant to on a day, as a subquery of person ids for set-based grant runs: born within
     * the age range, alive, not anonymised, and (when asked) living in the municipality by the register or a
     * caseworker's confirmation (which makes the status resident).
     */
    eligibleChildren(
      municipalityId: number,
      criteria: { bornAfter: string; bornOnOrBefore: string; residentOnly: boolean },
    ): EligibleChildren {
      let query = db
        .selectFrom('person')
        .select('person.id as personId')
        .where('person.municipalityId', '=', municipalityId)
        .where('person.birthDate', '>', criteria.bornAfter)
        .where('person.birthDate', '<=', criteria.bornOnOrBefore)
        .where('person.status', '<>', 'deceased')
        .where('person.anonymisedAt', 'is', null);
      if (criteria.residentOnly) query = query.where('person.status', '=', 'resident');
      return query;
    },

    async peopleByIds(municipalityId: number, personIds: readonly string[]): Promise<PersonRow[]> {
      if (personIds.length === 0) return [];
      return db
        .selectFrom('person')
        .select(PERSON_COLUMNS)
        .where('person.municipalityId', '=', municipalityId)
        .where('person.id', 'in', [...new Set(personIds)])
        .execute();
    },

    async personById(municipalityId: number, personId: string): Promise<PersonRow | undefined> {
      return db
        .selectFrom('person')
        .select(PERSON_COLUMNS)
        .where('person.municipalityId', '=', municipalityId)
        .where('person.id', '=', personId)
        .executeTakeFirst();
    },

    async personByHash(municipalityId: number, nationalIdHash: Buffer): Promise<PersonRow | undefined> {
      return db
        .selectFrom('person')
        .select(PERSON_COLUMNS)
        .where('person.municipalityId', '=', municipalityId)
        .where('person.nationalIdHash', '=', nationalIdHash)
        .where('person.anonymisedAt', 'is', null)
        .executeTakeFirst();
    },

    /** Children under a guardian's parental responsibility, by guardian person id. */
    async childrenOf(municipalityId: number, guardianId: string): Promise<PersonRow[]> {
      return db
        .selectFrom('guardianship')
        .innerJoin('person', (join) =>
          join
            .onRef('person.municipalityId', '=', 'guardianship.municipalityId')
            .onRef('person.id', '=', 'guardianship.childId'),
        )
        .select(PERSON_COLUMNS)
        .where('guardianship.municipalityId', '=', municipalityId)
        .where('guardianship.guardianId', '=', guardianId)
        .orderBy('person.birthDate')
        .execute();
    },

    /** Guardianships of the given children that ended by the guardian's death: the former guardian's name only. */
    async endedGuardianshipsOf(
      municipalityId: number,
      childIds: readonly string[],
    ): Promise<{ childId: string; guardianId: string; givenName: string; familyName: string; reason: 'deceased' }[]> {
      if (childIds.length === 0) return [];
      return db
        .selectFrom('guardianshipEnded')
        .innerJoin('person', (join) =>
          join
            .onRef('person.municipalityId', '=', 'guardianshipEnded.municipalityId')
            .onRef('person.id', '=', 'guardianshipEnded.guardianId'),
        )
        .select([
          'guardianshipEnded.childId',
          'guardianshipEnded.guardianId',
          'person.givenName',
          'person.familyName',
          'guardianshipEnded.reason',
        ])
        .where('guardianshipEnded.municipalityId', '=', municipalityId)
        .where('guardianshipEnded.childId', 'in', childIds)
        .where('person.anonymisedAt', 'is', null)
        .orderBy('guardianshipEnded.endedAt')
        .execute();
    },

    /**
     * A caseworker's confirmation that a person lives in the municipality: the person becomes a resident and the
     * confirmation holds through later imports while the register places them nowhere else. Not for the dead or
     * the anonymised; undefined when there is no such person.
     */
    async confirmResidence(
      municipalityId: number,
      personId: string,
    ): Promise<{ previousStatus: PersonStatus } | undefined> {
      const { rows } = await sql<{ previousStatus: PersonStatus }>`
          update person p
             set status = 'resident', residence_confirmed_at = now(), updated_at = now()
            from (select id, status from person
                   where municipality_id = ${municipalityId} and id = ${personId}::uuid
                     and anonymised_at is null and status <> 'deceased'
                   for update) old
           where p.municipality_id = ${municipalityId} and p.id = old.id
          returning old.status as "previousStatus"`.execute(db);
      return rows[0];
    },

    /** Guardians of the given children (names for the family page). */
    async guardiansOf(
      municipalityId: number,
      childIds: readonly string[],
    ): Promise<(PersonRow & { childId: string })[]> {
      if (childIds.length === 0) return [];
      return db
        .selectFrom('guardianship')
        .innerJoin('person', (join) =>
          join
            .onRef('person.municipalityId', '=', 'guardianship.municipalityId')
            .onRef('person.id', '=', 'guardianship.guardianId'),
        )
        .select([...PERSON_COLUMNS, 'guardianship.childId'])
        .where('guardianship.municipalityId', '=', municipalityId)
        .where('guardianship.childId', 'in', childIds)
        .execute();
    },
  };
}

export type DirectoryStore = ReturnType<typeof createDirectoryStore>;
