import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  CORRECTION_KINDS,
  CORRECTION_LIMITS,
  CORRECTION_STATUSES,
  type CorrectionKind,
} from '../../domain/correction.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { errorResponses } from '../../http/errors.ts';
import { IsoDate, KommunenummerParams, Nullable, Paging, Uuid } from '../../http/schemas.ts';
import type { CorrectionInput, CorrectionService, CorrectionView } from './correction-service.ts';

const CorrectionBody = Type.Object(
  {
    kind: Type.Enum([...CORRECTION_KINDS], {
      description:
        'reverse_payment: a card’s payment back to the card; recredit_card: expired money back to the card; ' +
        'extend_expiry: a later expiry date for a period or one child; move_payment: a payment to another provider',
    }),
    reason: Type.String({ minLength: 1, maxLength: CORRECTION_LIMITS.reasonLength }),
    transferId: Type.Optional(
      Type.Integer({ minimum: 1, description: 'The transfer corrected (not for extend_expiry)' }),
    ),
    amountOre: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 1_000_000_000_000, description: 'At most what is left of the transfer' }),
    ),
    providerId: Type.Optional(Uuid),
    schemeId: Type.Optional(Uuid),
    periodStart: Type.Optional(IsoDate),
    personId: Type.Optional(Type.Union([Uuid, Type.Null()], { description: 'Null or left out: the whole period' })),
    expiresOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

const Correction = Type.Object(
  {
    id: Type.String(),
    kind: Type.Enum([...CORRECTION_KINDS]),
    reason: Type.String(),
    status: Type.Enum([...CORRECTION_STATUSES]),
    transferId: Nullable(Type.Integer()),
    amountOre: Nullable(Type.Integer()),
    providerId: Nullable(Type.String()),
    schemeId: Nullable(Type.String()),
    periodStart: Nullable(IsoDate),
    personId: Nullable(Type.String()),
    expiresOn: Nullable(IsoDate),
    preparedByName: Type.String(),
    preparedAt: Type.String({ format: 'date-time' }),
    approvedByName: Nullable(Type.String()),
    approvedAt: Nullable(Type.String({ format: 'date-time' })),
    transferIds: Type.Array(Type.Integer(), { description: 'The transfers the approval made' }),
  },
  { $id: 'Correction' },
);

export const correctionSchemas = [Correction];

const CorrectionParams = Type.Object({
  kommunenummer: KommunenummerParams.properties.kommunenummer,
  correctionId: Uuid,
});

type Body = {
  kind: CorrectionKind;
  reason: string;
  transferId?: number;
  amountOre?: number;
  providerId?: string;
  schemeId?: string;
  periodStart?: string;
  personId?: string | null;
  expiresOn?: string;
};

/** The fields each kind needs, from the one body shape. */
function inputOf(body: Body): CorrectionInput {
  const missing = (names: (keyof Body)[]): FieldError[] =>
    names.filter((n) => body[n] === undefined).map((n) => ({ field: `body/${n}`, rule: 'required' }));
  const fail = (fields: FieldError[]) => {
    if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
  };
  const { kind, reason } = body;
  if (kind === 'extend_expiry') {
    fail(missing(['schemeId', 'periodStart', 'expiresOn']));
    return {
      kind,
      reason,
      schemeId: body.schemeId ?? '',
      periodStart: body.periodStart ?? '',
      personId: body.personId ?? null,
      expiresOn: body.expiresOn ?? '',
    };
  }
  fail(missing(kind === 'move_payment' ? ['transferId', 'amountOre', 'providerId'] : ['transferId', 'amountOre']));
  const transferId = body.transferId ?? 0;
  const amountOre = body.amountOre ?? 0;
  if (kind === 'move_payment') return { kind, reason, transferId, amountOre, providerId: body.providerId ?? '' };
  return { kind, reason, transferId, amountOre };
}

function toCorrection(c: CorrectionView) {
  return {
    id: c.id,
    kind: c.kind,
    reason: c.reason,
    status: c.status,
    transferId: c.transferId === null ? null : Number(c.transferId),
    amountOre: c.amountOre === null ? null : Number(c.amountOre),
    providerId: c.providerId,
    schemeId: c.schemeId,
    periodStart: c.periodStart,
    personId: c.personId,
    expiresOn: c.expiresOn,
    preparedByName: c.preparedByName,
    preparedAt: c.preparedAt.toISOString(),
    approvedByName: c.approvedByName,
    approvedAt: c.approvedAt ? c.approvedAt.toISOString() : null,
    transferIds: c.transferIds,
  };
}

export interface CorrectionRouteOptions {
  corrections: CorrectionService;
}

/** Corrections of the ledger: prepared by one administrator, approved by a second. */
export const correctionRoutes: FastifyPluginAsyncTypebox<CorrectionRouteOptions> = async (app, { corrections }) => {
  app.get(
    '/municipalities/:kommunenummer/corrections',
    {
      config: { permission: 'ledger.correct' },
      schema: {
        tags: ['cards'],
        summary: 'Corrections of the ledger, newest first',
        params: KommunenummerParams,
        querystring: Type.Object(
          { ...Paging.properties, status: Type.Optional(Type.Enum([...CORRECTION_STATUSES])) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(Type.Ref('Correction')) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const { status, limit, offset } = request.query;
      const page = await corrections.list(request.actor, { ...(status ? { status } : {}), limit, offset });
      return { total: page.total, items: page.items.map(toCorrection) };
    },
  );

  app.post(
    '/municipalities/:kommunenummer/corrections',
    {
      config: { permission: 'ledger.correct' },
      schema: {
        tags: ['cards'],
        summary: 'Prepare a correction, with a reason; a second administrator must approve it',
        params: KommunenummerParams,
        body: CorrectionBody,
        response: { 201: Type.Ref('Correction'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      if (!request.tenant) throw new Error('route without a municipality');
      const correction = await corrections.prepare(request.actor, request.tenant, inputOf(request.body));
      return reply.code(201).send(toCorrection(correction));
    },
  );

  app.get(
    '/municipalities/:kommunenummer/corrections/:correctionId',
    {
      config: { permission: 'ledger.correct' },
      schema: {
        tags: ['cards'],
        summary: 'A correction',
        params: CorrectionParams,
        response: { 200: Type.Ref('Correction'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => toCorrection(await corrections.get(request.actor, request.params.correctionId)),
  );

  app.post(
    '/municipalities/:kommunenummer/corrections/:correctionId/approve',
    {
      config: { permission: 'ledger.correct' },
      schema: {
        tags: ['cards'],
        summary: 'Approve and carry out a correction another administrator prepared',
        description:
          'Checked again against the ledger as it is now, then carried out in one transaction: a reversing or a ' +
          'new transfer, or an expiry extension. The administrator who prepared it cannot approve it (403); an ' +
          'approved correction cannot be approved again (409).',
        params: CorrectionParams,
        response: { 200: Type.Ref('Correction'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      if (!request.tenant) throw new Error('route without a municipality');
      return toCorrection(await corrections.approve(request.actor, request.tenant, request.params.correctionId));
    },
  );
};
