/**
 * Rules of free tickets. Pure: the codes a child types, the tokens a QR code carries, who may claim, and how the
 * statistics hide small counts.
 *
 * A ticket shows the same for every child: a QR code whose token changes every 30 seconds (a screenshot passed
 * on stops working) and a short code to type. A printed ticket (a caseworker's allocation) carries a signed
 * static token instead. Tokens are HMACs under a key derived from the installation's secrets.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ageOn } from './age.ts';

export const TICKET_KINDS = ['cinema', 'pool', 'theatre', 'bowling', 'bus'] as const;
export type TicketKind = (typeof TICKET_KINDS)[number];

/** Who hands the offer's tickets out: families claim them, caseworkers allocate them, or both. */
export const TICKET_ALLOCATIONS = ['families', 'caseworkers', 'both'] as const;
export type TicketAllocation = (typeof TICKET_ALLOCATIONS)[number];

export const TICKET_STATUSES = ['claimed', 'redeemed', 'returned'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export type TicketSource = 'claim' | 'allocation';

/** Letters and digits that cannot be mistaken for each other (no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, G). */
export const CODE_ALPHABET = 'ACDEFHJKMNPRTUVWXY34679';
export const CODE_LENGTH = 9;

/** The length of a rotating token's time step, and how many past steps are still accepted. */
export const TOKEN_STEP_SECONDS = 30;

/** A new code from `random(n)`, a uniform integer in [0, n) (crypto random in the service). */
export function generateCode(random: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return code;
}

/** A typed code as stored: upper case, without spaces or dashes; undefined when it cannot be a code. */
export function normaliseCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_LENGTH) return undefined;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return undefined;
  return code;
}

/** A code as shown: three groups of three. */
export function formatCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`;
}

export function timeStep(nowMs: number): number {
  return Math.floor(nowMs / 1000 / TOKEN_STEP_SECONDS);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function mac(key: Buffer, message: string): string {
  return createHmac('sha256', key).update(message).digest('base64url').slice(0, 22);
}

/** The token a ticket's QR code shows during the time step of `nowMs`. */
export function rotatingToken(key: Buffer, ticketId: string, nowMs: number): string {
  const step = timeStep(nowMs);
  return `T1.${ticketId}.${step}.${mac(key, `rotating|${ticketId}|${step}`)}`;
}

/** The token of a printed ticket: static, signed. */
export function printedToken(key: Buffer, ticketId: string): string {
  return `P1.${ticketId}.${mac(key, `printed|${ticketId}`)}`;
}

export type TokenReading =
  | { kind: 'ticket'; ticketId: string }
  /** Signed, but of a time step that has passed (a screenshot, or a phone with the page left open long). */
  | { kind: 'stale'; ticketId: string }
  /** Not a token this installation signed (forged or altered). */
  | { kind: 'invalid' };

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Reads a scanned token: the current and the previous time step are accepted. */
export function readToken(key: Buffer, token: string, nowMs: number): TokenReading {
  const parts = token.trim().split('.');
  if (parts[0] === 'T1' && parts.length === 4) {
    const [, ticketId = '', stepText = '', signature = ''] = parts;
    if (!UUID.test(ticketId) || !/^[0-9]{1,12}$/.test(stepText)) return { kind: 'invalid' };
    const step = Number(stepText);
    if (!same(signature, mac(key, `rotating|${ticketId}|${step}`))) return { kind: 'invalid' };
    const now = timeStep(nowMs);
    if (step === now || step === now - 1) return { kind: 'ticket', ticketId };
    return step < now ? { kind: 'stale', ticketId } : { kind: 'invalid' };
  }
  if (parts[0] === 'P1' && parts.length === 3) {
    const [, ticketId = '', signature = ''] = parts;
    if (!UUID.test(ticketId)) return { kind: 'invalid' };
    return same(signature, mac(key, `printed|${ticketId}`)) ? { kind: 'ticket', ticketId } : { kind: 'invalid' };
  }
  return { kind: 'invalid' };
}

export interface OfferRules {
  quantity: number;
  claimed: number;
  validFrom: string;
  validUntil: string;
  minAge: number;
  maxAge: number;
  perChildLimit: number;
  allocation: TicketAllocation;
}

export type ClaimRefusal =
  | 'TICKET_OFFER_CLOSED'
  | 'TICKET_OFFER_EMPTY'
  | 'TICKET_NOT_ELIGIBLE'
  | 'TICKET_LIMIT_REACHED'
  | 'TICKET_ALLOCATION_ONLY'
  | 'TICKET_CLAIM_ONLY';

/**
 * Whether a child may have one more ticket of an offer on a day, or why not. `heldByChild`: the child's tickets
 * of the offer not returned (claimed or allocated, by any family member or agency); `eligible`: the child holds a
 * card of one of the offer's schemes that lets this claimant use it.
 */
export function claimRefusal(
  offer: OfferRules,
  claim: { source: TicketSource; birthDate: string; date: string; heldByChild: number; eligible: boolean },
): ClaimRefusal | undefined {
  if (claim.source === 'claim' && offer.allocation === 'caseworkers') return 'TICKET_ALLOCATION_ONLY';
  if (claim.source === 'allocation' && offer.allocation === 'families') return 'TICKET_CLAIM_ONLY';
  if (claim.date < offer.validFrom || claim.date > offer.validUntil) return 'TICKET_OFFER_CLOSED';
  const age = ageOn(claim.birthDate, claim.date);
  if (!claim.eligible || age < offer.minAge || age > offer.maxAge) return 'TICKET_NOT_ELIGIBLE';
  if (claim.heldByChild >= offer.perChildLimit) return 'TICKET_LIMIT_REACHED';
  if (offer.claimed >= offer.quantity) return 'TICKET_OFFER_EMPTY';
  return undefined;
}

/** The default smallest count the statistics show; smaller counts are hidden (null). */
export const DEFAULT_STATISTICS_THRESHOLD = 5;

/** A count as the statistics show it: hidden when below the threshold, except zero (nothing to reveal). */
export function suppressed(count: number, threshold: number): number | null {
  return count === 0 || count >= threshold ? count : null;
}

/** The age groups of the statistics. */
export function ageGroup(age: number): string {
  if (age < 6) return '0-5';
  if (age < 10) return '6-9';
  if (age < 13) return '10-12';
  if (age < 16) return '13-15';
  return '16-25';
}

/** Whether a youth uses a card of a scheme alone (the scheme's own-use age reached) on a day. */
export function actsAloneOn(youthAge: number, birthDate: string, date: string): boolean {
  return ageOn(birthDate, date) >= youthAge;
}
