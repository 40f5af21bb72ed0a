/**
 * Enrolment in an activity and how its fee is paid: which of a child's cards pay which part, whether there is a
 * place, and whether a cancellation is refunded. Pure.
 */
import type { Fee } from './scheme.ts';

export const ENROLMENT_STATUSES = [
  'awaiting_payment',
  'confirmed',
  'waiting',
  'offered',
  'cancelled',
  'payment_abandoned',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Statuses that hold a place (or a place in the queue) for the child. */
export const ACTIVE_STATUSES: readonly EnrolmentStatus[] = ['awaiting_payment', 'confirmed', 'waiting', 'offered'];
/** Statuses that take one of the activity's places. */
export const PLACE_STATUSES: readonly EnrolmentStatus[] = ['awaiting_payment', 'confirmed', 'offered'];

export const REFUND_POLICIES = ['until_season_start', 'none'] as const;
export type RefundPolicy = (typeof REFUND_POLICIES)[number];

/** A card that may pay: its balance, when its money expires, and which fees its scheme covers for the activity. */
export interface PayingCard {
  accountId: string;
  balanceOre: number;
  expiresOn: string;
  covers: (fee: Fee) => boolean;
}

export interface PaymentPlan {
  /** What each card pays (only cards that pay something). */
  fromCards: { accountId: string; amountOre: number }[];
  cardOre: number;
  /** What the family pays by other means. */
  restOre: number;
  totalOre: number;
}

/**
 * Splits an activity's fees between a child's cards and the family: each fee a card's scheme covers is paid from
 * the card whose money expires first, as far as its balance holds; what no card covers or can pay is the rest.
 * A child's own cards only: the caller gives this child's cards.
 */
export function planPayment(fees: readonly Fee[], cards: readonly PayingCard[]): PaymentPlan {
  const order = [...cards].sort(
    (a, b) => a.expiresOn.localeCompare(b.expiresOn) || a.accountId.localeCompare(b.accountId),
  );
  const left = new Map(order.map((c) => [c.accountId, c.balanceOre]));
  const paid = new Map<string, number>();
  let totalOre = 0;
  let cardOre = 0;
  for (const fee of fees) {
    if (!Number.isSafeInteger(fee.amountOre) || fee.amountOre < 0)
      throw new RangeError(`not an amount: ${fee.amountOre}`);
    totalOre += fee.amountOre;
    let due = fee.amountOre;
    for (const card of order) {
      if (due === 0) break;
      if (!card.covers(fee)) continue;
      const available = left.get(card.accountId) ?? 0;
      const take = Math.min(available, due);
      if (take === 0) continue;
      left.set(card.accountId, available - take);
      paid.set(card.accountId, (paid.get(card.accountId) ?? 0) + take);
      due -= take;
      cardOre += take;
    }
  }
  return {
    fromCards: order
      .filter((c) => (paid.get(c.accountId) ?? 0) > 0)
      .map((c) => ({ accountId: c.accountId, amountOre: paid.get(c.accountId) ?? 0 })),
    cardOre,
    restOre: totalOre - cardOre,
    totalOre,
  };
}

/** Whether a new enrolment gets a place, a place in the queue, or is refused. */
export function placeFor(
  activity: { capacity: number | null; waitingList: boolean },
  placesTaken: number,
): 'place' | 'waiting' | 'full' {
  if (activity.capacity === null || placesTaken < activity.capacity) return 'place';
  return activity.waitingList ? 'waiting' : 'full';
}

/** Whether cancelling a paid enrolment today gives the money back, under the provider's rule. */
export function refundOnCancel(policy: RefundPolicy, seasonStart: string, today: string): boolean {
  return policy === 'until_season_start' && today < seasonStart;
}
