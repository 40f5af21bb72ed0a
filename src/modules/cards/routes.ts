import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TRANSFER_REASONS } from '../../domain/ledger.ts';
import { PERIOD_KINDS } from '../../domain/period.ts';
import { PROVIDER_KINDS } from '../../domain/provider.ts';
import {
  ACTIVITY_KINDS,
  ELIGIBILITY_KINDS,
  FEE_KINDS,
  PLACEMENT_REASONS,
  RESIDENCE_RULES,
  SCHEME_LIMITS,
} from '../../domain/scheme.ts';
import { errorResponses } from '../../http/errors.ts';
import { IsoDate, KommunenummerParams, Nullable, OrNull, Paging, Uuid } from '../../http/schemas.ts';
import type { CardService, PeriodView, SchemeView } from './service.ts';

const Ore = (description: string, maximum: number) => Type.Integer({ minimum: 0, maximum, description });

const SchemeBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: SCHEME_LIMITS.nameLength }),
    description: Type.String({ maxLength: SCHEME_LIMITS.descriptionLength, default: '' }),
    eligibility: Type.Enum([...ELIGIBILITY_KINDS], {
      description: 'universal: every child meeting the age and residence rule; means_tested: children placed by staff',
    }),
    minAge: Type.Integer({ minimum: SCHEME_LIMITS.minAge, maximum: SCHEME_LIMITS.maxAge }),
    maxAge: Type.Integer({ minimum: SCHEME_LIMITS.minAge, maximum: SCHEME_LIMITS.maxAge }),
    residence: Type.Enum([...RESIDENCE_RULES]),
    periodKind: Type.Enum([...PERIOD_KINDS], { description: 'Half-years or calendar years, Europe/Oslo' }),
    amountOre: Type.Integer({
      minimum: 1,
      maximum: SCHEME_LIMITS.amountOre,
      description: 'Per child and period, in øre',
    }),
    activityKinds: Type.Array(Type.Enum([...ACTIVITY_KINDS]), { minItems: 1, maxItems: ACTIVITY_KINDS.length }),
    feeKinds: Type.Array(Type.Enum([...FEE_KINDS]), { minItems: 1, maxItems: FEE_KINDS.length }),
    providerKinds: Type.Array(Type.Enum([...PROVIDER_KINDS]), { minItems: 1, maxItems: PROVIDER_KINDS.length }),
    minSessions: OrNull(
      Type.Integer({
        minimum: 1,
        maximum: SCHEME_LIMITS.minSessions,
        description: 'An eligible activity meets at least this often in its season; null: no minimum',
      }),
    ),
    expiryMonths: Type.Integer({
      minimum: 0,
      maximum: SCHEME_LIMITS.expiryMonths,
      description: 'Unspent money expires this many months after the period ends',
    }),
    youthAge: Type.Integer({
      minimum: SCHEME_LIMITS.youthAgeFrom,
      maximum: SCHEME_LIMITS.youthAgeTo,
      description: 'From this age the youth sees and uses the card alone',
    }),
    budgetOre: Ore('Set aside per period, in øre', SCHEME_LIMITS.budgetOre),
    startsOn: IsoDate,
    endsOn: OrNull(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);

const Period = Type.Object(
  {
    periodStart: IsoDate,
    periodEnd: IsoDate,
    expiresOn: IsoDate,
    budgetOre: Type.Integer(),
    grantedOre: Type.Integer({ description: 'Granted in the period (net of expired money returned)' }),
    unspentOre: Type.Integer({ description: 'Still on the cards' }),
    spentOre: Type.Integer({ description: 'Paid from the cards' }),
    cards: Type.Integer(),
    opened: Type.Boolean({ description: 'A grant run has opened the period; population syncs then grant too' }),
  },
  { $id: 'SchemePeriod' },
);

const Scheme = Type.Object(
  {
    ...SchemeBody.properties,
    description: Type.String(),
    minSessions: Nullable(Type.Integer()),
    endsOn: Nullable(IsoDate),
    id: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    currentPeriod: Nullable(Type.Ref('SchemePeriod')),
  },
  { $id: 'Scheme' },
);

const SchemeDetail = Type.Object(
  { ...Scheme.properties, periods: Type.Array(Type.Ref('SchemePeriod')) },
  { $id: 'SchemeDetail' },
);

const GrantReport = Type.Object(
  {
    schemeId: Type.String(),
    periodStart: IsoDate,
    periodEnd: IsoDate,
    runOn: IsoDate,
    children: Type.Integer({ description: 'Children granted by this run' }),
    amountOre: Type.Integer({ description: 'Granted by this run' }),
    periodGrantedOre: Type.Integer({ description: 'Granted in the period so far' }),
    budgetOre: Type.Integer(),
    overBudgetOre: Type.Integer({ description: 'How far the period is over its budget (0 within it)' }),
  },
  { $id: 'GrantReport' },
);

const GrantRun = Type.Object(
  {
    id: Type.String(),
    periodStart: IsoDate,
    runOn: IsoDate,
    startedBy: Type.String(),
    startedAt: Type.String({ format: 'date-time' }),
    children: Type.Integer(),
    amountOre: Type.Integer(),
  },
  { $id: 'GrantRun' },
);

const Placement = Type.Object(
  {
    id: Type.String(),
    person: Nullable(
      Type.Object({ id: Type.String(), name: Type.String(), birthDate: IsoDate }, { description: 'Null: protected' }),
    ),
    reason: Type.Enum([...PLACEMENT_REASONS]),
    note: Type.String({ description: 'Empty when the person is null (protected)' }),
    placedBy: Type.String(),
    placedAt: Type.String({ format: 'date-time' }),
    endedAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'Placement' },
);

const WalletHolder = Type.Object(
  {
    personId: Type.String(),
    name: Type.String(),
    birthDate: IsoDate,
    relation: Type.Enum(['self', 'child']),
    actsAlone: Type.Boolean({ description: "The scheme's youth age is reached: the youth uses the card alone too" }),
    cards: Type.Array(
      Type.Object({
        accountId: Type.String(),
        schemeId: Type.String(),
        schemeName: Type.String(),
        periodStart: IsoDate,
        periodEnd: IsoDate,
        expiresOn: IsoDate,
        expired: Type.Boolean(),
        balanceOre: Type.Integer(),
        transactions: Type.Array(
          Type.Object({
            id: Type.Integer(),
            at: Type.String({ format: 'date-time' }),
            reason: Type.Enum([...TRANSFER_REASONS]),
            amountOre: Type.Integer({ description: 'Into the card (positive) or out of it (negative)' }),
            activityId: Nullable(Type.String()),
            activityTitle: Nullable(Type.String()),
          }),
        ),
      }),
    ),
  },
  { $id: 'WalletHolder' },
);

export const cardSchemas = [Period, Scheme, SchemeDetail, GrantReport, GrantRun, Placement, WalletHolder];

const SchemeParams = Type.Object({ kommunenummer: KommunenummerParams.properties.kommunenummer, schemeId: Uuid });
const PlacementParams = Type.Object({ ...SchemeParams.properties, placementId: Uuid });

function toPeriod(p: PeriodView) {
  return {
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    expiresOn: p.expiresOn,
    budgetOre: p.budgetOre,
    grantedOre: p.grantedOre,
    unspentOre: p.unspentOre,
    spentOre: p.spentOre,
    cards: p.cards,
    opened: p.opened,
  };
}

function toScheme(s: SchemeView) {
  return {
    id: s.id,
    name: s.name,
    description: s.description,
    eligibility: s.eligibility,
    minAge: s.minAge,
    maxAge: s.maxAge,
    residence: s.residence,
    periodKind: s.periodKind,
    amountOre: s.amountOre,
    activityKinds: [...s.activityKinds],
    feeKinds: [...s.feeKinds],
    providerKinds: [...s.providerKinds],
    minSessions: s.minSessions,
    expiryMonths: s.expiryMonths,
    youthAge: s.youthAge,
    budgetOre: s.budgetOre,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    currentPeriod: s.currentPeriod ? toPeriod(s.currentPeriod) : null,
  };
}

export interface CardRouteOptions {
  cards: CardService;
}

/** Schemes and grant runs (municipality), placements (caseworker), and the family's wallet. */
export const cardRoutes: FastifyPluginAsyncTypebox<CardRouteOptions> = async (app, { cards }) => {
  app.get(
    '/municipalities/:kommunenummer/schemes',
    {
      config: { permission: 'scheme.read' },
      schema: {
        tags: ['cards'],
        summary: "The municipality's schemes, each with its current period's money against the budget",
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('Scheme')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => (await cards.listSchemes(request.actor)).map(toScheme),
  );

  app.post(
    '/municipalities/:kommunenummer/schemes',
    {
      config: { permission: 'scheme.manage' },
      schema: {
        tags: ['cards'],
        summary: 'Set up a scheme',
        params: KommunenummerParams,
        body: SchemeBody,
        response: { 201: Type.Ref('Scheme'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      if (!request.tenant) throw new Error('route without a municipality');
      const scheme = await cards.createScheme(request.actor, request.tenant.id, request.body);
      return reply.code(201).send(toScheme(scheme));
    },
  );

  app.get(
    '/municipalities/:kommunenummer/schemes/:schemeId',
    {
      config: { permission: 'scheme.read' },
      schema: {
        tags: ['cards'],
        summary: 'A scheme with the money of every period it has granted in',
        params: SchemeParams,
        response: { 200: Type.Ref('SchemeDetail'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const scheme = await cards.getScheme(request.actor, request.params.schemeId);
      return { ...toScheme(scheme), periods: scheme.periods.map(toPeriod) };
    },
  );

  app.put(
    '/municipalities/:kommunenummer/schemes/:schemeId',
    {
      config: { permission: 'scheme.manage' },
      schema: {
        tags: ['cards'],
        summary: "Change a scheme's rules (they apply from now on)",
        params: SchemeParams,
        body: SchemeBody,
        response: { 200: Type.Ref('Scheme'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => toScheme(await cards.updateScheme(request.actor, request.params.schemeId, request.body)),
  );

  app.post(
    '/municipalities/:kommunenummer/schemes/:schemeId/grant-runs',
    {
      config: { permission: 'grants.run' },
      schema: {
        tags: ['cards'],
        summary: "Grant the current period's amount to every eligible child who has not had it",
        description:
          'One set-based run over the population. Idempotent: each child is granted once per scheme and period, ' +
          'so a repeated run grants only children who became eligible since.',
        params: SchemeParams,
        response: { 200: Type.Ref('GrantReport'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      if (!request.tenant) throw new Error('route without a municipality');
      return cards.runGrants(request.actor, request.tenant.id, request.params.schemeId);
    },
  );

  app.get(
    '/municipalities/:kommunenummer/schemes/:schemeId/grant-runs',
    {
      config: { permission: 'scheme.read' },
      schema: {
        tags: ['cards'],
        summary: "A scheme's latest grant runs",
        params: SchemeParams,
        response: { 200: Type.Array(Type.Ref('GrantRun')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      (await cards.grantRuns(request.actor, request.params.schemeId)).map((r) => ({
        id: r.id,
        periodStart: r.periodStart,
        runOn: r.runOn,
        startedBy: r.startedBy,
        startedAt: r.startedAt.toISOString(),
        children: r.children,
        amountOre: Number(r.amountOre),
      })),
  );

  app.get(
    '/municipalities/:kommunenummer/schemes/:schemeId/placements',
    {
      config: { permission: 'scheme.place' },
      schema: {
        tags: ['cards'],
        summary: 'Children placed in a means-tested scheme (each child shown is audited)',
        params: SchemeParams,
        querystring: Type.Object(
          { ...Paging.properties, open: Type.Boolean({ default: true, description: 'Only placements not ended' }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(Type.Ref('Placement')) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const page = await cards.listPlacements(request.actor, request.params.schemeId, request.query);
      return {
        total: page.total,
        items: page.items.map((p) => ({
          ...p,
          placedAt: p.placedAt.toISOString(),
          endedAt: p.endedAt ? p.endedAt.toISOString() : null,
        })),
      };
    },
  );

  app.post(
    '/municipalities/:kommunenummer/schemes/:schemeId/placements',
    {
      config: { permission: 'scheme.place' },
      schema: {
        tags: ['cards'],
        summary: "Place a named child in a means-tested scheme, with a reason; the current period's amount is granted",
        params: SchemeParams,
        body: Type.Object(
          {
            personId: Uuid,
            reason: Type.Enum([...PLACEMENT_REASONS]),
            note: Type.String({ maxLength: SCHEME_LIMITS.placementNoteLength, default: '' }),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ placement: Type.Ref('Placement'), grantedOre: Type.Integer() }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const { grantedOre, ...placement } = await cards.placeChild(request.actor, request.params.schemeId, request.body);
      return reply.code(201).send({
        placement: { ...placement, placedAt: placement.placedAt.toISOString(), endedAt: null },
        grantedOre,
      });
    },
  );

  app.post(
    '/municipalities/:kommunenummer/schemes/:schemeId/placements/:placementId/end',
    {
      config: { permission: 'scheme.place' },
      schema: {
        tags: ['cards'],
        summary: 'End a placement: no grants in later periods; money on the card stays until it expires',
        params: PlacementParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await cards.endPlacement(request.actor, request.params.schemeId, request.params.placementId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/municipalities/:kommunenummer/cards',
    {
      config: { permission: 'family.read' },
      schema: {
        tags: ['cards'],
        summary: "The family's leisure cards: balance per scheme and period, expiry and every transaction",
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('WalletHolder')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      (await cards.wallet(request.actor)).map((h) => ({
        ...h,
        cards: h.cards.map((c) => ({
          ...c,
          transactions: c.transactions.map((t) => ({ ...t, at: t.at.toISOString() })),
        })),
      })),
  );
};
