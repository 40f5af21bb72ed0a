/**
 * Providers present themselves with little effort: registration by organisation number, the municipality's
 * decision, the provider's own profile (with the account for payouts) and the public presentation.
 */

import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { membershipIn, type Principal } from '../../domain/access.ts';
import { bankAccountLastFour } from '../../domain/bank-account.ts';
import { isValidOrganisationNumber } from '../../domain/organisation-number.ts';
import {
  checkProfile,
  decisionNeedsNote,
  isProviderKind,
  PROVIDER_LIMITS,
  type ProfileIssue,
  type ProviderDecision,
  type ProviderKind,
  type ProviderStatus,
  statusAfterDecision,
  websiteFromRegister,
} from '../../domain/provider.ts';
import { AppError, type FieldError } from '../../errors.ts';
import type { EnqueueMail } from '../../integrations/mail/message.ts';
import type { AuditInput } from '../audit/service.ts';
import { decisionMail, registrationReceivedMail } from './providers-mail.ts';
import type { OrganisationFactsRow, ProviderRow, ProviderStore, ProviderWithOrganisation } from './providers-store.ts';

/** The municipality named in the path. */
export interface TenantRef {
  id: number;
  kommunenummer: string;
}

/** What the entity register says about an organisation (see the organisations module). */
export interface OrganisationFacts {
  organisationNumber: string;
  name: string;
  organisationForm: string | null;
  inVoluntaryRegister: boolean;
  website: string | null;
  businessAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  municipalityNumber: string | null;
}

/**
 * Looks an organisation up for a registration and keeps it in the organisation table. Fails with
 * VALIDATION_FAILED (organisationNumber), ORGANISATION_NOT_FOUND, ORGANISATION_DELETED or REGISTER_UNAVAILABLE.
 */
export interface OrganisationRegister {
  findForRegistration(organisationNumber: string): Promise<OrganisationFacts>;
}

export interface ProviderAdminGrants {
  grantProviderAdmin(input: {
    principal: Principal;
    municipalityId: number;
    providerId: string;
    grantedBy: string;
  }): Promise<void>;
}

export interface MunicipalitySettingsSource {
  getMunicipality(kommunenummer: string): Promise<{
    id: number;
    name: string;
    settings: { defaultLanguage: 'nb' | 'nn'; contactEmail: string | null };
  }>;
}

export interface AuditRecorder {
  record(actor: Actor | 'system', input: AuditInput): Promise<void>;
}

export interface ProviderDependencies {
  store: ProviderStore;
  organisations: OrganisationRegister;
  identity: ProviderAdminGrants;
  audit: AuditRecorder;
  municipalities: MunicipalitySettingsSource;
  enqueueMail: EnqueueMail;
  /** Address of the portal, for links in e-mails. */
  publicUrl: string;
  /** A use case's writes (its rows, the admin role, the audit entry, the e-mail) as one transaction. */
  transaction: UseCaseTransaction<ProviderScope>;
  now?: () => Date;
}

/** What a provider use case writes through, built on its transaction. */
export type ProviderScope = Pick<
  ProviderDependencies,
  'store' | 'identity' | 'audit' | 'municipalities' | 'enqueueMail'
>;

export type OrganisationSummary = OrganisationFactsRow;

/** Everything about a provider, for its own admins: its row with the register's facts, less who decided. */
export type ProviderProfile = Omit<ProviderWithOrganisation, 'municipalityId' | 'decidedBy'>;

/** A provider as the municipality's admin sees it when deciding on it. */
export interface ProviderForApproval {
  id: string;
  organisationNumber: string | null;
  name: string;
  kind: ProviderKind;
  status: ProviderStatus;
  email: string | null;
  phone: string | null;
  website: string | null;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  decisionNote: string | null;
  organisation: OrganisationSummary | null;
}

/** What anybody may see of an approved provider. */
export interface PublicProvider {
  id: string;
  organisationNumber: string | null;
  name: string;
  kind: ProviderKind;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  neighbourhoodId: string | null;
  socialLinks: string[];
  logoImageId: string | null;
}

export interface MyProvider {
  id: string;
  organisationNumber: string | null;
  name: string;
  kind: ProviderKind;
  status: ProviderStatus;
}

export interface RegistrationInput {
  organisationNumber: string;
  kind: string;
  displayName?: string;
  description?: string;
  email: string;
  phone?: string | null;
  website?: string | null;
  neighbourhoodId?: string | null;
  socialLinks?: string[];
}

export interface ProfileInput {
  name: string;
  description: string;
  email: string;
  phone: string | null;
  website: string | null;
  neighbourhoodId: string | null;
  socialLinks: string[];
  bankAccount: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toProfile(row: ProviderWithOrganisation): ProviderProfile {
  return {
    id: row.id,
    organisationNumber: row.organisationNumber,
    name: row.name,
    kind: row.kind,
    status: row.status,
    description: row.description,
    email: row.email,
    phone: row.phone,
    website: row.website,
    neighbourhoodId: row.neighbourhoodId,
    socialLinks: row.socialLinks,
    bankAccount: row.bankAccount,
    logoImageId: row.logoImageId,
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    organisation: row.organisation,
  };
}

function toForApproval(row: ProviderWithOrganisation): ProviderForApproval {
  return {
    id: row.id,
    organisationNumber: row.organisationNumber,
    name: row.name,
    kind: row.kind,
    status: row.status,
    email: row.email,
    phone: row.phone,
    website: row.website,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    decisionNote: row.decisionNote,
    organisation: row.organisation,
  };
}

function toPublic(row: ProviderRow): PublicProvider {
  return {
    id: row.id,
    organisationNumber: row.organisationNumber,
    name: row.name,
    kind: row.kind,
    description: row.description,
    email: row.email,
    phone: row.phone,
    website: row.website,
    neighbourhoodId: row.neighbourhoodId,
    socialLinks: row.socialLinks,
    logoImageId: row.logoImageId,
  };
}

function bodyFields(issues: readonly ProfileIssue[]): FieldError[] {
  return issues.map((i) => ({
    field: `body/${i.field}`,
    rule: i.rule,
    ...(i.params ? { params: i.params } : {}),
  }));
}

/** Acting as the municipality's admin of this tenant (the access check did the same). */
function assertMunicipalityAdmin(actor: Actor, tenant: TenantRef): void {
  const m = actor.membership;
  if (!m || m.municipalityId !== tenant.id || !m.roles.includes('municipality_admin')) throw new AppError('FORBIDDEN');
}

/** Acting as an admin of this provider (the access check did the same; a guessed id finds nothing). */
function assertManages(actor: Actor, tenant: TenantRef, providerId: string): void {
  const m = actor.membership;
  if (!m || m.municipalityId !== tenant.id || !m.providerIds.includes(providerId)) throw new AppError('FORBIDDEN');
}

/** The actor with the principal's membership in the tenant, for routes open to anyone signed in. */
function inTenant(actor: Actor, tenant: TenantRef): Actor {
  if (actor.membership || !actor.principal) return actor;
  return { ...actor, membership: membershipIn(actor.principal, tenant.id) ?? null };
}

export function createProviderService(deps: ProviderDependencies) {
  const { store, organisations } = deps;
  const now = deps.now ?? (() => new Date());
  const publicUrl = deps.publicUrl.replace(/\/+$/, '');

  async function neighbourhoodIssue(tenant: TenantRef, id: string | null | undefined): Promise<ProfileIssue[]> {
    if (id === null || id === undefined) return [];
    if (UUID.test(id) && (await store.neighbourhoodExists(tenant.id, id))) return [];
    return [{ field: 'neighbourhoodId', rule: 'invalid' }];
  }

  async function findOrFail(
    tenant: TenantRef,
    providerId: string,
    on: Pick<ProviderStore, 'find'> = store,
  ): Promise<ProviderWithOrganisation> {
    const row = UUID.test(providerId) ? await on.find(tenant.id, providerId) : undefined;
    if (!row) throw new AppError('PROVIDER_NOT_FOUND');
    return row;
  }

  return {
    /**
     * Anyone signed in registers an organisation as a provider in the municipality. The register supplies the
     * name and website unless given; the provider waits for the municipality's approval, and the person who
     * registered it becomes its admin.
     */
    async register(actor: Actor, tenant: TenantRef, input: RegistrationInput): Promise<ProviderProfile> {
      const principal = actor.principal;
      if (!principal) throw new AppError('UNAUTHENTICATED');
      const organisationNumber = input.organisationNumber.replace(/\s/g, '');
      const issues: ProfileIssue[] = [];
      if (!isValidOrganisationNumber(organisationNumber))
        issues.push({ field: 'organisationNumber', rule: 'organisationNumber' });
      if (!isProviderKind(input.kind)) issues.push({ field: 'kind', rule: 'invalid' });
      const checked = checkProfile({
        ...(input.displayName !== undefined ? { name: input.displayName } : {}),
        description: input.description ?? '',
        email: input.email,
        phone: input.phone ?? null,
        ...(input.website !== undefined ? { website: input.website } : {}),
        socialLinks: input.socialLinks ?? [],
      });
      issues.push(...checked.issues, ...(await neighbourhoodIssue(tenant, input.neighbourhoodId)));
      if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, bodyFields(issues));
      const kind = input.kind as ProviderKind;
      const values = checked.values;

      if (await store.existsForOrganisation(tenant.id, organisationNumber)) throw new AppError('PROVIDER_EXISTS');
      // The register is asked before the transaction opens: no rows are held while it answers.
      const facts = await organisations.findForRegistration(organisationNumber);

      return deps.transaction(async ({ store, identity, audit, municipalities, enqueueMail }) => {
        const row = await store.insert({
          municipalityId: tenant.id,
          organisationNumber: facts.organisationNumber,
          name: values.name || facts.name.trim().slice(0, PROVIDER_LIMITS.nameMax),
          kind,
          description: values.description ?? '',
          email: values.email ?? input.email,
          phone: values.phone ?? null,
          website: values.website !== undefined ? values.website : websiteFromRegister(facts.website),
          neighbourhoodId: input.neighbourhoodId ?? null,
          socialLinks: values.socialLinks ?? [],
        });
        if (!row) throw new AppError('PROVIDER_EXISTS');

        await identity.grantProviderAdmin({
          principal,
          municipalityId: tenant.id,
          providerId: row.id,
          grantedBy: principal.displayName,
        });
        await audit.record(inTenant(actor, tenant), {
          municipalityId: tenant.id,
          action: 'provider.register',
          details: { providerId: row.id, organisationNumber: row.organisationNumber, kind: row.kind },
        });

        const municipality = await municipalities.getMunicipality(tenant.kommunenummer);
        const contact = municipality.settings.contactEmail;
        if (contact) {
          const language = municipality.settings.defaultLanguage;
          const mail = registrationReceivedMail(language, {
            municipalityName: municipality.name,
            providerName: row.name,
            organisationNumber: facts.organisationNumber,
            kind: row.kind,
            email: row.email ?? '',
            portalUrl: `${publicUrl}/kommune/${tenant.kommunenummer}`,
          });
          await enqueueMail(
            { to: contact, ...mail, language },
            { municipalityId: tenant.id, reference: `provider-registration:${row.id}` },
          );
        }
        return toProfile(await findOrFail(tenant, row.id, store));
      });
    },

    /** The municipality's list of providers, by status and search, with what the register says about each. */
    async listForApproval(
      actor: Actor,
      tenant: TenantRef,
      query: { status?: ProviderStatus; q?: string; page: number; pageSize: number },
    ): Promise<{ total: number; page: number; pageSize: number; items: ProviderForApproval[] }> {
      assertMunicipalityAdmin(actor, tenant);
      const result = await store.list(tenant.id, {
        ...(query.status ? { status: query.status } : {}),
        ...(query.q ? { q: query.q } : {}),
        limit: query.pageSize,
        offset: (query.page - 1) * query.pageSize,
      });
      return {
        total: result.total,
        page: query.page,
        pageSize: query.pageSize,
        items: result.items.map(toForApproval),
      };
    },

    /** The municipality approves, rejects or suspends a provider; the provider is told by e-mail. */
    async decide(
      actor: Actor,
      tenant: TenantRef,
      providerId: string,
      input: { decision: ProviderDecision; note?: string },
    ): Promise<ProviderForApproval> {
      assertMunicipalityAdmin(actor, tenant);
      const note = input.note?.trim() || null;
      if (decisionNeedsNote(input.decision) && !note)
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/note', rule: 'required' }]);
      if (note && note.length > PROVIDER_LIMITS.decisionNoteMax)
        throw new AppError('VALIDATION_FAILED', {}, [
          { field: 'body/note', rule: 'maxLength', params: { limit: PROVIDER_LIMITS.decisionNoteMax } },
        ]);
      return deps.transaction(async ({ store, audit, municipalities, enqueueMail }) => {
        const provider = await findOrFail(tenant, providerId, store);
        const to = statusAfterDecision(provider.status, input.decision);
        if (!to) throw new AppError('CONFLICT');
        const decided = await store.decide(tenant.id, providerId, {
          from: provider.status,
          to,
          decidedBy: actor.principal?.displayName ?? 'system',
          note,
          at: now(),
        });
        if (!decided) throw new AppError('CONFLICT');
        await audit.record(actor, {
          municipalityId: tenant.id,
          action: 'provider.decision',
          reason: note,
          details: { providerId, decision: input.decision, from: provider.status, to },
        });
        if (decided.email && (to === 'approved' || to === 'rejected' || to === 'suspended')) {
          const municipality = await municipalities.getMunicipality(tenant.kommunenummer);
          const language = municipality.settings.defaultLanguage;
          const mail = decisionMail(language, {
            municipalityName: municipality.name,
            providerName: decided.name,
            outcome: to,
            note,
            portalUrl: `${publicUrl}/kommune/${tenant.kommunenummer}`,
          });
          await enqueueMail(
            { to: decided.email, ...mail, language },
            { municipalityId: tenant.id, reference: `provider-decision:${providerId}` },
          );
        }
        return toForApproval({ ...decided, organisation: provider.organisation });
      });
    },

    /** The provider's full profile, for its own admins. */
    async getProfile(actor: Actor, tenant: TenantRef, providerId: string): Promise<ProviderProfile> {
      assertManages(actor, tenant, providerId);
      return toProfile(await findOrFail(tenant, providerId));
    },

    /**
     * The provider's admins change its presentation and payout account. The organisation number, kind and
     * status are not theirs to change. A new account number is audited with its last four digits only.
     */
    async updateProfile(
      actor: Actor,
      tenant: TenantRef,
      providerId: string,
      input: ProfileInput,
    ): Promise<ProviderProfile> {
      assertManages(actor, tenant, providerId);
      const before = await findOrFail(tenant, providerId);
      const checked = checkProfile(input);
      const issues = [...checked.issues, ...(await neighbourhoodIssue(tenant, input.neighbourhoodId))];
      if (issues.length > 0) throw new AppError('VALIDATION_FAILED', {}, bodyFields(issues));
      const v = checked.values;
      const changes = {
        name: v.name ?? before.name,
        description: v.description ?? '',
        email: v.email ?? input.email,
        phone: v.phone ?? null,
        website: v.website ?? null,
        neighbourhoodId: input.neighbourhoodId,
        socialLinks: v.socialLinks ?? [],
        bankAccount: v.bankAccount ?? null,
      };
      const changed = (Object.keys(changes) as (keyof typeof changes)[]).filter(
        (k) => JSON.stringify(changes[k]) !== JSON.stringify(before[k]),
      );
      if (changed.length === 0) return toProfile(before);
      return deps.transaction(async ({ store, audit }) => {
        const updated = await store.updateProfile(tenant.id, providerId, changes, now());
        if (!updated) throw new AppError('PROVIDER_NOT_FOUND');
        await audit.record(actor, {
          municipalityId: tenant.id,
          action: 'provider.update',
          details: { providerId, fields: changed },
        });
        if (changed.includes('bankAccount')) {
          await audit.record(actor, {
            municipalityId: tenant.id,
            action: 'provider.bank_account.change',
            details: {
              providerId,
              previousLastFour: before.bankAccount ? bankAccountLastFour(before.bankAccount) : null,
              lastFour: changes.bankAccount ? bankAccountLastFour(changes.bankAccount) : null,
            },
          });
        }
        return toProfile({ ...updated, organisation: before.organisation });
      });
    },

    /** Providers the signed-in person administers in the municipality (their provider dashboard). */
    async listMine(actor: Actor, tenant: TenantRef): Promise<MyProvider[]> {
      const membership = inTenant(actor, tenant).membership;
      const ids = membership?.providerIds ?? [];
      const rows = await store.listByIds(tenant.id, ids);
      return rows.map((r) => ({
        id: r.id,
        organisationNumber: r.organisationNumber,
        name: r.name,
        kind: r.kind,
        status: r.status,
      }));
    },

    /** An approved provider's presentation; any other provider is not found. */
    async getPublic(tenant: TenantRef, providerId: string): Promise<PublicProvider> {
      const row = await findOrFail(tenant, providerId);
      if (row.status !== 'approved') throw new AppError('PROVIDER_NOT_FOUND');
      return toPublic(row);
    },
  };
}

export type ProviderService = ReturnType<typeof createProviderService>;
