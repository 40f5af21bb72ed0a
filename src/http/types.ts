import type { Language } from './i18n.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Language negotiated for this request; every message to the person uses it. */
    language: Language;
  }
}
