import { createHash, randomBytes } from 'node:crypto';
import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import {
  ASSIGNABLE_ROLES,
  type AssignableRole,
  type Membership,
  type Principal,
  type Role,
} from '../../domain/access.ts';
import { ACCEPT_TEST_NUMBERS, type NationalIdPolicy, parseNationalId } from '../../domain/national-id.ts';
import { AppError } from '../../errors.ts';
import type { NationalIdProtector } from '../../security/pii.ts';
import type { AuditService } from '../audit/service.ts';
import type { PeopleDirectory } from '../people/directory-service.ts';
import type { IdentityStore, RoleAssignmentRow } from './store.ts';

export interface SessionPolicy {
  /** Ends a session this long after its last request. */
  idleMs: number;
  /** Ends a session this long after login, however active. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 30 * 60_000, absoluteMs: 8 * 60 * 60_000 };

export type SessionLookup =
  | { status: 'active'; principal: Principal; csrfToken: string }
  | { status: 'unknown' | 'expired' | 'ended' };

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

const TOUCH_INTERVAL_MS = 60_000;

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** What identity needs to know of providers: the names of those that are the municipality's (others are left out). */
export interface ProviderDirectory {
  names(municipalityId: number, providerIds: readonly string[]): Promise<Map<string, string>>;
}

/** A role as the municipality's list shows it: with the name of the provider it is for. */
export interface RoleAssignmentView extends RoleAssignmentRow {
  providerName: string | null;
}

export function createIdentityService(deps: {
  store: IdentityStore;
  directory: PeopleDirectory;
  /** The municipality's providers, which the catalogue owns. */
  providers: ProviderDirectory;
  protector: NationalIdProtector;
  /** Role changes with their audit entry, as one transaction. */
  transaction: UseCaseTransaction<{ store: IdentityStore; audit: AuditService; providers: ProviderDirectory }>;
  policy?: SessionPolicy;
  /** Which national ids the installation accepts (production refuses synthetic test numbers); default: all. */
  nationalIdPolicy?: NationalIdPolicy;
  now?: () => Date;
}) {
  const { store, directory, protector } = deps;
  const nationalIdPolicy = deps.nationalIdPolicy ?? ACCEPT_TEST_NUMBERS;
  const policy = deps.policy ?? DEFAULT_SESSION_POLICY;
  const now = deps.now ?? (() => new Date());

  function assignmentMemberships(rows: RoleAssignmentRow[], into: Map<number, Membership>) {
    for (const row of rows) {
      const current = into.get(row.municipalityId) ?? {
        municipalityId: row.municipalityId,
        roles: [],
        personId: null,
        providerIds: [],
        venueIds: [],
        protectedAccess: false,
      };
      const roles = current.roles.includes(row.role) ? current.roles : [...current.roles, row.role];
      into.set(row.municipalityId, {
        ...current,
        roles,
        providerIds:
          row.role === 'provider_admin' && row.providerId
            ? [...current.providerIds, row.providerId]
            : current.providerIds,
        venueIds:
          row.role === 'venue_staff' && row.providerId ? [...current.venueIds, row.providerId] : current.venueIds,
        protectedAccess: current.protectedAccess || row.protectedAccess,
      });
    }
  }

  async function newSession(
    row: {
      kind: 'citizen' | 'staff';
      citizenHash: Buffer | null;
      staffUserId: string | null;
      displayName: string;
      acr: string | null;
    },
    on: Pick<IdentityStore, 'insertSession'> = store,
  ): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const expiresAt = new Date(now().getTime() + policy.absoluteMs);
    await on.insertSession({ ...row, tokenHash: hashToken(token), csrfToken, expiresAt });
    return { token, csrfToken, expiresAt };
  }

  return {
    store,

    /** Whether a national id is one this installation accepts at login (production refuses test numbers). */
    acceptsNationalId(nationalId: string): boolean {
      return parseNationalId(nationalId, nationalIdPolicy).ok;
    },

    /** Starts a citizen's session after ID-porten login; the national id is kept only as its keyed hash. */
    async startCitizenSession(input: { pid: string; name: string; acr: string | null }): Promise<NewSession> {
      const parsed = parseNationalId(input.pid, nationalIdPolicy);
      if (!parsed.ok) throw new AppError('UNAUTHENTICATED');
      return newSession({
        kind: 'citizen',
        citizenHash: protector.lookupHash(parsed.id.value),
        staffUserId: null,
        displayName: input.name,
        acr: input.acr,
      });
    },

    /** Starts a staff member's session after login at the staff identity provider. */
    async startStaffSession(input: {
      issuer: string;
      subject: string;
      name: string;
      email: string | null;
      acr: string | null;
    }): Promise<NewSession> {
      // The staff user as the identity provider names them, and their session, together.
      return deps.transaction(async ({ store }) => {
        const user = await store.upsertStaffUser({
          issuer: input.issuer,
          subject: input.subject,
          name: input.name,
          email: input.email,
        });
        return newSession(
          {
            kind: 'staff',
            citizenHash: null,
            staffUserId: user.id,
            displayName: user.name,
            acr: input.acr,
          },
          store,
        );
      });
    },

    /** The person behind a session cookie, with their roles per municipality as of now. */
    async resolveSession(token: string): Promise<SessionLookup> {
      const tokenHash = hashToken(token);
      const row = await store.findSession(tokenHash);
      if (!row) return { status: 'unknown' };
      if (row.endedAt) return { status: 'ended' };
      const at = now();
      if (row.expiresAt.getTime() <= at.getTime()) {
        await store.endSession(tokenHash, 'expired');
        return { status: 'expired' };
      }
      if (row.lastSeenAt.getTime() + policy.idleMs <= at.getTime()) {
        await store.endSession(tokenHash, 'idle');
        return { status: 'expired' };
      }
      if (at.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await store.touchSession(tokenHash, at);

      const memberships = new Map<number, Membership>();
      let platformOperator = false;
      if (row.kind === 'citizen' && row.citizenHash) {
        const citizenHash = Buffer.from(row.citizenHash);
        const register = await directory.registerMemberships(citizenHash);
        // Death ends every membership: whatever links or roles are still on record, the dead get no access.
        const deceased = register.some((m) => m.deceased);
        for (const m of deceased ? [] : register) {
          memberships.set(m.municipalityId, {
            municipalityId: m.municipalityId,
            roles: m.roles,
            personId: m.personId,
            providerIds: [],
            venueIds: [],
            protectedAccess: false,
          });
        }
        if (!deceased) assignmentMemberships(await store.activeAssignments({ citizenHash }), memberships);
      } else if (row.staffUserId) {
        const user = await store.findStaffUser(row.staffUserId);
        if (!user) return { status: 'ended' };
        platformOperator = user.platformOperator;
        assignmentMemberships(await store.activeAssignments({ staffUserId: row.staffUserId }), memberships);
      }
      return {
        status: 'active',
        csrfToken: row.csrfToken,
        principal: {
          kind: row.kind,
          sessionId: tokenHash.toString('hex').slice(0, 16),
          displayName: row.displayName,
          staffUserId: row.staffUserId,
          citizenHash: row.citizenHash ? Buffer.from(row.citizenHash).toString('hex') : null,
          platformOperator,
          memberships: [...memberships.values()],
        },
      };
    },

    async endSession(token: string, reason: 'logout' | 'replaced'): Promise<void> {
      await store.endSession(hashToken(token), reason);
    },

    /** Makes sure a staff member exists with a role (installation set-up and demo data); idempotent. */
    async ensureStaffRole(input: {
      issuer: string;
      subject: string;
      name: string;
      email: string;
      platformOperator?: boolean;
      municipalityId?: number;
      role?: AssignableRole;
      protectedAccess?: boolean;
    }): Promise<void> {
      await deps.transaction(async ({ store }) => {
        const user = await store.upsertStaffUser({
          issuer: input.issuer,
          subject: input.subject,
          name: input.name,
          email: input.email,
        });
        if (input.platformOperator !== undefined) await store.setPlatformOperator(user.id, input.platformOperator);
        if (input.municipalityId !== undefined && input.role) {
          await store.insertAssignment({
            municipalityId: input.municipalityId,
            role: input.role,
            staffUserId: user.id,
            citizenHash: null,
            holderName: input.name,
            providerId: null,
            protectedAccess: input.protectedAccess ?? false,
            grantedBy: 'installation set-up',
          });
        }
      });
    },

    async listRoleAssignments(municipalityId: number): Promise<RoleAssignmentView[]> {
      const rows = await store.listAssignments(municipalityId);
      const ids = rows.flatMap((r) => (r.providerId ? [r.providerId] : []));
      const names = await deps.providers.names(municipalityId, ids);
      return rows.map((r) => ({ ...r, providerName: r.providerId ? (names.get(r.providerId) ?? null) : null }));
    },

    /** A municipality admin gives a role to a staff member (by e-mail) or a citizen (by national id). */
    async grantRole(
      actor: Actor,
      input: {
        role: AssignableRole;
        staffEmail?: string;
        nationalId?: string;
        holderName?: string;
        providerId?: string;
        protectedAccess?: boolean;
      },
    ): Promise<RoleAssignmentView> {
      const municipalityId = actor.membership?.municipalityId ?? 0;
      if (!(ASSIGNABLE_ROLES as readonly Role[]).includes(input.role)) {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/role', rule: 'invalid' }]);
      }
      const needsProvider = input.role === 'provider_admin' || input.role === 'venue_staff';
      if (needsProvider !== (input.providerId !== undefined)) {
        throw new AppError('VALIDATION_FAILED', {}, [
          { field: 'body/providerId', rule: needsProvider ? 'required' : 'invalid' },
        ]);
      }
      // The provider's name, looked up once: it proves the provider is the municipality's and names the role.
      const providerName = input.providerId
        ? (await deps.providers.names(municipalityId, [input.providerId])).get(input.providerId)
        : null;
      if (providerName === undefined) throw new AppError('PROVIDER_NOT_FOUND');
      let holder: { staffUserId: string | null; citizenHash: Buffer | null; holderName: string };
      if (input.staffEmail !== undefined && input.nationalId === undefined) {
        const user = await store.findStaffUserByEmail(input.staffEmail);
        if (!user) throw new AppError('STAFF_USER_NOT_FOUND');
        holder = { staffUserId: user.id, citizenHash: null, holderName: user.name };
      } else if (input.nationalId !== undefined && input.staffEmail === undefined) {
        const parsed = parseNationalId(input.nationalId, nationalIdPolicy);
        if (!parsed.ok) {
          const rule = parsed.error === 'synthetic' ? 'nationalIdSynthetic' : 'nationalId';
          throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/nationalId', rule }]);
        }
        const name = input.holderName?.trim();
        if (!name) throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/holderName', rule: 'required' }]);
        holder = { staffUserId: null, citizenHash: protector.lookupHash(parsed.id.value), holderName: name };
      } else {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/staffEmail', rule: 'required' }]);
      }
      return deps.transaction(async (tx) => {
        const row = await tx.store.insertAssignment({
          municipalityId,
          role: input.role,
          ...holder,
          providerId: input.providerId ?? null,
          protectedAccess: input.protectedAccess ?? false,
          grantedBy: actor.principal?.displayName ?? 'system',
        });
        if (!row) throw new AppError('ROLE_ASSIGNMENT_EXISTS');
        await tx.audit.record(actor, {
          municipalityId,
          action: 'role.grant',
          details: { assignmentId: row.id, role: row.role, holder: row.holderName, providerId: row.providerId },
        });
        return { ...row, providerName };
      });
    },

    /**
     * Makes the signed-in person an admin of a provider: when they register it, or accept an invitation from
     * its admin. Idempotent; takes effect from the person's next request.
     */
    async grantProviderAdmin(input: {
      principal: Principal;
      municipalityId: number;
      providerId: string;
      grantedBy: string;
    }): Promise<void> {
      const { principal } = input;
      const holder =
        principal.kind === 'citizen' && principal.citizenHash
          ? { staffUserId: null, citizenHash: Buffer.from(principal.citizenHash, 'hex') }
          : principal.staffUserId
            ? { staffUserId: principal.staffUserId, citizenHash: null }
            : undefined;
      if (!holder) throw new AppError('UNAUTHENTICATED');
      // Joins the transaction of the use case that grants it (registration, an accepted invitation).
      await deps.transaction(async (tx) => {
        if (!(await tx.providers.names(input.municipalityId, [input.providerId])).has(input.providerId))
          throw new AppError('PROVIDER_NOT_FOUND');
        await tx.store.insertAssignment({
          municipalityId: input.municipalityId,
          role: 'provider_admin',
          ...holder,
          holderName: principal.displayName,
          providerId: input.providerId,
          protectedAccess: false,
          grantedBy: input.grantedBy,
        });
      });
    },

    /**
     * Death ends access: the roles of people the population register records as dead are revoked. Called by the
     * population import inside its transaction.
     */
    async revokeRolesOfDeceased(municipalityId: number, citizenHashes: readonly Buffer[]): Promise<number> {
      return deps.transaction(({ store }) => store.revokeCitizenRoles(municipalityId, citizenHashes));
    },

    async revokeRole(actor: Actor, assignmentId: string): Promise<void> {
      const municipalityId = actor.membership?.municipalityId ?? 0;
      await deps.transaction(async (tx) => {
        const outcome = await tx.store.revokeAssignment(municipalityId, assignmentId);
        if (outcome === 'not_found') throw new AppError('ROLE_ASSIGNMENT_NOT_FOUND');
        if (outcome === 'last_admin') throw new AppError('LAST_MUNICIPALITY_ADMIN');
        await tx.audit.record(actor, { municipalityId, action: 'role.revoke', details: { assignmentId } });
      });
    },
  };
}

export type IdentityService = ReturnType<typeof createIdentityService>;
