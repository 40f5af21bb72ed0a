/** Tables of the population-register import (migration 0002). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Count = ColumnType<number, number | undefined, number>;

export type PopulationImportMode = 'full' | 'delta';

export interface PopulationImportTable {
  municipalityId: number;
  id: Generated<string>;
  mode: PopulationImportMode;
  startedBy: string;
  source: string | null;
  startedAt: Timestamp;
  finishedAt: Timestamp | null;
  lines: Count;
  imported: Count;
  inserted: Count;
  updated: Count;
  movedOut: Count;
  deceased: Count;
  guardianshipsAdded: Count;
  guardianshipsRemoved: Count;
  guardianLinksUnresolved: Count;
  rejected: Count;
}

export interface PopulationImportRowTable {
  municipalityId: number;
  importId: string;
  line: number;
  nationalIdHash: Buffer;
  nationalIdEnc: Buffer;
  formerHashes: ColumnType<Buffer[], Buffer[] | undefined, Buffer[]>;
  givenName: string;
  familyName: string;
  birthDate: ColumnType<string, string, string>;
  status: 'resident' | 'non_resident' | 'moved_out' | 'deceased';
  addressProtection: 'none' | 'fortrolig' | 'strengt_fortrolig' | 'strengt_fortrolig_utland';
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  latitude: number | null;
  longitude: number | null;
  guardianHashes: ColumnType<Buffer[], Buffer[] | undefined, Buffer[]>;
  placedElsewhere: ColumnType<boolean, boolean | undefined, boolean>;
}

/** A guardianship the register ended by the guardian's death (migration 0008). */
export interface GuardianshipEndedTable {
  municipalityId: number;
  childId: string;
  guardianId: string;
  reason: 'deceased';
  endedAt: Timestamp;
}

export type PeopleTables = {
  populationImport: PopulationImportTable;
  populationImportRow: PopulationImportRowTable;
  guardianshipEnded: GuardianshipEndedTable;
};
