import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';
import type { PlacementReason } from '../../domain/scheme.ts';
import type { TicketAllocation, TicketKind, TicketSource, TicketStatus } from '../../domain/ticket.ts';

/** SQL of free tickets: offers, tickets, redemption and the statistics' rows. */

export interface OfferRow {
  municipalityId: number;
  id: string;
  venueId: string;
  kind: TicketKind;
  title: string;
  quantity: number;
  claimed: number;
  validFrom: string;
  validUntil: string;
  minAge: number;
  maxAge: number;
  schemeIds: string[];
  allocation: TicketAllocation;
  perChildLimit: number;
  createdAt: Date;
}

export interface TicketRow {
  municipalityId: number;
  id: string;
  offerId: string;
  childId: string;
  code: string;
  status: TicketStatus;
  source: TicketSource;
  claimedAt: Date;
  redeemedAt: Date | null;
}

/** A ticket with what its holder sees of the offer: the same for every child, never the scheme or the support. */
export interface TicketWithOffer extends TicketRow {
  title: string;
  kind: TicketKind;
  venueId: string;
  venueName: string;
  validFrom: string;
  validUntil: string;
}

const OFFER_COLUMNS = [
  'municipalityId',
  'id',
  'venueId',
  'kind',
  'title',
  'quantity',
  'claimed',
  'validFrom',
  'validUntil',
  'minAge',
  'maxAge',
  'schemeIds',
  'allocation',
  'perChildLimit',
  'createdAt',
] as const;

const TICKET_COLUMNS = [
  't.municipalityId',
  't.id',
  't.offerId',
  't.childId',
  't.code',
  't.status',
  't.source',
  't.claimedAt',
  't.redeemedAt',
] as const;

export function createTicketStore(db: Executor) {
  function withOffer() {
    return db
      .selectFrom('ticket as t')
      .innerJoin('ticketOffer as o', (join) =>
        join.onRef('o.municipalityId', '=', 't.municipalityId').onRef('o.id', '=', 't.offerId'),
      )
      .innerJoin('provider as p', (join) =>
        join.onRef('p.municipalityId', '=', 'o.municipalityId').onRef('p.id', '=', 'o.venueId'),
      )
      .select([
        ...TICKET_COLUMNS,
        'o.title',
        'o.kind',
        'o.venueId',
        'p.name as venueName',
        'o.validFrom',
        'o.validUntil',
      ]);
  }

  return {
    async insertOffer(values: {
      municipalityId: number;
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
      createdBy: string;
    }): Promise<OfferRow> {
      return db.insertInto('ticketOffer').values(values).returning(OFFER_COLUMNS).executeTakeFirstOrThrow();
    },

    /** Whether the venue is a provider of the municipality. */
    async venueExists(municipalityId: number, venueId: string): Promise<boolean> {
      const row = await db
        .selectFrom('provider')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', venueId)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** An offer; `lock`: claims on the offer take its lock in turn. */
    async offerById(municipalityId: number, id: string, lock = false): Promise<OfferRow | undefined> {
      let query = db
        .selectFrom('ticketOffer')
        .select(OFFER_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    async listOffers(municipalityId: number): Promise<(OfferRow & { venueName: string; redeemed: number })[]> {
      const rows = await db
        .selectFrom('ticketOffer as o')
        .innerJoin('provider as p', (join) =>
          join.onRef('p.municipalityId', '=', 'o.municipalityId').onRef('p.id', '=', 'o.venueId'),
        )
        .select(OFFER_COLUMNS.map((c) => `o.${c}` as const))
        .select('p.name as venueName')
        .select((eb) =>
          eb
            .selectFrom('ticket as t')
            .select((inner) => inner.fn.countAll<number>().as('n'))
            .whereRef('t.municipalityId', '=', 'o.municipalityId')
            .whereRef('t.offerId', '=', 'o.id')
            .where('t.status', '=', 'redeemed')
            .as('redeemed'),
        )
        .where('o.municipalityId', '=', municipalityId)
        .orderBy('o.validFrom', 'desc')
        .orderBy('o.createdAt', 'desc')
        .limit(500)
        .execute();
      return rows.map((r) => ({ ...r, redeemed: Number(r.redeemed ?? 0) }));
    },

    /** Offers families may claim from on a day, with their venue's name. */
    async claimableOffers(municipalityId: number, date: string): Promise<(OfferRow & { venueName: string })[]> {
      return db
        .selectFrom('ticketOffer as o')
        .innerJoin('provider as p', (join) =>
          join.onRef('p.municipalityId', '=', 'o.municipalityId').onRef('p.id', '=', 'o.venueId'),
        )
        .select(OFFER_COLUMNS.map((c) => `o.${c}` as const))
        .select('p.name as venueName')
        .where('o.municipalityId', '=', municipalityId)
        .where('o.allocation', 'in', ['families', 'both'])
        .where('o.validFrom', '<=', date)
        .where('o.validUntil', '>=', date)
        .orderBy('o.validUntil', 'asc')
        .limit(200)
        .execute();
    },

    /** Tickets not returned per offer and child, for the given offers and children. */
    async heldCounts(
      municipalityId: number,
      offerIds: readonly string[],
      childIds: readonly string[],
    ): Promise<{ offerId: string; childId: string; held: number }[]> {
      if (offerIds.length === 0 || childIds.length === 0) return [];
      const rows = await db
        .selectFrom('ticket')
        .select(['offerId', 'childId', (eb) => eb.fn.countAll<number>().as('held')])
        .where('municipalityId', '=', municipalityId)
        .where('offerId', 'in', offerIds)
        .where('childId', 'in', childIds)
        .where('status', '<>', 'returned')
        .groupBy(['offerId', 'childId'])
        .execute();
      return rows.map((r) => ({ ...r, held: Number(r.held) }));
    },

    /** Changes the quantity, never below what is claimed; undefined when that would be. */
    async setQuantity(municipalityId: number, id: string, quantity: number): Promise<OfferRow | undefined> {
      return db
        .updateTable('ticketOffer')
        .set({ quantity, updatedAt: sql<Date>`now()` })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .where('claimed', '<=', quantity)
        .returning(OFFER_COLUMNS)
        .executeTakeFirst();
    },

    /** Takes one ticket from the pool, if one is left (the check constraint is the backstop). */
    async takeOne(municipalityId: number, id: string): Promise<boolean> {
      const row = await db
        .updateTable('ticketOffer')
        .set((eb) => ({ claimed: eb('claimed', '+', 1), updatedAt: sql<Date>`now()` }))
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .whereRef('claimed', '<', 'quantity')
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Puts one ticket back in the pool. */
    async giveBack(municipalityId: number, id: string): Promise<void> {
      await db
        .updateTable('ticketOffer')
        .set((eb) => ({ claimed: eb('claimed', '-', 1), updatedAt: sql<Date>`now()` }))
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .where('claimed', '>', 0)
        .execute();
    },

    /** The child's tickets of an offer that are not returned. */
    async heldByChild(municipalityId: number, offerId: string, childId: string): Promise<number> {
      const row = await db
        .selectFrom('ticket')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('municipalityId', '=', municipalityId)
        .where('offerId', '=', offerId)
        .where('childId', '=', childId)
        .where('status', '<>', 'returned')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Inserts a ticket; undefined when its code is taken (the caller draws another). */
    async insertTicket(values: {
      municipalityId: number;
      offerId: string;
      childId: string;
      code: string;
      source: TicketSource;
      reason: PlacementReason | null;
      claimedBy: string;
    }): Promise<{ id: string } | undefined> {
      return db
        .insertInto('ticket')
        .values(values)
        .onConflict((oc) => oc.constraint('ticket_code').doNothing())
        .returning('id')
        .executeTakeFirst();
    },

    async ticketsOf(
      municipalityId: number,
      childIds: readonly string[],
      ticketId?: string,
    ): Promise<TicketWithOffer[]> {
      if (childIds.length === 0) return [];
      let query = withOffer()
        .where('t.municipalityId', '=', municipalityId)
        .where('t.childId', 'in', childIds)
        .where('t.status', '<>', 'returned');
      if (ticketId) query = query.where('t.id', '=', ticketId);
      return query.orderBy('o.validUntil', 'asc').orderBy('t.claimedAt', 'asc').limit(500).execute();
    },

    async ticketById(municipalityId: number, id: string): Promise<TicketWithOffer | undefined> {
      return withOffer().where('t.municipalityId', '=', municipalityId).where('t.id', '=', id).executeTakeFirst();
    },

    async ticketByCode(municipalityId: number, code: string): Promise<TicketWithOffer | undefined> {
      return withOffer().where('t.municipalityId', '=', municipalityId).where('t.code', '=', code).executeTakeFirst();
    },

    /** Redeems a ticket at a venue on a day, once: the one statement that wins when two staff scan at once. */
    async redeem(
      municipalityId: number,
      input: { ticketId: string; venueId: string; date: string; redeemedBy: string },
    ): Promise<{ redeemedAt: Date } | undefined> {
      return db
        .updateTable('ticket')
        .set({ status: 'redeemed', redeemedAt: sql<Date>`now()`, redeemedBy: input.redeemedBy })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', input.ticketId)
        .where('status', '=', 'claimed')
        .where('redeemedAt', 'is', null)
        .where(({ exists, selectFrom }) =>
          exists(
            selectFrom('ticketOffer as o')
              .select('o.id')
              .whereRef('o.municipalityId', '=', 'ticket.municipalityId')
              .whereRef('o.id', '=', 'ticket.offerId')
              .where('o.venueId', '=', input.venueId)
              .where('o.validFrom', '<=', input.date)
              .where('o.validUntil', '>=', input.date),
          ),
        )
        .returning('redeemedAt')
        .executeTakeFirst()
        .then((row) => (row?.redeemedAt ? { redeemedAt: row.redeemedAt } : undefined));
    },

    /** Returns a claimed ticket; its offer's id, or undefined when it was not claimed. */
    async returnTicket(municipalityId: number, id: string): Promise<{ offerId: string; childId: string } | undefined> {
      return db
        .updateTable('ticket')
        .set({ status: 'returned', returnedAt: sql<Date>`now()` })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .where('status', '=', 'claimed')
        .returning(['offerId', 'childId'])
        .executeTakeFirst();
    },

    /** One row per ticket not returned, with what the statistics group by. */
    async statisticsRows(municipalityId: number): Promise<
      {
        offerId: string;
        status: TicketStatus;
        birthDate: string;
        neighbourhood: string | null;
      }[]
    > {
      return db
        .selectFrom('ticket as t')
        .innerJoin('person as c', (join) =>
          join.onRef('c.municipalityId', '=', 't.municipalityId').onRef('c.id', '=', 't.childId'),
        )
        .leftJoin('neighbourhood as n', (join) =>
          join.onRef('n.municipalityId', '=', 'c.municipalityId').onRef('n.id', '=', 'c.neighbourhoodId'),
        )
        .select(['t.offerId', 't.status', 'c.birthDate', 'n.name as neighbourhood'])
        .where('t.municipalityId', '=', municipalityId)
        .where('t.status', '<>', 'returned')
        .execute();
    },

    /** The smallest count the municipality's statistics show, when it has set one. */
    async statisticsThreshold(municipalityId: number): Promise<number | undefined> {
      const row = await db
        .selectFrom('municipality')
        .select('settings')
        .where('id', '=', municipalityId)
        .executeTakeFirst();
      const value = row?.settings.statisticsThreshold;
      return typeof value === 'number' && value >= 1 ? value : undefined;
    },
  };
}

export type TicketStore = ReturnType<typeof createTicketStore>;
