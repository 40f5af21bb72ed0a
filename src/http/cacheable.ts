/**
 * Public catalogue answers that browsers and shared caches may keep: a route that declares `config.cacheable`
 * answers a successful GET with a validator (a weak ETag, the hash of the answer before compression) and
 * `Cache-Control: public, no-cache`, so a cache keeps the answer but asks again each time; a request whose
 * `If-None-Match` names the current answer gets 304 without a body. The ETag is made from the answer itself, so it
 * changes exactly when the answer does: an activity published, changed or archived changes every answer that shows
 * it, and nothing has to be remembered to invalidate. Answers depend on the language (cookie, Accept-Language), so
 * caches keep one per language.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

function namesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (value: string) => value.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => candidate.trim() === '*' || weak(candidate) === weak(tag));
}

/** Registers the hook; it must run before compression, which it does when registered before @fastify/compress. */
export function registerPublicCaching(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' || reply.statusCode !== 200 || request.routeOptions.config.cacheable !== true) {
      return payload;
    }
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const tag = `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', tag);
    reply.header('cache-control', 'public, no-cache');
    reply.header('vary', 'Accept-Language, Cookie');
    if (namesTag(request.headers['if-none-match'], tag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
