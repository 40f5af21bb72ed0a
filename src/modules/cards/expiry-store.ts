import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';
import { expiryKey } from '../../domain/expiry.ts';
import type { PeriodKind } from '../../domain/period.ts';

/** SQL of expiry: the periods that hold cards, extensions of their dates, the set-based expiry and its runs. */

/** A scheme's period that has granted money (it has a budget account), with the latest extension of the period. */
export interface GrantedPeriodRow {
  schemeId: string;
  schemeName: string;
  periodKind: PeriodKind;
  expiryMonths: number;
  periodStart: string;
  /** The latest extension of the whole period, if any. */
  extendedTo: string | null;
}

export interface ExpiryLine {
  schemeId: string;
  periodStart: string;
  /** Cards whose money went back to the budget by this statement, and how much. */
  cards: number;
  amountOre: number;
  /** Cards left for a later run: a payment holding some of their money is still in progress. */
  heldCards: number;
}

export interface ExpiryRunRow extends ExpiryLine {
  id: string;
  runId: string;
  runOn: string;
  startedBy: string;
  startedAt: Date;
}

export interface ExtensionRow {
  id: string;
  schemeId: string;
  periodStart: string;
  personId: string | null;
  expiresOn: string;
  reason: string;
  correctionId: string;
  createdAt: Date;
}

const RUN_COLUMNS = [
  'id',
  'runId',
  'schemeId',
  'periodStart',
  'runOn',
  'startedBy',
  'startedAt',
  'cards',
  'amountOre',
  'heldCards',
] as const;

export function createExpiryStore(db: Executor) {
  return {
    /** Every scheme period of a municipality that has granted money, with its rules for the expiry date. */
    async grantedPeriods(municipalityId: number): Promise<GrantedPeriodRow[]> {
      const result = await sql<GrantedPeriodRow>`
        select s.id as scheme_id, s.name as scheme_name, s.period_kind, s.expiry_months, b.period_start,
               (select max(x.expires_on) from expiry_extension x
                 where x.municipality_id = b.municipality_id and x.scheme_id = b.scheme_id
                   and x.period_start = b.period_start and x.person_id is null) as extended_to
        from ledger_account b
        join scheme s on s.municipality_id = b.municipality_id and s.id = b.scheme_id
        where b.municipality_id = ${municipalityId} and b.kind = 'scheme_budget'
        order by s.name, b.period_start`.execute(db);
      return result.rows;
    },

    /**
     * Moves the unspent money of every card of the due periods back to its period's budget account, in one
     * statement: each card not extended past `today` (by an extension for its child), not holding money for a
     * payment still in progress, with money on it and without an expiry transfer, is locked and emptied by a
     * transfer `expiry:<card>` of its whole balance. A second run finds the keys taken and moves nothing.
     */
    async expireCards(run: {
      municipalityId: number;
      due: readonly { schemeId: string; periodStart: string }[];
      today: string;
      createdBy: string;
    }): Promise<ExpiryLine[]> {
      if (run.due.length === 0) return [];
      const m = run.municipalityId;
      const due = sql.join(run.due.map((d) => sql`(${d.schemeId}::uuid, ${d.periodStart}::date)`));
      const result = await sql<{
        schemeId: string;
        periodStart: string;
        cards: number;
        amountOre: number;
        heldCards: number;
      }>`
        with due (scheme_id, period_start) as (values ${due}),
        candidates as (
          select a.id, a.scheme_id, a.period_start
          from due d
          join ledger_account a
            on a.municipality_id = ${m} and a.kind = 'card' and a.scheme_id = d.scheme_id
           and a.period_start = d.period_start
          where not exists (
            select 1 from expiry_extension x
            where x.municipality_id = ${m} and x.scheme_id = a.scheme_id and x.period_start = a.period_start
              and x.person_id = a.person_id and x.expires_on >= ${run.today}::date)
        ),
        held as (
          select c.id from candidates c
          where exists (
            select 1 from ledger_transfer h
            join enrolment e on e.municipality_id = h.municipality_id and e.id = h.enrolment_id
            where h.municipality_id = ${m} and h.debit_account_id = c.id and h.reason = 'hold'
              and e.status = 'awaiting_payment')
        ),
        locked as (
          select a.id, a.scheme_id, a.period_start, a.balance_ore
          from ledger_account a
          where a.municipality_id = ${m} and a.id in (select id from candidates)
            and a.id not in (select id from held)
          order by a.id
          for update
        ),
        moved as (
          insert into ledger_transfer
            (municipality_id, idempotency_key, debit_account_id, credit_account_id, amount_ore, reason, created_by)
          select ${m}, ${expiryKey('')} || l.id::text, l.id, b.id, l.balance_ore, 'expiry', ${run.createdBy}
          from locked l
          join ledger_account b
            on b.municipality_id = ${m} and b.kind = 'scheme_budget' and b.scheme_id = l.scheme_id
           and b.period_start = l.period_start
          where l.balance_ore > 0
            and not exists (
              select 1 from ledger_transfer t
              where t.municipality_id = ${m} and t.idempotency_key = ${expiryKey('')} || l.id::text)
          order by l.id
          on conflict on constraint ledger_transfer_idempotency do nothing
          returning debit_account_id, amount_ore
        )
        select c.scheme_id, c.period_start,
               count(mv.debit_account_id)::int as cards,
               coalesce(sum(mv.amount_ore), 0)::bigint as amount_ore,
               count(h.id)::int as held_cards
        from candidates c
        left join moved mv on mv.debit_account_id = c.id
        left join held h on h.id = c.id
        group by c.scheme_id, c.period_start
        order by c.scheme_id, c.period_start`.execute(db);
      return result.rows.map((r) => ({ ...r, amountOre: Number(r.amountOre) }));
    },

    async insertRunLines(
      lines: readonly (ExpiryLine & {
        municipalityId: number;
        runId: string;
        runOn: string;
        startedBy: string;
      })[],
    ): Promise<ExpiryRunRow[]> {
      if (lines.length === 0) return [];
      return db
        .insertInto('expiryRun')
        .values(lines.map((l) => ({ ...l })))
        .returning(RUN_COLUMNS)
        .execute();
    },

    /** The latest runs' lines, newest first. */
    async runLines(municipalityId: number, limit: number): Promise<ExpiryRunRow[]> {
      return db
        .selectFrom('expiryRun')
        .select(RUN_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .orderBy('startedAt', 'desc')
        .orderBy('schemeId')
        .orderBy('periodStart')
        .limit(limit)
        .execute();
    },

    /** The extensions of a scheme's period: of the whole period, and (given a child) of that child's card. */
    async extensions(
      municipalityId: number,
      schemeId: string,
      periodStart: string,
      personId: string | null,
    ): Promise<ExtensionRow[]> {
      return db
        .selectFrom('expiryExtension')
        .select(['id', 'schemeId', 'periodStart', 'personId', 'expiresOn', 'reason', 'correctionId', 'createdAt'])
        .where('municipalityId', '=', municipalityId)
        .where('schemeId', '=', schemeId)
        .where('periodStart', '=', periodStart)
        .where((eb) =>
          personId === null
            ? eb('personId', 'is', null)
            : eb.or([eb('personId', 'is', null), eb('personId', '=', personId)]),
        )
        .orderBy('createdAt')
        .execute();
    },

    async insertExtension(extension: {
      municipalityId: number;
      schemeId: string;
      periodStart: string;
      personId: string | null;
      expiresOn: string;
      reason: string;
      correctionId: string;
    }): Promise<void> {
      await db.insertInto('expiryExtension').values(extension).execute();
    },

    /** A scheme period's budget account and (given a child) the child's card in it, with its expiry transfer. */
    async periodAccounts(
      municipalityId: number,
      schemeId: string,
      periodStart: string,
      personId: string | null,
    ): Promise<{ budget: boolean; card: { id: string; expired: boolean } | null }> {
      const accounts = await db
        .selectFrom('ledgerAccount as a')
        .select(['a.id', 'a.kind'])
        .select((eb) =>
          eb
            .exists(
              eb
                .selectFrom('ledgerTransfer as t')
                .select('t.id')
                .whereRef('t.municipalityId', '=', 'a.municipalityId')
                .where('t.idempotencyKey', '=', sql<string>`${expiryKey('')} || a.id::text`),
            )
            .as('expired'),
        )
        .where('a.municipalityId', '=', municipalityId)
        .where('a.schemeId', '=', schemeId)
        .where('a.periodStart', '=', periodStart)
        .where((eb) =>
          eb.or([
            eb('a.kind', '=', 'scheme_budget'),
            ...(personId === null ? [] : [eb.and([eb('a.kind', '=', 'card'), eb('a.personId', '=', personId)])]),
          ]),
        )
        .execute();
      const card = accounts.find((a) => a.kind === 'card');
      return {
        budget: accounts.some((a) => a.kind === 'scheme_budget'),
        card: card ? { id: card.id, expired: Boolean(card.expired) } : null,
      };
    },
  };
}

export type ExpiryStore = ReturnType<typeof createExpiryStore>;
