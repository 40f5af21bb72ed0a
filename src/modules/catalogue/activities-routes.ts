import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  ACTIVITY_CATEGORY_CODES,
  LIMITS,
  SPOKEN_LANGUAGES,
  TEXT_LANGUAGES,
  TRANSLATION_LANGUAGES,
} from '../../domain/activity.ts';
import { REFUND_POLICIES } from '../../domain/enrolment.ts';
import { FEE_KINDS } from '../../domain/scheme.ts';
import { errorResponses } from '../../http/errors.ts';
import { IsoDate, Nullable, OrNull, Paging } from '../../http/schemas.ts';
import type { ActivityService } from './activities-service.ts';

/** Response fields that may be null. */

const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';

export const ProviderParams = Type.Object({
  kommunenummer: Type.String({ pattern: '^[0-9]{4}$', description: 'Four-digit kommunenummer' }),
  providerId: Type.String({ description: 'The provider, administered by the signed-in person' }),
});

export const ActivityParams = Type.Object({
  ...ProviderParams.properties,
  activityId: Type.String(),
});

const TranslationParams = Type.Object({
  ...ActivityParams.properties,
  language: Type.Enum([...TRANSLATION_LANGUAGES]),
});

const ScheduleEntrySchema = Type.Object(
  {
    weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 Monday … 7 Sunday' }),
    start: Type.String({ pattern: TIME_PATTERN, examples: ['17:30'] }),
    end: Type.String({ pattern: TIME_PATTERN, examples: ['19:00'] }),
  },
  { additionalProperties: false },
);

const FeeLineSchema = Type.Object(
  {
    kind: Type.Enum([...FEE_KINDS], { description: 'What the fee is for; at most one line per kind' }),
    amountOre: Type.Integer({ minimum: 1, maximum: LIMITS.priceOre, description: 'Amount in øre' }),
  },
  { additionalProperties: false },
);

/** The editable fields; optional ones left out are stored empty (PUT replaces every field). */
const ActivityBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: LIMITS.titleLength }),
    description: Type.Optional(Type.String({ maxLength: LIMITS.descriptionLength })),
    category: Type.Enum([...ACTIVITY_CATEGORY_CODES]),
    minAge: Type.Integer({ minimum: LIMITS.minAge, maximum: LIMITS.maxAge }),
    maxAge: Type.Integer({ minimum: LIMITS.minAge, maximum: LIMITS.maxAge }),
    targetGroup: Type.Optional(OrNull(Type.String({ maxLength: LIMITS.targetGroupLength }))),
    seasonStart: IsoDate,
    seasonEnd: IsoDate,
    schedule: Type.Optional(Type.Array(ScheduleEntrySchema, { maxItems: LIMITS.scheduleEntries })),
    sessionCount: Type.Optional(OrNull(Type.Integer({ minimum: 0, maximum: LIMITS.sessionCount }))),
    priceOre: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: LIMITS.priceOre,
        description:
          'Price in øre (1 krone = 100 øre); 0 is free. With fee lines the price is their sum: leave it out, or send the sum',
      }),
    ),
    fees: Type.Optional(
      Type.Array(FeeLineSchema, {
        maxItems: FEE_KINDS.length,
        description: 'What the price is made of, one line per kind; none: the price is one participation fee',
      }),
    ),
    capacity: Type.Optional(
      OrNull(
        Type.Integer({
          minimum: 1,
          maximum: LIMITS.capacity,
          description: 'Places; null or left out is unlimited. May not be lowered below the places taken',
        }),
      ),
    ),
    waitingList: Type.Optional(
      Type.Boolean({ description: 'Keep a waiting list when the places are taken (needs a capacity)' }),
    ),
    refundPolicy: Type.Optional(
      Type.Enum([...REFUND_POLICIES], {
        description: 'until_season_start (default): a cancellation before the season starts is refunded; none: never',
      }),
    ),
    priceIncludes: Type.Optional(OrNull(Type.String({ maxLength: LIMITS.priceIncludesLength }))),
    streetAddress: Type.Optional(OrNull(Type.String({ maxLength: LIMITS.streetAddressLength }))),
    postalCode: Type.Optional(
      OrNull(Type.String({ pattern: '^[0-9]{4}$', description: 'Must exist in the postal code register' })),
    ),
    latitude: Type.Optional(OrNull(Type.Number())),
    longitude: Type.Optional(OrNull(Type.Number())),
    neighbourhoodId: Type.Optional(OrNull(Type.String({ format: 'uuid' }))),
    languages: Type.Optional(
      Type.Array(Type.Enum([...SPOKEN_LANGUAGES]), {
        maxItems: LIMITS.languages,
        description: 'Languages spoken at the activity (ISO 639-1)',
      }),
    ),
    adapted: Type.Optional(Type.Boolean({ description: 'Specially adapted (tilrettelagt)' })),
    freeTrial: Type.Optional(Type.Boolean({ description: 'Offers a free trial (prøvesmak)' })),
    contactName: Type.Optional(OrNull(Type.String({ maxLength: LIMITS.contactNameLength }))),
    contactEmail: Type.Optional(OrNull(Type.String({ maxLength: LIMITS.contactEmailLength }))),
    contactPhone: Type.Optional(OrNull(Type.String({ maxLength: 30 }))),
    textLanguage: Type.Optional(Type.Enum([...TEXT_LANGUAGES], { description: 'Written standard of the texts' })),
  },
  { additionalProperties: false },
);

const TranslationBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: LIMITS.titleLength }),
    description: Type.Optional(Type.String({ maxLength: LIMITS.descriptionLength })),
    targetGroup: Type.Optional(OrNull(Type.String({ maxLength: LIMITS.targetGroupLength }))),
    priceIncludes: Type.Optional(OrNull(Type.String({ maxLength: LIMITS.priceIncludesLength }))),
  },
  { additionalProperties: false },
);

const CopyBody = Type.Object({ seasonStart: IsoDate, seasonEnd: IsoDate }, { additionalProperties: false });

const ListQuery = Type.Object({
  ...Paging.properties,
  status: Type.Optional(Type.Enum(['draft', 'published', 'archived'])),
});

const Translation = Type.Object(
  {
    language: Type.String(),
    title: Type.String(),
    description: Type.String(),
    targetGroup: Nullable(Type.String()),
    priceIncludes: Nullable(Type.String()),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ProviderActivityTranslation' },
);

const ActivityImage = Type.Object(
  {
    imageId: Type.String(),
    position: Type.Integer(),
    altText: Type.String(),
    width: Type.Integer(),
    height: Type.Integer(),
  },
  { $id: 'ProviderActivityImage' },
);

const Activity = Type.Object(
  {
    id: Type.String(),
    providerId: Type.String(),
    status: Type.String({ enum: ['draft', 'published', 'archived'] }),
    category: Type.String(),
    title: Type.String(),
    description: Type.String(),
    minAge: Type.Integer(),
    maxAge: Type.Integer(),
    targetGroup: Nullable(Type.String()),
    seasonStart: Type.String({ format: 'date' }),
    seasonEnd: Type.String({ format: 'date' }),
    schedule: Type.Array(
      Type.Object(
        { weekday: Type.Integer(), start: Type.String(), end: Type.String() },
        { additionalProperties: false },
      ),
    ),
    weekdays: Type.Array(Type.Integer(), { description: 'Derived from the schedule' }),
    sessionCount: Nullable(Type.Integer()),
    priceOre: Type.Integer({ description: 'The sum of the fee lines when there are any' }),
    free: Type.Boolean({ description: 'True when the price is 0' }),
    fees: Type.Array(
      Type.Object({ kind: Type.Enum([...FEE_KINDS]), amountOre: Type.Integer() }, { additionalProperties: false }),
    ),
    capacity: Nullable(Type.Integer({ description: 'Places; null is unlimited' })),
    waitingList: Type.Boolean(),
    refundPolicy: Type.Enum([...REFUND_POLICIES]),
    placesTaken: Type.Integer({ description: 'Paid, being paid, or offered to the next in the queue' }),
    priceIncludes: Nullable(Type.String()),
    streetAddress: Nullable(Type.String()),
    postalCode: Nullable(Type.String()),
    postalPlace: Nullable(Type.String({ description: 'From the postal code register' })),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    neighbourhoodId: Nullable(Type.String()),
    languages: Type.Array(Type.String()),
    adapted: Type.Boolean(),
    freeTrial: Type.Boolean(),
    contactName: Nullable(Type.String()),
    contactEmail: Nullable(Type.String()),
    contactPhone: Nullable(Type.String()),
    textLanguage: Type.String(),
    publishedAt: Nullable(Type.String({ format: 'date-time' })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    missingForPublishing: Type.Array(Type.String({ enum: ['location', 'season', 'schedule', 'contact'] }), {
      description: 'What must be in place before the activity may be published',
    }),
    translations: Type.Array(Type.Ref('ProviderActivityTranslation')),
    images: Type.Array(Type.Ref('ProviderActivityImage')),
  },
  { $id: 'ProviderActivity' },
);

const ActivitySummary = Type.Object(
  {
    id: Type.String(),
    status: Type.String(),
    category: Type.String(),
    title: Type.String(),
    minAge: Type.Integer(),
    maxAge: Type.Integer(),
    seasonStart: Type.String({ format: 'date' }),
    seasonEnd: Type.String({ format: 'date' }),
    publishedAt: Nullable(Type.String({ format: 'date-time' })),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ProviderActivitySummary' },
);

export const activitySchemas = [Translation, ActivityImage, Activity, ActivitySummary];

export interface ActivityRouteOptions {
  activities: ActivityService;
}

const BASE = '/municipalities/:kommunenummer/providers/:providerId/activities';

/** The provider's own activities: list, create, edit, publish, archive, copy for a new season, translate. */
export const activityRoutes: FastifyPluginAsyncTypebox<ActivityRouteOptions> = async (app, { activities }) => {
  const config = { permission: 'provider.manage' as const };
  const tags = ['activities'];

  app.get(
    BASE,
    {
      config,
      schema: {
        tags,
        summary: "The provider's activities in every status",
        params: ProviderParams,
        querystring: ListQuery,
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(Type.Ref('ProviderActivitySummary')) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const { limit, offset, status } = request.query;
      return activities.list(request.actor, request.params.providerId, {
        limit,
        offset,
        ...(status ? { status } : {}),
      });
    },
  );

  app.post(
    BASE,
    {
      config,
      schema: {
        tags,
        summary: 'Create an activity (as a draft)',
        params: ProviderParams,
        body: ActivityBody,
        response: { 201: Type.Ref('ProviderActivity'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const activity = await activities.create(request.actor, request.params.providerId, request.body);
      return reply.status(201).send(activity);
    },
  );

  app.get(
    `${BASE}/:activityId`,
    {
      config,
      schema: {
        tags,
        summary: 'One activity with its translations and pictures',
        params: ActivityParams,
        response: { 200: Type.Ref('ProviderActivity'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => activities.get(request.actor, request.params.providerId, request.params.activityId),
  );

  app.put(
    `${BASE}/:activityId`,
    {
      config,
      schema: {
        tags,
        summary: 'Replace the editable fields; a published activity stays published',
        params: ActivityParams,
        body: ActivityBody,
        response: { 200: Type.Ref('ProviderActivity'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      activities.update(request.actor, request.params.providerId, request.params.activityId, request.body),
  );

  app.post(
    `${BASE}/:activityId/publish`,
    {
      config,
      schema: {
        tags,
        summary: 'Show the activity to families (the provider must be approved and the activity complete)',
        params: ActivityParams,
        response: { 200: Type.Ref('ProviderActivity'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => activities.publish(request.actor, request.params.providerId, request.params.activityId),
  );

  app.post(
    `${BASE}/:activityId/archive`,
    {
      config,
      schema: {
        tags,
        summary: 'Take the activity out of the catalogue',
        params: ActivityParams,
        response: { 200: Type.Ref('ProviderActivity'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => activities.archive(request.actor, request.params.providerId, request.params.activityId),
  );

  app.post(
    `${BASE}/:activityId/copy`,
    {
      config,
      schema: {
        tags,
        summary: 'A new draft for another season: same texts, translations and pictures',
        params: ActivityParams,
        body: CopyBody,
        response: { 201: Type.Ref('ProviderActivity'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const copy = await activities.copy(
        request.actor,
        request.params.providerId,
        request.params.activityId,
        request.body,
      );
      return reply.status(201).send(copy);
    },
  );

  app.put(
    `${BASE}/:activityId/translations/:language`,
    {
      config,
      schema: {
        tags,
        summary: "Add or replace the activity's texts in another language",
        params: TranslationParams,
        body: TranslationBody,
        response: { 200: Type.Ref('ProviderActivityTranslation'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      activities.putTranslation(
        request.actor,
        request.params.providerId,
        request.params.activityId,
        request.params.language,
        request.body,
      ),
  );

  app.delete(
    `${BASE}/:activityId/translations/:language`,
    {
      config,
      schema: {
        tags,
        summary: 'Remove a translation',
        params: TranslationParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await activities.deleteTranslation(
        request.actor,
        request.params.providerId,
        request.params.activityId,
        request.params.language,
      );
      return reply.status(204).send(null);
    },
  );
};
