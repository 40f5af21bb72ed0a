import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { KOMMUNENUMMER_PATTERN } from '../../domain/municipality.ts';
import { errorResponses } from '../../http/errors.ts';
import { Paging, Uuid } from '../../http/schemas.ts';
import { BODY_MAX, type News, type NewsService, type ProviderNews, SUBJECT_MAX } from './service.ts';

const PROVIDER_KINDS = ['voluntary', 'municipal', 'commercial', 'private'] as const;

const audienceFields = {
  kinds: Type.Optional(
    Type.Array(Type.Enum([...PROVIDER_KINDS]), { maxItems: PROVIDER_KINDS.length, description: 'Provider kinds' }),
  ),
  categories: Type.Optional(
    Type.Array(Type.String({ pattern: '^[a-z_]{1,60}$' }), {
      maxItems: 20,
      description: 'Activity category codes: providers with a published activity in any of them',
    }),
  ),
  neighbourhoodIds: Type.Optional(Type.Array(Uuid, { maxItems: 200, description: "The provider's neighbourhood" })),
};

const NewsAudience = Type.Object(audienceFields, {
  $id: 'NewsAudience',
  additionalProperties: false,
  description: 'Who the news is for: approved providers, narrowed by each given list (none given: all of them)',
});

const NewsItem = Type.Object(
  {
    id: Type.String(),
    subject: Type.String(),
    body: Type.String(),
    audience: Type.Ref('NewsAudience'),
    sentBy: Type.String(),
    sentAt: Type.String({ format: 'date-time' }),
    recipientCount: Type.Integer({ description: 'Providers the news went to' }),
    emailCount: Type.Integer({ description: 'Of them, providers it was e-mailed to' }),
    readCount: Type.Integer({ description: 'Of them, providers who have read it on their page' }),
  },
  { $id: 'News' },
);

const ProviderNewsItem = Type.Object(
  {
    id: Type.String(),
    subject: Type.String(),
    body: Type.String(),
    sentAt: Type.String({ format: 'date-time' }),
    read: Type.Boolean(),
    readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'ProviderNewsItem' },
);

export const newsSchemas = [NewsAudience, NewsItem, ProviderNewsItem];

const MunicipalityParams = Type.Object({
  kommunenummer: Type.String({ pattern: KOMMUNENUMMER_PATTERN, description: 'Four-digit kommunenummer' }),
});
const NewsParams = Type.Object({ ...MunicipalityParams.properties, newsId: Uuid });
const ProviderParams = Type.Object({ ...MunicipalityParams.properties, providerId: Uuid });
const ProviderNewsParams = Type.Object({ ...ProviderParams.properties, newsId: Uuid });

function tenantId(request: FastifyRequest): number {
  if (!request.tenant) throw new Error('route without a municipality');
  return request.tenant.id;
}

function toNewsItem(n: News) {
  return {
    id: n.id,
    subject: n.subject,
    body: n.body,
    audience: n.audience,
    sentBy: n.sentBy,
    sentAt: n.sentAt.toISOString(),
    recipientCount: n.recipientCount,
    emailCount: n.emailCount,
    readCount: n.readCount,
  };
}

function toProviderNewsItem(n: ProviderNews) {
  return {
    id: n.id,
    subject: n.subject,
    body: n.body,
    sentAt: n.sentAt.toISOString(),
    read: n.readAt !== null,
    readAt: n.readAt === null ? null : n.readAt.toISOString(),
  };
}

export interface NewsRouteOptions {
  news: NewsService;
}

/** The municipality's news to providers: writing and following it (admin), reading it (provider). */
export const newsRoutes: FastifyPluginAsyncTypebox<NewsRouteOptions> = async (app, { news }) => {
  app.get(
    '/municipalities/:kommunenummer/news/audience',
    {
      config: { permission: 'news.send' },
      schema: {
        tags: ['news'],
        summary: 'How many providers an audience reaches',
        params: MunicipalityParams,
        querystring: Type.Object(audienceFields, { additionalProperties: false }),
        response: { 200: Type.Object({ count: Type.Integer() }), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => ({ count: await news.countAudience(tenantId(request), request.query) }),
  );

  app.post(
    '/municipalities/:kommunenummer/news',
    {
      config: { permission: 'news.send' },
      schema: {
        tags: ['news'],
        summary: 'Send news to providers: on their page, and by e-mail to those with an address',
        params: MunicipalityParams,
        body: Type.Object(
          {
            subject: Type.String({ minLength: 1, maxLength: SUBJECT_MAX }),
            body: Type.String({ minLength: 1, maxLength: BODY_MAX, description: 'Plain text' }),
            audience: Type.Optional(Type.Ref('NewsAudience')),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Ref('News'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const tenant = request.tenant;
      if (!tenant) throw new Error('route without a municipality');
      const sent = await news.sendNews(request.actor, {
        municipalityId: tenant.id,
        municipalityName: tenant.name,
        subject: request.body.subject,
        body: request.body.body,
        ...(request.body.audience ? { audience: request.body.audience } : {}),
      });
      return reply.status(201).send(toNewsItem(sent));
    },
  );

  app.get(
    '/municipalities/:kommunenummer/news',
    {
      config: { permission: 'news.send' },
      schema: {
        tags: ['news'],
        summary: 'News sent to providers, newest first, with how many received and read it',
        params: MunicipalityParams,
        querystring: Paging,
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(Type.Ref('News')) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const page = await news.listNews(tenantId(request), request.query);
      return { total: page.total, items: page.items.map(toNewsItem) };
    },
  );

  app.get(
    '/municipalities/:kommunenummer/news/:newsId',
    {
      config: { permission: 'news.send' },
      schema: {
        tags: ['news'],
        summary: 'One piece of news sent to providers',
        params: NewsParams,
        response: { 200: Type.Ref('News'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => toNewsItem(await news.getNews(tenantId(request), request.params.newsId)),
  );

  app.get(
    '/municipalities/:kommunenummer/providers/:providerId/news',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['news'],
        summary: "News from the municipality on the provider's page, newest first",
        params: ProviderParams,
        querystring: Paging,
        response: {
          200: Type.Object({
            total: Type.Integer(),
            unread: Type.Integer(),
            items: Type.Array(Type.Ref('ProviderNewsItem')),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const page = await news.listForProvider(tenantId(request), request.params.providerId, request.query);
      return { total: page.total, unread: page.unread, items: page.items.map(toProviderNewsItem) };
    },
  );

  app.post(
    '/municipalities/:kommunenummer/providers/:providerId/news/:newsId/read',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['news'],
        summary: 'Mark news as read for the provider',
        params: ProviderNewsParams,
        response: { 200: Type.Ref('ProviderNewsItem'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      toProviderNewsItem(
        await news.markRead(request.actor, tenantId(request), request.params.providerId, request.params.newsId),
      ),
  );
};
