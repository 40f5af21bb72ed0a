import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Database } from '../../db/database.ts';
import { pendingMigrations } from '../../db/migrate.ts';

export interface HealthRouteOptions {
  database: Database;
}

const Health = Type.Object({ status: Type.Literal('ok') }, { $id: 'Health' });
const Readiness = Type.Object(
  {
    status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
    database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]),
    pendingMigrations: Type.Array(Type.String()),
  },
  { $id: 'Readiness' },
);

/** Liveness: the process answers. Readiness: the database answers and the schema is current. */
export const healthRoutes: FastifyPluginAsyncTypebox<HealthRouteOptions> = async (app, { database }) => {
  app.get(
    '/health',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'Liveness probe',
        response: { 200: Health },
      },
      logLevel: 'warn',
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/ready',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['operations'],
        summary: 'Readiness probe: database reachable and migrations applied',
        response: { 200: Readiness, 503: Readiness },
      },
      logLevel: 'warn',
    },
    async (request, reply) => {
      try {
        const pending = await pendingMigrations(database);
        const ready = pending.length === 0;
        return reply
          .status(ready ? 200 : 503)
          .send({ status: ready ? 'ready' : 'not_ready', database: database.kind, pendingMigrations: pending });
      } catch (error) {
        request.log.error({ err: error }, 'readiness check failed');
        return reply.status(503).send({ status: 'not_ready', database: database.kind, pendingMigrations: [] });
      }
    },
  );
};
