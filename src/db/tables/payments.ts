import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** The installation's webhook registration at the payment provider (one row); `secret` never leaves the server. */
export interface PaymentWebhookTable {
  id: string;
  url: string;
  events: ColumnType<string[], string[], string[]>;
  secret: string;
  createdAt: Timestamp;
}

/** A notification from the payment provider that the platform accepted, once per event. */
export interface PaymentNotificationTable {
  municipalityId: number;
  paymentId: string;
  reference: string;
  /** The provider's event name: AUTHORIZED, CAPTURED, EXPIRED, … */
  eventName: string;
  pspReference: string;
  idempotencyKey: ColumnType<string, string | undefined, string>;
  eventAt: Timestamp;
  receivedAt: Timestamp;
  processedAt: Timestamp | null;
}

export interface PaymentTables {
  paymentWebhook: PaymentWebhookTable;
  paymentNotification: PaymentNotificationTable;
}
