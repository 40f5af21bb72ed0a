import type { Membership, Role } from '../../domain/access.ts';
import { ageOn, osloDate } from '../../domain/age.ts';
import { parseNationalId } from '../../domain/national-id.ts';
import { AppError } from '../../errors.ts';
import type { NationalIdProtector } from '../../security/pii.ts';
import type { Actor, AuditService } from '../audit/service.ts';
import type { DirectoryStore, PersonRow } from './directory-store.ts';

/** Roles that follow from the population register in one municipality. */
export interface RegisterMembership {
  municipalityId: number;
  personId: string;
  roles: Role[];
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
}

export interface FamilyView {
  self: PersonView;
  children: (PersonView & { guardians: { id: string; name: string }[] })[];
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
  };
}

export function createPeopleDirectory(deps: {
  store: DirectoryStore;
  protector: NationalIdProtector;
  audit: AuditService;
  defaultYouthAge: number;
  today?: () => string;
}) {
  const { store, protector, audit } = deps;
  const today = deps.today ?? (() => osloDate());

  function ownPersonId(membership: Membership | null): { municipalityId: number; personId: string } {
    if (!membership?.personId) throw new AppError('FORBIDDEN');
    return { municipalityId: membership.municipalityId, personId: membership.personId };
  }

  async function family(membership: Membership | null): Promise<{ view: FamilyView; personIds: string[] }> {
    const { municipalityId, personId } = ownPersonId(membership);
    const self = await store.personById(municipalityId, personId);
    if (!self) throw new AppError('FORBIDDEN');
    const date = today();
    const isGuardian = membership?.roles.includes('guardian') ?? false;
    const children = isGuardian ? await store.childrenOf(municipalityId, personId) : [];
    const guardians = await store.guardiansOf(
      municipalityId,
      children.map((c) => c.id),
    );
    return {
      view: {
        self: toView(self, date),
        children: children.map((child) => ({
          ...toView(child, date),
          guardians: guardians
            .filter((g) => g.childId === child.id)
            .map((g) => ({ id: g.id, name: `${g.givenName} ${g.familyName}` })),
        })),
      },
      personIds: [self.id, ...children.map((c) => c.id)],
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
        if (row.childCount > 0) roles.push('guardian');
        const age = ageOn(row.birthDate, date);
        const youthAge = row.youthSelfServiceAge ?? deps.defaultYouthAge;
        if (row.status === 'resident' && age >= youthAge && age <= 18) roles.push('youth');
        return { municipalityId: row.municipalityId, personId: row.personId, roles };
      });
    },

    /** The family as the guardian (or youth) sees it; every person shown is audited. */
    async readFamily(actor: Actor): Promise<FamilyView> {
      const { view, personIds } = await family(actor.membership);
      await audit.record(actor, {
        municipalityId: actor.membership?.municipalityId ?? 0,
        action: 'family.read',
        subjectPersonIds: personIds,
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

    /** Who looked at the family's data: the audit entries about its members. */
    async familyAccessLog(actor: Actor, page: { limit: number; offset: number }) {
      const { personIds } = await family(actor.membership);
      const municipalityId = actor.membership?.municipalityId ?? 0;
      return audit.search({ municipalityId, subjectPersonIds: personIds, ...page });
    },

    /** A caseworker finds a person by national id, with a reason; audited, and refused quietly for protected people. */
    async lookupPerson(
      actor: Actor,
      input: { nationalId: string; reason: string },
    ): Promise<PersonView & { guardians: { id: string; name: string }[]; children: { id: string; name: string }[] }> {
      const municipalityId = actor.membership?.municipalityId ?? 0;
      const parsed = parseNationalId(input.nationalId);
      if (!parsed.ok) {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/nationalId', rule: 'nationalId' }]);
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
  };
}

export type PeopleDirectory = ReturnType<typeof createPeopleDirectory>;
