/**
 * Notifications from the payment provider (Vipps MobilePay Webhooks API) about the family's payments.
 *
 * At start the server makes sure that exactly one registration for its URL exists at the provider, for the
 * events the platform needs, and keeps its secret. A notification is verified against that secret (HMAC-SHA256
 * over the raw body, the path and query, the date and the host; the date within 5 minutes), accepted once per
 * event, and then only tells the platform to look: the payment is settled from the state that `GET payment`
 * answers, exactly as the polling round does. A notification can never move money on its own word.
 */
import type { UseCaseTransaction } from '../../db/transaction.ts';
import {
  PAYMENT_EVENT_NAMES,
  type PaymentEventName,
  REFERENCE_PATTERN,
  type WebhookEventType,
  webhookEventType,
} from '../../integrations/vipps/api-types.ts';
import type { EPaymentClient } from '../../integrations/vipps/epayment-client.ts';
import {
  type ReceivedHeaders,
  verifyWebhook,
  type WebhookVerificationFailure,
} from '../../integrations/vipps/webhook-signature.ts';
import type { NotificationKey, PaymentWebhookStore } from './payment-webhook-store.ts';

/** Where the provider sends notifications, under the server's public base URL. */
export const PAYMENT_WEBHOOK_PATH = '/api/payments/vipps/webhook';

/** The payment events the platform subscribes to: each one may mean that a payment can be settled. */
export const PAYMENT_WEBHOOK_EVENTS: readonly WebhookEventType[] = (
  ['AUTHORIZED', 'ABORTED', 'EXPIRED', 'CANCELLED', 'CAPTURED', 'REFUNDED', 'TERMINATED'] as const
).map(webhookEventType);

type Scope = { store: PaymentWebhookStore };

export interface PaymentWebhookServiceDeps {
  store: PaymentWebhookStore;
  /** The registration at start as one transaction, under the registration lock. */
  transaction: UseCaseTransaction<Scope>;
  /** The payment provider; undefined when none is configured (then every notification is refused). */
  payments: EPaymentClient | undefined;
  /** Settles a payment from what the provider says of it (the enrolment service's settle, as polling does). */
  settle: (reference: string) => Promise<void>;
  now?: () => Date;
}

export interface RegistrationOutcome {
  /** The registration's id at the provider. */
  id: string;
  /** The stored registration was still listed by the provider and kept. */
  reused: boolean;
  /** Stale registrations for this installation deleted at the provider. */
  removed: number;
  /** Stale registrations that could not be deleted now (the next start tries again). */
  notRemoved: number;
}

/** A notification's body as the platform reads it. */
export interface PaymentNotification {
  reference: string;
  pspReference: string;
  name: PaymentEventName;
  timestamp: Date;
  idempotencyKey: string | null;
}

/** What became of a notification. Only `refused` is an answer the sender may not learn more about. */
export type NotificationReceipt =
  | { outcome: 'refused'; reason: WebhookVerificationFailure | 'not-registered' }
  | { outcome: 'malformed' }
  | { outcome: 'unknown'; event: PaymentNotification }
  | { outcome: 'duplicate'; event: PaymentNotification }
  | { outcome: 'settled'; event: PaymentNotification };

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/** The event in a verified body, or undefined when it is not a payment event the platform can read. */
export function readPaymentNotification(body: Uint8Array): PaymentNotification | undefined {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const e = value as Record<string, unknown>;
  const { reference, pspReference, name, timestamp, idempotencyKey } = e;
  if (typeof reference !== 'string' || !REFERENCE_PATTERN.test(reference)) return undefined;
  if (typeof pspReference !== 'string' || pspReference.length === 0 || pspReference.length > 200) return undefined;
  if (typeof name !== 'string' || !PAYMENT_EVENT_NAMES.includes(name as PaymentEventName)) return undefined;
  if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) return undefined;
  if (idempotencyKey !== undefined && idempotencyKey !== null) {
    if (typeof idempotencyKey !== 'string' || idempotencyKey.length > 200) return undefined;
  }
  return {
    reference,
    pspReference,
    name: name as PaymentEventName,
    timestamp: new Date(timestamp),
    idempotencyKey: typeof idempotencyKey === 'string' ? idempotencyKey : null,
  };
}

export function createPaymentWebhookService(deps: PaymentWebhookServiceDeps) {
  const now = deps.now ?? (() => new Date());

  return {
    /**
     * Makes sure that exactly one registration for `url` exists at the provider, for PAYMENT_WEBHOOK_EVENTS:
     * the stored one when the provider still lists it, otherwise a new one whose secret is stored. Other
     * registrations for `url`, and stored ones for an earlier URL, are deleted. One transaction under an
     * advisory lock, so that server processes starting at once register once.
     */
    async ensureRegistration(url: string): Promise<RegistrationOutcome> {
      const provider = deps.payments;
      if (!provider) throw new Error('No payment provider is configured');
      return deps.transaction(async ({ store }) => {
        await store.lockRegistration();
        const stored = await store.registrations();
        const listed = await provider.listWebhooks();
        const fits = (w: { url: string; events: readonly string[] }) =>
          w.url === url && sameSet(w.events, PAYMENT_WEBHOOK_EVENTS);
        const kept = stored.find((s) => fits(s) && listed.some((l) => l.id === s.id && fits(l)));
        let id = kept?.id;
        for (const s of stored) if (s.id !== id) await store.deleteRegistration(s.id);
        if (id === undefined) {
          const created = await provider.registerWebhook(url, PAYMENT_WEBHOOK_EVENTS);
          id = created.id;
          await store.insertRegistration({ id, url, events: [...PAYMENT_WEBHOOK_EVENTS], secret: created.secret });
        }
        const storedIds = new Set(stored.map((s) => s.id));
        const stale = listed.filter((l) => l.id !== id && (l.url === url || storedIds.has(l.id)));
        let removed = 0;
        for (const w of stale) {
          try {
            await provider.deleteWebhook(w.id);
            removed++;
          } catch {
            // Left for the next start: it is for this installation's URL, so it is found again.
          }
        }
        return { id, reused: kept !== undefined, removed, notRemoved: stale.length - removed };
      });
    },

    /**
     * A notification as received: the path and query as the request named them, the headers (with Host), and
     * the raw body bytes. Verified, accepted once per event, and followed by settling the payment from its state
     * at the provider. A failure to settle forgets the notification again and is thrown, so that the provider's
     * next attempt is taken (and the polling round settles it anyway).
     */
    async receive(input: {
      pathAndQuery: string;
      headers: ReceivedHeaders;
      body: Uint8Array;
    }): Promise<NotificationReceipt> {
      const secrets = deps.payments ? await deps.store.secrets() : [];
      if (secrets.length === 0) return { outcome: 'refused', reason: 'not-registered' };
      let failure: WebhookVerificationFailure | undefined;
      for (const secret of secrets) {
        const verified = verifyWebhook({ ...input, secret, now: now() });
        if (verified.ok) {
          failure = undefined;
          break;
        }
        failure ??= verified.reason;
      }
      if (failure) return { outcome: 'refused', reason: failure };

      const event = readPaymentNotification(input.body);
      if (!event) return { outcome: 'malformed' };
      const payment = await deps.store.paymentOf(event.reference);
      if (!payment) return { outcome: 'unknown', event };
      const key: NotificationKey = {
        municipalityId: payment.municipalityId,
        reference: event.reference,
        eventName: event.name,
        pspReference: event.pspReference,
        idempotencyKey: event.idempotencyKey ?? '',
      };
      const fresh = await deps.store.recordNotification({ ...key, paymentId: payment.id, eventAt: event.timestamp });
      if (!fresh) return { outcome: 'duplicate', event };
      try {
        await deps.settle(event.reference);
      } catch (error) {
        await deps.store.forgetNotification(key);
        throw error;
      }
      await deps.store.markProcessed(key);
      return { outcome: 'settled', event };
    },
  };
}

export type PaymentWebhookService = ReturnType<typeof createPaymentWebhookService>;
