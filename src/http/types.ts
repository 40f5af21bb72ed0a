import type { Actor, Membership, Permission, Principal } from '../domain/access.ts';
import type { Language } from './i18n.ts';

export interface Tenant {
  id: number;
  kommunenummer: string;
  name: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Language negotiated for this request; every message to the person uses it. */
    language: Language;
    /** The logged-in person, or null. */
    principal: Principal | null;
    /** CSRF token of the session; state-changing requests must echo it in `x-csrf-token`. */
    csrfToken: string | null;
    /** Why a presented session cookie gave no principal. */
    sessionProblem: 'expired' | 'ended' | 'unknown' | null;
    /** The municipality named in the path, when the route has one. */
    tenant: Tenant | null;
    /** Membership in the tenant that granted access. */
    membership: Membership | null;
    /** Who acts, for use cases and the audit log. */
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** The permission a route requires (src/domain/access.ts). Every API route declares one. */
    permission?: Permission;
    /** A public answer that caches may keep and revalidate by its ETag (src/http/cacheable.ts). */
    cacheable?: boolean;
  }
}
