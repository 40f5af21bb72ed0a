import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';
import type { PeriodKind } from '../../domain/period.ts';
import type { PlacementReason, SchemeInput } from '../../domain/scheme.ts';
import { AppError } from '../../errors.ts';
import type { EligibleChildren } from '../people/directory-service.ts';

/** SQL of schemes, placements and grant runs. */

export interface SchemeRow extends SchemeInput {
  municipalityId: number;
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface PlacementRow {
  id: string;
  schemeId: string;
  personId: string;
  reason: PlacementReason;
  note: string;
  placedBy: string;
  placedAt: Date;
  endedAt: Date | null;
}

export interface GrantRunRow {
  id: string;
  schemeId: string;
  periodStart: string;
  runOn: string;
  startedBy: string;
  startedAt: Date;
  children: number;
  amountOre: number;
}

/** Money of one scheme and period, from account balances (kept current by the ledger, no scan of transfers). */
export interface PeriodMoneyRow {
  periodStart: string;
  /** Granted and not expired: what the budget account has given out. */
  grantedOre: number;
  /** Still on the cards. */
  unspentOre: number;
  cards: number;
}

const SCHEME_COLUMNS = [
  'municipalityId',
  'id',
  'name',
  'description',
  'eligibility',
  'minAge',
  'maxAge',
  'residence',
  'periodKind',
  'amountOre',
  'activityKinds',
  'feeKinds',
  'providerKinds',
  'minSessions',
  'expiryMonths',
  'youthAge',
  'budgetOre',
  'startsOn',
  'endsOn',
  'createdAt',
  'updatedAt',
] as const;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e.code === '23505' && e.constraint === constraint;
}

function values(input: SchemeInput) {
  return {
    name: input.name.trim(),
    description: input.description.trim(),
    eligibility: input.eligibility,
    minAge: input.minAge,
    maxAge: input.maxAge,
    residence: input.residence,
    periodKind: input.periodKind,
    amountOre: input.amountOre,
    activityKinds: [...input.activityKinds],
    feeKinds: [...input.feeKinds],
    providerKinds: [...input.providerKinds],
    minSessions: input.minSessions,
    expiryMonths: input.expiryMonths,
    youthAge: input.youthAge,
    budgetOre: input.budgetOre,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
  };
}

/** Grants at or above this many children refresh the ledger tables' statistics. */
const ANALYZE_AFTER = 1000;

/** Memory for the sorts and hashes of one grant run's statement (set for the statement only). */
const GRANT_WORK_MEM = '64MB';

export function createSchemeStore(db: Executor) {
  return {
    async listSchemes(municipalityId: number): Promise<SchemeRow[]> {
      return db
        .selectFrom('scheme')
        .select(SCHEME_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .orderBy('name')
        .execute();
    },

    /** A scheme; with `lock`, held until the transaction ends (one grant run per scheme at a time). */
    async schemeById(municipalityId: number, id: string, lock = false): Promise<SchemeRow | undefined> {
      let query = db
        .selectFrom('scheme')
        .select(SCHEME_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    async insertScheme(municipalityId: number, input: SchemeInput): Promise<SchemeRow> {
      try {
        return await db
          .insertInto('scheme')
          .values({ municipalityId, ...values(input) })
          .returning(SCHEME_COLUMNS)
          .executeTakeFirstOrThrow();
      } catch (error) {
        if (isUniqueViolation(error, 'scheme_municipality_id_name_key')) throw new AppError('SCHEME_EXISTS');
        throw error;
      }
    },

    async updateScheme(municipalityId: number, id: string, input: SchemeInput): Promise<SchemeRow | undefined> {
      try {
        return await db
          .updateTable('scheme')
          .set({ ...values(input), updatedAt: sql`now()` })
          .where('municipalityId', '=', municipalityId)
          .where('id', '=', id)
          .returning(SCHEME_COLUMNS)
          .executeTakeFirst();
      } catch (error) {
        if (isUniqueViolation(error, 'scheme_municipality_id_name_key')) throw new AppError('SCHEME_EXISTS');
        throw error;
      }
    },

    /** Whether any money has been granted under a scheme (its period kind is then fixed). */
    async hasAccounts(municipalityId: number, schemeId: string): Promise<boolean> {
      const row = await db
        .selectFrom('ledgerAccount')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('schemeId', '=', schemeId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    async insertPlacement(placement: {
      municipalityId: number;
      schemeId: string;
      personId: string;
      reason: PlacementReason;
      note: string;
      placedBy: string;
    }): Promise<{ id: string; placedAt: Date }> {
      try {
        return await db
          .insertInto('schemePlacement')
          .values(placement)
          .returning(['id', 'placedAt'])
          .executeTakeFirstOrThrow();
      } catch (error) {
        if (isUniqueViolation(error, 'scheme_placement_open')) throw new AppError('PLACEMENT_EXISTS');
        throw error;
      }
    },

    async endPlacement(
      municipalityId: number,
      schemeId: string,
      placementId: string,
      endedBy: string,
    ): Promise<{ personId: string } | undefined> {
      return db
        .updateTable('schemePlacement')
        .set({ endedAt: sql`now()`, endedBy })
        .where('municipalityId', '=', municipalityId)
        .where('schemeId', '=', schemeId)
        .where('id', '=', placementId)
        .where('endedAt', 'is', null)
        .returning('personId')
        .executeTakeFirst();
    },

    async placements(
      municipalityId: number,
      schemeId: string,
      page: { limit: number; offset: number; open: boolean },
    ): Promise<{ items: PlacementRow[]; total: number }> {
      let base = db
        .selectFrom('schemePlacement')
        .where('municipalityId', '=', municipalityId)
        .where('schemeId', '=', schemeId);
      if (page.open) base = base.where('endedAt', 'is', null);
      const [items, total] = await Promise.all([
        base
          .select(['id', 'schemeId', 'personId', 'reason', 'note', 'placedBy', 'placedAt', 'endedAt'])
          .orderBy('placedAt', 'desc')
          .orderBy('id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.count) };
    },

    /**
     * Grants a period's amount to every eligible person without a card in that period, in one statement: it makes
     * each missing card (opened with the amount as its balance, see migration 0013) and moves the money to it from
     * the budget account by a transfer whose idempotency key names the scheme, the period and the child. A child
     * with a card has had the period's grant (a card is only ever made together with its grant, by this statement
     * or by a placement's transaction), so a second run, or a placement's own grant, moves nothing more.
     *
     * The children are taken in the order of their ids and the cards get ids in the same order, so every index
     * the statement writes grows at its right edge: the work stays linear in the number of children.
     */
    async grantCards(run: {
      municipalityId: number;
      schemeId: string;
      periodStart: string;
      amountOre: number;
      budgetAccountId: string;
      eligible: EligibleChildren;
      /** Means-tested: only children with an open placement in the scheme. */
      placedOnly: boolean;
      createdBy: string;
    }): Promise<{ children: number; amountOre: number }> {
      const { municipalityId, schemeId, periodStart } = run;
      const placed = run.placedOnly
        ? sql`and exists (select 1 from scheme_placement sp where sp.municipality_id = ${municipalityId}
                and sp.scheme_id = ${schemeId} and sp.person_id = e.person_id and sp.ended_at is null)`
        : sql``;
      // A large run sorts and hashes its children in memory and needs no compiled plan; back to the
      // transaction's settings afterwards.
      const settings = await sql<{ workMem: string; jit: string }>`
        select current_setting('work_mem') as work_mem, current_setting('jit') as jit,
               set_config('work_mem', ${GRANT_WORK_MEM}, true), set_config('jit', 'off', true)`.execute(db);
      const result = await sql<{ children: number; amountOre: number }>`
        with fresh as (
          select e.person_id, row_number() over (order by e.person_id) as n
          from (${run.eligible}) e
          where not exists (
              select 1 from ledger_account a
              where a.municipality_id = ${municipalityId} and a.kind = 'card' and a.scheme_id = ${schemeId}
                and a.period_start = ${periodStart}::date and a.person_id = e.person_id)
            ${placed}
        ),
        cards as (
          insert into ledger_account
            (municipality_id, id, kind, scheme_id, period_start, person_id, balance_ore, opened_by_grant)
          select ${municipalityId}, ledger_ordered_uuid(f.n), 'card', ${schemeId}, ${periodStart}::date, f.person_id,
                 ${run.amountOre}::bigint, true
          from fresh f
          order by f.n
          -- A placement's grant to the same child at the same moment has made the card: it has its grant.
          on conflict (municipality_id, scheme_id, period_start, person_id) where kind = 'card' do nothing
          returning id, person_id
        ),
        granted as (
          insert into ledger_transfer
            (municipality_id, idempotency_key, debit_account_id, credit_account_id, amount_ore, reason, created_by)
          select ${municipalityId}, ledger_grant_key(${schemeId}::uuid, ${periodStart}::date, c.person_id),
                 ${run.budgetAccountId}::uuid, c.id, ${run.amountOre}::bigint, 'grant', ${run.createdBy}
          from cards c
          returning amount_ore
        )
        select count(*)::int as children, coalesce(sum(amount_ore), 0)::bigint as amount_ore from granted`.execute(db);
      const before = settings.rows[0];
      if (before) {
        await sql`select set_config('work_mem', ${before.workMem}, true), set_config('jit', ${before.jit}, true)`.execute(
          db,
        );
      }
      const row = result.rows[0];
      const children = row?.children ?? 0;
      // A bulk change: keep the planner's statistics current (the embedded database has no autovacuum).
      if (children >= ANALYZE_AFTER) await sql`analyze ledger_account, ledger_transfer`.execute(db);
      return { children, amountOre: Number(row?.amountOre ?? 0) };
    },

    async insertGrantRun(run: {
      municipalityId: number;
      schemeId: string;
      periodStart: string;
      runOn: string;
      startedBy: string;
      children: number;
      amountOre: number;
    }): Promise<GrantRunRow> {
      return db
        .insertInto('grantRun')
        .values(run)
        .returning(['id', 'schemeId', 'periodStart', 'runOn', 'startedBy', 'startedAt', 'children', 'amountOre'])
        .executeTakeFirstOrThrow();
    },

    async grantRuns(municipalityId: number, schemeId: string, limit: number): Promise<GrantRunRow[]> {
      return db
        .selectFrom('grantRun')
        .select(['id', 'schemeId', 'periodStart', 'runOn', 'startedBy', 'startedAt', 'children', 'amountOre'])
        .where('municipalityId', '=', municipalityId)
        .where('schemeId', '=', schemeId)
        .orderBy('startedAt', 'desc')
        .limit(limit)
        .execute();
    },

    /** Whether a period of a scheme has been opened by a grant run (later population syncs then grant too). */
    async periodOpened(municipalityId: number, schemeId: string, periodStart: string): Promise<boolean> {
      const row = await db
        .selectFrom('grantRun')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('schemeId', '=', schemeId)
        .where('periodStart', '=', periodStart)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** The periods of a scheme that a grant run has opened (first days). */
    async openedPeriods(municipalityId: number, schemeId: string): Promise<Set<string>> {
      const rows = await db
        .selectFrom('grantRun')
        .select('periodStart')
        .distinct()
        .where('municipalityId', '=', municipalityId)
        .where('schemeId', '=', schemeId)
        .execute();
      return new Set(rows.map((r) => r.periodStart));
    },

    /** Granted and unspent money per period of a scheme, newest period first. */
    async periodMoney(municipalityId: number, schemeId: string): Promise<PeriodMoneyRow[]> {
      const result = await sql<{ periodStart: string; grantedOre: number; unspentOre: number; cards: number }>`
        select period_start,
               coalesce(-sum(balance_ore) filter (where kind = 'scheme_budget'), 0)::bigint as granted_ore,
               coalesce(sum(balance_ore) filter (where kind = 'card'), 0)::bigint as unspent_ore,
               (count(*) filter (where kind = 'card'))::int as cards
        from ledger_account
        where municipality_id = ${municipalityId} and scheme_id = ${schemeId}
        group by period_start
        order by period_start desc`.execute(db);
      return result.rows.map((r) => ({
        periodStart: r.periodStart,
        grantedOre: Number(r.grantedOre),
        unspentOre: Number(r.unspentOre),
        cards: r.cards,
      }));
    },

    /** The cards of people (every scheme and period), with their scheme's rules for the wallet. */
    async cardsOf(
      municipalityId: number,
      personIds: readonly string[],
    ): Promise<
      {
        accountId: string;
        personId: string;
        schemeId: string;
        schemeName: string;
        periodKind: PeriodKind;
        periodStart: string;
        expiryMonths: number;
        youthAge: number;
        balanceOre: number;
        rules: Pick<
          SchemeInput,
          'activityKinds' | 'feeKinds' | 'providerKinds' | 'minSessions' | 'startsOn' | 'endsOn'
        >;
      }[]
    > {
      if (personIds.length === 0) return [];
      const rows = await db
        .selectFrom('ledgerAccount as a')
        .innerJoin('scheme as s', (join) =>
          join.onRef('s.municipalityId', '=', 'a.municipalityId').onRef('s.id', '=', 'a.schemeId'),
        )
        .select([
          'a.id as accountId',
          'a.personId',
          's.id as schemeId',
          's.name as schemeName',
          's.periodKind',
          'a.periodStart',
          's.expiryMonths',
          's.youthAge',
          'a.balanceOre',
          's.activityKinds',
          's.feeKinds',
          's.providerKinds',
          's.minSessions',
          's.startsOn',
          's.endsOn',
        ])
        .where('a.municipalityId', '=', municipalityId)
        .where('a.kind', '=', 'card')
        .where('a.personId', 'in', personIds)
        .orderBy('a.periodStart', 'desc')
        .orderBy('s.name')
        .execute();
      return rows.map((r) => ({
        accountId: r.accountId,
        personId: r.personId ?? '',
        schemeId: r.schemeId,
        schemeName: r.schemeName,
        periodKind: r.periodKind,
        periodStart: r.periodStart ?? '',
        expiryMonths: r.expiryMonths,
        youthAge: r.youthAge,
        balanceOre: Number(r.balanceOre),
        rules: {
          activityKinds: r.activityKinds,
          feeKinds: r.feeKinds,
          providerKinds: r.providerKinds,
          minSessions: r.minSessions,
          startsOn: r.startsOn,
          endsOn: r.endsOn,
        },
      }));
    },
  };
}

/**
 * The idempotency key of a child's grant in a period: one grant per child, scheme and period, ever. The database
 * builds the same key (`ledger_grant_key`, migration 0013) for the grant run and to check a card's opening.
 */
export function grantKeyPrefix(schemeId: string, periodStart: string): string {
  return `grant:${schemeId}:${periodStart}:`;
}

export type SchemeStore = ReturnType<typeof createSchemeStore>;
