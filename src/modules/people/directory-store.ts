import type { Kysely } from 'kysely';
import type { AddressProtection, DB, PersonStatus } from '../../db/schema.ts';

/** Reads of people and families for login, family pages, staff look-ups and privacy duties. */

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
