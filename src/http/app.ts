import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { createServices, type Services } from '../services.ts';
import { registerAccessControl } from './access.ts';
import { apiModules } from './api-modules.ts';
import { registerPublicCaching } from './cacheable.ts';
import { registerErrorHandling, sendError } from './error-handler.ts';
import { ErrorResponse } from './errors.ts';
import { negotiateLanguage } from './i18n.ts';
import { unsafeInput } from './input-guard.ts';
import './types.ts';

export interface AppOptions {
  config: Config;
  database: Database;
  /** Overrides for tests; by default services are built from the database. */
  services?: Services;
  logger?: FastifyServerOptions['logger'];
  /**
   * One readable line per API request (method, path, status, time) instead of pino's two JSON lines per request,
   * and nothing for the web app's files. Default: in development.
   */
  readableRequestLog?: boolean;
  /** Called before any route is registered (tests use it to observe routes). */
  beforeRoutes?: (app: FastifyInstance) => void;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{8,128}$/;

export const LANGUAGE_COOKIE = 'lang';

/** A request path fit for the log: no query string, and no one-time invitation token. */
export function loggablePath(url: string): string {
  return (url.split('?')[0] ?? '').replace(/\/invitasjon\/[^/]+/, '/invitasjon/[redacted]');
}

export function loggerOptions(config: Config, stream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    ...(stream ? { stream } : {}),
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
    // Query strings can hold search text typed by a person; log the path only.
    serializers: {
      req(request: { method: string; url: string; id: string }) {
        return { method: request.method, path: loggablePath(request.url), id: request.id };
      },
    },
  };
}

/**
 * Development's log: pino's lines turned by pino-pretty (a development dependency) into time, level and message
 * on one line. Without pino-pretty, the JSON lines of loggerOptions.
 */
export async function readableLoggerOptions(
  config: Config,
  destination?: NodeJS.WritableStream,
): Promise<FastifyServerOptions['logger']> {
  let pretty: typeof import('pino-pretty');
  try {
    pretty = (await import('pino-pretty')).default;
  } catch {
    return loggerOptions(config, destination);
  }
  const stream = pretty({
    destination: destination ?? 1,
    colorize: destination === undefined && process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,reqId',
    singleLine: true,
    sync: true,
  });
  return loggerOptions(config, stream);
}

/** The web app's files and the API documentation's page are not worth a line. */
function isQuietPath(path: string): boolean {
  return !(path === '/api' || path.startsWith('/api/')) || path.startsWith('/api/docs');
}

/**
 * One line per API request when it is answered, the path as loggablePath gives it: 'GET /api/municipalities 200
 * 3 ms'. Nothing on arrival, nothing for quiet paths; a route's own log level still applies (health stays quiet).
 */
class ReadableRequestLog extends LogController {
  override incomingRequest(): void {}

  override routeNotFound(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const path = loggablePath(request.url);
    if (isQuietPath(path)) return;
    const line = `${request.method} ${path} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`;
    if (error) reply.log.error({ err: error }, line);
    else reply.log.info(line);
  }
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const services = options.services ?? createServices(database, config);
  const readableRequestLog = options.readableRequestLog ?? config.mode === 'development';

  const app = Fastify({
    logger: options.logger ?? (readableRequestLog ? await readableLoggerOptions(config) : loggerOptions(config)),
    ...(readableRequestLog ? { logController: new ReadableRequestLog() } : {}),
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    },
    bodyLimit: 1_048_576,
    ajv: { customOptions: { allErrors: true, removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
    routerOptions: { ignoreTrailingSlash: true },
    // Addresses the router refuses before any route runs (a path part too long, broken escapes): the API's format.
    frameworkErrors: (error, request, reply) =>
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? sendError(request, reply, 'URI_TOO_LONG', 414)
        : sendError(request, reply, 'BAD_REQUEST', 400),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorateRequest('language', 'nb');
  await app.register(cookie);
  // Before compression: the ETag of a public catalogue answer is the hash of the answer as made.
  registerPublicCaching(app);
  // Answers over 1 KB go compressed to clients that accept it (a phone on a mobile network gets the search and
  // the map in a fraction of the bytes). gzip only: cheap enough for answers made per request.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['gzip'] });
  app.addHook('onRequest', async (request, reply) => {
    const chosen = request.cookies[LANGUAGE_COOKIE];
    request.language = negotiateLanguage(chosen, request.headers['accept-language']);
    reply.header('x-request-id', request.id);
    reply.header('content-language', request.language);
  });

  options.beforeRoutes?.(app);
  registerErrorHandling(app);
  // Before access control and every handler: input the schemas accept but the database cannot take.
  app.addHook('preHandler', async (request) => {
    const fields = unsafeInput(request);
    if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
  });
  registerAccessControl(app, services, { secureCookies: config.mode === 'production' });
  app.addSchema(ErrorResponse);
  for (const schema of apiModules.flatMap((m) => m.schemas ?? [])) app.addSchema(schema);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Fritidskort API',
        description:
          'Open leisure-card platform for Norwegian municipalities. Every error uses one format: ' +
          '`{ error: { code, message, details?, requestId } }`; messages follow the `lang` cookie or Accept-Language.',
        version: '0.1.0',
      },
      tags: apiModules.flatMap((m) => (m.tag ? [m.tag] : [])),
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });

  await app.register(
    async (api) => {
      for (const module of apiModules) await module.routes(api, { services, config, database });
    },
    { prefix: '/api' },
  );

  app.get('/api/openapi.json', { schema: { hide: true }, config: { permission: 'public' } }, async () => app.swagger());

  await registerWebApp(app, config);
  return app;
}

/**
 * Serves the built web app. A GET (or HEAD) of any other path outside /api that does not ask for JSON gets
 * index.html, so the app's router handles it and a browser, curl or a health probe on the printed address sees the
 * page; unknown /api paths, missing files under /assets and requests that ask for JSON get the API's 404.
 */
async function registerWebApp(app: FastifyInstance, config: Config): Promise<void> {
  const index = join(config.webDist, 'index.html');
  const hasWeb = existsSync(index);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: config.webDist,
      wildcard: false,
      index: false,
      maxAge: '1h',
      setHeaders(reply, path) {
        if (path.includes('/assets/')) reply.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage =
      hasWeb &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      path !== '/api' &&
      !path.startsWith('/api/') &&
      !path.startsWith('/assets/') &&
      !(request.headers.accept ?? '').includes('application/json');
    if (wantsPage) {
      // The page names the current build's files: always checked again, never kept from an older build.
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    }
    return sendError(request, reply, 'NOT_FOUND', 404);
  });
}
