import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { PLACEMENT_REASONS } from '../../domain/scheme.ts';
import { TICKET_ALLOCATIONS, TICKET_KINDS } from '../../domain/ticket.ts';
import { errorResponses } from '../../http/errors.ts';
import { IsoDate, KommunenummerParams, Nullable, Uuid } from '../../http/schemas.ts';
import type { OfferView, TicketService, TicketView } from './service.ts';

const kommunenummer = KommunenummerParams.properties.kommunenummer;

const TicketOffer = Type.Object(
  {
    id: Type.String(),
    venueId: Type.String(),
    venueName: Type.String(),
    kind: Type.Enum([...TICKET_KINDS]),
    title: Type.String(),
    quantity: Type.Integer(),
    claimed: Type.Integer({ description: 'Tickets claimed or allocated and not returned' }),
    redeemed: Type.Integer(),
    validFrom: IsoDate,
    validUntil: IsoDate,
    minAge: Type.Integer(),
    maxAge: Type.Integer(),
    schemeIds: Type.Array(Type.String()),
    allocation: Type.Enum([...TICKET_ALLOCATIONS]),
    perChildLimit: Type.Integer(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'TicketOffer' },
);

const Ticket = Type.Object(
  {
    id: Type.String(),
    offerId: Type.String(),
    title: Type.String(),
    kind: Type.Enum([...TICKET_KINDS]),
    venueName: Type.String(),
    validFrom: IsoDate,
    validUntil: IsoDate,
    childId: Type.String(),
    childName: Type.String(),
    code: Type.String({ description: 'The short code to type at the venue (XXX-XXX-XXX)' }),
    status: Type.Enum(['claimed', 'redeemed', 'expired']),
    claimedAt: Type.String({ format: 'date-time' }),
    redeemedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'Ticket' },
);

const TicketStatisticsRow = Type.Object(
  {
    offerId: Type.String(),
    title: Type.String(),
    venueName: Type.String(),
    ageGroup: Nullable(Type.String()),
    neighbourhood: Nullable(Type.String({ description: 'Empty: children without a known neighbourhood' })),
    offered: Nullable(Type.Integer()),
    claimed: Nullable(Type.Integer()),
    redeemed: Nullable(Type.Integer()),
    expired: Nullable(Type.Integer()),
  },
  { $id: 'TicketStatisticsRow' },
);

export const ticketSchemas = [TicketOffer, Ticket, TicketStatisticsRow];

const OfferBody = Type.Object(
  {
    venueId: Uuid,
    kind: Type.Enum([...TICKET_KINDS]),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    quantity: Type.Integer({ minimum: 0, maximum: 100_000 }),
    validFrom: IsoDate,
    validUntil: IsoDate,
    minAge: Type.Integer({ minimum: 0, maximum: 25 }),
    maxAge: Type.Integer({ minimum: 0, maximum: 25 }),
    schemeIds: Type.Array(Uuid, { minItems: 1, maxItems: 20 }),
    allocation: Type.Enum([...TICKET_ALLOCATIONS]),
    perChildLimit: Type.Integer({ minimum: 1, maximum: 100, default: 1 }),
  },
  { additionalProperties: false },
);

const OfferParams = Type.Object({ kommunenummer, offerId: Uuid });
const TicketParams = Type.Object({ kommunenummer, ticketId: Uuid });
const PersonParams = Type.Object({ kommunenummer, personId: Uuid });
const VenueParams = Type.Object({ kommunenummer, providerId: Uuid });

function toOffer(o: OfferView) {
  return {
    id: o.id,
    venueId: o.venueId,
    venueName: o.venueName,
    kind: o.kind,
    title: o.title,
    quantity: o.quantity,
    claimed: o.claimed,
    redeemed: o.redeemed,
    validFrom: o.validFrom,
    validUntil: o.validUntil,
    minAge: o.minAge,
    maxAge: o.maxAge,
    schemeIds: o.schemeIds,
    allocation: o.allocation,
    perChildLimit: o.perChildLimit,
    createdAt: o.createdAt.toISOString(),
  };
}

function toTicket(t: TicketView) {
  return {
    id: t.id,
    offerId: t.offerId,
    title: t.title,
    kind: t.kind,
    venueName: t.venueName,
    validFrom: t.validFrom,
    validUntil: t.validUntil,
    childId: t.childId,
    childName: t.childName,
    code: t.code,
    status: t.status,
    claimedAt: t.claimedAt.toISOString(),
    redeemedAt: t.redeemedAt ? t.redeemedAt.toISOString() : null,
  };
}

export interface TicketRouteOptions {
  tickets: TicketService;
}

/** Free tickets: offers (municipality), claims (family), allocations (caseworker), redemption (venue). */
export const ticketRoutes: FastifyPluginAsyncTypebox<TicketRouteOptions> = async (app, { tickets }) => {
  app.post(
    '/municipalities/:kommunenummer/ticket-offers',
    {
      config: { permission: 'ticket.manage' },
      schema: {
        tags: ['tickets'],
        summary: 'Offer a batch of free tickets at a venue',
        params: KommunenummerParams,
        body: OfferBody,
        response: { 201: Type.Ref('TicketOffer'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => reply.code(201).send(toOffer(await tickets.createOffer(request.actor, request.body))),
  );

  app.get(
    '/municipalities/:kommunenummer/ticket-offers',
    {
      config: { permission: 'ticket.manage' },
      schema: {
        tags: ['tickets'],
        summary: "The municipality's ticket offers, with what is claimed and redeemed",
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('TicketOffer')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => (await tickets.listOffers(request.actor)).map(toOffer),
  );

  app.put(
    '/municipalities/:kommunenummer/ticket-offers/:offerId/quantity',
    {
      config: { permission: 'ticket.manage' },
      schema: {
        tags: ['tickets'],
        summary: 'Change how many tickets an offer has (never below what is claimed)',
        params: OfferParams,
        body: Type.Object(
          { quantity: Type.Integer({ minimum: 0, maximum: 100_000 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Ref('TicketOffer'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => toOffer(await tickets.setQuantity(request.actor, request.params.offerId, request.body.quantity)),
  );

  app.get(
    '/municipalities/:kommunenummer/ticket-statistics',
    {
      config: { permission: 'ticket.manage' },
      schema: {
        tags: ['tickets'],
        summary: 'Offered, claimed, redeemed and expired per offer, age group and neighbourhood',
        description: "Counts below the municipality's threshold (default 5) are null.",
        params: KommunenummerParams,
        response: {
          200: Type.Object({ threshold: Type.Integer(), rows: Type.Array(Type.Ref('TicketStatisticsRow')) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => tickets.statistics(request.actor),
  );

  app.post(
    '/municipalities/:kommunenummer/ticket-offers/:offerId/claims',
    {
      config: { permission: 'family.enrol' },
      schema: {
        tags: ['tickets'],
        summary: 'Claim a ticket for a child of the family (or the youth herself), first come first served',
        params: OfferParams,
        body: Type.Object({ childId: Uuid }, { additionalProperties: false }),
        response: { 201: Type.Ref('Ticket'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(toTicket(await tickets.claim(request.actor, request.params.offerId, request.body.childId))),
  );

  app.post(
    '/municipalities/:kommunenummer/ticket-offers/:offerId/allocations',
    {
      config: { permission: 'ticket.allocate' },
      schema: {
        tags: ['tickets'],
        summary: 'Allocate a ticket to a named child, with a reason; the answer carries a printed ticket’s token',
        params: OfferParams,
        body: Type.Object(
          { childId: Uuid, reason: Type.Enum([...PLACEMENT_REASONS]) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Intersect([Type.Ref('Ticket'), Type.Object({ printToken: Type.String() })]),
          ...errorResponses(401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const ticket = await tickets.allocate(request.actor, request.params.offerId, request.body);
      return reply.code(201).send({ ...toTicket(ticket), printToken: ticket.printToken });
    },
  );

  app.get(
    '/municipalities/:kommunenummer/people/:personId/tickets',
    {
      config: { permission: 'ticket.allocate' },
      schema: {
        tags: ['tickets'],
        summary: "A child's tickets, for a caseworker (the read is audited)",
        params: PersonParams,
        response: { 200: Type.Array(Type.Ref('Ticket')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => (await tickets.childTickets(request.actor, request.params.personId)).map(toTicket),
  );

  app.get(
    '/municipalities/:kommunenummer/claimable-tickets',
    {
      config: { permission: 'family.read' },
      schema: {
        tags: ['tickets'],
        summary: 'Ticket offers the family may claim from today, with the children who may',
        params: KommunenummerParams,
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              title: Type.String(),
              kind: Type.Enum([...TICKET_KINDS]),
              venueName: Type.String(),
              validFrom: IsoDate,
              validUntil: IsoDate,
              ticketsLeft: Type.Integer(),
              children: Type.Array(Type.Object({ childId: Type.String(), childName: Type.String() })),
            }),
          ),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => tickets.claimableOffers(request.actor),
  );

  app.get(
    '/municipalities/:kommunenummer/tickets',
    {
      config: { permission: 'family.read' },
      schema: {
        tags: ['tickets'],
        summary: "The family's tickets",
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('Ticket')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => (await tickets.familyTickets(request.actor)).map(toTicket),
  );

  app.get(
    '/municipalities/:kommunenummer/tickets/:ticketId/qr',
    {
      config: { permission: 'family.read' },
      schema: {
        tags: ['tickets'],
        summary: 'What the ticket’s QR code shows now: a token that changes every 30 seconds, and the short code',
        params: TicketParams,
        response: {
          200: Type.Object({
            token: Type.String(),
            code: Type.String(),
            refreshInSeconds: Type.Integer({ description: 'Ask again after this many seconds' }),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return tickets.qr(request.actor, request.params.ticketId);
    },
  );

  app.post(
    '/municipalities/:kommunenummer/tickets/:ticketId/return',
    {
      config: { permission: 'family.enrol' },
      schema: {
        tags: ['tickets'],
        summary: 'Give a ticket back: it returns to the pool',
        params: TicketParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await tickets.returnTicket(request.actor, request.params.ticketId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/municipalities/:kommunenummer/providers/:providerId/redemptions',
    {
      config: { permission: 'ticket.redeem' },
      schema: {
        tags: ['tickets'],
        summary: 'Redeem a scanned ticket token or a typed code at the venue (once)',
        description: 'Refused with a reason: already used (when, where), expired, not for this venue, or not a ticket.',
        params: VenueParams,
        body: Type.Object({ scanned: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({
            ticketId: Type.String(),
            title: Type.String(),
            kind: Type.Enum([...TICKET_KINDS]),
            redeemedAt: Type.String({ format: 'date-time' }),
          }),
          ...errorResponses(401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const r = await tickets.redeem(request.actor, request.params.providerId, request.body.scanned);
      return { ...r, redeemedAt: r.redeemedAt.toISOString() };
    },
  );
};
