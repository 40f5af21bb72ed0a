import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { osloDate } from '../../domain/age.ts';
import {
  type EnrolmentStatus,
  type PayingCard,
  placeFor,
  planPayment,
  refundOnCancel,
} from '../../domain/enrolment.ts';
import type { AccountKind } from '../../domain/ledger.ts';
import { expiryDate, periodContaining } from '../../domain/period.ts';
import { actsAlone, schemePays } from '../../domain/scheme.ts';
import { AppError } from '../../errors.ts';
import type { PaymentState } from '../../integrations/vipps/api-types.ts';
import type { EPaymentClient } from '../../integrations/vipps/epayment-client.ts';
import type { AuditService } from '../audit/service.ts';
import type { ActivityService, EnrolmentActivity } from '../catalogue/activities-service.ts';
import type { CardHolder, PeopleDirectory } from '../people/directory-service.ts';
import type { EnrolmentRow, EnrolmentStore, FamilyPaymentRow } from './enrolment-store.ts';
import type { LedgerService } from './ledger-service.ts';
import type { SchemeStore } from './schemes-store.ts';
import { actorReference, municipalityOf } from './service.ts';

export interface EnrolmentView {
  id: string;
  activityId: string;
  activityTitle: string;
  /** The language the provider wrote the activity's texts in. */
  activityTextLanguage: 'nb' | 'nn';
  seasonStart: string;
  childId: string;
  childName: string;
  status: EnrolmentStatus;
  feeOre: number;
  /** Paid by the card(s); the family and the municipality see the split, the provider never does. */
  cardOre: number;
  /** Paid by the family through the payment provider. */
  restOre: number;
  /** Where to pay the family's part, while the payment waits for the guardian. */
  paymentUrl: string | null;
  /** Place in the waiting list (1 = next). */
  queuePosition: number | null;
  createdAt: Date;
}

export interface Participant {
  enrolmentId: string;
  childName: string;
  birthYear: number;
  /** paid: the place is paid (how is never shown to the provider). */
  status: 'paid' | 'awaiting_payment' | 'offered' | 'waiting';
  enrolledAt: Date;
}

type Scope = {
  store: EnrolmentStore;
  schemes: SchemeStore;
  ledger: LedgerService;
  activities: ActivityService;
  people: PeopleDirectory;
  audit: AuditService;
};

export interface EnrolmentServiceDeps extends Scope {
  /** A use case's writes (enrolment, transfers, payment row, audit entry) as one transaction. */
  transaction: UseCaseTransaction<Scope>;
  /** The payment provider for the family's part; undefined when none is configured (then only card-paid). */
  payments: EPaymentClient | undefined;
  publicUrl: string;
  now?: () => Date;
  /** Moves the money of a settled payment that pays a payment request (the payment request service's). */
  finishRequestPayment?: (payment: FamilyPaymentRow, outcome: 'captured' | 'abandoned') => Promise<void>;
}

const ENDED_STATES: readonly PaymentState[] = ['ABORTED', 'EXPIRED', 'TERMINATED'];

/**
 * The child's cards that may pay for an activity's fees, with fresh balances (locked until the transaction ends).
 * Shared by enrolment and payment requests, so that a fee is split between card and family in one way.
 */
export async function payingCardsFor(
  scope: { schemes: SchemeStore; ledger: LedgerService },
  municipalityId: number,
  holder: CardHolder,
  activity: EnrolmentActivity,
  date: string,
): Promise<PayingCard[]> {
  const cards = (await scope.schemes.cardsOf(municipalityId, [holder.id])).filter((card) => {
    // A youth acting alone uses only the cards of schemes that let her.
    if (holder.relation === 'self' && !actsAlone(card, holder.birthDate, date)) return false;
    return expiryDate(periodContaining(card.periodKind, card.periodStart), card.expiryMonths) >= date;
  });
  const locked = await scope.ledger.lock(
    municipalityId,
    cards.map((c) => c.accountId),
  );
  return cards.map((card) => {
    const period = periodContaining(card.periodKind, card.periodStart);
    return {
      accountId: card.accountId,
      balanceOre: locked.find((a) => a.id === card.accountId)?.balanceOre ?? 0,
      expiresOn: expiryDate(period, card.expiryMonths),
      covers: (fee) =>
        schemePays(
          card.rules,
          period,
          {
            kind: activity.kind,
            providerKind: activity.providerKind,
            sessionCount: activity.sessionCount,
            seasonStart: activity.seasonStart,
            seasonEnd: activity.seasonEnd,
          },
          fee.kind,
        ).covered,
    };
  });
}

/**
 * Enrolment and its payment, in one step: the child's cards pay what their schemes cover and their balances hold,
 * and the family pays the rest through the payment provider. While the family pays, the card money is held; a
 * payment the family abandons gives it back. The provider sees a paid place, never how it was paid.
 */
export function createEnrolmentService(deps: EnrolmentServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const today = () => osloDate(now());

  async function holderOf(actor: Actor, childId: string): Promise<{ holder: CardHolder; holders: CardHolder[] }> {
    const holders = await deps.people.cardHolders(actor);
    const holder = holders.find((h) => h.id === childId);
    // Another family's child is not found.
    if (!holder || holder.status === 'deceased') throw new AppError('PERSON_NOT_FOUND');
    return { holder, holders };
  }

  function payingCards(
    scope: Scope,
    municipalityId: number,
    holder: CardHolder,
    activity: EnrolmentActivity,
  ): Promise<PayingCard[]> {
    return payingCardsFor(scope, municipalityId, holder, activity, today());
  }

  /**
   * Pays for a place: the cards' part moves at once (to the provider when the family owes nothing, else into the
   * hold), and a payment row for the family's part is written for the provider to be called after commit.
   */
  async function payForPlace(
    scope: Scope,
    actor: Actor,
    enrolment: EnrolmentRow,
    activity: EnrolmentActivity,
    holder: CardHolder,
  ): Promise<FamilyPaymentRow | undefined> {
    const municipalityId = enrolment.municipalityId;
    const plan = planPayment(activity.fees, await payingCards(scope, municipalityId, holder, activity));
    if (plan.restOre > 0 && !deps.payments) throw new AppError('PAYMENT_UNAVAILABLE');
    const createdBy = actorReference(actor);
    const target =
      plan.restOre === 0
        ? await scope.ledger.ensureAccount({
            municipalityId,
            kind: 'provider_payable',
            providerId: activity.providerId,
          })
        : await scope.ledger.ensureAccount({ municipalityId, kind: 'payment_hold' });
    // The enrolment's row first: the transfers lock the provider's (or the hold) account, which every payment to
    // it shares, and the transaction should hold that lock as briefly as it can.
    await scope.store.updateEnrolment(municipalityId, enrolment.id, {
      status: plan.restOre === 0 ? 'confirmed' : 'awaiting_payment',
      feeOre: plan.totalOre,
      cardOre: plan.cardOre,
      restOre: plan.restOre,
    });
    for (const part of plan.fromCards) {
      await scope.ledger.transfer({
        municipalityId,
        idempotencyKey: `enrolment:${enrolment.id}:${plan.restOre === 0 ? 'pay' : 'hold'}:${part.accountId}`,
        debitAccountId: part.accountId,
        creditAccountId: target.id,
        amountOre: part.amountOre,
        reason: plan.restOre === 0 ? 'payment' : 'hold',
        activityId: activity.id,
        enrolmentId: enrolment.id,
        createdBy,
      });
    }
    if (plan.restOre === 0) return undefined;
    return scope.store.insertPayment({
      municipalityId,
      enrolmentId: enrolment.id,
      reference: `fk-${enrolment.id}`,
      amountOre: plan.restOre,
    });
  }

  /** Calls the payment provider for a payment row written by a committed use case; retried by the worker. */
  async function createRemotePayment(payment: FamilyPaymentRow, title: string): Promise<void> {
    const provider = deps.payments;
    if (!provider) return;
    try {
      const created = await provider.createPayment(
        {
          reference: payment.reference,
          amount: payment.amountOre,
          paymentDescription: title.length >= 3 ? title.slice(0, 100) : `Påmelding: ${title}`,
          returnUrl: payment.paymentRequestId
            ? `${deps.publicUrl}/family/requests/${payment.paymentRequestId}/payment`
            : `${deps.publicUrl}/cards/payment/${payment.enrolmentId}`,
        },
        payment.id,
      );
      await deps.store.updatePayment(payment.reference, {
        status: 'created',
        ...(created.redirectUrl ? { redirectUrl: created.redirectUrl } : {}),
        error: null,
        retryInMs: 30_000,
      });
    } catch (error) {
      await deps.store.updatePayment(payment.reference, {
        error: error instanceof Error ? error.message : String(error),
        retryInMs: 10_000 * Math.min(30, payment.attempts + 1),
      });
    }
  }

  /** Waits (up to 5 s) while a payment is still being created at the provider by another request. */
  async function untilCreated(reference: string): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const row = await deps.store.paymentByReference(reference);
      if (row?.status !== 'creating') return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Offers a freed place to the first child in the queue. */
  async function offerNext(scope: Scope, municipalityId: number, activity: EnrolmentActivity): Promise<void> {
    if (placeFor(activity, await scope.store.placesTaken(municipalityId, activity.id)) !== 'place') return;
    const next = await scope.store.firstWaiting(municipalityId, activity.id);
    if (next) await scope.store.updateEnrolment(municipalityId, next.id, { status: 'offered' });
  }

  /** One enrolment of the family; `known` the family's card holders when the caller has just read them. */
  async function view(actor: Actor, enrolmentId: string, known?: readonly CardHolder[]): Promise<EnrolmentView> {
    const municipalityId = municipalityOf(actor);
    const holders = known ?? (await deps.people.cardHolders(actor));
    const [row] = await deps.store.enrolmentsOf(
      municipalityId,
      holders.map((h) => h.id),
      enrolmentId,
    );
    if (!row) throw new AppError('ENROLMENT_NOT_FOUND');
    // The payment shows only while it waits for the guardian (its link).
    const payment =
      row.status === 'awaiting_payment' ? await deps.store.paymentOfEnrolment(municipalityId, row.id) : undefined;
    return toView(row, holders, payment);
  }

  function toView(
    row: Awaited<ReturnType<EnrolmentStore['enrolmentsOf']>>[number],
    holders: readonly CardHolder[],
    payment: FamilyPaymentRow | undefined,
  ): EnrolmentView {
    const holder = holders.find((h) => h.id === row.childId);
    return {
      id: row.id,
      activityId: row.activityId,
      activityTitle: row.activityTitle,
      activityTextLanguage: row.activityTextLanguage,
      seasonStart: row.seasonStart,
      childId: row.childId,
      childName: holder ? `${holder.givenName} ${holder.familyName}` : '',
      status: row.status,
      feeOre: row.feeOre,
      cardOre: row.cardOre,
      restOre: row.restOre,
      paymentUrl: row.status === 'awaiting_payment' ? (payment?.redirectUrl ?? null) : null,
      queuePosition: row.queuePosition,
      createdAt: row.createdAt,
    };
  }

  /** Settles a payment from what the payment provider says of it: captured and paid, or abandoned and released. */
  async function settle(reference: string): Promise<void> {
    const provider = deps.payments;
    const payment = await deps.store.paymentByReference(reference);
    if (!provider || !payment || payment.status !== 'created') return;
    const remote = await provider.getPayment(reference);
    if (remote.state === 'AUTHORIZED') {
      const left = remote.aggregate.authorized - remote.aggregate.captured - remote.aggregate.cancelled;
      if (left > 0) await provider.capturePayment(reference, payment.amountOre, `capture-${payment.id}`);
      await finish(payment, 'captured');
    } else if (ENDED_STATES.includes(remote.state)) {
      await finish(payment, 'abandoned');
    } else if (remote.state === 'CREATED') {
      await deps.store.updatePayment(reference, { retryInMs: 15_000 });
    }
  }

  /** Moves the money of a settled payment, once: the held card money and the family's part to the provider, or
   * the held card money back to the cards. */
  async function finish(payment: FamilyPaymentRow, outcome: 'captured' | 'abandoned'): Promise<void> {
    if (payment.paymentRequestId) {
      await deps.finishRequestPayment?.(payment, outcome);
      return;
    }
    await deps.transaction(async (scope) => {
      const locked = await scope.store.paymentByReference(payment.reference, true);
      if (locked?.status !== 'created') return;
      const municipalityId = locked.municipalityId;
      const enrolment = await scope.store.enrolmentById(municipalityId, locked.enrolmentId, true);
      if (!enrolment) return;
      const activity = await scope.activities.forEnrolment(municipalityId, enrolment.activityId, true);
      if (!activity) return;
      const transfers = await scope.ledger.ofEnrolment(municipalityId, enrolment.id);
      const holds = transfers.filter((t) => t.reason === 'hold');
      const hold = await scope.ledger.ensureAccount({ municipalityId, kind: 'payment_hold' });
      const createdBy = 'system:payment';
      if (outcome === 'captured') {
        const payable = await scope.ledger.ensureAccount({
          municipalityId,
          kind: 'provider_payable',
          providerId: activity.providerId,
        });
        const clearing = await scope.ledger.ensureAccount({ municipalityId, kind: 'payment_clearing' });
        for (const t of holds) {
          await scope.ledger.transfer({
            municipalityId,
            idempotencyKey: `enrolment:${enrolment.id}:pay:${t.debitAccountId}`,
            debitAccountId: hold.id,
            creditAccountId: payable.id,
            amountOre: t.amountOre,
            reason: 'payment',
            activityId: activity.id,
            enrolmentId: enrolment.id,
            createdBy,
          });
        }
        await scope.ledger.transfer({
          municipalityId,
          idempotencyKey: `enrolment:${enrolment.id}:pay:family`,
          debitAccountId: clearing.id,
          creditAccountId: payable.id,
          amountOre: locked.amountOre,
          reason: 'payment',
          activityId: activity.id,
          enrolmentId: enrolment.id,
          createdBy,
        });
        await scope.store.updateEnrolment(municipalityId, enrolment.id, { status: 'confirmed' });
        await scope.store.updatePayment(locked.reference, { status: 'captured', error: null });
        await scope.audit.record('system', {
          municipalityId,
          action: 'enrolment.confirm',
          subjectPersonIds: [enrolment.childId],
          details: { enrolmentId: enrolment.id, activityId: activity.id },
        });
      } else {
        for (const t of holds) {
          await scope.ledger.transfer({
            municipalityId,
            idempotencyKey: `enrolment:${enrolment.id}:release:${t.debitAccountId}`,
            debitAccountId: hold.id,
            creditAccountId: t.debitAccountId,
            amountOre: t.amountOre,
            reason: 'release',
            activityId: activity.id,
            enrolmentId: enrolment.id,
            createdBy,
          });
        }
        await scope.store.updateEnrolment(municipalityId, enrolment.id, { status: 'payment_abandoned' });
        await scope.store.updatePayment(locked.reference, { status: 'abandoned', error: null });
        await scope.audit.record('system', {
          municipalityId,
          action: 'enrolment.abandon',
          subjectPersonIds: [enrolment.childId],
          details: { enrolmentId: enrolment.id, activityId: activity.id },
        });
        await offerNext(scope, municipalityId, activity);
      }
    });
  }

  return {
    /**
     * Enrols a child of the family (or the youth herself) in a published activity and pays the fee in the same
     * step. The same idempotency key enrols and pays once, however often it is sent.
     */
    async enrol(
      actor: Actor,
      input: { activityId: string; childId: string; idempotencyKey: string },
    ): Promise<EnrolmentView> {
      const municipalityId = municipalityOf(actor);
      const { holder, holders } = await holderOf(actor, input.childId);
      const date = today();
      const outcome = await deps.transaction(async (scope) => {
        // Enrolments in one activity take its lock in turn; a retry that waited for it finds its first answer.
        const activity = await scope.activities.forEnrolment(municipalityId, input.activityId, true);
        const earlier = await scope.store.enrolmentByKey(municipalityId, input.idempotencyKey);
        if (earlier) {
          if (earlier.activityId !== input.activityId || earlier.childId !== input.childId) {
            throw new AppError('IDEMPOTENCY_KEY_REUSED');
          }
          // The first request may still be creating the family's payment at the provider: a retry creates it too
          // (the same reference and key, so the provider makes it once) to answer with the same payment link.
          const pending =
            earlier.status === 'awaiting_payment'
              ? await scope.store.paymentOfEnrolment(municipalityId, earlier.id)
              : undefined;
          const payment = pending?.status === 'creating' ? pending : undefined;
          return { enrolment: earlier, payment, title: activity?.title ?? '', retry: true };
        }
        if (activity?.status !== 'published' || activity.providerStatus !== 'approved') {
          throw new AppError('ACTIVITY_NOT_FOUND');
        }
        if (activity.seasonEnd < date) throw new AppError('ACTIVITY_ENDED');
        const place = placeFor(activity, await scope.store.placesTaken(municipalityId, activity.id));
        if (place === 'full') throw new AppError('ACTIVITY_FULL');
        const enrolment = await scope.store.insertEnrolment({
          municipalityId,
          activityId: activity.id,
          childId: holder.id,
          status: place === 'waiting' ? 'waiting' : 'awaiting_payment',
          feeOre: 0,
          cardOre: 0,
          restOre: 0,
          idempotencyKey: input.idempotencyKey,
          enrolledBy: actorReference(actor),
        });
        if (!enrolment) throw new AppError('ALREADY_ENROLLED');
        await scope.audit.record(actor, {
          municipalityId,
          action: 'enrolment.create',
          subjectPersonIds: [holder.id],
          details: { enrolmentId: enrolment.id, activityId: activity.id, place },
        });
        // Paying last: it takes the lock on the account the money goes to, shared by every payment to it.
        const payment = place === 'place' ? await payForPlace(scope, actor, enrolment, activity, holder) : undefined;
        return { enrolment, payment, title: activity.title, retry: false };
      });
      if (outcome.payment) {
        await createRemotePayment(outcome.payment, outcome.title);
        // A retry whose own call did not get through waits a moment for the first request's call, so that every
        // copy of the request answers with the same payment link.
        if (outcome.retry) await untilCreated(outcome.payment.reference);
      }
      return view(actor, outcome.enrolment.id, holders);
    },

    /** Takes a place offered from the waiting list, paying as at enrolment. */
    async payOffered(actor: Actor, enrolmentId: string): Promise<EnrolmentView> {
      const municipalityId = municipalityOf(actor);
      const holders = await deps.people.cardHolders(actor);
      const outcome = await deps.transaction(async (scope) => {
        const enrolment = await scope.store.enrolmentById(municipalityId, enrolmentId, true);
        const holder = holders.find((h) => h.id === enrolment?.childId);
        if (!enrolment || !holder) throw new AppError('ENROLMENT_NOT_FOUND');
        if (enrolment.status !== 'offered') throw new AppError('ENROLMENT_NOT_OFFERED');
        const activity = await scope.activities.forEnrolment(municipalityId, enrolment.activityId, true);
        if (!activity) throw new AppError('ACTIVITY_NOT_FOUND');
        await scope.audit.record(actor, {
          municipalityId,
          action: 'enrolment.create',
          subjectPersonIds: [holder.id],
          details: { enrolmentId, activityId: activity.id, place: 'offered' },
        });
        const payment = await payForPlace(scope, actor, enrolment, activity, holder);
        return { payment, title: activity.title };
      });
      if (outcome.payment) await createRemotePayment(outcome.payment, outcome.title);
      return view(actor, enrolmentId, holders);
    },

    /** The family's enrolments (each child shown is audited). */
    async familyEnrolments(actor: Actor): Promise<EnrolmentView[]> {
      const municipalityId = municipalityOf(actor);
      const holders = await deps.people.cardHolders(actor);
      const rows = await deps.store.enrolmentsOf(
        municipalityId,
        holders.map((h) => h.id),
      );
      const children = [...new Set(rows.map((r) => r.childId))];
      if (children.length > 0) {
        await deps.audit.record(actor, {
          municipalityId,
          action: 'enrolment.read',
          subjectPersonIds: children,
          reason: 'own family',
        });
      }
      const payments = await deps.store.paymentsOfEnrolments(
        municipalityId,
        rows.map((r) => r.id),
      );
      return rows.map((row) => toView(row, holders, payments.get(row.id)));
    },

    /** After the guardian returns from the payment provider: the payment's outcome, settled now if it is known. */
    async refresh(actor: Actor, enrolmentId: string): Promise<EnrolmentView> {
      const municipalityId = municipalityOf(actor);
      let shown = await view(actor, enrolmentId);
      if (shown.status === 'awaiting_payment') {
        const payment = await deps.store.paymentOfEnrolment(municipalityId, enrolmentId);
        if (payment) await settle(payment.reference);
        shown = await view(actor, enrolmentId);
      }
      await deps.audit.record(actor, {
        municipalityId,
        action: 'enrolment.read',
        subjectPersonIds: [shown.childId],
        reason: 'own family',
      });
      return shown;
    },

    /**
     * Cancels an enrolment. A place in the queue or an offered place ends at once; a paid place is refunded under
     * the provider's rule (to the cards, and the family's part through the payment provider); a payment still in
     * progress must be finished or abandoned first. A freed place goes to the next in the queue.
     */
    async cancel(actor: Actor, enrolmentId: string): Promise<EnrolmentView> {
      const municipalityId = municipalityOf(actor);
      const holders = await deps.people.cardHolders(actor);
      const date = today();
      const refund = await deps.transaction(async (scope) => {
        const enrolment = await scope.store.enrolmentById(municipalityId, enrolmentId, true);
        if (!enrolment || !holders.some((h) => h.id === enrolment.childId)) throw new AppError('ENROLMENT_NOT_FOUND');
        if (enrolment.status === 'awaiting_payment') throw new AppError('PAYMENT_IN_PROGRESS');
        if (enrolment.status === 'cancelled' || enrolment.status === 'payment_abandoned') return undefined;
        const activity = await scope.activities.forEnrolment(municipalityId, enrolment.activityId, true);
        if (!activity) throw new AppError('ACTIVITY_NOT_FOUND');
        let familyRefund: FamilyPaymentRow | undefined;
        if (enrolment.status === 'confirmed' && refundOnCancel(activity.refundPolicy, activity.seasonStart, date)) {
          const payable = await scope.ledger.ensureAccount({
            municipalityId,
            kind: 'provider_payable',
            providerId: activity.providerId,
          });
          const transfers = await scope.ledger.ofEnrolment(municipalityId, enrolment.id);
          // A correction may already have given back (or moved to another provider) part of what was paid: only
          // the rest is refunded, so no money comes back twice. Reversals carry the enrolment of what they reverse.
          const reversedOf = (id: number) =>
            transfers
              .filter((r) => r.reason === 'reversal' && r.reversesId === id)
              .reduce((sum, r) => sum + r.amountOre, 0);
          const reversedFrom = (kind: AccountKind) =>
            transfers
              .filter((t) => t.reason === 'payment' && t.debitKind === kind)
              .reduce((sum, t) => sum + reversedOf(t.id), 0);
          // Card money held while the family paid reached the provider as one payment from the hold account.
          let heldReversed = reversedFrom('payment_hold');
          // What each card paid: directly, or through the hold.
          const fromCards = transfers.filter(
            (t) => t.debitKind === 'card' && (t.reason === 'payment' || t.reason === 'hold'),
          );
          for (const t of fromCards) {
            let amountOre = t.amountOre;
            if (t.reason === 'payment') amountOre -= reversedOf(t.id);
            else {
              const taken = Math.min(amountOre, heldReversed);
              heldReversed -= taken;
              amountOre -= taken;
            }
            if (amountOre <= 0) continue;
            await scope.ledger.transfer({
              municipalityId,
              idempotencyKey: `enrolment:${enrolment.id}:refund:${t.debitAccountId}`,
              debitAccountId: payable.id,
              creditAccountId: t.debitAccountId,
              amountOre,
              reason: 'refund',
              activityId: activity.id,
              enrolmentId: enrolment.id,
              createdBy: actorReference(actor),
            });
          }
          const payment = await scope.store.paymentOfEnrolment(municipalityId, enrolment.id);
          const familyOre = payment ? payment.amountOre - reversedFrom('payment_clearing') : 0;
          if (payment && payment.status === 'captured' && familyOre > 0) {
            const clearing = await scope.ledger.ensureAccount({ municipalityId, kind: 'payment_clearing' });
            await scope.ledger.transfer({
              municipalityId,
              idempotencyKey: `enrolment:${enrolment.id}:refund:family`,
              debitAccountId: payable.id,
              creditAccountId: clearing.id,
              amountOre: familyOre,
              reason: 'refund',
              activityId: activity.id,
              enrolmentId: enrolment.id,
              createdBy: actorReference(actor),
            });
            await scope.store.updatePayment(payment.reference, { status: 'refunding', refundOre: familyOre });
            familyRefund = { ...payment, status: 'refunding', refundOre: familyOre };
          }
        }
        const wasPlace = enrolment.status !== 'waiting';
        await scope.store.updateEnrolment(municipalityId, enrolment.id, {
          status: 'cancelled',
          cancelledBy: actorReference(actor),
        });
        await scope.audit.record(actor, {
          municipalityId,
          action: 'enrolment.cancel',
          subjectPersonIds: [enrolment.childId],
          details: { enrolmentId, activityId: activity.id, refunded: familyRefund !== undefined },
        });
        if (wasPlace) await offerNext(scope, municipalityId, activity);
        return familyRefund;
      });
      if (refund) await refundRemote(refund);
      return view(actor, enrolmentId, holders);
    },

    /** The children in an activity, for its provider: paid or not, never how. Audited per child shown. */
    async participants(actor: Actor, providerId: string, activityId: string): Promise<Participant[]> {
      const membership = actor.membership;
      if (!membership?.providerIds.includes(providerId)) throw new AppError('FORBIDDEN');
      const municipalityId = membership.municipalityId;
      const activity = await deps.activities.forEnrolment(municipalityId, activityId);
      if (!activity || activity.providerId !== providerId) throw new AppError('ACTIVITY_NOT_FOUND');
      const rows = await deps.store.participants(municipalityId, activityId);
      const people = await deps.people.namesForProvider(
        municipalityId,
        rows.map((r) => r.childId),
      );
      if (rows.length > 0) {
        await deps.audit.record(actor, {
          municipalityId,
          action: 'participants.read',
          subjectPersonIds: rows.map((r) => r.childId),
          details: { activityId },
        });
      }
      return rows.map((r) => {
        const person = people.get(r.childId);
        return {
          enrolmentId: r.id,
          childName: person ? `${person.givenName} ${person.familyName}` : '',
          birthYear: person ? Number(person.birthDate.slice(0, 4)) : 0,
          status: r.status === 'confirmed' ? 'paid' : (r.status as Participant['status']),
          enrolledAt: r.createdAt,
        };
      });
    },

    /** The payment worker's round: creates payments not yet created, looks again at open ones, sends refunds. */
    async processDuePayments(limit = 50): Promise<{ handled: number }> {
      const due = await deps.store.duePayments(limit);
      for (const payment of due) {
        if (payment.status === 'creating') {
          await createRemotePayment(
            payment,
            payment.paymentRequestId ? 'Betalingsforespørsel' : 'Påmelding til aktivitet',
          );
        } else if (payment.status === 'created') {
          await settle(payment.reference).catch(async (error: unknown) => {
            await deps.store.updatePayment(payment.reference, {
              error: error instanceof Error ? error.message : String(error),
              retryInMs: 30_000,
            });
          });
        } else if (payment.status === 'refunding') {
          await refundRemote(payment);
        }
      }
      return { handled: due.length };
    },

    /** Settles one payment now (a webhook said something happened to it). */
    settle,

    /** Creates a payment written by a committed use case at the payment provider (retried by the worker). */
    startPayment: createRemotePayment,
  };

  async function refundRemote(payment: FamilyPaymentRow): Promise<void> {
    const provider = deps.payments;
    if (!provider) return;
    try {
      await provider.refundPayment(payment.reference, payment.refundOre, `refund-${payment.id}`);
      await deps.store.updatePayment(payment.reference, { status: 'refunded', error: null });
    } catch (error) {
      await deps.store.updatePayment(payment.reference, {
        error: error instanceof Error ? error.message : String(error),
        retryInMs: 30_000 * Math.min(20, payment.attempts + 1),
      });
    }
  }
}

export type EnrolmentService = ReturnType<typeof createEnrolmentService>;
