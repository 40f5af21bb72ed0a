import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { FAMILY_REQUEST_STATUSES, PROVIDER_REQUEST_STATUSES } from '../../domain/payment-request.ts';
import { FEE_KINDS } from '../../domain/scheme.ts';
import { errorResponses } from '../../http/errors.ts';
import { IsoDate, KommunenummerParams, Nullable, Uuid } from '../../http/schemas.ts';
import type { FamilyRequestView, PaymentRequestService, ProviderRequestView } from './payment-request-service.ts';

const ProviderPaymentRequest = Type.Object(
  {
    id: Type.String(),
    activityId: Type.String(),
    enrolmentId: Type.String(),
    childName: Type.String(),
    birthYear: Type.Integer(),
    feeKind: Type.Enum([...FEE_KINDS]),
    description: Type.String(),
    amountOre: Type.Integer(),
    dueDate: IsoDate,
    invoiceNumber: Nullable(Type.String()),
    kid: Nullable(Type.String()),
    status: Type.Enum([...PROVIDER_REQUEST_STATUSES], {
      description: 'overdue: open past its due date (Europe/Oslo); how a paid request was paid is never shown',
    }),
    createdAt: Type.String({ format: 'date-time' }),
    paidAt: Nullable(Type.String({ format: 'date-time' })),
    withdrawnAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { $id: 'ProviderPaymentRequest' },
);

const FamilyPaymentRequest = Type.Object(
  {
    id: Type.String(),
    activityId: Type.String(),
    activityTitle: Type.String(),
    activityTextLanguage: Type.Enum(['nb', 'nn'], { description: 'The language of the activity’s texts' }),
    providerName: Type.String(),
    childId: Type.String(),
    childName: Type.String(),
    feeKind: Type.Enum([...FEE_KINDS]),
    description: Type.String({ description: 'Written by the provider, in the activity’s language' }),
    amountOre: Type.Integer(),
    dueDate: IsoDate,
    invoiceNumber: Nullable(Type.String()),
    kid: Nullable(Type.String()),
    status: Type.Enum([...FAMILY_REQUEST_STATUSES], {
      description: 'paying: the family’s part waits in Vipps MobilePay; overdue: open past its due date',
    }),
    cardOre: Type.Integer({ description: 'Paid by the card' }),
    restOre: Type.Integer({ description: 'Paid by the family through Vipps MobilePay' }),
    paymentUrl: Nullable(Type.String({ description: 'Where to pay the family’s part while the payment waits' })),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'FamilyPaymentRequest' },
);

export const paymentRequestSchemas = [ProviderPaymentRequest, FamilyPaymentRequest];

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({
    pattern: '^[A-Za-z0-9._:-]{8,100}$',
    description: 'Chosen by the client, new for each sending: the same key sends once',
  }),
});
const ActivityParams = Type.Object({
  kommunenummer: KommunenummerParams.properties.kommunenummer,
  providerId: Uuid,
  activityId: Uuid,
});
const ProviderRequestParams = Type.Object({
  kommunenummer: KommunenummerParams.properties.kommunenummer,
  providerId: Uuid,
  requestId: Uuid,
});
const FamilyRequestParams = Type.Object({
  kommunenummer: KommunenummerParams.properties.kommunenummer,
  requestId: Uuid,
});

const SendBody = Type.Object(
  {
    feeKind: Type.Enum([...FEE_KINDS], { description: 'What the fee is for; decides what a card’s scheme may pay' }),
    amountOre: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
    dueDate: IsoDate,
    description: Type.Optional(Type.String({ maxLength: 200 })),
    invoiceNumber: Type.Optional(Type.String({ maxLength: 40, description: 'The provider’s own invoice number' })),
    kid: Type.Optional(
      Type.String({ maxLength: 40, description: 'A KID (MOD10 or MOD11); not with an invoice number' }),
    ),
    enrolmentIds: Type.Optional(
      Type.Array(Uuid, {
        minItems: 1,
        maxItems: 1000,
        description: 'The enrolled children to ask; left out: every child enrolled in the activity',
      }),
    ),
  },
  { additionalProperties: false },
);

function toProvider(r: ProviderRequestView) {
  return {
    ...r,
    createdAt: r.createdAt.toISOString(),
    paidAt: r.paidAt?.toISOString() ?? null,
    withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
  };
}

function toFamily(r: FamilyRequestView) {
  return { ...r, createdAt: r.createdAt.toISOString() };
}

export interface PaymentRequestRouteOptions {
  requests: PaymentRequestService;
}

/** Payment requests: sent and withdrawn by providers, paid by families. */
export const paymentRequestRoutes: FastifyPluginAsyncTypebox<PaymentRequestRouteOptions> = async (
  app,
  { requests },
) => {
  app.post(
    '/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/payment-requests',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['cards'],
        summary: 'Ask the families of enrolled children for a fee: some children, or every child in the activity',
        description:
          'One request per enrolled child, in one step. The family pays it with the card and any rest through ' +
          'Vipps MobilePay. The same Idempotency-Key sends once.',
        params: ActivityParams,
        headers: IdempotencyHeaders,
        body: SendBody,
        response: {
          201: Type.Array(Type.Ref('ProviderPaymentRequest')),
          ...errorResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (request, reply) => {
      const sent = await requests.send(request.actor, request.params.providerId, request.params.activityId, {
        ...request.body,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.code(201).send(sent.map(toProvider));
    },
  );

  app.get(
    '/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/payment-requests',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['cards'],
        summary: 'The payment requests of one of the provider’s activities: open, overdue, paid or withdrawn',
        params: ActivityParams,
        response: { 200: Type.Array(Type.Ref('ProviderPaymentRequest')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      (await requests.ofActivity(request.actor, request.params.providerId, request.params.activityId)).map(toProvider),
  );

  app.post(
    '/municipalities/:kommunenummer/providers/:providerId/payment-requests/:requestId/withdraw',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['cards'],
        summary: 'Withdraw an open payment request',
        params: ProviderRequestParams,
        response: { 200: Type.Ref('ProviderPaymentRequest'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      toProvider(await requests.withdraw(request.actor, request.params.providerId, request.params.requestId)),
  );

  app.get(
    '/municipalities/:kommunenummer/payment-requests',
    {
      config: { permission: 'family.read' },
      schema: {
        tags: ['cards'],
        summary: 'The payment requests to the family’s children',
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('FamilyPaymentRequest')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => (await requests.familyRequests(request.actor)).map(toFamily),
  );

  app.post(
    '/municipalities/:kommunenummer/payment-requests/:requestId/pay',
    {
      config: { permission: 'family.enrol' },
      schema: {
        tags: ['cards'],
        summary: 'Pay a payment request: the card what its scheme covers, the rest through Vipps MobilePay',
        params: FamilyRequestParams,
        response: { 200: Type.Ref('FamilyPaymentRequest'), ...errorResponses(401, 403, 404, 409, 503) },
      },
    },
    async (request) => toFamily(await requests.pay(request.actor, request.params.requestId)),
  );

  app.post(
    '/municipalities/:kommunenummer/payment-requests/:requestId/refresh',
    {
      config: { permission: 'family.enrol' },
      schema: {
        tags: ['cards'],
        summary: 'After paying in Vipps MobilePay: the request, its payment settled now when the outcome is known',
        params: FamilyRequestParams,
        response: { 200: Type.Ref('FamilyPaymentRequest'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => toFamily(await requests.refresh(request.actor, request.params.requestId)),
  );
};
