import { hkdfSync, randomInt } from 'node:crypto';
import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { ageOn, osloDate } from '../../domain/age.ts';
import type { PlacementReason } from '../../domain/scheme.ts';
import {
  actsAloneOn,
  ageGroup,
  claimRefusal,
  DEFAULT_STATISTICS_THRESHOLD,
  formatCode,
  generateCode,
  normaliseCode,
  printedToken,
  readToken,
  rotatingToken,
  suppressed,
  type TicketAllocation,
  type TicketKind,
  type TicketSource,
  TOKEN_STEP_SECONDS,
  timeStep,
} from '../../domain/ticket.ts';
import { AppError } from '../../errors.ts';
import type { AuditService } from '../audit/service.ts';
import { actorReference, municipalityOf } from '../cards/service.ts';
import type { PeopleDirectory } from '../people/directory-service.ts';
import type { OfferRow, TicketStore, TicketWithOffer } from './store.ts';

export interface OfferInput {
  venueId: string;
  kind: TicketKind;
  title: string;
  quantity: number;
  validFrom: string;
  validUntil: string;
  minAge: number;
  maxAge: number;
  schemeIds: string[];
  allocation: TicketAllocation;
  perChildLimit: number;
}

export interface OfferView extends Omit<OfferRow, 'municipalityId'> {
  venueName: string;
  redeemed: number;
}

/** A ticket as its holder (and the venue) sees it: the same for every child, never the scheme or the support. */
export interface TicketView {
  id: string;
  offerId: string;
  title: string;
  kind: TicketKind;
  venueName: string;
  validFrom: string;
  validUntil: string;
  childId: string;
  childName: string;
  /** The short code to type at the venue, as XXX-XXX-XXX. */
  code: string;
  status: 'claimed' | 'redeemed' | 'expired';
  claimedAt: Date;
  redeemedAt: Date | null;
}

/** An offer a family may claim from: what it is, how many are left, and which of the family's children may. */
export interface ClaimableOffer {
  id: string;
  title: string;
  kind: TicketKind;
  venueName: string;
  validFrom: string;
  validUntil: string;
  ticketsLeft: number;
  children: { childId: string; childName: string }[];
}

export interface Redemption {
  ticketId: string;
  title: string;
  kind: TicketKind;
  redeemedAt: Date;
}

export interface StatisticsRow {
  offerId: string;
  title: string;
  venueName: string;
  /** null: all ages / neighbourhoods of the offer; else the group. */
  ageGroup: string | null;
  neighbourhood: string | null;
  /** Counts below the threshold are null (hidden). */
  offered: number | null;
  claimed: number | null;
  redeemed: number | null;
  expired: number | null;
}

/** The cards module's answer to "which schemes' cards does the child hold now" (through its service). */
export interface CardSchemes {
  cardSchemesOf(
    municipalityId: number,
    personIds: readonly string[],
  ): Promise<{ personId: string; schemeId: string; youthAge: number }[]>;
  schemesOf(municipalityId: number): Promise<{ id: string }[]>;
}

type Scope = { store: TicketStore; audit: AuditService; cards: CardSchemes };

export interface TicketServiceDeps extends Scope {
  people: PeopleDirectory;
  transaction: UseCaseTransaction<Scope>;
  /** The key tickets' tokens are signed with (derived from the installation's secrets). */
  signingKey: Buffer;
  now?: () => Date;
  /** Draws a uniform integer in [0, n) for codes; crypto random unless a test needs collisions. */
  random?: (n: number) => number;
}

const CODE_ATTEMPTS = 8;

/** The key tickets' tokens are signed with: derived from the installation's secret lookup key, never stored. */
export function ticketSigningKey(secret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'fritidskort', 'ticket-token-signing', 32));
}

/**
 * Free tickets: a municipality offers a batch at a venue; eligible children claim them first come first served,
 * or a caseworker allocates one to a named child; venue staff redeem each once. Claims on an offer take its lock
 * in turn; a check constraint (claimed <= quantity) is the backstop.
 */
export function createTicketService(deps: TicketServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const today = () => osloDate(now());
  const random = deps.random ?? ((n: number) => randomInt(n));

  function status(row: TicketWithOffer, date: string): TicketView['status'] {
    if (row.status === 'redeemed') return 'redeemed';
    return row.validUntil < date ? 'expired' : 'claimed';
  }

  function toView(row: TicketWithOffer, childName: string, date: string): TicketView {
    return {
      id: row.id,
      offerId: row.offerId,
      title: row.title,
      kind: row.kind,
      venueName: row.venueName,
      validFrom: row.validFrom,
      validUntil: row.validUntil,
      childId: row.childId,
      childName,
      code: formatCode(row.code),
      status: status(row, date),
      claimedAt: row.claimedAt,
      redeemedAt: row.redeemedAt,
    };
  }

  function validateOffer(input: OfferInput): void {
    const fields = [];
    if (input.validUntil < input.validFrom) fields.push({ field: 'body/validUntil', rule: 'afterStart' });
    if (input.maxAge < input.minAge) fields.push({ field: 'body/maxAge', rule: 'atLeastMinAge' });
    if (input.title.trim().length === 0) fields.push({ field: 'body/title', rule: 'required' });
    if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
  }

  /**
   * Gives one ticket of an offer to a child, in the caller's transaction: the offer's lock, the rules, the pool,
   * the ticket with a fresh code, and the audit entry.
   */
  async function give(
    scope: Scope,
    actor: Actor,
    input: {
      offerId: string;
      child: { id: string; birthDate: string; relation: 'self' | 'child' | 'staff' };
      source: TicketSource;
      reason: PlacementReason | null;
    },
  ): Promise<string> {
    const municipalityId = municipalityOf(actor);
    const date = today();
    const cards = await scope.cards.cardSchemesOf(municipalityId, [input.child.id]);
    // Claims on one offer take its lock in turn: the pool and the child's count are read after it.
    const offer = await scope.store.offerById(municipalityId, input.offerId, true);
    if (!offer) throw new AppError('TICKET_OFFER_NOT_FOUND');
    const eligible = cards.some(
      (card) =>
        offer.schemeIds.includes(card.schemeId) &&
        // A youth claiming alone uses only cards of schemes that let her.
        (input.child.relation !== 'self' || actsAloneOn(card.youthAge, input.child.birthDate, date)),
    );
    const refusal = claimRefusal(offer, {
      source: input.source,
      birthDate: input.child.birthDate,
      date,
      eligible,
      heldByChild: await scope.store.heldByChild(municipalityId, offer.id, input.child.id),
    });
    if (refusal) throw new AppError(refusal);
    if (!(await scope.store.takeOne(municipalityId, offer.id))) throw new AppError('TICKET_OFFER_EMPTY');
    let ticketId: string | undefined;
    for (let attempt = 0; attempt < CODE_ATTEMPTS && !ticketId; attempt++) {
      const inserted = await scope.store.insertTicket({
        municipalityId,
        offerId: offer.id,
        childId: input.child.id,
        code: generateCode(random),
        source: input.source,
        reason: input.reason,
        claimedBy: actorReference(actor),
      });
      ticketId = inserted?.id;
    }
    if (!ticketId) throw new Error('no free ticket code after several attempts');
    await scope.audit.record(actor, {
      municipalityId,
      action: input.source === 'claim' ? 'ticket.claim' : 'ticket.allocate',
      subjectPersonIds: [input.child.id],
      reason: input.reason,
      details: { offerId: offer.id, ticketId },
    });
    return ticketId;
  }

  /**
   * An offer that has tickets left, read without its lock: in a rush, claims after the last ticket is gone are
   * refused at once instead of queueing for the offer's lock. The locked read in `give` decides.
   */
  async function openOffer(municipalityId: number, offerId: string): Promise<void> {
    const offer = await deps.store.offerById(municipalityId, offerId);
    if (!offer) throw new AppError('TICKET_OFFER_NOT_FOUND');
    if (offer.claimed >= offer.quantity) throw new AppError('TICKET_OFFER_EMPTY');
  }

  return {
    async createOffer(actor: Actor, input: OfferInput): Promise<OfferView> {
      const municipalityId = municipalityOf(actor);
      validateOffer(input);
      const schemeIds = [...new Set(input.schemeIds)];
      return deps.transaction(async (scope) => {
        if (!(await scope.store.venueExists(municipalityId, input.venueId))) throw new AppError('PROVIDER_NOT_FOUND');
        const known = new Set((await scope.cards.schemesOf(municipalityId)).map((s) => s.id));
        if (schemeIds.some((id) => !known.has(id))) throw new AppError('SCHEME_NOT_FOUND');
        const offer = await scope.store.insertOffer({
          ...input,
          title: input.title.trim(),
          schemeIds,
          municipalityId,
          createdBy: actorReference(actor),
        });
        await scope.audit.record(actor, {
          municipalityId,
          action: 'ticket.offer.create',
          details: { offerId: offer.id, quantity: offer.quantity, venueId: offer.venueId },
        });
        const listed = (await scope.store.listOffers(municipalityId)).find((o) => o.id === offer.id);
        return { ...offer, venueName: listed?.venueName ?? '', redeemed: 0 };
      });
    },

    async listOffers(actor: Actor): Promise<OfferView[]> {
      return deps.store.listOffers(municipalityOf(actor));
    },

    /** Changes how many tickets an offer has; never below what is claimed. */
    async setQuantity(actor: Actor, offerId: string, quantity: number): Promise<OfferView> {
      const municipalityId = municipalityOf(actor);
      await deps.transaction(async (scope) => {
        const offer = await scope.store.offerById(municipalityId, offerId, true);
        if (!offer) throw new AppError('TICKET_OFFER_NOT_FOUND');
        const updated = await scope.store.setQuantity(municipalityId, offerId, quantity);
        if (!updated) throw new AppError('TICKET_QUANTITY_BELOW_CLAIMED', { claimed: offer.claimed });
        await scope.audit.record(actor, {
          municipalityId,
          action: 'ticket.offer.update',
          details: { offerId, quantity, before: offer.quantity },
        });
      });
      const listed = (await deps.store.listOffers(municipalityId)).find((o) => o.id === offerId);
      if (!listed) throw new AppError('TICKET_OFFER_NOT_FOUND');
      return listed;
    },

    /** A guardian claims a ticket for a child (or a youth for herself): first come, first served. */
    async claim(actor: Actor, offerId: string, childId: string): Promise<TicketView> {
      const municipalityId = municipalityOf(actor);
      await openOffer(municipalityId, offerId);
      const holders = await deps.people.cardHolders(actor);
      const holder = holders.find((h) => h.id === childId);
      if (!holder || holder.status === 'deceased') throw new AppError('PERSON_NOT_FOUND');
      const ticketId = await deps.transaction((scope) =>
        give(scope, actor, { offerId, child: holder, source: 'claim', reason: null }),
      );
      const row = await deps.store.ticketById(municipalityId, ticketId);
      if (!row) throw new AppError('TICKET_NOT_FOUND');
      return toView(row, `${holder.givenName} ${holder.familyName}`, today());
    },

    /** A caseworker allocates a ticket to a named child, with a reason; a printed ticket's token comes with it. */
    async allocate(
      actor: Actor,
      offerId: string,
      input: { childId: string; reason: PlacementReason },
    ): Promise<TicketView & { printToken: string }> {
      const municipalityId = municipalityOf(actor);
      await openOffer(municipalityId, offerId);
      const person = await deps.people.personForStaff(actor, input.childId);
      if (!person) throw new AppError('PERSON_NOT_FOUND');
      if (person.status === 'deceased') throw new AppError('PERSON_DECEASED');
      const ticketId = await deps.transaction((scope) =>
        give(scope, actor, {
          offerId,
          child: { id: person.id, birthDate: person.birthDate, relation: 'staff' },
          source: 'allocation',
          reason: input.reason,
        }),
      );
      const row = await deps.store.ticketById(municipalityId, ticketId);
      if (!row) throw new AppError('TICKET_NOT_FOUND');
      return {
        ...toView(row, `${person.givenName} ${person.familyName}`, today()),
        printToken: printedToken(deps.signingKey, ticketId),
      };
    },

    /**
     * The offers the family may claim from today, each with the children who may have one more ticket of it. Offers
     * none of the family's children may claim are left out.
     */
    async claimableOffers(actor: Actor): Promise<ClaimableOffer[]> {
      const municipalityId = municipalityOf(actor);
      const date = today();
      const holders = (await deps.people.cardHolders(actor)).filter((h) => h.status !== 'deceased');
      const offers = await deps.store.claimableOffers(municipalityId, date);
      const ids = holders.map((h) => h.id);
      const [cards, held] = await Promise.all([
        deps.cards.cardSchemesOf(municipalityId, ids),
        deps.store.heldCounts(
          municipalityId,
          offers.map((o) => o.id),
          ids,
        ),
      ]);
      const result: ClaimableOffer[] = [];
      for (const offer of offers) {
        const children = holders.filter((holder) => {
          const eligible = cards.some(
            (card) =>
              card.personId === holder.id &&
              offer.schemeIds.includes(card.schemeId) &&
              (holder.relation !== 'self' || actsAloneOn(card.youthAge, holder.birthDate, date)),
          );
          const heldByChild = held.find((h) => h.offerId === offer.id && h.childId === holder.id)?.held ?? 0;
          const refusal = claimRefusal(offer, {
            source: 'claim',
            birthDate: holder.birthDate,
            date,
            eligible,
            heldByChild,
          });
          return refusal === undefined || refusal === 'TICKET_OFFER_EMPTY';
        });
        if (children.length === 0) continue;
        result.push({
          id: offer.id,
          title: offer.title,
          kind: offer.kind,
          venueName: offer.venueName,
          validFrom: offer.validFrom,
          validUntil: offer.validUntil,
          ticketsLeft: Math.max(0, offer.quantity - offer.claimed),
          children: children.map((h) => ({ childId: h.id, childName: `${h.givenName} ${h.familyName}` })),
        });
      }
      const shown = [...new Set(result.flatMap((o) => o.children.map((c) => c.childId)))];
      if (shown.length > 0) {
        await deps.audit.record(actor, {
          municipalityId,
          action: 'ticket.read',
          subjectPersonIds: shown,
          reason: 'own family',
        });
      }
      return result;
    },

    /** The family's tickets (each child shown is audited). */
    async familyTickets(actor: Actor): Promise<TicketView[]> {
      const municipalityId = municipalityOf(actor);
      const holders = await deps.people.cardHolders(actor);
      const rows = await deps.store.ticketsOf(
        municipalityId,
        holders.map((h) => h.id),
      );
      const children = [...new Set(rows.map((r) => r.childId))];
      if (children.length > 0) {
        await deps.audit.record(actor, {
          municipalityId,
          action: 'ticket.read',
          subjectPersonIds: children,
          reason: 'own family',
        });
      }
      const date = today();
      return rows.map((row) => {
        const h = holders.find((x) => x.id === row.childId);
        return toView(row, h ? `${h.givenName} ${h.familyName}` : '', date);
      });
    },

    /** A child's tickets for a caseworker; the read is audited. */
    async childTickets(actor: Actor, childId: string): Promise<TicketView[]> {
      const municipalityId = municipalityOf(actor);
      const person = await deps.people.personForStaff(actor, childId);
      if (!person) throw new AppError('PERSON_NOT_FOUND');
      const rows = await deps.store.ticketsOf(municipalityId, [person.id]);
      await deps.audit.record(actor, {
        municipalityId,
        action: 'ticket.read',
        subjectPersonIds: [person.id],
      });
      const date = today();
      return rows.map((row) => toView(row, `${person.givenName} ${person.familyName}`, date));
    },

    /**
     * What the ticket's QR code shows now: a token that changes every time step (the previous step is still
     * accepted), and the short code. The same for every child.
     */
    async qr(actor: Actor, ticketId: string): Promise<{ token: string; code: string; refreshInSeconds: number }> {
      const municipalityId = municipalityOf(actor);
      const holders = await deps.people.cardHolders(actor);
      const [row] = await deps.store.ticketsOf(
        municipalityId,
        holders.map((h) => h.id),
        ticketId,
      );
      if (!row) throw new AppError('TICKET_NOT_FOUND');
      const nowMs = now().getTime();
      const nextStepMs = (timeStep(nowMs) + 1) * TOKEN_STEP_SECONDS * 1000;
      return {
        token: rotatingToken(deps.signingKey, row.id, nowMs),
        code: formatCode(row.code),
        refreshInSeconds: Math.max(1, Math.ceil((nextStepMs - nowMs) / 1000)),
      };
    },

    /** The family gives a ticket back: it returns to the pool. */
    async returnTicket(actor: Actor, ticketId: string): Promise<void> {
      const municipalityId = municipalityOf(actor);
      const holders = await deps.people.cardHolders(actor);
      await deps.transaction(async (scope) => {
        const [row] = await scope.store.ticketsOf(
          municipalityId,
          holders.map((h) => h.id),
          ticketId,
        );
        if (!row) throw new AppError('TICKET_NOT_FOUND');
        // The offer's lock first, as a claim takes it.
        await scope.store.offerById(municipalityId, row.offerId, true);
        const returned = await scope.store.returnTicket(municipalityId, ticketId);
        if (!returned) throw new AppError('TICKET_ALREADY_REDEEMED', { when: '', where: row.venueName });
        await scope.store.giveBack(municipalityId, returned.offerId);
        await scope.audit.record(actor, {
          municipalityId,
          action: 'ticket.return',
          subjectPersonIds: [returned.childId],
          details: { offerId: returned.offerId, ticketId },
        });
      });
    },

    /**
     * Venue staff redeem a scanned token or a typed code at their venue. Redeems once, even when two scan at
     * once; otherwise says why not: already used (when, where), expired, not for this venue, or not a ticket.
     */
    async redeem(actor: Actor, venueId: string, scanned: string): Promise<Redemption> {
      const municipalityId = municipalityOf(actor);
      if (!actor.membership?.venueIds.includes(venueId)) throw new AppError('FORBIDDEN');
      const date = today();
      let row: TicketWithOffer | undefined;
      const code = normaliseCode(scanned);
      if (code) {
        row = await deps.store.ticketByCode(municipalityId, code);
        if (!row) throw new AppError('TICKET_NOT_FOUND');
      } else {
        const reading = readToken(deps.signingKey, scanned, now().getTime());
        if (reading.kind === 'invalid') throw new AppError('TICKET_TOKEN_INVALID');
        row = await deps.store.ticketById(municipalityId, reading.ticketId);
        // A token signed here for a ticket of another municipality is not a ticket of this one.
        if (!row) throw new AppError('TICKET_TOKEN_INVALID');
        if (reading.kind === 'stale') throw new AppError('TICKET_TOKEN_EXPIRED');
      }
      const ticket = row;
      const redeemed = await deps.transaction(async (scope) => {
        const done = await scope.store.redeem(municipalityId, {
          ticketId: ticket.id,
          venueId,
          date,
          redeemedBy: actorReference(actor),
        });
        if (done) {
          await scope.audit.record(actor, {
            municipalityId,
            action: 'ticket.redeem',
            subjectPersonIds: [ticket.childId],
            details: { ticketId: ticket.id, offerId: ticket.offerId, venueId },
          });
        }
        return done;
      });
      if (redeemed)
        return { ticketId: ticket.id, title: ticket.title, kind: ticket.kind, redeemedAt: redeemed.redeemedAt };
      // Why not: read the ticket as it is now.
      const current = (await deps.store.ticketById(municipalityId, ticket.id)) ?? ticket;
      if (current.venueId !== venueId) throw new AppError('TICKET_OTHER_VENUE');
      if (current.status === 'redeemed') {
        throw new AppError('TICKET_ALREADY_REDEEMED', {
          when: current.redeemedAt ? osloDateTime(current.redeemedAt) : '',
          where: current.venueName,
        });
      }
      if (current.status === 'returned') throw new AppError('TICKET_RETURNED');
      throw new AppError('TICKET_EXPIRED', { validFrom: current.validFrom, validUntil: current.validUntil });
    },

    /**
     * Offered, claimed, redeemed and expired per offer, and per offer by age group and by neighbourhood; counts
     * below the municipality's threshold are hidden.
     */
    async statistics(actor: Actor): Promise<{ threshold: number; rows: StatisticsRow[] }> {
      const municipalityId = municipalityOf(actor);
      const date = today();
      const threshold = (await deps.store.statisticsThreshold(municipalityId)) ?? DEFAULT_STATISTICS_THRESHOLD;
      const offers = await deps.store.listOffers(municipalityId);
      const tickets = await deps.store.statisticsRows(municipalityId);
      const rows: StatisticsRow[] = [];
      for (const offer of offers) {
        const own = tickets.filter((t) => t.offerId === offer.id);
        const ended = offer.validUntil < date;
        const count = (list: typeof own, offered: number | null) => ({
          offered: offered === null ? null : suppressed(offered, threshold),
          claimed: suppressed(list.length, threshold),
          redeemed: suppressed(list.filter((t) => t.status === 'redeemed').length, threshold),
          expired: suppressed(ended ? list.filter((t) => t.status === 'claimed').length : 0, threshold),
        });
        const base = { offerId: offer.id, title: offer.title, venueName: offer.venueName };
        rows.push({ ...base, ageGroup: null, neighbourhood: null, ...count(own, offer.quantity) });
        const groups = new Map<string, typeof own>();
        for (const t of own) {
          const key = ageGroup(ageOn(t.birthDate, date));
          groups.set(key, [...(groups.get(key) ?? []), t]);
        }
        for (const [group, list] of [...groups].sort()) {
          rows.push({ ...base, ageGroup: group, neighbourhood: null, ...count(list, null) });
        }
        const places = new Map<string, typeof own>();
        for (const t of own) {
          const key = t.neighbourhood ?? '';
          places.set(key, [...(places.get(key) ?? []), t]);
        }
        for (const [place, list] of [...places].sort()) {
          rows.push({ ...base, ageGroup: null, neighbourhood: place, ...count(list, null) });
        }
      }
      return { threshold, rows };
    },
  };
}

function osloDateTime(at: Date): string {
  return new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(at);
}

export type TicketService = ReturnType<typeof createTicketService>;
