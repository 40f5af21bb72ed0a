import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ASSIGNABLE_ROLES, ROLES } from '../../domain/access.ts';
import { errorResponses } from '../../http/errors.ts';
import { KommunenummerParams, Uuid } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';
import type { RoleAssignmentView } from './service.ts';

const Session = Type.Object(
  {
    authenticated: Type.Boolean(),
    kind: Type.Optional(Type.Union([Type.Literal('citizen'), Type.Literal('staff')])),
    name: Type.Optional(Type.String()),
    platformOperator: Type.Optional(Type.Boolean()),
    csrfToken: Type.Optional(Type.String()),
    memberships: Type.Array(
      Type.Object({
        kommunenummer: Type.String(),
        municipalityName: Type.String(),
        roles: Type.Array(Type.Union(ROLES.map((r) => Type.Literal(r)))),
      }),
    ),
    /** Roles across all municipalities, for the menu. */
    roles: Type.Array(Type.Union(ROLES.map((r) => Type.Literal(r)))),
  },
  { $id: 'Session' },
);

const RoleAssignment = Type.Object(
  {
    id: Type.String(),
    role: Type.Union(ASSIGNABLE_ROLES.map((r) => Type.Literal(r))),
    holderName: Type.String(),
    holderKind: Type.Union([Type.Literal('staff'), Type.Literal('citizen')]),
    providerId: Type.Union([Type.String(), Type.Null()]),
    providerName: Type.Union([Type.String(), Type.Null()]),
    protectedAccess: Type.Boolean(),
    grantedBy: Type.String(),
    grantedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'RoleAssignment' },
);

export const identitySchemas = [Session, RoleAssignment];

function toAssignment(row: RoleAssignmentView) {
  return {
    id: row.id,
    role: row.role,
    holderName: row.holderName,
    holderKind: row.staffUserId ? ('staff' as const) : ('citizen' as const),
    providerId: row.providerId,
    providerName: row.providerName,
    protectedAccess: row.protectedAccess,
    grantedBy: row.grantedBy,
    grantedAt: row.grantedAt.toISOString(),
  };
}

export const identityRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/session',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['identity'],
        summary: 'Who is signed in, with roles per municipality and the CSRF token for changes',
        response: { 200: Type.Ref('Session') },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const p = request.principal;
      if (!p) return { authenticated: false, memberships: [], roles: [] };
      const all = await services.municipalities.listMunicipalities();
      const memberships = p.memberships
        .filter((m) => m.roles.length > 0)
        .map((m) => {
          const municipality = all.find((x) => x.id === m.municipalityId);
          return {
            kommunenummer: municipality?.kommunenummer ?? '',
            municipalityName: municipality?.name ?? '',
            roles: [...m.roles],
          };
        });
      const roles = [
        ...new Set([
          ...memberships.flatMap((m) => m.roles),
          ...(p.platformOperator ? ['platform_operator' as const] : []),
        ]),
      ];
      return {
        authenticated: true,
        kind: p.kind,
        name: p.displayName,
        platformOperator: p.platformOperator,
        csrfToken: request.csrfToken ?? '',
        memberships,
        roles,
      };
    },
  );

  app.get(
    '/municipalities/:kommunenummer/roles',
    {
      config: { permission: 'roles.read' },
      schema: {
        tags: ['identity'],
        summary: 'Roles given in the municipality',
        params: KommunenummerParams,
        response: {
          200: Type.Object({ items: Type.Array(Type.Ref('RoleAssignment')) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => ({
      items: (await services.identity.listRoleAssignments(request.tenant?.id ?? 0)).map(toAssignment),
    }),
  );

  app.post(
    '/municipalities/:kommunenummer/roles',
    {
      config: { permission: 'roles.manage' },
      schema: {
        tags: ['identity'],
        summary: 'Give a role to a staff member (by e-mail) or a citizen (by national identity number)',
        params: KommunenummerParams,
        body: Type.Object(
          {
            role: Type.Union(ASSIGNABLE_ROLES.map((r) => Type.Literal(r))),
            staffEmail: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
            nationalId: Type.Optional(Type.String({ minLength: 11, maxLength: 13 })),
            holderName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            providerId: Type.Optional(Uuid),
            protectedAccess: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 201: Type.Ref('RoleAssignment'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const row = await services.identity.grantRole(request.actor, request.body);
      return reply.status(201).send(toAssignment(row));
    },
  );

  app.delete(
    '/municipalities/:kommunenummer/roles/:assignmentId',
    {
      config: { permission: 'roles.manage' },
      schema: {
        tags: ['identity'],
        summary: 'Take a role back',
        description: "409 LAST_MUNICIPALITY_ADMIN for the municipality's last administrator.",
        params: Type.Intersect([KommunenummerParams, Type.Object({ assignmentId: Uuid })]),
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await services.identity.revokeRole(request.actor, request.params.assignmentId);
      return reply.status(204).send(null);
    },
  );
};
