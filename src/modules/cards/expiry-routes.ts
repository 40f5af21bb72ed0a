import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../http/errors.ts';
import { IsoDate, KommunenummerParams } from '../../http/schemas.ts';
import type { ExpiryService } from './expiry-service.ts';

const ExpiryReport = Type.Object(
  {
    runId: Type.String(),
    runOn: IsoDate,
    cards: Type.Integer({ description: 'Cards whose unspent money went back to the budget' }),
    amountOre: Type.Integer({ description: 'How much went back, in øre' }),
    heldCards: Type.Integer({
      description: 'Cards left for a later run: a payment holding their money is in progress',
    }),
    lines: Type.Array(
      Type.Object({
        schemeId: Type.String(),
        schemeName: Type.String(),
        periodStart: IsoDate,
        periodEnd: IsoDate,
        expiresOn: IsoDate,
        cards: Type.Integer(),
        amountOre: Type.Integer(),
        heldCards: Type.Integer(),
      }),
    ),
  },
  { $id: 'ExpiryReport' },
);

const ExpiryRunLine = Type.Object(
  {
    id: Type.String(),
    runId: Type.String(),
    schemeId: Type.String(),
    periodStart: IsoDate,
    runOn: IsoDate,
    startedBy: Type.String(),
    startedAt: Type.String({ format: 'date-time' }),
    cards: Type.Integer(),
    amountOre: Type.Integer(),
    heldCards: Type.Integer(),
  },
  { $id: 'ExpiryRunLine' },
);

export const expirySchemas = [ExpiryReport, ExpiryRunLine];

export interface ExpiryRouteOptions {
  expiry: ExpiryService;
}

/** Expiry runs: unspent card money back to the schemes' budgets once the expiry date has passed. */
export const expiryRoutes: FastifyPluginAsyncTypebox<ExpiryRouteOptions> = async (app, { expiry }) => {
  app.post(
    '/municipalities/:kommunenummer/expiry-runs',
    {
      config: { permission: 'expiry.run' },
      schema: {
        tags: ['cards'],
        summary: 'Return the unspent money of every card whose expiry date has passed to its scheme’s budget',
        description:
          'One set-based run over every scheme and period of the municipality, reported per scheme and period. ' +
          'Idempotent: each card expires once (key `expiry:<card>`), so a second run moves nothing. Cards extended ' +
          'for their child are left alone until their new date; cards holding money for a payment in progress are ' +
          'left for a later run.',
        params: KommunenummerParams,
        response: { 200: Type.Ref('ExpiryReport'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      if (!request.tenant) throw new Error('route without a municipality');
      return expiry.run(request.actor, request.tenant.id);
    },
  );

  app.get(
    '/municipalities/:kommunenummer/expiry-runs',
    {
      config: { permission: 'scheme.read' },
      schema: {
        tags: ['cards'],
        summary: 'The latest expiry runs, per scheme and period, newest first',
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('ExpiryRunLine')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      (await expiry.runs(request.actor)).map((r) => ({
        ...r,
        startedAt: r.startedAt.toISOString(),
        amountOre: Number(r.amountOre),
      })),
  );
};
