/** Tables of the leisure card: schemes, placements, the ledger and grant runs (migration 0009). */
import type { ColumnType, Generated } from 'kysely';
import type { EnrolmentStatus } from '../../domain/enrolment.ts';
import type { AccountKind, TransferReason } from '../../domain/ledger.ts';
import type { PaymentRequestStatus } from '../../domain/payment-request.ts';
import type { PeriodKind } from '../../domain/period.ts';
import type { ProviderKind } from '../../domain/provider.ts';
import type { ActivityKind, Eligibility, FeeKind, PlacementReason, ResidenceRule } from '../../domain/scheme.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date as 'YYYY-MM-DD'. */
type CalendarDate = ColumnType<string, string, string>;
type List<T> = ColumnType<T[], T[], T[]>;

export interface SchemeTable {
  municipalityId: number;
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  eligibility: Eligibility;
  minAge: number;
  maxAge: number;
  residence: ResidenceRule;
  periodKind: PeriodKind;
  amountOre: number;
  activityKinds: List<ActivityKind>;
  feeKinds: List<FeeKind>;
  providerKinds: List<ProviderKind>;
  minSessions: number | null;
  expiryMonths: Generated<number>;
  youthAge: number;
  budgetOre: number;
  startsOn: CalendarDate;
  endsOn: CalendarDate | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface SchemePlacementTable {
  municipalityId: number;
  id: Generated<string>;
  schemeId: string;
  personId: string;
  reason: PlacementReason;
  note: Generated<string>;
  placedBy: string;
  placedAt: Timestamp;
  endedAt: Timestamp | null;
  endedBy: string | null;
}

export interface LedgerAccountTable {
  municipalityId: number;
  id: Generated<string>;
  kind: AccountKind;
  schemeId: string | null;
  periodStart: CalendarDate | null;
  personId: string | null;
  providerId: string | null;
  /** Changed only by the database, from transfers. */
  balanceOre: ColumnType<number, never, never>;
  /** A card that opened with its grant as its balance (made by a grant run; see migration 0013). */
  openedByGrant: ColumnType<boolean, never, never>;
  /** The municipality of an account that has neither a scheme nor a provider (generated; see migration 0013). */
  municipalityOwnerId: ColumnType<number | null, never, never>;
  createdAt: Timestamp;
}

export interface LedgerTransferTable {
  municipalityId: number;
  id: ColumnType<number, never, never>;
  idempotencyKey: string;
  debitAccountId: string;
  creditAccountId: string;
  amountOre: number;
  reason: TransferReason;
  reversesId: number | null;
  activityId: string | null;
  createdBy: string;
  createdAt: Timestamp;
  /** The enrolment the transfer paid, refunded or held money for (migration 0011). */
  enrolmentId: ColumnType<string | null, string | null | undefined, never>;
  /** The payment request the transfer paid, held or released money for (migration 0015). */
  paymentRequestId: ColumnType<string | null, string | null | undefined, never>;
}

export interface GrantRunTable {
  municipalityId: number;
  id: Generated<string>;
  schemeId: string;
  periodStart: CalendarDate;
  runOn: CalendarDate;
  startedBy: string;
  startedAt: Timestamp;
  children: number;
  amountOre: number;
}

export interface ActivityFeeTable {
  municipalityId: number;
  activityId: string;
  kind: FeeKind;
  amountOre: number;
}

export interface EnrolmentTable {
  municipalityId: number;
  id: Generated<string>;
  activityId: string;
  childId: string;
  status: EnrolmentStatus;
  feeOre: Generated<number>;
  cardOre: Generated<number>;
  restOre: Generated<number>;
  idempotencyKey: string;
  enrolledBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  confirmedAt: Timestamp | null;
  cancelledAt: Timestamp | null;
  cancelledBy: string | null;
}

export type FamilyPaymentStatus =
  | 'creating'
  | 'created'
  | 'captured'
  | 'abandoned'
  | 'refunding'
  | 'refunded'
  | 'failed';

export interface FamilyPaymentTable {
  municipalityId: number;
  id: Generated<string>;
  enrolmentId: string;
  reference: string;
  amountOre: number;
  status: ColumnType<FamilyPaymentStatus, FamilyPaymentStatus | undefined, FamilyPaymentStatus>;
  redirectUrl: string | null;
  refundOre: Generated<number>;
  attempts: Generated<number>;
  nextAttemptAt: Timestamp;
  lastError: string | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** The payment request this payment pays; null for an enrolment's own fee (migration 0015). */
  paymentRequestId: ColumnType<string | null, string | null | undefined, never>;
}

/** A provider's request for a fee from the family of an enrolled child (migration 0015). */
export interface PaymentRequestTable {
  municipalityId: number;
  id: Generated<string>;
  providerId: string;
  activityId: string;
  enrolmentId: string;
  childId: string;
  feeKind: FeeKind;
  description: Generated<string>;
  amountOre: number;
  dueDate: CalendarDate;
  invoiceNumber: string | null;
  kid: string | null;
  status: ColumnType<PaymentRequestStatus, PaymentRequestStatus | undefined, PaymentRequestStatus>;
  cardOre: Generated<number>;
  restOre: Generated<number>;
  sendKey: string;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  paidAt: Timestamp | null;
  withdrawnAt: Timestamp | null;
  withdrawnBy: string | null;
}

export interface CardTables {
  paymentRequest: PaymentRequestTable;
  activityFee: ActivityFeeTable;
  enrolment: EnrolmentTable;
  familyPayment: FamilyPaymentTable;
  scheme: SchemeTable;
  schemePlacement: SchemePlacementTable;
  ledgerAccount: LedgerAccountTable;
  ledgerTransfer: LedgerTransferTable;
  grantRun: GrantRunTable;
}
