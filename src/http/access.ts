import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorize, type Permission } from '../domain/access.ts';
import { AppError } from '../errors.ts';
import type { Services } from '../services.ts';
import { sendError } from './error-handler.ts';

export const SESSION_COOKIE = 'fk_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes of the documentation UI and the OpenAPI document are public by nature. */
const PUBLIC_PREFIXES = ['/api/docs', '/api/openapi.json'];

export function sessionCookieOptions(secure: boolean, maxAgeSeconds?: number) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  };
}

/**
 * Access control in one place: every API route declares a permission; this resolves the session, the
 * municipality in the path and the membership, checks the permission, enforces CSRF on state changes,
 * and writes an audit entry for every refusal.
 */
export function registerAccessControl(app: FastifyInstance, services: Services, options: { secureCookies: boolean }) {
  app.decorateRequest('principal', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('sessionProblem', null);
  app.decorateRequest('tenant', null);
  app.decorateRequest('membership', null);
  app.decorateRequest('actor', {
    getter(this: FastifyRequest) {
      return {
        principal: this.principal,
        membership: this.membership,
        permission: this.routeOptions.config.permission ?? 'public',
        requestId: this.id,
      };
    },
  });

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api')) return;
    const config = (route.config ?? {}) as { permission?: Permission };
    if (config.permission) return;
    if (PUBLIC_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...config, permission: 'public' };
      return;
    }
    throw new Error(`API route ${route.method} ${route.url} declares no permission`);
  });

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const lookup = await services.identity.resolveSession(token);
    if (lookup.status === 'active') {
      request.principal = lookup.principal;
      request.csrfToken = lookup.csrfToken;
      return;
    }
    request.sessionProblem = lookup.status;
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(options.secureCookies));
    if (lookup.status !== 'expired') {
      await services.audit.recordSecurityEvent({
        kind: 'session_refused',
        reason: lookup.status === 'ended' ? 'replayed_after_logout' : 'unknown_session',
        requestId: request.id,
        details: { path: request.url.split('?')[0] },
      });
    }
  });

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const permission = request.routeOptions.config.permission;
    if (!permission) return;
    const params = (request.params ?? {}) as { kommunenummer?: string; providerId?: string };
    if (params.kommunenummer) {
      const m = await services.municipalities.getMunicipality(params.kommunenummer);
      request.tenant = { id: m.id, kommunenummer: m.kommunenummer, name: m.name };
    }
    if (request.principal && UNSAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== request.csrfToken) {
        await services.audit.recordSecurityEvent({
          kind: 'csrf_refused',
          reason: typeof sent === 'string' ? 'token_mismatch' : 'token_missing',
          requestId: request.id,
          details: { path: request.url.split('?')[0], method: request.method },
        });
        return sendError(request, reply, 'CSRF_REFUSED', 403);
      }
    }
    const decision = authorize(request.principal, permission, {
      ...(request.tenant ? { municipalityId: request.tenant.id } : {}),
      ...(params.providerId ? { providerId: params.providerId } : {}),
    });
    if (decision.allowed) {
      request.membership = decision.membership;
      return;
    }
    if (decision.reason === 'unauthenticated') {
      throw new AppError(request.sessionProblem === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    }
    const details = { path: request.routeOptions.url ?? '', method: request.method, permission };
    if (request.tenant) {
      await services.audit.record(
        { principal: request.principal, membership: null, permission, requestId: request.id },
        { municipalityId: request.tenant.id, action: 'access.denied', outcome: 'denied', details },
      );
    } else {
      await services.audit.recordSecurityEvent({
        kind: 'access_denied',
        reason: permission,
        requestId: request.id,
        details,
      });
    }
    throw new AppError('FORBIDDEN');
  });
}
