/** Tables of payouts to providers: settings, batches, items and the transfers each batch pays (migration 0014). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date as 'YYYY-MM-DD'. */
type CalendarDate = ColumnType<string, string, string>;

export type PayoutBatchStatus = 'prepared' | 'approved' | 'sent' | 'paid';
export type PayoutItemStatus = 'pending' | 'paid' | 'rejected';

export interface HeldBackProvider {
  providerId: string;
  name: string;
  amountOre: number;
}

export interface PayoutSettingsTable {
  municipalityId: number;
  debtorAccount: string;
  debtorName: string;
  organisationNumber: string;
  debitLedgerAccount: string;
  creditLedgerAccount: string;
  costCentre: Generated<string>;
  updatedBy: string;
  updatedAt: Timestamp;
}

export interface PayoutBatchTable {
  municipalityId: number;
  id: ColumnType<number, never, never>;
  status: ColumnType<PayoutBatchStatus, PayoutBatchStatus | undefined, PayoutBatchStatus>;
  upTo: CalendarDate;
  messageId: string;
  totalOre: Generated<number>;
  itemCount: Generated<number>;
  heldBack: ColumnType<HeldBackProvider[], string | undefined, string>;
  preparedBy: string;
  preparedAt: Timestamp;
  approvedBy: string | null;
  approvedAt: Timestamp | null;
  executionDate: CalendarDate | null;
  sentBy: string | null;
  sentAt: Timestamp | null;
  paidOn: CalendarDate | null;
  bankReference: string | null;
}

export interface PayoutItemTable {
  municipalityId: number;
  batchId: number;
  providerId: string;
  endToEndId: string;
  amountOre: number;
  creditorName: string;
  creditorAccount: string;
  kid: string | null;
  status: ColumnType<PayoutItemStatus, PayoutItemStatus | undefined, PayoutItemStatus>;
  payoutTransferId: number | null;
  reversalTransferId: number | null;
  rejectReason: string | null;
  paidOn: CalendarDate | null;
  bankReference: string | null;
}

export interface PayoutBatchTransferTable {
  municipalityId: number;
  batchId: number;
  providerId: string;
  transferId: number;
  amountOre: number;
  releasedAt: Timestamp | null;
}

export interface PayoutTables {
  payoutSettings: PayoutSettingsTable;
  payoutBatch: PayoutBatchTable;
  payoutItem: PayoutItemTable;
  payoutBatchTransfer: PayoutBatchTransferTable;
}
