/**
 * Table types for Kysely, as the query builder sees them (camelCase; the CamelCasePlugin maps to the
 * snake_case columns of the migrations). Keep in step with src/db/migrations; the schema test checks it.
 */
import type { ColumnType, Generated } from 'kysely';
import type { IdentityTables } from './tables/identity.ts';
import type { PeopleTables } from './tables/people.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date as 'YYYY-MM-DD'. */
type CalendarDate = ColumnType<string, string, string>;

export interface MunicipalityTable {
  id: Generated<number>;
  kommunenummer: string;
  name: string;
  settings: ColumnType<MunicipalitySettingsRow, string | undefined, string>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MunicipalitySettingsRow {
  defaultLanguage?: 'nb' | 'nn';
  youthSelfServiceAge?: number;
  contactEmail?: string;
  retentionDays?: number;
}

export interface ActivityCategoryTable {
  code: string;
  sortOrder: number;
}

export interface OrganisationTable {
  organisationNumber: string;
  name: string;
  organisationForm: string | null;
  inVoluntaryRegister: Generated<boolean>;
  businessAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  municipalityNumber: string | null;
  website: string | null;
  deletedOn: CalendarDate | null;
  updatedAt: Timestamp;
}

export interface NeighbourhoodTable {
  municipalityId: number;
  id: Generated<string>;
  name: string;
  latitude: number;
  longitude: number;
}

export type PersonStatus = 'resident' | 'non_resident' | 'moved_out' | 'deceased';
export type AddressProtection = 'none' | 'fortrolig' | 'strengt_fortrolig' | 'strengt_fortrolig_utland';

export interface PersonTable {
  municipalityId: number;
  id: Generated<string>;
  nationalIdHash: Buffer;
  nationalIdEnc: Buffer;
  givenName: string;
  familyName: string;
  birthDate: CalendarDate;
  status: ColumnType<PersonStatus, PersonStatus | undefined, PersonStatus>;
  addressProtection: ColumnType<AddressProtection, AddressProtection | undefined, AddressProtection>;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  latitude: number | null;
  longitude: number | null;
  neighbourhoodId: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  anonymisedAt: Date | null;
}

export interface GuardianshipTable {
  municipalityId: number;
  childId: string;
  guardianId: string;
  createdAt: Timestamp;
}

export type ProviderKind = 'voluntary' | 'municipal' | 'commercial' | 'private';
export type ProviderStatus = 'pending' | 'approved' | 'rejected' | 'suspended';

export interface ProviderTable {
  municipalityId: number;
  id: Generated<string>;
  organisationNumber: string | null;
  name: string;
  kind: ProviderKind;
  status: ColumnType<ProviderStatus, ProviderStatus | undefined, ProviderStatus>;
  description: Generated<string>;
  email: string | null;
  phone: string | null;
  website: string | null;
  neighbourhoodId: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface ScheduleEntry {
  weekday: number;
  start: string;
  end: string;
}

export type ActivityStatus = 'draft' | 'published' | 'archived';

export interface ActivityTable {
  municipalityId: number;
  id: Generated<string>;
  providerId: string;
  category: string;
  title: string;
  description: Generated<string>;
  minAge: number;
  maxAge: number;
  targetGroup: string | null;
  seasonStart: CalendarDate;
  seasonEnd: CalendarDate;
  schedule: ColumnType<ScheduleEntry[], string | undefined, string>;
  weekdays: ColumnType<number[], number[] | undefined, number[]>;
  sessionCount: number | null;
  priceOre: Generated<number>;
  priceIncludes: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  latitude: number | null;
  longitude: number | null;
  neighbourhoodId: string | null;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  adapted: Generated<boolean>;
  freeTrial: Generated<boolean>;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  status: ColumnType<ActivityStatus, ActivityStatus | undefined, ActivityStatus>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SchemaMigrationTable {
  name: string;
  appliedAt: Timestamp;
}

export interface DB extends PeopleTables, IdentityTables {
  municipality: MunicipalityTable;
  activityCategory: ActivityCategoryTable;
  organisation: OrganisationTable;
  neighbourhood: NeighbourhoodTable;
  person: PersonTable;
  guardianship: GuardianshipTable;
  provider: ProviderTable;
  activity: ActivityTable;
  schemaMigration: SchemaMigrationTable;
}
