import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Config } from '../../config.ts';
import { SESSION_COOKIE, sessionCookieOptions } from '../../http/access.ts';
import { errorResponses } from '../../http/errors.ts';
import type { Services } from '../../services.ts';

const KindParams = Type.Object({ kind: Type.Union([Type.Literal('citizen'), Type.Literal('staff')]) });

/** Login with OpenID Connect: citizens through ID-porten, staff through the municipality's provider. */
export const authRoutes: FastifyPluginAsyncTypebox<{ services: Services; config: Config }> = async (
  app,
  { services, config },
) => {
  const secure = config.mode === 'production';

  app.get(
    '/auth/login/:kind',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['identity'],
        summary: 'Start login; redirects to the identity provider',
        params: KindParams,
        querystring: Type.Object({ returnTo: Type.Optional(Type.String({ maxLength: 500 })) }),
        response: { 302: Type.Null(), ...errorResponses(503) },
      },
    },
    async (request, reply) => {
      let url: string | undefined;
      try {
        url = await services.login.start(request.params.kind, {
          ...(request.query.returnTo ? { returnTo: request.query.returnTo } : {}),
          language: request.language,
        });
      } catch (error) {
        request.log.error({ err: error }, 'identity provider unreachable');
      }
      if (!url) return reply.redirect(`/?loginError=login_unavailable`, 302);
      return reply.header('cache-control', 'no-store').redirect(url, 302);
    },
  );

  app.get(
    '/auth/callback/:kind',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['identity'],
        summary: 'Return from the identity provider; starts the session and redirects into the app',
        params: KindParams,
        querystring: Type.Object({}, { additionalProperties: Type.String({ maxLength: 4096 }) }),
        response: { 302: Type.Null() },
      },
    },
    async (request, reply) => {
      const callbackUrl = new URL(request.url, config.publicUrl);
      const result = await services.login.finish(request.params.kind, callbackUrl, request.id);
      reply.header('cache-control', 'no-store');
      if (!result.ok) {
        const target = new URL(result.returnTo, config.publicUrl);
        target.searchParams.set('loginError', result.reason);
        return reply.redirect(`${target.pathname}${target.search}`, 302);
      }
      const oldToken = request.cookies[SESSION_COOKIE];
      if (oldToken) await services.identity.endSession(oldToken, 'replaced');
      const maxAge = Math.floor((result.session.expiresAt.getTime() - Date.now()) / 1000);
      reply.setCookie(SESSION_COOKIE, result.session.token, sessionCookieOptions(secure, maxAge));
      return reply.redirect(result.returnTo, 302);
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['identity'],
        summary: "End the session; answers where to send the browser (the provider's logout)",
        response: { 200: Type.Object({ redirectTo: Type.String() }), ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await services.identity.endSession(token, 'logout');
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(secure));
      const kind = request.principal?.kind ?? 'citizen';
      return { redirectTo: await services.login.logoutUrl(kind) };
    },
  );
};
