import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';

/** SQL of the payment provider's webhook: the installation's registration and the notifications accepted. */

/** Arbitrary constant: serialises the registration at start across server processes on one database. */
const REGISTRATION_LOCK_KEY = 7_340_113;

export interface StoredWebhook {
  id: string;
  url: string;
  events: string[];
  /** The signing key: a credential, never logged and never answered by the API. */
  secret: string;
  createdAt: Date;
}

/** One event of one payment, as the provider names it; the unit of duplicate refusal. */
export interface NotificationKey {
  municipalityId: number;
  reference: string;
  eventName: string;
  pspReference: string;
  /** '' when the event has none. */
  idempotencyKey: string;
}

const keyOf = (key: NotificationKey) => ({
  municipalityId: key.municipalityId,
  reference: key.reference,
  eventName: key.eventName,
  pspReference: key.pspReference,
  idempotencyKey: key.idempotencyKey,
});

export function createPaymentWebhookStore(db: Executor) {
  return {
    /** Holds the registration lock until the transaction ends (on the PostgreSQL server and PGlite alike). */
    async lockRegistration(): Promise<void> {
      await sql`select pg_advisory_xact_lock(${REGISTRATION_LOCK_KEY})`.execute(db);
    },

    async registrations(): Promise<StoredWebhook[]> {
      return db.selectFrom('paymentWebhook').select(['id', 'url', 'events', 'secret', 'createdAt']).execute();
    },

    /** The signing keys of the stored registrations (normally one). */
    async secrets(): Promise<string[]> {
      const rows = await db.selectFrom('paymentWebhook').select('secret').execute();
      return rows.map((r) => r.secret);
    },

    async insertRegistration(row: { id: string; url: string; events: string[]; secret: string }): Promise<void> {
      await db.insertInto('paymentWebhook').values(row).execute();
    },

    async deleteRegistration(id: string): Promise<void> {
      await db.deleteFrom('paymentWebhook').where('id', '=', id).execute();
    },

    /** The platform's payment with this reference (any municipality: references are unique to the installation). */
    async paymentOf(reference: string): Promise<{ municipalityId: number; id: string } | undefined> {
      return db
        .selectFrom('familyPayment')
        .select(['municipalityId', 'id'])
        .where('reference', '=', reference)
        .executeTakeFirst();
    },

    /** Keeps a notification once: true when it is new, false when the same event was accepted before. */
    async recordNotification(row: NotificationKey & { paymentId: string; eventAt: Date }): Promise<boolean> {
      const inserted = await db
        .insertInto('paymentNotification')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['municipalityId', 'reference', 'eventName', 'pspReference', 'idempotencyKey']).doNothing(),
        )
        .returning('receivedAt')
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async markProcessed(key: NotificationKey): Promise<void> {
      await db
        .updateTable('paymentNotification')
        .set({ processedAt: sql`now()` })
        .where((eb) => eb.and(keyOf(key)))
        .execute();
    },

    /** Forgets a notification whose settling failed, so that the provider's next attempt is taken. */
    async forgetNotification(key: NotificationKey): Promise<void> {
      await db
        .deleteFrom('paymentNotification')
        .where((eb) => eb.and(keyOf(key)))
        .execute();
    },
  };
}

export type PaymentWebhookStore = ReturnType<typeof createPaymentWebhookStore>;
