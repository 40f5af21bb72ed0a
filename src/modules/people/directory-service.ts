import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor, Membership, Role } from '../../domain/access.ts';
import { ageOn, osloDate } from '../../domain/age.ts';
import { ACCEPT_TEST_NUMBERS, type NationalIdPolicy, parseNationalId } from '../../domain/national-id.ts';
import { AppError } from '../../errors.ts';
import type { NationalIdProtector } from '../../security/pii.ts';
import type { AuditService } from '../audit/service.ts';
import type { DirectoryStore, EligibleChildren, PersonRow } from './directory-store.ts';

export type { EligibleChildren } from './directory-store.ts';

/** Someone whose leisure card a citizen or caseworker may see. */
export interface CardHolder {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  status: PersonRow['status'];
  relation: 'self' | 'child';
}

function holderOf(row: PersonRow): Omit<CardHolder, 'relation'> {
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    status: row.status,
  };
}

/** Roles that follow from the population register in one municipality. */
export interface RegisterMembership {
  municipalityId: number;
  personId: string;
  roles: Role[];
  /** The register says the person has died: no role, and no access at all (see identity's resolveSession). */
  deceased: boolean;
}

export interface PersonView {
  id: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  age: number;
  status: PersonRow['status'];
  /** True when the register protects the address; no address is then held at all. */
  addressProtected: boolean;
  address: { street: string | null; postalCode: string | null; postalPlace: string | null } | null;
  /** A caseworker confirmed that the person lives in the municipality (the register did not say so). */
  residenceConfirmed: boolean;
}

/** A guardianship the register ended by the guardian's death: who, and why; nothing more. */
export interface EndedGuardianship {
  name: string;
  reason: 'deceased';
}

export interface FamilyView {
  self: PersonView;
  children: (PersonView & { guardians: { id: string; name: string }[]; endedGuardianships: EndedGuardianship[] })[];
}

const STRICT = new Set(['strengt_fortrolig', 'strengt_fortrolig_utland']);

function toView(row: PersonRow, today: string): PersonView {
  const protectedAddress = row.addressProtection !== 'none';
  return {
    id: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, today),
    status: row.status,
    addressProtected: protectedAddress,
    address:
      protectedAddress || row.streetAddress === null
        ? null
        : { street: row.streetAddress, postalCode: row.postalCode, postalPlace: row.postalPlace },
    residenceConfirmed: row.residenceConfirmedAt !== null,
  };
}

export function createPeopleDirectory(deps: {
  store: DirectoryStore;
  protector: NationalIdProtector;
  audit: AuditService;
  defaultYouthAge: number;
  /** A change to a person and its audit entry as one transaction. */
  transaction: UseCaseTransaction<{ store: DirectoryStore; audit: AuditService }>;
  /** Which national ids the installation accepts (production refuses synthetic test numbers); default: all. */
  nationalIdPolicy?: NationalIdPolicy;
  today?: () => string;
}) {
  const { store, protector, audit } = deps;
  const nationalIdPolicy = deps.nationalIdPolicy ?? ACCEPT_TEST_NUMBERS;
  const today = deps.today ?? (() => osloDate());

  function ownPersonId(membership: Membership | null): { municipalityId: number; personId: string } {
    if (!membership?.personId) throw new AppError('FORBIDDEN');
    return { municipalityId: membership.municipalityId, personId: membership.personId };
  }

  async function family(
    membership: Membership | null,
  ): Promise<{ view: FamilyView; personIds: string[]; endedGuardianIds: string[] }> {
    const { municipalityId, personId } = ownPersonId(membership);
    const self = await store.personById(municipalityId, personId);
    if (!self) throw new AppError('FORBIDDEN');
    const date = today();
    const isGuardian = membership?.roles.includes('guardian') ?? false;
    const children = isGuardian ? await store.childrenOf(municipalityId, personId) : [];
    const childIds = children.map((c) => c.id);
    const [guardians, ended] = await Promise.all([
      store.guardiansOf(municipalityId, childIds),
      store.endedGuardianshipsOf(municipalityId, childIds),
    ]);
    return {
      view: {
        self: toView(self, date),
        children: children.map((child) => ({
          ...toView(child, date),
          guardians: guardians
            .filter((g) => g.childId === child.id)
            .map((g) => ({ id: g.id, name: `${g.givenName} ${g.familyName}` })),
          endedGuardianships: ended
            .filter((e) => e.childId === child.id)
            .map((e) => ({ name: `${e.givenName} ${e.familyName}`, reason: e.reason })),
        })),
      },
      personIds: [self.id, ...childIds],
      endedGuardianIds: [...new Set(ended.map((e) => e.guardianId))],
    };
  }

  return {
    /** The citizen's name as the register has it, for the session; undefined when no municipality knows them. */
    async displayNameForCitizen(nationalId: string): Promise<string | undefined> {
      return store.nameByHash(protector.lookupHash(nationalId));
    },

    /** Guardian and youth roles from the register, for a citizen identified by the keyed hash of the national id. */
    async registerMemberships(citizenHash: Buffer): Promise<RegisterMembership[]> {
      const rows = await store.citizenPersons(citizenHash);
      const date = today();
      return rows.map((row) => {
        const roles: Role[] = [];
        const deceased = row.status === 'deceased';
        if (deceased) return { municipalityId: row.municipalityId, personId: row.personId, roles, deceased };
        if (row.childCount > 0) roles.push('guardian');
        const age = ageOn(row.birthDate, date);
        const youthAge = row.youthSelfServiceAge ?? deps.defaultYouthAge;
        if (row.status === 'resident' && age >= youthAge && age <= 18) roles.push('youth');
        return { municipalityId: row.municipalityId, personId: row.personId, roles, deceased };
      });
    },

    /** The family as the guardian (or youth) sees it; every person shown is audited. */
    async readFamily(actor: Actor): Promise<FamilyView> {
      const { view, personIds, endedGuardianIds } = await family(actor.membership);
      await audit.record(actor, {
        municipalityId: actor.membership?.municipalityId ?? 0,
        action: 'family.read',
        // The former guardian's name is shown too.
        subjectPersonIds: [...personIds, ...endedGuardianIds],
        reason: 'own family',
      });
      return view;
    },

    /** Everything held about the family, for the guardian's right of access (GDPR art. 15). */
    async exportFamily(actor: Actor): Promise<Record<string, unknown>> {
      const { view, personIds } = await family(actor.membership);
      const municipalityId = actor.membership?.municipalityId ?? 0;
      const rows = await Promise.all(personIds.map((id) => store.personById(municipalityId, id)));
      const people = rows
        .filter((r): r is PersonRow => r !== undefined)
        .map((r) => ({
          ...toView(r, today()),
          nationalId: protector.decrypt(Buffer.from(r.nationalIdEnc)),
          registeredAt: r.createdAt,
          updatedAt: r.updatedAt,
        }));
      const accessLog = await audit.search({ municipalityId, subjectPersonIds: personIds, limit: 10_000, offset: 0 });
      await audit.record(actor, {
        municipalityId,
        action: 'family.export',
        subjectPersonIds: personIds,
        reason: 'right of access',
      });
      return {
        generatedAt: new Date().toISOString(),
        municipalityId,
        people,
        guardianships: view.children.flatMap((c) => c.guardians.map((g) => ({ childId: c.id, guardianId: g.id }))),
        accessLog: accessLog.items.map((e) => ({
          at: e.occurredAt,
          who: e.actorName,
          role: e.actorRole,
          action: e.action,
          personId: e.subjectPersonId,
          reason: e.reason,
        })),
      };
    },

    /**
     * Who looked at the family's data: the audit entries about its members by anyone else (a caseworker, the
     * other guardian), with the signed-in person's own views only counted, so that they do not bury the rest.
     */
    async familyAccessLog(actor: Actor, page: { limit: number; offset: number }) {
      const { personIds } = await family(actor.membership);
      const { municipalityId, personId } = ownPersonId(actor.membership);
      const self = { kind: 'citizen' as const, id: personId };
      const [others, own] = await Promise.all([
        audit.search({ municipalityId, subjectPersonIds: personIds, actor: { ...self, match: 'exclude' }, ...page }),
        audit.search({
          municipalityId,
          subjectPersonIds: personIds,
          actor: { ...self, match: 'only' },
          limit: 1,
          offset: 0,
        }),
      ]);
      return { ...others, ownViews: own.total, ownLatest: own.items[0]?.occurredAt ?? null };
    },

    /**
     * The people whose leisure cards a citizen may see: a guardian's children and, for a youth, the youth. Not
     * audited here: the caller records what it shows.
     */
    async cardHolders(actor: Actor): Promise<CardHolder[]> {
      const { municipalityId, personId } = ownPersonId(actor.membership);
      const roles = actor.membership?.roles ?? [];
      const holders: CardHolder[] = [];
      if (roles.includes('youth')) {
        const self = await store.personById(municipalityId, personId);
        if (self) holders.push({ ...holderOf(self), relation: 'self' });
      }
      if (roles.includes('guardian')) {
        for (const child of await store.childrenOf(municipalityId, personId)) {
          holders.push({ ...holderOf(child), relation: 'child' });
        }
      }
      return holders;
    },

    /**
     * A person a caseworker acts on by id (placing a child in a scheme). Strictly protected people are found only
     * by named staff; others get not-found, as in the look-up. The caller audits.
     */
    async personForStaff(actor: Actor, personId: string): Promise<Omit<CardHolder, 'relation'> | undefined> {
      const municipalityId = actor.membership?.municipalityId ?? 0;
      const row = await store.personById(municipalityId, personId);
      if (!row || row.anonymisedAt !== null) return undefined;
      if (STRICT.has(row.addressProtection) && !actor.membership?.protectedAccess) return undefined;
      return holderOf(row);
    },

    /** Names and birth dates of people a caseworker's list shows; strictly protected people only to named staff. */
    async peopleForStaff(
      actor: Actor,
      personIds: readonly string[],
    ): Promise<Map<string, Omit<CardHolder, 'relation'>>> {
      const municipalityId = actor.membership?.municipalityId ?? 0;
      const rows = await store.peopleByIds(municipalityId, personIds);
      const visible = rows.filter((row) => !(STRICT.has(row.addressProtection) && !actor.membership?.protectedAccess));
      return new Map(visible.map((row) => [row.id, holderOf(row)]));
    },

    /**
     * Names and birth dates of the children enrolled in a provider's activity: the family enrolled them, so the
     * provider knows who comes (never an address). The caller audits.
     */
    async namesForProvider(
      municipalityId: number,
      personIds: readonly string[],
    ): Promise<Map<string, Omit<CardHolder, 'relation'>>> {
      const rows = await store.peopleByIds(municipalityId, personIds);
      return new Map(rows.map((row) => [row.id, holderOf(row)]));
    },

    /** Ids of the people who meet an age and residence rule, as a subquery for set-based grant runs. */
    eligibleChildren(
      municipalityId: number,
      criteria: { bornAfter: string; bornOnOrBefore: string; residentOnly: boolean },
    ): EligibleChildren {
      return store.eligibleChildren(municipalityId, criteria);
    },

    /** A caseworker finds a person by national id, with a reason; audited, and refused quietly for protected people. */
    async lookupPerson(
      actor: Actor,
      input: { nationalId: string; reason: string },
    ): Promise<PersonView & { guardians: { id: string; name: string }[]; children: { id: string; name: string }[] }> {
      const municipalityId = actor.membership?.municipalityId ?? 0;
      const parsed = parseNationalId(input.nationalId, nationalIdPolicy);
      if (!parsed.ok) {
        const rule = parsed.error === 'synthetic' ? 'nationalIdSynthetic' : 'nationalId';
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/nationalId', rule }]);
      }
      const row = await store.personByHash(municipalityId, protector.lookupHash(parsed.id.value));
      if (!row) {
        await audit.record(actor, {
          municipalityId,
          action: 'person.lookup',
          outcome: 'denied',
          reason: input.reason,
          details: { result: 'not_found' },
        });
        throw new AppError('PERSON_NOT_FOUND');
      }
      if (STRICT.has(row.addressProtection) && !actor.membership?.protectedAccess) {
        await audit.record(actor, {
          municipalityId,
          action: 'person.lookup',
          outcome: 'denied',
          subjectPersonIds: [row.id],
          reason: input.reason,
          details: { result: 'protected' },
        });
        throw new AppError('PERSON_NOT_FOUND');
      }
      const date = today();
      const [guardians, children] = await Promise.all([
        store.guardiansOf(municipalityId, [row.id]),
        store.childrenOf(municipalityId, row.id),
      ]);
      await audit.record(actor, {
        municipalityId,
        action: 'person.lookup',
        subjectPersonIds: [row.id],
        reason: input.reason,
      });
      return {
        ...toView(row, date),
        guardians: guardians.map((g) => ({ id: g.id, name: `${g.givenName} ${g.familyName}` })),
        children: children.map((c) => ({ id: c.id, name: `${c.givenName} ${c.familyName}` })),
      };
    },

    /**
     * A caseworker confirms that a person lives in the municipality when the register does not say so (a
     * protected address withheld, a D-number holder not registered as resident), with a reason; audited. Strictly
     * protected people are found only by named staff, here as in the look-up; others get not-found, logged.
     */
    async confirmResidence(actor: Actor, input: { personId: string; reason: string }): Promise<PersonView> {
      const municipalityId = actor.membership?.municipalityId ?? 0;
      const row = await store.personById(municipalityId, input.personId);
      const hidden = row !== undefined && STRICT.has(row.addressProtection) && !actor.membership?.protectedAccess;
      if (!row || row.anonymisedAt !== null || hidden) {
        await audit.record(actor, {
          municipalityId,
          action: 'person.residence.confirm',
          outcome: 'denied',
          ...(row ? { subjectPersonIds: [row.id] } : {}),
          reason: input.reason,
          details: { result: hidden ? 'protected' : 'not_found' },
        });
        throw new AppError('PERSON_NOT_FOUND');
      }
      if (row.status === 'deceased') throw new AppError('PERSON_DECEASED');
      return deps.transaction(async ({ store, audit }) => {
        const confirmed = await store.confirmResidence(municipalityId, row.id);
        if (!confirmed) throw new AppError('PERSON_NOT_FOUND');
        await audit.record(actor, {
          municipalityId,
          action: 'person.residence.confirm',
          subjectPersonIds: [row.id],
          reason: input.reason,
          details: { previousStatus: confirmed.previousStatus },
        });
        const updated = await store.personById(municipalityId, row.id);
        return toView(updated ?? row, today());
      });
    },
  };
}

export type PeopleDirectory = ReturnType<typeof createPeopleDirectory>;
