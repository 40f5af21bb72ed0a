/** Tables of free tickets: offers at a venue and the tickets claimed from them (migration 0016). */
import type { ColumnType, Generated } from 'kysely';
import type { PlacementReason } from '../../domain/scheme.ts';
import type { TicketAllocation, TicketKind, TicketSource, TicketStatus } from '../../domain/ticket.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A calendar date as 'YYYY-MM-DD'. */
type CalendarDate = ColumnType<string, string, string>;

export interface TicketOfferTable {
  municipalityId: number;
  id: Generated<string>;
  venueId: string;
  kind: TicketKind;
  title: string;
  quantity: number;
  claimed: Generated<number>;
  validFrom: CalendarDate;
  validUntil: CalendarDate;
  minAge: number;
  maxAge: number;
  schemeIds: ColumnType<string[], string[], string[]>;
  allocation: TicketAllocation;
  perChildLimit: Generated<number>;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface TicketTable {
  municipalityId: number;
  id: Generated<string>;
  offerId: string;
  childId: string;
  code: string;
  status: ColumnType<TicketStatus, TicketStatus | undefined, TicketStatus>;
  source: TicketSource;
  reason: PlacementReason | null;
  claimedBy: string;
  claimedAt: Timestamp;
  redeemedAt: Timestamp | null;
  redeemedBy: string | null;
  returnedAt: Timestamp | null;
}

export interface TicketTables {
  ticketOffer: TicketOfferTable;
  ticket: TicketTable;
}
