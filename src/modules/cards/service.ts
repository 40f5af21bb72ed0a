import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { birthDatesInScope, osloDate } from '../../domain/age.ts';
import type { TransferReason } from '../../domain/ledger.ts';
import { expiryDate, type Period, periodContaining } from '../../domain/period.ts';
import {
  actsAlone,
  type PlacementReason,
  type SchemeInput,
  validateScheme,
  withinSchemeAge,
} from '../../domain/scheme.ts';
import { AppError } from '../../errors.ts';
import type { AuditService } from '../audit/service.ts';
import type { PeopleDirectory } from '../people/directory-service.ts';
import type { LedgerService } from './ledger-service.ts';
import {
  type GrantRunRow,
  grantKeyPrefix,
  type PeriodMoneyRow,
  type SchemeRow,
  type SchemeStore,
} from './schemes-store.ts';

export type { GrantRunRow, SchemeRow } from './schemes-store.ts';

/** A scheme with its current period and the money of that period. */
export interface SchemeView extends SchemeRow {
  currentPeriod: PeriodView | null;
}

export interface PeriodView extends PeriodMoneyRow {
  periodEnd: string;
  expiresOn: string;
  budgetOre: number;
  /** Granted money that has left the cards (paid to providers). */
  spentOre: number;
  /** A grant run has opened the period; population syncs then grant to children who become eligible. */
  opened: boolean;
}

export interface GrantReport {
  schemeId: string;
  periodStart: string;
  periodEnd: string;
  runOn: string;
  /** Children granted by this run, and how much. */
  children: number;
  amountOre: number;
  /** All granted in the period so far, against the budget. */
  periodGrantedOre: number;
  budgetOre: number;
  overBudgetOre: number;
}

export interface PlacementView {
  id: string;
  /** Null when the child has a strictly protected address and the reader is not named to see such people. */
  person: { id: string; name: string; birthDate: string } | null;
  reason: PlacementReason;
  note: string;
  placedBy: string;
  placedAt: Date;
  endedAt: Date | null;
}

export interface CardTransaction {
  id: number;
  at: Date;
  reason: TransferReason;
  /** Into the card (positive) or out of it (negative). */
  amountOre: number;
  activityId: string | null;
  activityTitle: string | null;
}

export interface CardView {
  accountId: string;
  schemeId: string;
  schemeName: string;
  periodStart: string;
  periodEnd: string;
  expiresOn: string;
  expired: boolean;
  balanceOre: number;
  transactions: CardTransaction[];
}

export interface WalletHolder {
  personId: string;
  name: string;
  birthDate: string;
  relation: 'self' | 'child';
  /** The child can use the card alone (the scheme's youth age is reached) — shown to guardians as information. */
  actsAlone: boolean;
  cards: CardView[];
}

export interface CardServiceDeps {
  schemes: SchemeStore;
  ledger: LedgerService;
  people: PeopleDirectory;
  audit: AuditService;
  /** A use case's writes (scheme, placement, grants, audit entry) as one transaction. */
  transaction: UseCaseTransaction<{
    schemes: SchemeStore;
    ledger: LedgerService;
    people: PeopleDirectory;
    audit: AuditService;
  }>;
  now?: () => Date;
}

type Scope = Parameters<Parameters<CardServiceDeps['transaction']>[0]>[0];

/** Who moved money, as the ledger records it. */
export function actorReference(actor: Actor | 'system', what = 'system'): string {
  if (actor === 'system') return `system:${what}`;
  const p = actor.principal;
  if (!p) return 'anonymous';
  if (p.kind === 'staff') return `staff:${p.staffUserId ?? 'unknown'}`;
  return `citizen:${actor.membership?.personId ?? 'unknown'}`;
}

/** The municipality the actor acts in (from the membership the route's permission matched). */
export function municipalityOf(actor: Actor): number {
  const id = actor.membership?.municipalityId;
  if (id === undefined) throw new AppError('FORBIDDEN');
  return id;
}

/**
 * The leisure card: schemes and their rules, grant runs over the population, placements in means-tested schemes,
 * and the wallet families see. Money moves only through the ledger service.
 */
export function createCardService(deps: CardServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const today = () => osloDate(now());

  /** Whether a scheme grants on a day. */
  function grantsOn(scheme: SchemeRow, date: string): boolean {
    return scheme.startsOn <= date && (scheme.endsOn === null || scheme.endsOn >= date);
  }

  /** What the views of a scheme's periods read: the money of every period, and which periods a run has opened. */
  async function schemeMoney(scheme: SchemeRow) {
    const [money, opened] = await Promise.all([
      deps.schemes.periodMoney(scheme.municipalityId, scheme.id),
      deps.schemes.openedPeriods(scheme.municipalityId, scheme.id),
    ]);
    return { money, opened };
  }

  function periodView(
    scheme: SchemeRow,
    period: Period,
    { money, opened }: Awaited<ReturnType<typeof schemeMoney>>,
  ): PeriodView {
    const row = money.find((m) => m.periodStart === period.start) ?? {
      periodStart: period.start,
      grantedOre: 0,
      unspentOre: 0,
      cards: 0,
    };
    return {
      ...row,
      periodEnd: period.end,
      expiresOn: expiryDate(period, scheme.expiryMonths),
      budgetOre: scheme.budgetOre,
      spentOre: row.grantedOre - row.unspentOre,
      opened: opened.has(period.start),
    };
  }

  async function view(scheme: SchemeRow, read?: Awaited<ReturnType<typeof schemeMoney>>): Promise<SchemeView> {
    const date = today();
    if (!grantsOn(scheme, date)) return { ...scheme, currentPeriod: null };
    return {
      ...scheme,
      currentPeriod: periodView(scheme, periodContaining(scheme.periodKind, date), read ?? (await schemeMoney(scheme))),
    };
  }

  /** Grants a period's amount to every eligible child without it (set-based; idempotent). */
  async function grantPeriod(
    scope: Scope,
    scheme: SchemeRow,
    period: Period,
    date: string,
    createdBy: string,
  ): Promise<{ children: number; amountOre: number }> {
    const budget = await scope.ledger.ensureAccount({
      municipalityId: scheme.municipalityId,
      kind: 'scheme_budget',
      schemeId: scheme.id,
      periodStart: period.start,
    });
    const eligible = scope.people.eligibleChildren(scheme.municipalityId, {
      ...birthDatesInScope(date, scheme.minAge, scheme.maxAge),
      residentOnly: scheme.residence === 'registered_resident',
    });
    return scope.schemes.grantCards({
      municipalityId: scheme.municipalityId,
      schemeId: scheme.id,
      periodStart: period.start,
      amountOre: scheme.amountOre,
      budgetAccountId: budget.id,
      eligible,
      placedOnly: scheme.eligibility === 'means_tested',
      createdBy,
    });
  }

  async function schemeOrThrow(municipalityId: number, schemeId: string, lock = false): Promise<SchemeRow> {
    const scheme = await deps.schemes.schemeById(municipalityId, schemeId, lock);
    if (!scheme) throw new AppError('SCHEME_NOT_FOUND');
    return scheme;
  }

  return {
    /** A municipality's schemes, for the CLI and background jobs. */
    schemesOf(municipalityId: number): Promise<SchemeRow[]> {
      return deps.schemes.listSchemes(municipalityId);
    },

    async listSchemes(actor: Actor): Promise<SchemeView[]> {
      const schemes = await deps.schemes.listSchemes(municipalityOf(actor));
      return Promise.all(schemes.map((scheme) => view(scheme)));
    },

    async getScheme(actor: Actor, schemeId: string): Promise<SchemeView & { periods: PeriodView[] }> {
      const scheme = await schemeOrThrow(municipalityOf(actor), schemeId);
      const read = await schemeMoney(scheme);
      const periods = read.money.map((m) =>
        periodView(scheme, periodContaining(scheme.periodKind, m.periodStart), read),
      );
      return { ...(await view(scheme, read)), periods };
    },

    async createScheme(actor: Actor | 'system', municipalityId: number, input: SchemeInput): Promise<SchemeView> {
      const fields = validateScheme(input);
      if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
      const scheme = await deps.transaction(async ({ schemes, audit }) => {
        const created = await schemes.insertScheme(municipalityId, input);
        await audit.record(actor, {
          municipalityId,
          action: 'scheme.create',
          details: { schemeId: created.id, name: created.name },
        });
        return created;
      });
      return view(scheme);
    },

    /** Changes a scheme's rules; they apply to grants and payments from now on. */
    async updateScheme(actor: Actor, schemeId: string, input: SchemeInput): Promise<SchemeView> {
      const municipalityId = municipalityOf(actor);
      const fields = validateScheme(input);
      if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
      const scheme = await deps.transaction(async ({ schemes, audit }) => {
        const before = await schemes.schemeById(municipalityId, schemeId, true);
        if (!before) throw new AppError('SCHEME_NOT_FOUND');
        if (before.periodKind !== input.periodKind && (await schemes.hasAccounts(municipalityId, schemeId))) {
          // Cards already belong to periods of the old kind.
          throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/periodKind', rule: 'locked' }]);
        }
        const updated = await schemes.updateScheme(municipalityId, schemeId, input);
        if (!updated) throw new AppError('SCHEME_NOT_FOUND');
        await audit.record(actor, {
          municipalityId,
          action: 'scheme.update',
          details: { schemeId, name: updated.name },
        });
        return updated;
      });
      return view(scheme);
    },

    /**
     * Grants the current period's amount to every eligible child who has not had it, in one set-based run, and
     * reports it against the budget. A second run grants only to children who became eligible since.
     */
    async runGrants(actor: Actor | 'system', municipalityId: number, schemeId: string): Promise<GrantReport> {
      const date = today();
      return deps.transaction(async (scope) => {
        const scheme = await scope.schemes.schemeById(municipalityId, schemeId, true);
        if (!scheme) throw new AppError('SCHEME_NOT_FOUND');
        if (!grantsOn(scheme, date)) throw new AppError('SCHEME_NOT_IN_FORCE');
        const period = periodContaining(scheme.periodKind, date);
        const granted = await grantPeriod(scope, scheme, period, date, actorReference(actor));
        await scope.schemes.insertGrantRun({
          municipalityId,
          schemeId,
          periodStart: period.start,
          runOn: date,
          startedBy: actor === 'system' ? 'system' : (actor.principal?.displayName ?? 'unknown'),
          ...granted,
        });
        const money = (await scope.schemes.periodMoney(municipalityId, schemeId)).find(
          (m) => m.periodStart === period.start,
        );
        const periodGrantedOre = money?.grantedOre ?? 0;
        await scope.audit.record(actor, {
          municipalityId,
          action: 'grants.run',
          details: { schemeId, periodStart: period.start, children: granted.children, amountOre: granted.amountOre },
        });
        return {
          schemeId,
          periodStart: period.start,
          periodEnd: period.end,
          runOn: date,
          ...granted,
          periodGrantedOre,
          budgetOre: scheme.budgetOre,
          overBudgetOre: Math.max(0, periodGrantedOre - scheme.budgetOre),
        };
      });
    },

    /**
     * After a population sync: children who became eligible (moved in, turned the scheme's age, were confirmed
     * resident) get the current period's amount in every scheme whose period a grant run has opened.
     */
    async grantNewlyEligible(municipalityId: number): Promise<{ children: number; amountOre: number }> {
      const date = today();
      return deps.transaction(async (scope) => {
        let children = 0;
        let amountOre = 0;
        for (const listed of await scope.schemes.listSchemes(municipalityId)) {
          if (!grantsOn(listed, date)) continue;
          const period = periodContaining(listed.periodKind, date);
          if (!(await scope.schemes.periodOpened(municipalityId, listed.id, period.start))) continue;
          const scheme = await scope.schemes.schemeById(municipalityId, listed.id, true);
          if (!scheme) continue;
          const granted = await grantPeriod(scope, scheme, period, date, actorReference('system', 'population-sync'));
          if (granted.children === 0) continue;
          await scope.schemes.insertGrantRun({
            municipalityId,
            schemeId: scheme.id,
            periodStart: period.start,
            runOn: date,
            startedBy: 'population sync',
            ...granted,
          });
          await scope.audit.record('system', {
            municipalityId,
            action: 'grants.run',
            details: { schemeId: scheme.id, periodStart: period.start, trigger: 'population_sync', ...granted },
          });
          children += granted.children;
          amountOre += granted.amountOre;
        }
        return { children, amountOre };
      });
    },

    async grantRuns(actor: Actor, schemeId: string): Promise<GrantRunRow[]> {
      const municipalityId = municipalityOf(actor);
      await schemeOrThrow(municipalityId, schemeId);
      return deps.schemes.grantRuns(municipalityId, schemeId, 50);
    },

    /**
     * A caseworker places a named child in a means-tested scheme, with a reason; the child gets the current
     * period's amount at once. One transaction: the placement, the grant and the audit entry.
     */
    async placeChild(
      actor: Actor,
      schemeId: string,
      input: { personId: string; reason: PlacementReason; note: string },
    ): Promise<PlacementView & { grantedOre: number }> {
      const municipalityId = municipalityOf(actor);
      const date = today();
      return deps.transaction(async (scope) => {
        const scheme = await scope.schemes.schemeById(municipalityId, schemeId);
        if (!scheme) throw new AppError('SCHEME_NOT_FOUND');
        if (scheme.eligibility !== 'means_tested') throw new AppError('SCHEME_NOT_MEANS_TESTED');
        const person = await scope.people.personForStaff(actor, input.personId);
        if (!person) throw new AppError('PERSON_NOT_FOUND');
        if (person.status === 'deceased') throw new AppError('PERSON_DECEASED');
        if (!withinSchemeAge(scheme, person.birthDate, date)) {
          throw new AppError('OUTSIDE_SCHEME_AGE', { minAge: scheme.minAge, maxAge: scheme.maxAge });
        }
        if (scheme.residence === 'registered_resident' && person.status !== 'resident') {
          throw new AppError('NOT_RESIDENT');
        }
        const note = input.note.trim();
        const placedBy = actor.principal?.displayName ?? 'unknown';
        const placement = await scope.schemes.insertPlacement({
          municipalityId,
          schemeId,
          personId: person.id,
          reason: input.reason,
          note,
          placedBy,
        });
        let grantedOre = 0;
        if (grantsOn(scheme, date)) {
          const period = periodContaining(scheme.periodKind, date);
          const budget = await scope.ledger.ensureAccount({
            municipalityId,
            kind: 'scheme_budget',
            schemeId,
            periodStart: period.start,
          });
          const card = await scope.ledger.ensureAccount({
            municipalityId,
            kind: 'card',
            schemeId,
            periodStart: period.start,
            personId: person.id,
          });
          const result = await scope.ledger.transfer({
            municipalityId,
            idempotencyKey: `${grantKeyPrefix(schemeId, period.start)}${person.id}`,
            debitAccountId: budget.id,
            creditAccountId: card.id,
            amountOre: scheme.amountOre,
            reason: 'grant',
            createdBy: actorReference(actor),
          });
          // A child placed again in the same period keeps the period's one grant.
          grantedOre = result.replayed ? 0 : result.transfer.amountOre;
        }
        await scope.audit.record(actor, {
          municipalityId,
          action: 'scheme.placement.create',
          subjectPersonIds: [person.id],
          reason: input.reason,
          details: { schemeId, placementId: placement.id, grantedOre },
        });
        return {
          id: placement.id,
          person: { id: person.id, name: `${person.givenName} ${person.familyName}`, birthDate: person.birthDate },
          reason: input.reason,
          note,
          placedBy,
          placedAt: placement.placedAt,
          endedAt: null,
          grantedOre,
        };
      });
    },

    /** Ends a placement: no grants in later periods; money already on the card stays until it expires. */
    async endPlacement(actor: Actor, schemeId: string, placementId: string): Promise<void> {
      const municipalityId = municipalityOf(actor);
      await deps.transaction(async ({ schemes, audit }) => {
        const ended = await schemes.endPlacement(
          municipalityId,
          schemeId,
          placementId,
          actor.principal?.displayName ?? 'unknown',
        );
        if (!ended) throw new AppError('PLACEMENT_NOT_FOUND');
        await audit.record(actor, {
          municipalityId,
          action: 'scheme.placement.end',
          subjectPersonIds: [ended.personId],
          details: { schemeId, placementId },
        });
      });
    },

    /** The children placed in a scheme; every child shown is audited. */
    async listPlacements(
      actor: Actor,
      schemeId: string,
      page: { limit: number; offset: number; open: boolean },
    ): Promise<{ items: PlacementView[]; total: number }> {
      const municipalityId = municipalityOf(actor);
      await schemeOrThrow(municipalityId, schemeId);
      const { items, total } = await deps.schemes.placements(municipalityId, schemeId, page);
      const people = await deps.people.peopleForStaff(
        actor,
        items.map((p) => p.personId),
      );
      const shown = [...people.keys()];
      if (shown.length > 0) {
        await deps.audit.record(actor, {
          municipalityId,
          action: 'scheme.placement.list',
          subjectPersonIds: shown,
          details: { schemeId },
        });
      }
      return {
        total,
        items: items.map((p) => {
          const person = people.get(p.personId);
          return {
            id: p.id,
            person: person
              ? { id: person.id, name: `${person.givenName} ${person.familyName}`, birthDate: person.birthDate }
              : null,
            reason: p.reason,
            // What staff wrote about a child the reader may not see would tell who the child is.
            note: person ? p.note : '',
            placedBy: p.placedBy,
            placedAt: p.placedAt,
            endedAt: p.endedAt,
          };
        }),
      };
    },

    /**
     * The schemes whose card each of the people holds on a day (a card of the scheme's period containing the day,
     * not expired), with the scheme's own-use age: for other modules' eligibility rules (free tickets).
     */
    async cardSchemesOf(
      municipalityId: number,
      personIds: readonly string[],
    ): Promise<{ personId: string; schemeId: string; youthAge: number }[]> {
      const date = today();
      const cards = await deps.schemes.cardsOf(municipalityId, personIds);
      return cards
        .filter((card) => {
          const period = periodContaining(card.periodKind, card.periodStart);
          return period.start <= date && period.end >= date && expiryDate(period, card.expiryMonths) >= date;
        })
        .map((card) => ({ personId: card.personId, schemeId: card.schemeId, youthAge: card.youthAge }));
    },

    /**
     * The cards a guardian (or a youth) may see: each child's cards with balance, period, expiry and every
     * transaction. A youth sees a card once the scheme's youth age is reached. Audited per child shown.
     */
    async wallet(actor: Actor): Promise<WalletHolder[]> {
      const municipalityId = municipalityOf(actor);
      const date = today();
      const holders = await deps.people.cardHolders(actor);
      const cards = await deps.schemes.cardsOf(
        municipalityId,
        holders.map((h) => h.id),
      );
      const visible = cards.filter((card) => {
        const holder = holders.find((h) => h.id === card.personId);
        if (!holder) return false;
        return holder.relation === 'child' || actsAlone(card, holder.birthDate, date);
      });
      const history = await deps.ledger.history(
        municipalityId,
        visible.map((c) => c.accountId),
        500,
      );
      const shown = holders.filter((h) => h.relation === 'child' || visible.some((c) => c.personId === h.id));
      if (shown.length > 0) {
        await deps.audit.record(actor, {
          municipalityId,
          action: 'card.read',
          subjectPersonIds: shown.map((h) => h.id),
          reason: 'own family',
        });
      }
      return shown.map((holder) => ({
        personId: holder.id,
        name: `${holder.givenName} ${holder.familyName}`,
        birthDate: holder.birthDate,
        relation: holder.relation,
        actsAlone: visible.some((c) => c.personId === holder.id && actsAlone(c, holder.birthDate, date)),
        cards: visible
          .filter((c) => c.personId === holder.id)
          .map((card) => {
            const period = periodContaining(card.periodKind, card.periodStart);
            const expiresOn = expiryDate(period, card.expiryMonths);
            return {
              accountId: card.accountId,
              schemeId: card.schemeId,
              schemeName: card.schemeName,
              periodStart: period.start,
              periodEnd: period.end,
              expiresOn,
              expired: expiresOn < date,
              balanceOre: card.balanceOre,
              transactions: history
                .filter((t) => t.creditAccountId === card.accountId || t.debitAccountId === card.accountId)
                .map((t) => ({
                  id: t.id,
                  at: t.createdAt,
                  reason: t.reason,
                  amountOre: t.creditAccountId === card.accountId ? t.amountOre : -t.amountOre,
                  activityId: t.activityId,
                  activityTitle: t.activityTitle,
                })),
            };
          }),
      }));
    },
  };
}

export type CardService = ReturnType<typeof createCardService>;
