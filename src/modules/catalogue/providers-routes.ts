import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { KOMMUNENUMMER_PATTERN } from '../../domain/municipality.ts';
import { PROVIDER_DECISIONS, PROVIDER_KINDS, PROVIDER_LIMITS, PROVIDER_STATUSES } from '../../domain/provider.ts';
import { errorResponses } from '../../http/errors.ts';
import { Nullable, OrNull, Uuid } from '../../http/schemas.ts';
import type { Invitation, InvitationService } from './invitations-service.ts';
import type { ProviderForApproval, ProviderProfile, ProviderService } from './providers-service.ts';

const Kind = Type.Union(PROVIDER_KINDS.map((k) => Type.Literal(k)));
const Status = Type.Union(PROVIDER_STATUSES.map((s) => Type.Literal(s)));
const DateTime = Type.String({ format: 'date-time' });

const Kommunenummer = Type.String({ pattern: KOMMUNENUMMER_PATTERN, description: 'Four-digit kommunenummer' });
const KommunenummerParams = Type.Object({ kommunenummer: Kommunenummer });
const ProviderParams = Type.Object({ kommunenummer: Kommunenummer, providerId: Uuid });
const InvitationParams = Type.Object({ kommunenummer: Kommunenummer, providerId: Uuid, invitationId: Uuid });

const OrganisationFacts = Type.Object(
  {
    name: Type.String({ description: 'Name in Enhetsregisteret' }),
    organisationForm: Nullable(Type.String({ description: 'Organisation form code, e.g. FLI, AS, KOMM' })),
    inVoluntaryRegister: Type.Boolean({ description: 'Registered in Frivillighetsregisteret' }),
    municipalityNumber: Nullable(Type.String({ description: 'Municipality of the business address' })),
    deletedOn: Nullable(Type.String({ format: 'date' })),
  },
  { $id: 'ProviderOrganisationFacts' },
);

const ProviderProfileSchema = Type.Object(
  {
    id: Type.String(),
    organisationNumber: Nullable(Type.String()),
    name: Type.String(),
    kind: Kind,
    status: Status,
    description: Type.String(),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String({ description: 'E.164, e.g. +4791234567' })),
    website: Nullable(Type.String()),
    neighbourhoodId: Nullable(Type.String()),
    socialLinks: Type.Array(Type.String()),
    bankAccount: Nullable(Type.String({ description: 'Eleven digits' })),
    logoImageId: Nullable(Type.String()),
    decidedAt: Nullable(DateTime),
    decisionNote: Nullable(Type.String()),
    createdAt: DateTime,
    updatedAt: DateTime,
    organisation: Nullable(Type.Ref('ProviderOrganisationFacts')),
  },
  { $id: 'ProviderProfile' },
);

const ProviderForApprovalSchema = Type.Object(
  {
    id: Type.String(),
    organisationNumber: Nullable(Type.String()),
    name: Type.String(),
    kind: Kind,
    status: Status,
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    website: Nullable(Type.String()),
    createdAt: DateTime,
    decidedAt: Nullable(DateTime),
    decidedBy: Nullable(Type.String()),
    decisionNote: Nullable(Type.String()),
    organisation: Nullable(Type.Ref('ProviderOrganisationFacts')),
  },
  { $id: 'ProviderForApproval' },
);

const PublicProviderSchema = Type.Object(
  {
    id: Type.String(),
    organisationNumber: Nullable(Type.String()),
    name: Type.String(),
    kind: Kind,
    description: Type.String(),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    website: Nullable(Type.String()),
    neighbourhoodId: Nullable(Type.String()),
    socialLinks: Type.Array(Type.String()),
    logoImageId: Nullable(Type.String()),
  },
  { $id: 'PublicProvider' },
);

const MyProviderSchema = Type.Object(
  {
    id: Type.String(),
    organisationNumber: Nullable(Type.String()),
    name: Type.String(),
    kind: Kind,
    status: Status,
  },
  { $id: 'MyProvider' },
);

const ProviderInvitationSchema = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    email: Type.String(),
    invitedBy: Type.String(),
    createdAt: DateTime,
    expiresAt: DateTime,
  },
  { $id: 'ProviderInvitation' },
);

export const providerSchemas = [
  OrganisationFacts,
  ProviderProfileSchema,
  ProviderForApprovalSchema,
  PublicProviderSchema,
  MyProviderSchema,
  ProviderInvitationSchema,
];

const Text = (maxLength: number) => Type.String({ maxLength });
const SocialLinks = Type.Array(Text(PROVIDER_LIMITS.urlMax), { maxItems: PROVIDER_LIMITS.socialLinksMax });

const RegistrationBody = Type.Object(
  {
    organisationNumber: Type.String({ minLength: 1, maxLength: 20, description: 'Nine digits; spaces allowed' }),
    kind: Kind,
    displayName: Type.Optional(Text(PROVIDER_LIMITS.nameMax)),
    description: Type.Optional(Text(PROVIDER_LIMITS.descriptionMax)),
    email: Text(PROVIDER_LIMITS.emailMax),
    phone: Type.Optional(OrNull(Text(40))),
    website: Type.Optional(OrNull(Text(PROVIDER_LIMITS.urlMax))),
    neighbourhoodId: Type.Optional(OrNull(Uuid)),
    socialLinks: Type.Optional(SocialLinks),
  },
  { additionalProperties: false },
);

const ProfileBody = Type.Object(
  {
    name: Text(PROVIDER_LIMITS.nameMax),
    description: Text(PROVIDER_LIMITS.descriptionMax),
    email: Text(PROVIDER_LIMITS.emailMax),
    phone: OrNull(Text(40)),
    website: OrNull(Text(PROVIDER_LIMITS.urlMax)),
    neighbourhoodId: OrNull(Uuid),
    socialLinks: SocialLinks,
    bankAccount: OrNull(Type.String({ maxLength: 20, description: 'Eleven digits; spaces and dots allowed' })),
  },
  { additionalProperties: false },
);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function profileJson(p: ProviderProfile) {
  return {
    ...p,
    decidedAt: iso(p.decidedAt),
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

function forApprovalJson(p: ProviderForApproval) {
  return { ...p, createdAt: p.createdAt.toISOString(), decidedAt: iso(p.decidedAt) };
}

function invitationJson(i: Invitation) {
  return {
    id: i.id,
    name: i.name,
    email: i.email,
    invitedBy: i.invitedBy,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
  };
}

export interface ProviderRouteOptions {
  providers: ProviderService;
  invitations: InvitationService;
}

export const providerRoutes: FastifyPluginAsyncTypebox<ProviderRouteOptions> = async (
  app,
  { providers, invitations },
) => {
  const tenantOf = (request: { tenant: { id: number; kommunenummer: string } | null }) => {
    if (!request.tenant) throw new Error('route without a municipality');
    return { id: request.tenant.id, kommunenummer: request.tenant.kommunenummer };
  };

  app.post(
    '/municipalities/:kommunenummer/providers',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['providers'],
        summary: 'Register an organisation as a provider; it waits for the municipality to approve it',
        params: KommunenummerParams,
        body: RegistrationBody,
        response: { 201: Type.Ref('ProviderProfile'), ...errorResponses(401, 403, 404, 409, 503) },
      },
    },
    async (request, reply) => {
      const profile = await providers.register(request.actor, tenantOf(request), request.body);
      reply.status(201);
      return profileJson(profile);
    },
  );

  app.get(
    '/municipalities/:kommunenummer/providers',
    {
      config: { permission: 'provider.approve' },
      schema: {
        tags: ['providers'],
        summary: "The municipality's providers by status, with what the entity register says about each",
        params: KommunenummerParams,
        querystring: Type.Object({
          status: Type.Optional(Status),
          q: Type.Optional(Type.String({ maxLength: 200 })),
          page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
          pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
        }),
        response: {
          200: Type.Object({
            total: Type.Integer(),
            page: Type.Integer(),
            pageSize: Type.Integer(),
            items: Type.Array(Type.Ref('ProviderForApproval')),
          }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const { status, q, page, pageSize } = request.query;
      const result = await providers.listForApproval(request.actor, tenantOf(request), {
        ...(status ? { status } : {}),
        ...(q ? { q } : {}),
        page,
        pageSize,
      });
      return { ...result, items: result.items.map(forApprovalJson) };
    },
  );

  app.post(
    '/municipalities/:kommunenummer/providers/:providerId/decision',
    {
      config: { permission: 'provider.approve' },
      schema: {
        tags: ['providers'],
        summary: 'Approve, reject or suspend a provider; a note is required to reject or suspend',
        params: ProviderParams,
        body: Type.Object(
          {
            decision: Type.Union(PROVIDER_DECISIONS.map((d) => Type.Literal(d))),
            note: Type.Optional(Text(PROVIDER_LIMITS.decisionNoteMax)),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Ref('ProviderForApproval'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { decision, note } = request.body;
      const result = await providers.decide(request.actor, tenantOf(request), request.params.providerId, {
        decision,
        ...(note !== undefined ? { note } : {}),
      });
      return forApprovalJson(result);
    },
  );

  app.get(
    '/municipalities/:kommunenummer/providers/:providerId',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['providers'],
        summary: "The provider's full profile, for its admins",
        params: ProviderParams,
        response: { 200: Type.Ref('ProviderProfile'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return profileJson(await providers.getProfile(request.actor, tenantOf(request), request.params.providerId));
    },
  );

  app.put(
    '/municipalities/:kommunenummer/providers/:providerId',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['providers'],
        summary: "Update the provider's presentation and payout account",
        params: ProviderParams,
        body: ProfileBody,
        response: { 200: Type.Ref('ProviderProfile'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      profileJson(
        await providers.updateProfile(request.actor, tenantOf(request), request.params.providerId, request.body),
      ),
  );

  app.get(
    '/municipalities/:kommunenummer/my-providers',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['providers'],
        summary: 'Providers the signed-in person administers in the municipality',
        params: KommunenummerParams,
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('MyProvider')) }),
          ...errorResponses(401, 404),
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { items: await providers.listMine(request.actor, tenantOf(request)) };
    },
  );

  app.get(
    '/municipalities/:kommunenummer/public/providers/:providerId',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['providers'],
        summary: "An approved provider's public presentation",
        params: ProviderParams,
        response: { 200: Type.Ref('PublicProvider'), ...errorResponses(404) },
      },
    },
    async (request) => providers.getPublic(tenantOf(request), request.params.providerId),
  );

  app.post(
    '/municipalities/:kommunenummer/providers/:providerId/invitations',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['providers'],
        summary: 'Invite a co-admin by e-mail; the one-time link is valid for 14 days',
        params: ProviderParams,
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 200 }), email: Text(PROVIDER_LIMITS.emailMax) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Ref('ProviderInvitation'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const invitation = await invitations.create(
        request.actor,
        tenantOf(request),
        request.params.providerId,
        request.body,
      );
      reply.status(201);
      return invitationJson(invitation);
    },
  );

  app.get(
    '/municipalities/:kommunenummer/providers/:providerId/invitations',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['providers'],
        summary: "The provider's invitations that can still be accepted",
        params: ProviderParams,
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('ProviderInvitation')) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: (await invitations.listOpen(request.actor, tenantOf(request), request.params.providerId)).map(
        invitationJson,
      ),
    }),
  );

  app.delete(
    '/municipalities/:kommunenummer/providers/:providerId/invitations/:invitationId',
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['providers'],
        summary: 'Revoke an invitation that has not been accepted',
        params: InvitationParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await invitations.revoke(
        request.actor,
        tenantOf(request),
        request.params.providerId,
        request.params.invitationId,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/municipalities/:kommunenummer/invitations/accept',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['providers'],
        summary: 'Accept an invitation (the token from the link) and become an admin of the provider',
        params: KommunenummerParams,
        body: Type.Object({ token: Type.String({ minLength: 16, maxLength: 200 }) }, { additionalProperties: false }),
        response: {
          200: Type.Object({ providerId: Type.String(), providerName: Type.String() }),
          ...errorResponses(401, 404, 410),
        },
      },
    },
    async (request) => invitations.accept(request.actor, tenantOf(request), request.body.token),
  );
};
