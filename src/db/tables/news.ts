/** Tables of outgoing e-mail and the municipality's news to providers (migration 0006). */
import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type MailStatus = 'queued' | 'sent' | 'failed';

export interface MailOutboxTable {
  municipalityId: number;
  id: ColumnType<number, never, never>;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  language: string | null;
  reference: string | null;
  status: ColumnType<MailStatus, MailStatus | undefined, MailStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  nextAttemptAt: Timestamp;
  lastError: string | null;
  createdAt: Timestamp;
  sentAt: Timestamp | null;
}

/** Who a piece of news is for; absent dimensions do not narrow. Every recipient is an approved provider. */
export interface NewsAudienceRow {
  kinds?: readonly string[];
  categories?: readonly string[];
  neighbourhoodIds?: readonly string[];
}

export interface ProviderNewsTable {
  municipalityId: number;
  id: Generated<string>;
  subject: string;
  body: string;
  audience: ColumnType<NewsAudienceRow, string | undefined, string>;
  sentBy: string;
  sentAt: Timestamp;
  recipientCount: ColumnType<number, number | undefined, number>;
}

export interface ProviderNewsRecipientTable {
  municipalityId: number;
  newsId: string;
  providerId: string;
  /** The address the news was e-mailed to; null when the provider had none. */
  email: string | null;
  readAt: Timestamp | null;
  readBy: string | null;
}

export type NewsTables = {
  mailOutbox: MailOutboxTable;
  providerNews: ProviderNewsTable;
  providerNewsRecipient: ProviderNewsRecipientTable;
};
