/** Tables of expiry runs, expiry extensions and ledger corrections (migration 0017). */
import type { ColumnType, Generated } from 'kysely';
import type { CorrectionKind, CorrectionStatus } from '../../domain/correction.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date as 'YYYY-MM-DD'. */
type CalendarDate = ColumnType<string, string, string>;

export interface ExpiryExtensionTable {
  municipalityId: number;
  id: Generated<string>;
  schemeId: string;
  periodStart: CalendarDate;
  /** Null: every card of the period. */
  personId: string | null;
  expiresOn: CalendarDate;
  reason: string;
  correctionId: string;
  createdAt: Timestamp;
}

export interface ExpiryRunTable {
  municipalityId: number;
  id: Generated<string>;
  runId: string;
  schemeId: string;
  periodStart: CalendarDate;
  runOn: CalendarDate;
  startedBy: string;
  startedAt: Timestamp;
  cards: number;
  amountOre: number;
  heldCards: number;
}

export interface LedgerCorrectionTable {
  municipalityId: number;
  id: Generated<string>;
  kind: CorrectionKind;
  reason: string;
  status: ColumnType<CorrectionStatus, CorrectionStatus | undefined, CorrectionStatus>;
  transferId: number | null;
  amountOre: number | null;
  providerId: string | null;
  schemeId: string | null;
  periodStart: CalendarDate | null;
  personId: string | null;
  expiresOn: CalendarDate | null;
  preparedBy: string;
  preparedByName: string;
  preparedAt: Timestamp;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: Timestamp | null;
}

export interface ExpiryTables {
  expiryExtension: ExpiryExtensionTable;
  expiryRun: ExpiryRunTable;
  ledgerCorrection: LedgerCorrectionTable;
}
