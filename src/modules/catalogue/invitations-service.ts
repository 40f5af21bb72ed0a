/**
 * Co-admin invitations: a provider's admin invites a person by e-mail; the person opens the one-time link,
 * signs in and becomes an admin of the provider too.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { membershipIn } from '../../domain/access.ts';
import { isValidEmail } from '../../domain/provider.ts';
import { AppError, type FieldError } from '../../errors.ts';
import type { InvitationRow, InvitationStore } from './invitations-store.ts';
import { invitationMail } from './providers-mail.ts';
import type { ProviderDependencies, TenantRef } from './providers-service.ts';
import type { ProviderStore } from './providers-store.ts';

export type InvitationDependencies = Pick<
  ProviderDependencies,
  'identity' | 'audit' | 'municipalities' | 'enqueueMail' | 'publicUrl' | 'now'
> & {
  store: InvitationStore;
  /** The providers' rows, to check the provider and name it in messages. */
  providers: Pick<ProviderStore, 'find'>;
  /** A use case's writes (the invitation, the admin role, the audit entry, the e-mail) as one transaction. */
  transaction: UseCaseTransaction<InvitationScope>;
};

/** What an invitation use case writes through, built on its transaction. */
export type InvitationScope = Pick<
  InvitationDependencies,
  'store' | 'providers' | 'identity' | 'audit' | 'municipalities' | 'enqueueMail'
>;

/** How long an invitation link can be used. */
export const INVITATION_VALID_DAYS = 14;

export interface Invitation {
  id: string;
  providerId: string;
  name: string;
  email: string;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    providerId: row.providerId,
    name: row.inviteeName,
    email: row.email,
    invitedBy: row.invitedBy,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
  };
}

/** The provider's admin acting on their own provider (the access check did the same; a guessed id finds nothing). */
function assertManages(actor: Actor, tenant: TenantRef, providerId: string): void {
  const m = actor.membership;
  if (!m || m.municipalityId !== tenant.id || !m.providerIds.includes(providerId)) throw new AppError('FORBIDDEN');
}

export function createInvitationService(deps: InvitationDependencies) {
  const { store, providers, audit } = deps;
  const now = deps.now ?? (() => new Date());
  const publicUrl = deps.publicUrl.replace(/\/+$/, '');

  return {
    /** Invites a co-admin; the link goes only to the invitee's e-mail and is never returned. */
    async create(
      actor: Actor,
      tenant: TenantRef,
      providerId: string,
      input: { name: string; email: string },
    ): Promise<Invitation> {
      assertManages(actor, tenant, providerId);
      const provider = await providers.find(tenant.id, providerId);
      if (!provider) throw new AppError('PROVIDER_NOT_FOUND');
      const name = input.name.trim();
      const email = input.email.trim();
      const fields: FieldError[] = [];
      if (name.length === 0) fields.push({ field: 'body/name', rule: 'required' });
      else if (name.length > 200) fields.push({ field: 'body/name', rule: 'maxLength', params: { limit: 200 } });
      if (!isValidEmail(email)) fields.push({ field: 'body/email', rule: 'email' });
      if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);

      const token = randomBytes(32).toString('base64url');
      const createdAt = now();
      const expiresAt = new Date(createdAt.getTime() + INVITATION_VALID_DAYS * 24 * 60 * 60_000);
      const invitedBy = actor.principal?.displayName ?? 'system';
      return deps.transaction(async ({ store, audit, municipalities, enqueueMail }) => {
        const row = await store.insert({
          municipalityId: tenant.id,
          providerId,
          tokenHash: hashToken(token),
          email,
          inviteeName: name,
          invitedBy,
          createdAt,
          expiresAt,
        });
        await audit.record(actor, {
          municipalityId: tenant.id,
          action: 'provider.invitation.create',
          details: { providerId, invitationId: row.id },
        });
        const municipality = await municipalities.getMunicipality(tenant.kommunenummer);
        const language = municipality.settings.defaultLanguage;
        const mail = invitationMail(language, {
          inviteeName: name,
          invitedBy,
          providerName: provider.name,
          municipalityName: municipality.name,
          link: `${publicUrl}/kommune/${tenant.kommunenummer}/invitasjon/${token}`,
          expiresAt,
        });
        await enqueueMail(
          { to: email, ...mail, language },
          { municipalityId: tenant.id, reference: `provider-invitation:${row.id}` },
        );
        return toInvitation(row);
      });
    },

    /** Invitations that can still be accepted. */
    async listOpen(actor: Actor, tenant: TenantRef, providerId: string): Promise<Invitation[]> {
      assertManages(actor, tenant, providerId);
      const rows = await store.listOpen(tenant.id, providerId, now());
      // Invitees' names and e-mail addresses are personal data: the read is logged.
      await audit.record(actor, {
        municipalityId: tenant.id,
        action: 'provider.invitation.list',
        details: { providerId, count: rows.length },
      });
      return rows.map(toInvitation);
    },

    async revoke(actor: Actor, tenant: TenantRef, providerId: string, invitationId: string): Promise<void> {
      assertManages(actor, tenant, providerId);
      await deps.transaction(async ({ store, audit }) => {
        const row = await store.revoke(tenant.id, providerId, invitationId, now());
        if (!row) throw new AppError('INVITATION_NOT_FOUND');
        await audit.record(actor, {
          municipalityId: tenant.id,
          action: 'provider.invitation.revoke',
          details: { providerId, invitationId },
        });
      });
    },

    /**
     * The signed-in person takes up an invitation and becomes an admin of the provider. A link works once:
     * of two simultaneous requests only one succeeds.
     */
    async accept(
      actor: Actor,
      tenant: TenantRef,
      token: string,
    ): Promise<{ providerId: string; providerName: string }> {
      const principal = actor.principal;
      if (!principal) throw new AppError('UNAUTHENTICATED');
      const auditActor: Actor = {
        ...actor,
        membership: actor.membership ?? membershipIn(principal, tenant.id) ?? null,
      };
      const tokenHash = hashToken(token);
      const at = now();
      const accepted = await deps.transaction(async ({ store, providers, identity, audit }) => {
        const row = await store.accept(tenant.id, tokenHash, principal.displayName, at);
        if (!row) return undefined;
        // The role, the used link and the audit entry commit together: a failed grant leaves the link unused.
        await identity.grantProviderAdmin({
          principal,
          municipalityId: tenant.id,
          providerId: row.providerId,
          grantedBy: row.invitedBy,
        });
        await audit.record(auditActor, {
          municipalityId: tenant.id,
          action: 'provider.invitation.accept',
          details: { providerId: row.providerId, invitationId: row.id },
        });
        const provider = await providers.find(tenant.id, row.providerId);
        return { providerId: row.providerId, providerName: provider?.name ?? '' };
      });
      if (!accepted) {
        const found = await store.findByToken(tenant.id, tokenHash);
        const expired = found && !found.acceptedAt && !found.revokedAt && found.expiresAt.getTime() <= at.getTime();
        await audit.record(auditActor, {
          municipalityId: tenant.id,
          action: 'provider.invitation.accept',
          outcome: 'denied',
          reason: expired ? 'expired' : found ? (found.revokedAt ? 'revoked' : 'used') : 'unknown',
          details: found ? { providerId: found.providerId, invitationId: found.id } : {},
        });
        throw new AppError(expired ? 'INVITATION_EXPIRED' : 'INVITATION_NOT_FOUND');
      }
      return accepted;
    },
  };
}

export type InvitationService = ReturnType<typeof createInvitationService>;
