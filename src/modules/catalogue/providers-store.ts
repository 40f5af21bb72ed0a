/** Providers' rows: registration, the municipality's decision, and the provider's own profile. All SQL here. */
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ProviderKind, ProviderStatus } from '../../domain/provider.ts';

export interface OrganisationFactsRow {
  name: string;
  organisationForm: string | null;
  inVoluntaryRegister: boolean;
  municipalityNumber: string | null;
  deletedOn: string | null;
}

export interface ProviderRow {
  municipalityId: number;
  id: string;
  organisationNumber: string | null;
  name: string;
  kind: ProviderKind;
  status: ProviderStatus;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  neighbourhoodId: string | null;
  socialLinks: string[];
  bankAccount: string | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionNote: string | null;
  logoImageId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ProviderWithOrganisation extends ProviderRow {
  /** The entity as the register describes it; null when the provider has no organisation number on file. */
  organisation: OrganisationFactsRow | null;
}

export interface NewProvider {
  municipalityId: number;
  organisationNumber: string;
  name: string;
  kind: ProviderKind;
  description: string;
  email: string;
  phone: string | null;
  website: string | null;
  neighbourhoodId: string | null;
  socialLinks: string[];
}

export interface ProfileChanges {
  name: string;
  description: string;
  email: string;
  phone: string | null;
  website: string | null;
  neighbourhoodId: string | null;
  socialLinks: string[];
  bankAccount: string | null;
}

const PROVIDER_COLUMNS = [
  'provider.municipalityId',
  'provider.id',
  'provider.organisationNumber',
  'provider.name',
  'provider.kind',
  'provider.status',
  'provider.description',
  'provider.email',
  'provider.phone',
  'provider.website',
  'provider.neighbourhoodId',
  'provider.socialLinks',
  'provider.bankAccount',
  'provider.decidedAt',
  'provider.decidedBy',
  'provider.decisionNote',
  'provider.logoImageId',
  'provider.createdAt',
  'provider.updatedAt',
] as const;

const RETURNED_COLUMNS = [
  'municipalityId',
  'id',
  'organisationNumber',
  'name',
  'kind',
  'status',
  'description',
  'email',
  'phone',
  'website',
  'neighbourhoodId',
  'socialLinks',
  'bankAccount',
  'decidedAt',
  'decidedBy',
  'decisionNote',
  'logoImageId',
  'createdAt',
  'updatedAt',
] as const;

/** Escapes LIKE wildcards so a search text matches literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function createProviderStore(db: Kysely<DB>) {
  function withOrganisation() {
    return db
      .selectFrom('provider')
      .leftJoin('organisation', 'organisation.organisationNumber', 'provider.organisationNumber')
      .select(PROVIDER_COLUMNS)
      .select([
        'organisation.name as organisationName',
        'organisation.organisationForm as organisationForm',
        'organisation.inVoluntaryRegister as inVoluntaryRegister',
        'organisation.municipalityNumber as organisationMunicipalityNumber',
        'organisation.deletedOn as organisationDeletedOn',
      ]);
  }

  type JoinedRow = ProviderRow & {
    organisationName: string | null;
    organisationForm: string | null;
    inVoluntaryRegister: boolean | null;
    organisationMunicipalityNumber: string | null;
    organisationDeletedOn: string | null;
  };

  function toProvider(row: JoinedRow): ProviderWithOrganisation {
    const {
      organisationName,
      organisationForm,
      inVoluntaryRegister,
      organisationMunicipalityNumber,
      organisationDeletedOn,
      ...provider
    } = row;
    return {
      ...provider,
      organisation:
        organisationName === null
          ? null
          : {
              name: organisationName,
              organisationForm,
              inVoluntaryRegister: inVoluntaryRegister ?? false,
              municipalityNumber: organisationMunicipalityNumber,
              deletedOn: organisationDeletedOn,
            },
    };
  }

  return {
    /** Inserts a pending provider; undefined when the organisation is already a provider in the municipality. */
    async insert(input: NewProvider): Promise<ProviderRow | undefined> {
      return db
        .insertInto('provider')
        .values({ ...input, status: 'pending' })
        .onConflict((oc) => oc.columns(['municipalityId', 'organisationNumber']).doNothing())
        .returning(RETURNED_COLUMNS)
        .executeTakeFirst();
    },

    async existsForOrganisation(municipalityId: number, organisationNumber: string): Promise<boolean> {
      const row = await db
        .selectFrom('provider')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('organisationNumber', '=', organisationNumber)
        .executeTakeFirst();
      return row !== undefined;
    },

    async neighbourhoodExists(municipalityId: number, id: string): Promise<boolean> {
      const row = await db
        .selectFrom('neighbourhood')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The names of these providers of the municipality, by id (unknown ids are left out). */
    async names(municipalityId: number, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('provider')
        .select(['id', 'name'])
        .where('municipalityId', '=', municipalityId)
        .where('id', 'in', [...new Set(ids)])
        .execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },

    async find(municipalityId: number, id: string): Promise<ProviderWithOrganisation | undefined> {
      const row = await withOrganisation()
        .where('provider.municipalityId', '=', municipalityId)
        .where('provider.id', '=', id)
        .executeTakeFirst();
      return row ? toProvider(row) : undefined;
    },

    /** One page of the municipality's providers, by status and a search in name or organisation number. */
    async list(
      municipalityId: number,
      query: { status?: ProviderStatus; q?: string; limit: number; offset: number },
    ): Promise<{ total: number; items: ProviderWithOrganisation[] }> {
      let base = withOrganisation().where('provider.municipalityId', '=', municipalityId);
      if (query.status) base = base.where('provider.status', '=', query.status);
      const q = query.q?.trim();
      if (q) {
        const digits = q.replace(/\s/g, '');
        base = base.where((eb) =>
          eb.or([
            eb('provider.name', 'ilike', likePattern(q)),
            eb('organisation.name', 'ilike', likePattern(q)),
            ...(/^\d{1,9}$/.test(digits) ? [eb('provider.organisationNumber', 'like', `${digits}%`)] : []),
          ]),
        );
      }
      const counted = await base.clearSelect().select(sql<number>`count(*)::int`.as('total')).executeTakeFirstOrThrow();
      // The approval queue shows the longest-waiting registrations first; other lists the newest first.
      const rows = await base
        .orderBy('provider.createdAt', query.status === 'pending' ? 'asc' : 'desc')
        .orderBy('provider.id')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      return { total: counted.total, items: rows.map(toProvider) };
    },

    async listByIds(municipalityId: number, ids: readonly string[]): Promise<ProviderRow[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('provider')
        .select(RETURNED_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', 'in', [...ids])
        .orderBy('name')
        .execute();
    },

    /** Moves the status only if it is still what the decision was made on; undefined otherwise. */
    async decide(
      municipalityId: number,
      id: string,
      change: { from: ProviderStatus; to: ProviderStatus; decidedBy: string; note: string | null; at: Date },
    ): Promise<ProviderRow | undefined> {
      return db
        .updateTable('provider')
        .set({
          status: change.to,
          decidedAt: change.at,
          decidedBy: change.decidedBy,
          decisionNote: change.note,
          updatedAt: change.at,
        })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .where('status', '=', change.from)
        .returning(RETURNED_COLUMNS)
        .executeTakeFirst();
    },

    async updateProfile(
      municipalityId: number,
      id: string,
      changes: ProfileChanges,
      at: Date,
    ): Promise<ProviderRow | undefined> {
      return db
        .updateTable('provider')
        .set({ ...changes, updatedAt: at })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .returning(RETURNED_COLUMNS)
        .executeTakeFirst();
    },
  };
}

export type ProviderStore = ReturnType<typeof createProviderStore>;
