import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AUDIT_ACTIONS } from '../../domain/audit.ts';
import { errorResponses } from '../../http/errors.ts';
import { IsoDate, KommunenummerParams, Paging, Uuid } from '../../http/schemas.ts';
import type { Services } from '../../services.ts';

const actionCodes = () => Type.Union(AUDIT_ACTIONS.map((a) => Type.Literal(a)));
const AuditActionCode = Type.Union(
  AUDIT_ACTIONS.map((a) => Type.Literal(a)),
  {
    $id: 'AuditAction',
    description: 'What was done (a closed set of codes)',
  },
);

const AuditEvent = Type.Object(
  {
    id: Type.Integer(),
    at: Type.String({ format: 'date-time' }),
    actorKind: Type.String(),
    actorName: Type.String(),
    actorRole: Type.Union([Type.String(), Type.Null()]),
    action: Type.Ref('AuditAction'),
    outcome: Type.String(),
    subjectPersonId: Type.Union([Type.String(), Type.Null()]),
    reason: Type.Union([Type.String(), Type.Null()]),
    requestId: Type.Union([Type.String(), Type.Null()]),
    details: Type.Object({}, { additionalProperties: true }),
  },
  { $id: 'AuditEvent' },
);

export const auditSchemas = [AuditActionCode, AuditEvent];

export const auditRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/municipalities/:kommunenummer/audit',
    {
      config: { permission: 'audit.search' },
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log of the municipality (newest first)',
        params: KommunenummerParams,
        querystring: Type.Intersect([
          Paging,
          Type.Object({
            action: Type.Optional(actionCodes()),
            outcome: Type.Optional(Type.Union([Type.Literal('allowed'), Type.Literal('denied')])),
            actor: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
            personId: Type.Optional(Uuid),
            from: Type.Optional(IsoDate),
            to: Type.Optional(IsoDate),
          }),
        ]),
        response: {
          200: Type.Object({ total: Type.Integer(), items: Type.Array(Type.Ref('AuditEvent')) }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const municipalityId = request.tenant?.id ?? 0;
      const result = await services.audit.search({
        municipalityId,
        limit: q.limit,
        offset: q.offset,
        ...(q.action ? { action: q.action } : {}),
        ...(q.outcome ? { outcome: q.outcome } : {}),
        ...(q.actor ? { actorName: q.actor } : {}),
        ...(q.personId ? { subjectPersonIds: [q.personId] } : {}),
        ...(q.from ? { from: q.from } : {}),
        ...(q.to ? { to: q.to } : {}),
      });
      // Searching the log reveals who was looked at: the search itself is logged.
      await services.audit.record(request.actor, {
        municipalityId,
        action: 'audit.search',
        details: { filters: { ...q, limit: undefined, offset: undefined }, results: result.total },
      });
      return {
        total: result.total,
        items: result.items.map((e) => ({
          id: e.id,
          at: e.occurredAt.toISOString(),
          actorKind: e.actorKind,
          actorName: e.actorName,
          actorRole: e.actorRole,
          action: e.action,
          outcome: e.outcome,
          subjectPersonId: e.subjectPersonId,
          reason: e.reason,
          requestId: e.requestId,
          details: e.details,
        })),
      };
    },
  );
};
