import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { osloDate } from '../../domain/age.ts';
import { planPayment } from '../../domain/enrolment.ts';
import {
  type FamilyRequestStatus,
  familyStatus,
  type PaymentRequestInput,
  type ProviderRequestStatus,
  payableNow,
  providerStatus,
  validateRequest,
  withdrawableNow,
} from '../../domain/payment-request.ts';
import type { FeeKind } from '../../domain/scheme.ts';
import { AppError } from '../../errors.ts';
import type { AuditService } from '../audit/service.ts';
import type { ActivityService } from '../catalogue/activities-service.ts';
import type { PeopleDirectory } from '../people/directory-service.ts';
import { payingCardsFor } from './enrolment-service.ts';
import type { EnrolmentStore, FamilyPaymentRow } from './enrolment-store.ts';
import type { LedgerService } from './ledger-service.ts';
import type { PaymentRequestRow, PaymentRequestStore } from './payment-request-store.ts';
import type { SchemeStore } from './schemes-store.ts';
import { actorReference, municipalityOf } from './service.ts';

/** A request as its provider sees it: paid or not, never how. */
export interface ProviderRequestView {
  id: string;
  activityId: string;
  enrolmentId: string;
  childName: string;
  birthYear: number;
  feeKind: FeeKind;
  description: string;
  amountOre: number;
  dueDate: string;
  invoiceNumber: string | null;
  kid: string | null;
  status: ProviderRequestStatus;
  createdAt: Date;
  paidAt: Date | null;
  withdrawnAt: Date | null;
}

/** A request as the family sees it, with how it was paid and where to pay the family's part. */
export interface FamilyRequestView {
  id: string;
  activityId: string;
  activityTitle: string;
  activityTextLanguage: 'nb' | 'nn';
  providerName: string;
  childId: string;
  childName: string;
  feeKind: FeeKind;
  description: string;
  amountOre: number;
  dueDate: string;
  invoiceNumber: string | null;
  kid: string | null;
  status: FamilyRequestStatus;
  cardOre: number;
  restOre: number;
  /** Where to pay the family's part, while the payment waits for the guardian. */
  paymentUrl: string | null;
  createdAt: Date;
}

type Scope = {
  store: PaymentRequestStore;
  payments: EnrolmentStore;
  schemes: SchemeStore;
  ledger: LedgerService;
  activities: ActivityService;
  audit: AuditService;
};

export interface PaymentRequestServiceDeps extends Scope {
  people: PeopleDirectory;
  /** A use case's writes (requests, transfers, payment row, audit entry) as one transaction. */
  transaction: UseCaseTransaction<Scope>;
  /** Whether a payment provider is configured for the family's part. */
  paymentsAvailable: boolean;
  /** Creates a payment row's payment at the provider after commit (the enrolment service's, shared path). */
  startPayment: (payment: FamilyPaymentRow, title: string) => Promise<void>;
  /** Settles a payment from the provider's state (the enrolment service's, shared path). */
  settle: (reference: string) => Promise<void>;
  now?: () => Date;
}

/**
 * Payment requests: a provider asks the family of a child enrolled in one of its activities for a fee (one child,
 * or every child of the activity in one step); the family pays it as at enrolment, the card what its scheme covers
 * and the rest through the payment provider, on the same payment path. The provider sees open, overdue, paid or
 * withdrawn, never the split.
 */
export function createPaymentRequestService(deps: PaymentRequestServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const today = () => osloDate(now());

  function providerScope(actor: Actor, providerId: string): number {
    const membership = actor.membership;
    if (!membership?.providerIds.includes(providerId)) throw new AppError('FORBIDDEN');
    return membership.municipalityId;
  }

  async function providerViews(
    municipalityId: number,
    rows: readonly PaymentRequestRow[],
  ): Promise<ProviderRequestView[]> {
    const people = await deps.people.namesForProvider(municipalityId, [...new Set(rows.map((r) => r.childId))]);
    const date = today();
    return rows.map((r) => {
      const person = people.get(r.childId);
      return {
        id: r.id,
        activityId: r.activityId,
        enrolmentId: r.enrolmentId,
        childName: person ? `${person.givenName} ${person.familyName}` : '',
        birthYear: person ? Number(person.birthDate.slice(0, 4)) : 0,
        feeKind: r.feeKind,
        description: r.description,
        amountOre: r.amountOre,
        dueDate: r.dueDate,
        invoiceNumber: r.invoiceNumber,
        kid: r.kid,
        status: providerStatus(r.status, r.dueDate, date),
        createdAt: r.createdAt,
        paidAt: r.paidAt,
        withdrawnAt: r.withdrawnAt,
      };
    });
  }

  async function familyViews(actor: Actor, requestId?: string): Promise<FamilyRequestView[]> {
    const municipalityId = municipalityOf(actor);
    const holders = await deps.people.cardHolders(actor);
    const rows = await deps.store.ofChildren(
      municipalityId,
      holders.map((h) => h.id),
      requestId,
    );
    const date = today();
    const views: FamilyRequestView[] = [];
    for (const r of rows) {
      const holder = holders.find((h) => h.id === r.childId);
      const payment = r.status === 'paying' ? await deps.payments.paymentOfRequest(municipalityId, r.id) : undefined;
      views.push({
        id: r.id,
        activityId: r.activityId,
        activityTitle: r.activityTitle,
        activityTextLanguage: r.activityTextLanguage,
        providerName: r.providerName,
        childId: r.childId,
        childName: holder ? `${holder.givenName} ${holder.familyName}` : '',
        feeKind: r.feeKind,
        description: r.description,
        amountOre: r.amountOre,
        dueDate: r.dueDate,
        invoiceNumber: r.invoiceNumber,
        kid: r.kid,
        status: familyStatus(r.status, r.dueDate, date),
        cardOre: r.cardOre,
        restOre: r.restOre,
        paymentUrl: payment?.status === 'created' || payment?.status === 'creating' ? payment.redirectUrl : null,
        createdAt: r.createdAt,
      });
    }
    if (views.length > 0) {
      await deps.audit.record(actor, {
        municipalityId,
        action: 'payment_request.read',
        subjectPersonIds: [...new Set(views.map((v) => v.childId))],
        reason: 'own family',
      });
    }
    return views;
  }

  async function familyView(actor: Actor, requestId: string): Promise<FamilyRequestView> {
    const [view] = await familyViews(actor, requestId);
    if (!view) throw new AppError('PAYMENT_REQUEST_NOT_FOUND');
    return view;
  }

  /** What each card still holds for a request (held minus released), by card account. */
  function heldByCard(transfers: Awaited<ReturnType<LedgerService['ofPaymentRequest']>>): Map<string, number> {
    const held = new Map<string, number>();
    for (const t of transfers) {
      if (t.reason === 'hold') held.set(t.debitAccountId, (held.get(t.debitAccountId) ?? 0) + t.amountOre);
      if (t.reason === 'release') held.set(t.creditAccountId, (held.get(t.creditAccountId) ?? 0) - t.amountOre);
    }
    return held;
  }

  return {
    /**
     * Sends a request to the families of the given enrolled children of an activity, or of all of them, in one
     * transaction. The same idempotency key sends once, however often it is sent.
     */
    async send(
      actor: Actor,
      providerId: string,
      activityId: string,
      input: PaymentRequestInput & { enrolmentIds?: string[] | undefined; idempotencyKey: string },
    ): Promise<ProviderRequestView[]> {
      const municipalityId = providerScope(actor, providerId);
      const checked = validateRequest(input, today());
      if (!checked.terms) throw new AppError('VALIDATION_FAILED', {}, checked.fields);
      const terms = checked.terms;
      const rows = await deps.transaction(async (scope) => {
        // Sendings to one activity take its lock in turn; a retry that waited for it finds the first answer.
        const activity = await scope.activities.forEnrolment(municipalityId, activityId, true);
        if (!activity || activity.providerId !== providerId) throw new AppError('ACTIVITY_NOT_FOUND');
        const earlier = await scope.store.bySendKey(municipalityId, input.idempotencyKey);
        if (earlier.length > 0) {
          if (earlier.some((r) => r.activityId !== activityId || r.amountOre !== terms.amountOre)) {
            throw new AppError('IDEMPOTENCY_KEY_REUSED');
          }
          return earlier;
        }
        const wanted = input.enrolmentIds ? [...new Set(input.enrolmentIds)] : undefined;
        const enrolled = await scope.store.enrolled(municipalityId, activityId, wanted);
        // A child who is not (or no longer) enrolled in this activity cannot be asked to pay for it.
        if (wanted && enrolled.length !== wanted.length) throw new AppError('NOT_ENROLLED');
        if (enrolled.length === 0) throw new AppError('NO_PARTICIPANTS');
        const inserted = await scope.store.insert(
          enrolled.map((e) => ({
            municipalityId,
            providerId,
            activityId,
            enrolmentId: e.id,
            childId: e.childId,
            ...terms,
            sendKey: input.idempotencyKey,
            createdBy: actorReference(actor),
          })),
        );
        await scope.audit.record(actor, {
          municipalityId,
          action: 'payment_request.create',
          subjectPersonIds: inserted.map((r) => r.childId),
          details: { activityId, requests: inserted.length, amountOre: terms.amountOre, feeKind: terms.feeKind },
        });
        // Guardians are not told here yet: a notification to each child's guardians belongs in this transaction
        // (as an outbox row) when notifications come.
        return inserted;
      });
      return providerViews(municipalityId, rows);
    },

    /** The requests of one of the provider's activities (each child shown is audited). */
    async ofActivity(actor: Actor, providerId: string, activityId: string): Promise<ProviderRequestView[]> {
      const municipalityId = providerScope(actor, providerId);
      const activity = await deps.activities.forEnrolment(municipalityId, activityId);
      if (!activity || activity.providerId !== providerId) throw new AppError('ACTIVITY_NOT_FOUND');
      const rows = await deps.store.ofActivity(municipalityId, activityId);
      if (rows.length > 0) {
        await deps.audit.record(actor, {
          municipalityId,
          action: 'payment_request.read',
          subjectPersonIds: [...new Set(rows.map((r) => r.childId))],
          details: { activityId },
        });
      }
      return providerViews(municipalityId, rows);
    },

    /** Withdraws an open request; one being paid or paid cannot be withdrawn. Withdrawing twice changes nothing. */
    async withdraw(actor: Actor, providerId: string, requestId: string): Promise<ProviderRequestView> {
      const municipalityId = providerScope(actor, providerId);
      const row = await deps.transaction(async (scope) => {
        const request = await scope.store.byId(municipalityId, requestId, true);
        if (!request || request.providerId !== providerId) throw new AppError('PAYMENT_REQUEST_NOT_FOUND');
        if (request.status === 'withdrawn') return request;
        if (request.status === 'paying') throw new AppError('PAYMENT_IN_PROGRESS');
        if (!withdrawableNow(request.status)) throw new AppError('PAYMENT_REQUEST_PAID');
        await scope.store.update(municipalityId, request.id, {
          status: 'withdrawn',
          withdrawnBy: actorReference(actor),
        });
        await scope.audit.record(actor, {
          municipalityId,
          action: 'payment_request.withdraw',
          subjectPersonIds: [request.childId],
          details: { requestId: request.id, activityId: request.activityId },
        });
        return scope.store.byId(municipalityId, request.id);
      });
      if (!row) throw new AppError('PAYMENT_REQUEST_NOT_FOUND');
      const [view] = await providerViews(municipalityId, [row]);
      if (!view) throw new AppError('PAYMENT_REQUEST_NOT_FOUND');
      return view;
    },

    /** The family's requests, every child (each child shown is audited). */
    familyRequests(actor: Actor): Promise<FamilyRequestView[]> {
      return familyViews(actor);
    },

    /**
     * Pays a request of the family: the child's cards pay what their schemes cover for the fee's kind and their
     * balances hold, and the family pays the rest through the payment provider (the card money is held meanwhile).
     */
    async pay(actor: Actor, requestId: string): Promise<FamilyRequestView> {
      const municipalityId = municipalityOf(actor);
      const holders = await deps.people.cardHolders(actor);
      const outcome = await deps.transaction(async (scope) => {
        const request = await scope.store.byId(municipalityId, requestId, true);
        const holder = holders.find((h) => h.id === request?.childId);
        // Another family's request is not found.
        if (!request || !holder) throw new AppError('PAYMENT_REQUEST_NOT_FOUND');
        if (request.status === 'withdrawn') throw new AppError('PAYMENT_REQUEST_WITHDRAWN');
        if (request.status === 'paying') throw new AppError('PAYMENT_IN_PROGRESS');
        if (!payableNow(request.status)) throw new AppError('PAYMENT_REQUEST_PAID');
        const activity = await scope.activities.forEnrolment(municipalityId, request.activityId);
        if (!activity) throw new AppError('ACTIVITY_NOT_FOUND');
        const cards = await payingCardsFor(scope, municipalityId, holder, activity, today());
        const plan = planPayment([{ kind: request.feeKind, amountOre: request.amountOre }], cards);
        if (plan.restOre > 0 && !deps.paymentsAvailable) throw new AppError('PAYMENT_UNAVAILABLE');
        const attempt = await scope.payments.paymentCountOfRequest(municipalityId, request.id);
        const reference = `fkr-${request.id}-${attempt + 1}`;
        const createdBy = actorReference(actor);
        await scope.store.update(municipalityId, request.id, {
          status: plan.restOre === 0 ? 'paid' : 'paying',
          cardOre: plan.cardOre,
          restOre: plan.restOre,
        });
        await scope.audit.record(actor, {
          municipalityId,
          action: 'payment_request.pay',
          subjectPersonIds: [holder.id],
          details: { requestId: request.id, activityId: request.activityId },
        });
        // Paying last: it takes the lock on the account the money goes to, shared by every payment to it.
        const target =
          plan.restOre === 0
            ? await scope.ledger.ensureAccount({
                municipalityId,
                kind: 'provider_payable',
                providerId: request.providerId,
              })
            : await scope.ledger.ensureAccount({ municipalityId, kind: 'payment_hold' });
        for (const part of plan.fromCards) {
          await scope.ledger.transfer({
            municipalityId,
            idempotencyKey:
              plan.restOre === 0
                ? `payment-request:${request.id}:pay:${part.accountId}`
                : `payment-request:${request.id}:hold:${reference}:${part.accountId}`,
            debitAccountId: part.accountId,
            creditAccountId: target.id,
            amountOre: part.amountOre,
            reason: plan.restOre === 0 ? 'payment' : 'hold',
            activityId: request.activityId,
            paymentRequestId: request.id,
            createdBy,
          });
        }
        if (plan.restOre === 0) return { payment: undefined, title: activity.title };
        const payment = await scope.payments.insertPayment({
          municipalityId,
          enrolmentId: request.enrolmentId,
          reference,
          amountOre: plan.restOre,
          paymentRequestId: request.id,
        });
        return { payment, title: activity.title };
      });
      if (outcome.payment) await deps.startPayment(outcome.payment, outcome.title);
      return familyView(actor, requestId);
    },

    /** After the guardian returns from the payment provider: the request, its payment settled now if known. */
    async refresh(actor: Actor, requestId: string): Promise<FamilyRequestView> {
      const municipalityId = municipalityOf(actor);
      const shown = await familyView(actor, requestId);
      if (shown.status !== 'paying') return shown;
      const payment = await deps.payments.paymentOfRequest(municipalityId, requestId);
      if (payment) await deps.settle(payment.reference);
      return familyView(actor, requestId);
    },

    /**
     * Moves the money of a settled payment of a request, once: the held card money and the family's part to the
     * provider, or the held card money back to the cards (the request is open again).
     */
    async finishPayment(payment: FamilyPaymentRow, outcome: 'captured' | 'abandoned'): Promise<void> {
      await deps.transaction(async (scope) => {
        const locked = await scope.payments.paymentByReference(payment.reference, true);
        if (locked?.status !== 'created' || !locked.paymentRequestId) return;
        const municipalityId = locked.municipalityId;
        const request = await scope.store.byId(municipalityId, locked.paymentRequestId, true);
        if (!request) return;
        const held = heldByCard(await scope.ledger.ofPaymentRequest(municipalityId, request.id));
        const hold = await scope.ledger.ensureAccount({ municipalityId, kind: 'payment_hold' });
        const createdBy = 'system:payment';
        const base = { municipalityId, activityId: request.activityId, paymentRequestId: request.id, createdBy };
        if (outcome === 'captured') {
          await scope.payments.updatePayment(locked.reference, { status: 'captured', error: null });
          await scope.store.update(municipalityId, request.id, { status: 'paid' });
          await scope.audit.record('system', {
            municipalityId,
            action: 'payment_request.paid',
            subjectPersonIds: [request.childId],
            details: { requestId: request.id, activityId: request.activityId },
          });
          const payable = await scope.ledger.ensureAccount({
            municipalityId,
            kind: 'provider_payable',
            providerId: request.providerId,
          });
          const clearing = await scope.ledger.ensureAccount({ municipalityId, kind: 'payment_clearing' });
          for (const [accountId, amountOre] of held) {
            if (amountOre <= 0) continue;
            await scope.ledger.transfer({
              ...base,
              idempotencyKey: `payment-request:${request.id}:pay:${locked.reference}:${accountId}`,
              debitAccountId: hold.id,
              creditAccountId: payable.id,
              amountOre,
              reason: 'payment',
            });
          }
          await scope.ledger.transfer({
            ...base,
            idempotencyKey: `payment-request:${request.id}:pay:${locked.reference}:family`,
            debitAccountId: clearing.id,
            creditAccountId: payable.id,
            amountOre: locked.amountOre,
            reason: 'payment',
          });
        } else {
          await scope.payments.updatePayment(locked.reference, { status: 'abandoned', error: null });
          await scope.store.update(municipalityId, request.id, { status: 'open', cardOre: 0, restOre: 0 });
          await scope.audit.record('system', {
            municipalityId,
            action: 'payment_request.abandon',
            subjectPersonIds: [request.childId],
            details: { requestId: request.id, activityId: request.activityId },
          });
          for (const [accountId, amountOre] of held) {
            if (amountOre <= 0) continue;
            await scope.ledger.transfer({
              ...base,
              idempotencyKey: `payment-request:${request.id}:release:${locked.reference}:${accountId}`,
              debitAccountId: hold.id,
              creditAccountId: accountId,
              amountOre,
              reason: 'release',
            });
          }
        }
      });
    },
  };
}

export type PaymentRequestService = ReturnType<typeof createPaymentRequestService>;
