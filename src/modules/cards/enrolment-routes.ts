import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ENROLMENT_STATUSES } from '../../domain/enrolment.ts';
import { errorResponses } from '../../http/errors.ts';
import { IsoDate, KommunenummerParams, Nullable, Uuid } from '../../http/schemas.ts';
import type { EnrolmentService, EnrolmentView } from './enrolment-service.ts';

const Enrolment = Type.Object(
  {
    id: Type.String(),
    activityId: Type.String(),
    activityTitle: Type.String(),
    activityTextLanguage: Type.Enum(['nb', 'nn'], { description: 'The language of the activity’s texts' }),
    seasonStart: IsoDate,
    childId: Type.String(),
    childName: Type.String(),
    status: Type.Enum([...ENROLMENT_STATUSES]),
    feeOre: Type.Integer(),
    cardOre: Type.Integer({ description: 'Paid by the card' }),
    restOre: Type.Integer({ description: 'Paid by the family through Vipps MobilePay' }),
    paymentUrl: Nullable(Type.String({ description: 'Where to pay the family’s part while the payment waits' })),
    queuePosition: Nullable(Type.Integer({ description: 'Place in the waiting list (1 = next)' })),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Enrolment' },
);

const Participant = Type.Object(
  {
    enrolmentId: Type.String(),
    childName: Type.String(),
    birthYear: Type.Integer(),
    status: Type.Enum(['paid', 'awaiting_payment', 'offered', 'waiting'], {
      description: 'paid: the place is paid; how it was paid is never shown to the provider',
    }),
    enrolledAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Participant' },
);

export const enrolmentSchemas = [Enrolment, Participant];

const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({
    pattern: '^[A-Za-z0-9._:-]{8,100}$',
    description: 'Chosen by the client, new for each enrolment: the same key enrols and pays once',
  }),
});
const EnrolmentParams = Type.Object({ kommunenummer: KommunenummerParams.properties.kommunenummer, enrolmentId: Uuid });
const ParticipantParams = Type.Object({
  kommunenummer: KommunenummerParams.properties.kommunenummer,
  providerId: Uuid,
  activityId: Uuid,
});

function toEnrolment(e: EnrolmentView) {
  return { ...e, createdAt: e.createdAt.toISOString() };
}

export interface EnrolmentRouteOptions {
  enrolments: EnrolmentService;
}

/** Enrolment and its payment (family), and the participant list (provider). */
export const enrolmentRoutes: FastifyPluginAsyncTypebox<EnrolmentRouteOptions> = async (app, { enrolments }) => {
  app.post(
    '/municipalities/:kommunenummer/enrolments',
    {
      config: { permission: 'family.enrol' },
      schema: {
        tags: ['cards'],
        summary: 'Enrol a child of the family in an activity and pay in the same step',
        description:
          'The card pays what its scheme covers and its balance holds; any rest is paid through Vipps MobilePay ' +
          '(follow paymentUrl). A full activity with a waiting list puts the child in the queue.',
        params: KommunenummerParams,
        headers: IdempotencyHeaders,
        body: Type.Object({ activityId: Uuid, childId: Uuid }, { additionalProperties: false }),
        response: { 201: Type.Ref('Enrolment'), ...errorResponses(400, 401, 403, 404, 409, 422, 503) },
      },
    },
    async (request, reply) => {
      const enrolment = await enrolments.enrol(request.actor, {
        ...request.body,
        idempotencyKey: request.headers['idempotency-key'],
      });
      return reply.code(201).send(toEnrolment(enrolment));
    },
  );

  app.get(
    '/municipalities/:kommunenummer/enrolments',
    {
      config: { permission: 'family.read' },
      schema: {
        tags: ['cards'],
        summary: "The family's enrolments, with what the card and the family paid",
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('Enrolment')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => (await enrolments.familyEnrolments(request.actor)).map(toEnrolment),
  );

  app.post(
    '/municipalities/:kommunenummer/enrolments/:enrolmentId/refresh',
    {
      config: { permission: 'family.enrol' },
      schema: {
        tags: ['cards'],
        summary: 'After paying in Vipps MobilePay: the payment’s outcome, settled now when it is known',
        params: EnrolmentParams,
        response: { 200: Type.Ref('Enrolment'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => toEnrolment(await enrolments.refresh(request.actor, request.params.enrolmentId)),
  );

  app.post(
    '/municipalities/:kommunenummer/enrolments/:enrolmentId/pay',
    {
      config: { permission: 'family.enrol' },
      schema: {
        tags: ['cards'],
        summary: 'Take a place offered from the waiting list, paying as at enrolment',
        params: EnrolmentParams,
        response: { 200: Type.Ref('Enrolment'), ...errorResponses(401, 403, 404, 409, 503) },
      },
    },
    async (request) => toEnrolment(await enrolments.payOffered(request.actor, request.params.enrolmentId)),
  );

  app.post(
    '/municipalities/:kommunenummer/enrolments/:enrolmentId/cancel',
    {
      config: { permission: 'family.enrol' },
      schema: {
        tags: ['cards'],
        summary: 'Cancel an enrolment; a paid place is refunded under the provider’s rule',
        params: EnrolmentParams,
        response: { 200: Type.Ref('Enrolment'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => toEnrolment(await enrolments.cancel(request.actor, request.params.enrolmentId)),
  );

  app.get(
    '/municipalities/:kommunenummer/providers/:providerId/activities/:activityId/participants',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['cards'],
        summary: "The children in one of the provider's activities: paid or not, never how",
        params: ParticipantParams,
        response: { 200: Type.Array(Type.Ref('Participant')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      (await enrolments.participants(request.actor, request.params.providerId, request.params.activityId)).map((p) => ({
        ...p,
        enrolledAt: p.enrolledAt.toISOString(),
      })),
  );
};
