import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { NewsTables } from '../../db/tables/news.ts';

export interface OutboxInsert {
  municipalityId: number;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  language: string | null;
  reference: string | null;
}

export interface ClaimedMail {
  municipalityId: number;
  id: number;
  recipient: string;
  subject: string;
  text: string;
  html: string | null;
  language: string | null;
  /** Attempts including the one just claimed. */
  attempts: number;
}

export interface OutboxCounts {
  queued: number;
  failed: number;
  sent: number;
  /** When the oldest queued message was queued (null: nothing queued). */
  oldestQueuedAt: Date | null;
}

/** Rows per insert statement when many messages are queued at once. */
const INSERT_CHUNK = 500;

/** The outbox of outgoing e-mail. */
export function createMailStore(base: Kysely<DB>) {
  const db = base.withTables<NewsTables>();
  const interval = (ms: number) => sql`(${Math.max(0, Math.round(ms))}::double precision * interval '1 millisecond')`;

  return {
    async insert(rows: readonly OutboxInsert[]): Promise<number> {
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await db
          .insertInto('mailOutbox')
          .values(rows.slice(i, i + INSERT_CHUNK))
          .execute();
      }
      return rows.length;
    },

    /** Municipalities with messages due now (the only query across municipalities; it reads ids only). */
    async municipalitiesWithDueMail(): Promise<number[]> {
      const rows = await db
        .selectFrom('mailOutbox')
        .select('municipalityId')
        .distinct()
        .where('status', '=', 'queued')
        .where('nextAttemptAt', '<=', sql<Date>`now()`)
        .execute();
      return rows.map((r) => r.municipalityId);
    },

    /**
     * Takes up to `limit` due messages of one municipality for sending: counts the attempt and moves the next
     * attempt to the end of a lease, in one statement. Rows another sender holds are skipped (`skip locked`) and,
     * once it commits, are no longer due, so two senders never take the same message; a sender that dies leaves
     * its messages to be taken again when the lease ends.
     */
    async claimDue(municipalityId: number, limit: number, leaseMs: number): Promise<ClaimedMail[]> {
      // The due rows are picked once (a materialised CTE), never re-scanned per updated row.
      const result = await sql<ClaimedMail>`
        with due as materialized (
          select o.id from mail_outbox o
           where o.municipality_id = ${municipalityId} and o.status = 'queued' and o.next_attempt_at <= now()
           order by o.next_attempt_at, o.id
           limit ${limit}
           for update skip locked)
        update mail_outbox m
           set attempts = m.attempts + 1,
               next_attempt_at = now() + ${interval(leaseMs)}
         where m.municipality_id = ${municipalityId} and m.id in (select due.id from due)
        returning m.municipality_id, m.id, m.recipient, m.subject, m.text, m.html, m.language, m.attempts`.execute(db);
      return result.rows.sort((a, b) => a.id - b.id);
    },

    /** Delivered: the bodies are dropped (they may hold one-time links); who, what and when stay. */
    async markSent(municipalityId: number, id: number): Promise<void> {
      await db
        .updateTable('mailOutbox')
        .set({ status: 'sent', sentAt: sql<Date>`now()`, text: '', html: null, lastError: null })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },

    /** A failed attempt: due again after `retryInMs`, or given up for good (bodies dropped) when `final`. */
    async markAttemptFailed(
      municipalityId: number,
      id: number,
      outcome: { error: string; final: boolean; retryInMs: number },
    ): Promise<void> {
      await db
        .updateTable('mailOutbox')
        .set(
          outcome.final
            ? { status: 'failed', lastError: outcome.error, text: '', html: null }
            : { lastError: outcome.error, nextAttemptAt: sql<Date>`now() + ${interval(outcome.retryInMs)}` },
        )
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .where('status', '=', 'queued')
        .execute();
    },

    /** Counts by status, for one municipality or the whole installation. */
    async counts(municipalityId?: number): Promise<OutboxCounts> {
      let q = db
        .selectFrom('mailOutbox')
        .select([
          sql<number>`count(*) filter (where status = 'queued')::integer`.as('queued'),
          sql<number>`count(*) filter (where status = 'failed')::integer`.as('failed'),
          sql<number>`count(*) filter (where status = 'sent')::integer`.as('sent'),
          sql<Date | null>`min(created_at) filter (where status = 'queued')`.as('oldestQueuedAt'),
        ]);
      if (municipalityId !== undefined) q = q.where('municipalityId', '=', municipalityId);
      const row = await q.executeTakeFirstOrThrow();
      return {
        queued: row.queued,
        failed: row.failed,
        sent: row.sent,
        oldestQueuedAt: row.oldestQueuedAt === null ? null : new Date(row.oldestQueuedAt),
      };
    },
  };
}

export type MailStore = ReturnType<typeof createMailStore>;
