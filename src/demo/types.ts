/** The shapes of the generated demo data. */
import type {
  ActivityStatus,
  AddressProtection,
  PersonStatus,
  ProviderKind,
  ProviderStatus,
  ScheduleEntry,
} from '../db/schema.ts';
import type { CategoryCode } from './catalogue.ts';
import type { Sex } from './reference-data.ts';

export interface DemoOptions {
  seed: number;
  /** Children aged 6-18; default 15 000 (about Drammen's 15 930). */
  children?: number;
  providers?: number;
  activities?: number;
  /** ISO date the ages and seasons are relative to; fixed by default so the output never changes. */
  today?: string;
}

export interface DemoMunicipality {
  kommunenummer: string;
  name: string;
  settings: { defaultLanguage: 'nb'; youthSelfServiceAge: number };
}

export interface DemoNeighbourhood {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

export interface DemoAddress {
  streetAddress: string;
  postalCode: string;
  postalPlace: string;
  latitude: number;
  longitude: number;
  neighbourhoodId: string;
}

export interface DemoPerson {
  id: string;
  /** Synthetic 11-digit national identity number, in clear; the loader stores only its hash and ciphertext. */
  nationalId: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: Sex;
  role: 'child' | 'guardian';
  /** Household the person belongs to in the generated data (not stored). */
  family: number;
  status: PersonStatus;
  addressProtection: AddressProtection;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  latitude: number | null;
  longitude: number | null;
  neighbourhoodId: string | null;
}

export interface DemoGuardianship {
  childId: string;
  guardianId: string;
}

export interface DemoOrganisation {
  organisationNumber: string;
  name: string;
  organisationForm: string;
  inVoluntaryRegister: boolean;
  businessAddress: string;
  postalCode: string;
  postalPlace: string;
  municipalityNumber: string;
  website: string | null;
}

export interface DemoProvider {
  id: string;
  organisationNumber: string | null;
  name: string;
  kind: ProviderKind;
  status: ProviderStatus;
  description: string;
  email: string;
  phone: string;
  website: string | null;
  neighbourhoodId: string;
  /** Main category of the provider (not stored on the provider; its activities carry it). */
  category: CategoryCode;
}

export interface DemoActivity {
  id: string;
  providerId: string;
  category: CategoryCode;
  title: string;
  description: string;
  minAge: number;
  maxAge: number;
  targetGroup: string;
  seasonStart: string;
  seasonEnd: string;
  schedule: ScheduleEntry[];
  weekdays: number[];
  sessionCount: number;
  priceOre: number;
  priceIncludes: string | null;
  streetAddress: string;
  postalCode: string;
  postalPlace: string;
  latitude: number;
  longitude: number;
  neighbourhoodId: string;
  languages: string[];
  adapted: boolean;
  freeTrial: boolean;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  status: ActivityStatus;
}

/** People worth logging in as when trying the demo. All numbers are synthetic. */
export interface DemoSampleUser {
  role: 'guardian' | 'single_guardian' | 'youth' | 'child' | 'protected_child' | 'provider_admin';
  description: string;
  personId: string;
  nationalId: string;
  name: string;
  birthDate: string;
  age: number;
  /** For guardians: their children. */
  children?: { personId: string; nationalId: string; name: string; age: number }[];
  /** For the provider admin (a club leader): the approved provider they administer. */
  provider?: { id: string; name: string };
}

export interface DemoData {
  seed: number;
  today: string;
  municipality: DemoMunicipality;
  neighbourhoods: DemoNeighbourhood[];
  persons: DemoPerson[];
  guardianships: DemoGuardianship[];
  organisations: DemoOrganisation[];
  providers: DemoProvider[];
  activities: DemoActivity[];
  sampleUsers: DemoSampleUser[];
}
