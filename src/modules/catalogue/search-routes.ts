import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { MapConfig } from '../../config.ts';
import { REFUND_POLICIES } from '../../domain/enrolment.ts';
import { FEE_KINDS } from '../../domain/scheme.ts';
import { ACTIVITY_CATEGORIES, MAX_SEARCH_TERMS, SEARCH_SORTS } from '../../domain/search.ts';
import { errorResponses } from '../../http/errors.ts';
import { KommunenummerParams, Nullable, OrNull, Uuid } from '../../http/schemas.ts';
import { type CatalogueService, MAX_PAGE_SIZE } from './search-service.ts';

const Category = Type.Union(ACTIVITY_CATEGORIES.map((c) => Type.Literal(c)));

const ActivitySummaryFields = {
  id: Type.String(),
  title: Type.String(),
  textLanguage: Type.String({ description: 'Language of title and texts (BCP 47), for the lang attribute' }),
  category: Type.String(),
  provider: Type.Object({ id: Type.String(), name: Type.String() }),
  minAge: Type.Integer(),
  maxAge: Type.Integer(),
  priceOre: Type.Integer({ description: 'Price for the season in øre' }),
  free: Type.Boolean(),
  freeTrial: Type.Boolean(),
  adapted: Type.Boolean(),
  languages: Type.Array(Type.String()),
  weekdays: Type.Array(Type.Integer({ minimum: 1, maximum: 7 })),
  seasonStart: Type.String({ format: 'date' }),
  seasonEnd: Type.String({ format: 'date' }),
  started: Type.Boolean({ description: 'The season has started (joining late may be harder)' }),
  place: Nullable(Type.String()),
  location: Type.Union([Type.Object({ latitude: Type.Number(), longitude: Type.Number() }), Type.Null()]),
  distanceMetres: Type.Union([Type.Integer(), Type.Null()]),
  image: Type.Union([Type.Object({ id: Type.String(), alt: Type.String() }), Type.Null()]),
};

const ActivitySummary = Type.Object(ActivitySummaryFields, { $id: 'ActivitySummary' });

const SupportOffer = Type.Object(
  {
    id: Type.String(),
    kind: Type.Union([Type.Literal('support_scheme'), Type.Literal('equipment_lending')]),
    title: Type.String(),
    summary: Type.String(),
    url: Nullable(Type.String()),
    contact: Nullable(Type.String()),
    categories: Type.Array(Type.String()),
    minAge: Type.Union([Type.Integer(), Type.Null()]),
    maxAge: Type.Union([Type.Integer(), Type.Null()]),
    active: Type.Boolean(),
  },
  { $id: 'SupportOffer' },
);

const ActivitySearchResult = Type.Object(
  {
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    sort: Type.Union(SEARCH_SORTS.map((s) => Type.Literal(s))),
    origin: Type.Union([
      Type.Object({ latitude: Type.Number(), longitude: Type.Number(), label: Nullable(Type.String()) }),
      Type.Null(),
    ]),
    categories: Type.Array(Type.Object({ code: Type.String(), count: Type.Integer() })),
    items: Type.Array(Type.Ref('ActivitySummary')),
  },
  { $id: 'ActivitySearchResult' },
);

const ActivityDetail = Type.Object(
  {
    ...ActivitySummaryFields,
    description: Type.String(),
    targetGroup: Nullable(Type.String()),
    priceIncludes: Nullable(Type.String()),
    schedule: Type.Array(
      Type.Object({ weekday: Type.Integer({ minimum: 1, maximum: 7 }), start: Type.String(), end: Type.String() }),
    ),
    sessionCount: Type.Union([Type.Integer(), Type.Null()]),
    address: Type.Union([
      Type.Object({
        street: Nullable(Type.String()),
        postalCode: Nullable(Type.String()),
        postalPlace: Nullable(Type.String()),
      }),
      Type.Null(),
    ]),
    neighbourhood: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
    contact: Type.Object({
      name: Nullable(Type.String()),
      email: Nullable(Type.String()),
      phone: Nullable(Type.String()),
    }),
    images: Type.Array(Type.Object({ id: Type.String(), alt: Type.String() })),
    translations: Type.Array(Type.String()),
    providerDetails: Type.Object({
      id: Type.String(),
      name: Type.String(),
      kind: Type.String(),
      description: Type.String(),
      email: Nullable(Type.String()),
      phone: Nullable(Type.String()),
      website: Nullable(Type.String()),
      socialLinks: Type.Array(Type.String()),
      logoImageId: Nullable(Type.String()),
      neighbourhood: Nullable(Type.String()),
      organisationNumber: Nullable(Type.String()),
    }),
    supportOffers: Type.Array(Type.Ref('SupportOffer')),
    fees: Type.Array(
      Type.Object(
        { kind: Type.Enum([...FEE_KINDS]), amountOre: Type.Integer() },
        { additionalProperties: false, description: 'One line of the price; none: the price is one participation fee' },
      ),
    ),
    places: Type.Object({
      capacity: Nullable(Type.Integer({ description: 'null: unlimited' })),
      left: Nullable(Type.Integer({ description: 'Places left; null: unlimited' })),
      full: Type.Boolean(),
      waitingList: Type.Boolean({ description: 'A full activity takes children onto a waiting list' }),
    }),
    refundPolicy: Type.Enum([...REFUND_POLICIES], {
      description: 'until_season_start: a cancellation before the season starts is refunded; none: never',
    }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'ActivityDetail' },
);

const SearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: `Free text; up to ${MAX_SEARCH_TERMS} words count` })),
    category: Type.Optional(Type.Array(Category, { maxItems: 10 })),
    age: Type.Optional(Type.Integer({ minimum: 0, maximum: 25 })),
    near: Type.Optional(Type.String({ maxLength: 60, description: 'Place to measure distance from: "lat,lon"' })),
    neighbourhood: Type.Optional(Uuid),
    maxKm: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 200 })),
    minPrice: Type.Optional(Type.Integer({ minimum: 0, description: 'øre' })),
    maxPrice: Type.Optional(Type.Integer({ minimum: 0, description: 'øre' })),
    free: Type.Optional(Type.Boolean()),
    adapted: Type.Optional(Type.Boolean()),
    freeTrial: Type.Optional(Type.Boolean()),
    language: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z]{2,3}$' }), { maxItems: 10 })),
    weekday: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), { maxItems: 7 })),
    provider: Type.Optional(Uuid),
    sort: Type.Optional(Type.Union(SEARCH_SORTS.map((s) => Type.Literal(s)))),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE_SIZE })),
  },
  { additionalProperties: false },
);

const SupportOfferBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('support_scheme'), Type.Literal('equipment_lending')]),
    title: Type.String({ minLength: 1, maxLength: 200 }),
    summary: Type.String({ minLength: 1, maxLength: 2000 }),
    url: Type.Optional(OrNull(Type.String({ maxLength: 500 }))),
    contact: Type.Optional(OrNull(Type.String({ maxLength: 300 }))),
    categories: Type.Optional(Type.Array(Type.String(), { maxItems: 10 })),
    minAge: Type.Optional(OrNull(Type.Integer({ minimum: 0, maximum: 25 }))),
    maxAge: Type.Optional(OrNull(Type.Integer({ minimum: 0, maximum: 25 }))),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const ClientConfig = Type.Object(
  {
    map: Type.Object({ tileUrl: Type.String(), attribution: Type.String(), maxZoom: Type.Integer() }),
  },
  { $id: 'ClientConfig' },
);

export const catalogueSchemas = [ActivitySummary, SupportOffer, ActivitySearchResult, ActivityDetail, ClientConfig];

const ActivityParams = Type.Object({ ...KommunenummerParams.properties, activityId: Uuid });
const SupportOfferParams = Type.Object({ ...KommunenummerParams.properties, supportOfferId: Uuid });

export const catalogueRoutes: FastifyPluginAsyncTypebox<{ catalogue: CatalogueService; map: MapConfig }> = async (
  app,
  { catalogue, map },
) => {
  app.get(
    '/client-config',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: 'Settings the web app needs: the map tile source and its attribution',
        response: { 200: Type.Ref('ClientConfig') },
      },
    },
    async () => ({ map }),
  );

  app.get(
    '/municipalities/:kommunenummer/activities',
    {
      config: { permission: 'public', cacheable: true },
      schema: {
        tags: ['catalogue'],
        summary: 'Search published activities: free text (Norwegian), filters, distance, sorting, paging',
        params: KommunenummerParams,
        querystring: SearchQuery,
        response: { 200: Type.Ref('ActivitySearchResult'), ...errorResponses(404) },
      },
    },
    async (request) => catalogue.searchActivities(request.tenant?.id ?? 0, request.query, request.language),
  );

  app.get(
    '/municipalities/:kommunenummer/activities/map',
    {
      config: { permission: 'public', cacheable: true },
      schema: {
        tags: ['catalogue'],
        summary: 'The same search as points for the map view (up to 2 000)',
        params: KommunenummerParams,
        querystring: SearchQuery,
        response: {
          200: Type.Object({
            total: Type.Integer(),
            shown: Type.Integer(),
            points: Type.Array(
              Type.Object({
                id: Type.String(),
                title: Type.String(),
                category: Type.String(),
                latitude: Type.Number(),
                longitude: Type.Number(),
              }),
            ),
          }),
          ...errorResponses(404),
        },
      },
    },
    async (request) => catalogue.mapActivities(request.tenant?.id ?? 0, request.query, request.language),
  );

  app.get(
    '/municipalities/:kommunenummer/activities/:activityId',
    {
      config: { permission: 'public', cacheable: true },
      schema: {
        tags: ['catalogue'],
        summary: "One published activity's page, with its provider and the help that applies to it",
        params: ActivityParams,
        response: { 200: Type.Ref('ActivityDetail'), ...errorResponses(404) },
      },
    },
    async (request) => catalogue.activity(request.tenant?.id ?? 0, request.params.activityId, request.language),
  );

  app.get(
    '/municipalities/:kommunenummer/search-options',
    {
      config: { permission: 'public', cacheable: true },
      schema: {
        tags: ['catalogue'],
        summary: 'Choices for the search form: categories, neighbourhoods, languages activities are held in',
        params: KommunenummerParams,
        response: {
          200: Type.Object({
            categories: Type.Array(Type.String()),
            neighbourhoods: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
            languages: Type.Array(Type.String()),
          }),
          ...errorResponses(404),
        },
      },
    },
    async (request) => catalogue.searchOptions(request.tenant?.id ?? 0),
  );

  app.get(
    '/municipalities/:kommunenummer/support-offers',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['catalogue'],
        summary: 'Support schemes and equipment lending in the municipality (active ones)',
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('SupportOffer')), ...errorResponses(404) },
      },
    },
    async (request) => catalogue.supportOffers(request.tenant?.id ?? 0, { activeOnly: true }),
  );

  app.get(
    '/municipalities/:kommunenummer/support-offers/all',
    {
      config: { permission: 'support.manage' },
      schema: {
        tags: ['catalogue'],
        summary: 'All support offers, inactive ones included (municipality admin)',
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('SupportOffer')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => catalogue.supportOffers(request.tenant?.id ?? 0, { activeOnly: false }),
  );

  app.post(
    '/municipalities/:kommunenummer/support-offers',
    {
      config: { permission: 'support.manage' },
      schema: {
        tags: ['catalogue'],
        summary: 'Add a support scheme or equipment lending offer',
        params: KommunenummerParams,
        body: SupportOfferBody,
        response: { 201: Type.Ref('SupportOffer'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const created = await catalogue.createSupportOffer(request.actor, request.tenant?.id ?? 0, request.body);
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/municipalities/:kommunenummer/support-offers/:supportOfferId',
    {
      config: { permission: 'support.manage' },
      schema: {
        tags: ['catalogue'],
        summary: 'Change a support offer',
        params: SupportOfferParams,
        body: SupportOfferBody,
        response: { 200: Type.Ref('SupportOffer'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      catalogue.updateSupportOffer(request.actor, request.tenant?.id ?? 0, request.params.supportOfferId, request.body),
  );

  app.delete(
    '/municipalities/:kommunenummer/support-offers/:supportOfferId',
    {
      config: { permission: 'support.manage' },
      schema: {
        tags: ['catalogue'],
        summary: 'Remove a support offer',
        params: SupportOfferParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await catalogue.deleteSupportOffer(request.actor, request.tenant?.id ?? 0, request.params.supportOfferId);
      return reply.status(204).send(null);
    },
  );
};
