import type { Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.ts';
import type { NewsTables } from '../../src/db/tables/news.ts';
import type { MailMessage } from '../../src/integrations/mail/message.ts';

/**
 * The e-mail a test's use cases queued, read from the outbox they wrote it to in their transaction (so a use case
 * that rolls back leaves nothing here).
 */
export interface QueuedMail {
  /** Messages queued since the last `clear`, oldest first. */
  read(): Promise<MailMessage[]>;
  clear(): Promise<void>;
}

export function queuedMail(db: Kysely<DB>): QueuedMail {
  const outbox = db.withTables<NewsTables>();
  return {
    async read() {
      const rows = await outbox
        .selectFrom('mailOutbox')
        .select(['recipient', 'subject', 'text', 'html', 'language'])
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        to: r.recipient,
        subject: r.subject,
        text: r.text,
        ...(r.html === null ? {} : { html: r.html }),
        ...(r.language === null ? {} : { language: r.language }),
      }));
    },
    async clear() {
      await outbox.deleteFrom('mailOutbox').execute();
    },
  };
}
