/**
 * Who may do what: the one place where roles meet permissions. Pure.
 *
 * Roles hold per municipality (a membership). Guardian and youth follow from the population register;
 * the other municipal roles are assigned; platform operator is installation-wide and sees no personal data.
 * Routes name one permission each; data scoping (a guardian's own children, a provider's own activities)
 * is done by the use case with the principal's ids, so a guessed id finds nothing.
 */

export const ROLES = [
  'guardian',
  'youth',
  'provider_admin',
  'venue_staff',
  'caseworker',
  'leisure_guide',
  'municipality_admin',
  'platform_operator',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles a municipality assigns (the others come from the register or the installation). */
export const ASSIGNABLE_ROLES = [
  'provider_admin',
  'venue_staff',
  'caseworker',
  'leisure_guide',
  'municipality_admin',
] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export interface Membership {
  municipalityId: number;
  roles: readonly Role[];
  /** The principal's own person row in this municipality (citizens known to the register here). */
  personId: string | null;
  /** Providers this principal administers (provider_admin). */
  providerIds: readonly string[];
  /** Venues (providers) where this principal checks tickets (venue_staff). */
  venueIds: readonly string[];
  /** Named staff who may find people with strictly protected addresses. */
  protectedAccess: boolean;
}

export interface Principal {
  kind: 'citizen' | 'staff';
  sessionId: string;
  displayName: string;
  staffUserId: string | null;
  /** Keyed hash of a citizen's national id (hex); never the id itself. */
  citizenHash: string | null;
  platformOperator: boolean;
  memberships: readonly Membership[];
}

export type Permission =
  | 'public'
  | 'authenticated'
  | 'family.read'
  | 'family.export'
  | 'family.enrol'
  | 'person.lookup'
  | 'person.residence.confirm'
  | 'audit.search'
  | 'roles.read'
  | 'roles.manage'
  | 'population.import'
  | 'retention.run'
  | 'provider.manage'
  | 'provider.approve'
  | 'support.manage'
  | 'news.send'
  | 'scheme.read'
  | 'scheme.manage'
  | 'grants.run'
  | 'scheme.place'
  | 'payout.manage'
  | 'ticket.manage'
  | 'ticket.allocate'
  | 'ticket.redeem'
  | 'expiry.run'
  | 'ledger.correct'
  | 'municipality.register';

/** The context of one use case: who acts, in which municipality, for which request. */
export interface Actor {
  principal: Principal | null;
  membership: Membership | null;
  permission: Permission;
  requestId: string | null;
}

type Scope = 'none' | 'installation' | 'municipality' | 'provider';

interface Rule {
  scope: Scope;
  /** Roles that grant the permission within the scope; 'anyone' needs no login; 'authenticated' any login. */
  roles: readonly Role[] | 'anyone' | 'authenticated';
}

export const PERMISSIONS: Record<Permission, Rule> = {
  public: { scope: 'none', roles: 'anyone' },
  authenticated: { scope: 'none', roles: 'authenticated' },
  'family.read': { scope: 'municipality', roles: ['guardian', 'youth'] },
  'family.export': { scope: 'municipality', roles: ['guardian', 'youth'] },
  'family.enrol': { scope: 'municipality', roles: ['guardian', 'youth'] },
  'person.lookup': { scope: 'municipality', roles: ['caseworker', 'municipality_admin'] },
  'person.residence.confirm': { scope: 'municipality', roles: ['caseworker', 'municipality_admin'] },
  'audit.search': { scope: 'municipality', roles: ['municipality_admin'] },
  'roles.read': { scope: 'municipality', roles: ['municipality_admin'] },
  'roles.manage': { scope: 'municipality', roles: ['municipality_admin'] },
  'population.import': { scope: 'municipality', roles: ['municipality_admin'] },
  'retention.run': { scope: 'municipality', roles: ['municipality_admin'] },
  'provider.manage': { scope: 'provider', roles: ['provider_admin'] },
  'provider.approve': { scope: 'municipality', roles: ['municipality_admin'] },
  'support.manage': { scope: 'municipality', roles: ['municipality_admin'] },
  'news.send': { scope: 'municipality', roles: ['municipality_admin'] },
  'scheme.read': { scope: 'municipality', roles: ['municipality_admin', 'caseworker'] },
  'scheme.manage': { scope: 'municipality', roles: ['municipality_admin'] },
  'grants.run': { scope: 'municipality', roles: ['municipality_admin'] },
  'scheme.place': { scope: 'municipality', roles: ['municipality_admin', 'caseworker'] },
  'payout.manage': { scope: 'municipality', roles: ['municipality_admin'] },
  'ticket.manage': { scope: 'municipality', roles: ['municipality_admin'] },
  'ticket.allocate': { scope: 'municipality', roles: ['caseworker'] },
  'ticket.redeem': { scope: 'provider', roles: ['venue_staff'] },
  'expiry.run': { scope: 'municipality', roles: ['municipality_admin'] },
  'ledger.correct': { scope: 'municipality', roles: ['municipality_admin'] },
  'municipality.register': { scope: 'installation', roles: ['platform_operator'] },
};

export interface AccessTarget {
  municipalityId?: number;
  providerId?: string;
}

export type AccessDecision =
  | { allowed: true; membership: Membership | null }
  | { allowed: false; reason: 'unauthenticated' | 'forbidden' };

export function membershipIn(principal: Principal, municipalityId: number): Membership | undefined {
  return principal.memberships.find((m) => m.municipalityId === municipalityId);
}

export function authorize(
  principal: Principal | null,
  permission: Permission,
  target: AccessTarget = {},
): AccessDecision {
  const rule = PERMISSIONS[permission];
  if (rule.roles === 'anyone') return { allowed: true, membership: null };
  if (!principal) return { allowed: false, reason: 'unauthenticated' };
  if (rule.roles === 'authenticated') return { allowed: true, membership: null };
  const roles = rule.roles;
  switch (rule.scope) {
    case 'none':
    case 'installation':
      return principal.platformOperator && roles.includes('platform_operator')
        ? { allowed: true, membership: null }
        : { allowed: false, reason: 'forbidden' };
    case 'municipality':
    case 'provider': {
      if (target.municipalityId === undefined) return { allowed: false, reason: 'forbidden' };
      const membership = membershipIn(principal, target.municipalityId);
      if (!membership) return { allowed: false, reason: 'forbidden' };
      const held = membership.roles.filter((r) => roles.includes(r));
      if (held.length === 0) return { allowed: false, reason: 'forbidden' };
      if (rule.scope === 'provider') {
        const providerId = target.providerId;
        if (providerId === undefined) return { allowed: false, reason: 'forbidden' };
        const own =
          (held.includes('provider_admin') && membership.providerIds.includes(providerId)) ||
          (held.includes('venue_staff') && membership.venueIds.includes(providerId));
        if (!own) return { allowed: false, reason: 'forbidden' };
      }
      return { allowed: true, membership };
    }
  }
}

/** The role a principal acts in for a permission, for the audit log. */
export function actingRole(membership: Membership | null, permission: Permission): Role | null {
  const rule = PERMISSIONS[permission];
  if (!membership || !Array.isArray(rule.roles)) return null;
  const roles: readonly Role[] = rule.roles;
  return membership.roles.find((r) => roles.includes(r)) ?? null;
}
