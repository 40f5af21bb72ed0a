import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';
import type { AccountKind, TransferReason } from '../../domain/ledger.ts';
import { AppError } from '../../errors.ts';

/** SQL of the ledger: accounts, transfers and the check that recomputes every balance. */

export interface AccountRow {
  municipalityId: number;
  id: string;
  kind: AccountKind;
  schemeId: string | null;
  periodStart: string | null;
  personId: string | null;
  providerId: string | null;
  balanceOre: number;
}

export interface TransferRow {
  municipalityId: number;
  id: number;
  idempotencyKey: string;
  debitAccountId: string;
  creditAccountId: string;
  amountOre: number;
  reason: TransferReason;
  reversesId: number | null;
  activityId: string | null;
  createdBy: string;
  createdAt: Date;
  enrolmentId: string | null;
  paymentRequestId: string | null;
}

export interface NewTransfer {
  municipalityId: number;
  idempotencyKey: string;
  debitAccountId: string;
  creditAccountId: string;
  amountOre: number;
  reason: TransferReason;
  reversesId?: number | null;
  activityId?: string | null;
  enrolmentId?: string | null;
  paymentRequestId?: string | null;
  createdBy: string;
}

/** What the ledger check found wrong; every list empty means the ledger holds. */
export interface LedgerCheckReport {
  accounts: number;
  transfers: number;
  /** Accounts whose stored balance is not the sum of their transfers. */
  balanceMismatches: { municipalityId: number; accountId: string; balanceOre: number; computedOre: number }[];
  /** Municipalities whose balances do not sum to zero. */
  unbalancedMunicipalities: { municipalityId: number; sumOre: number }[];
  /** Cards below zero. */
  negativeCards: { municipalityId: number; accountId: string; balanceOre: number }[];
  /** Reversals that do not mirror what they reverse, or reverse more than it moved. */
  badReversals: { municipalityId: number; transferId: number }[];
}

const ACCOUNT_COLUMNS = [
  'municipalityId',
  'id',
  'kind',
  'schemeId',
  'periodStart',
  'personId',
  'providerId',
  'balanceOre',
] as const;

const TRANSFER_COLUMNS = [
  'municipalityId',
  'id',
  'idempotencyKey',
  'debitAccountId',
  'creditAccountId',
  'amountOre',
  'reason',
  'reversesId',
  'activityId',
  'createdBy',
  'createdAt',
  'enrolmentId',
  'paymentRequestId',
] as const;

/** The transfer columns of a query that names the transfer table `t`. */
const TRANSFER_COLUMNS_OF_T = TRANSFER_COLUMNS.map((column) => `t.${column}` as const);

interface PgError {
  code?: string;
  constraint?: string;
}

/** The database's last line of defence, as the errors a use case would have given. */
function translate(error: unknown): never {
  const e = error as PgError;
  if (e.code === '23514' && e.constraint === 'ledger_account_card_not_negative') {
    throw new AppError('INSUFFICIENT_BALANCE');
  }
  if (e.code === 'FL002') throw new AppError('TRANSFER_NOT_ALLOWED');
  throw error;
}

export function createLedgerStore(db: Executor) {
  return {
    /** The account of a kind and owner, made on first use. */
    async ensureAccount(account: {
      municipalityId: number;
      kind: AccountKind;
      schemeId?: string;
      periodStart?: string;
      personId?: string;
      providerId?: string;
    }): Promise<AccountRow> {
      const values = {
        municipalityId: account.municipalityId,
        kind: account.kind,
        schemeId: account.schemeId ?? null,
        periodStart: account.periodStart ?? null,
        personId: account.personId ?? null,
        providerId: account.providerId ?? null,
      };
      const find = () => {
        let q = db
          .selectFrom('ledgerAccount')
          .select(ACCOUNT_COLUMNS)
          .where('municipalityId', '=', values.municipalityId)
          .where('kind', '=', values.kind);
        q = values.schemeId === null ? q.where('schemeId', 'is', null) : q.where('schemeId', '=', values.schemeId);
        q =
          values.periodStart === null
            ? q.where('periodStart', 'is', null)
            : q.where('periodStart', '=', values.periodStart);
        q = values.personId === null ? q.where('personId', 'is', null) : q.where('personId', '=', values.personId);
        q =
          values.providerId === null
            ? q.where('providerId', 'is', null)
            : q.where('providerId', '=', values.providerId);
        return q;
      };
      // Almost always there already (every payment to a provider asks for its account): one read, no write.
      const existing = await find().executeTakeFirst();
      if (existing) return existing;
      await sql`insert into ledger_account (municipality_id, kind, scheme_id, period_start, person_id, provider_id)
                values (${values.municipalityId}, ${values.kind}, ${values.schemeId}, ${values.periodStart},
                        ${values.personId}, ${values.providerId})
                on conflict do nothing`.execute(db);
      return find().executeTakeFirstOrThrow();
    },

    async accountById(municipalityId: number, id: string): Promise<AccountRow | undefined> {
      return db
        .selectFrom('ledgerAccount')
        .select(ACCOUNT_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** Locks accounts for the rest of the transaction, in one order (so two use cases never wait for each other). */
    async lockAccounts(municipalityId: number, ids: readonly string[]): Promise<AccountRow[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('ledgerAccount')
        .select(ACCOUNT_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', 'in', [...new Set(ids)].sort())
        .orderBy('id')
        .forUpdate()
        .execute();
    },

    async transferByKey(municipalityId: number, idempotencyKey: string): Promise<TransferRow | undefined> {
      return db
        .selectFrom('ledgerTransfer')
        .select(TRANSFER_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('idempotencyKey', '=', idempotencyKey)
        .executeTakeFirst();
    },

    async transferById(municipalityId: number, id: number): Promise<TransferRow | undefined> {
      return db
        .selectFrom('ledgerTransfer')
        .select(TRANSFER_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** What has been reversed of a transfer so far. */
    async reversedOre(municipalityId: number, transferId: number): Promise<number> {
      const row = await db
        .selectFrom('ledgerTransfer')
        .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amountOre'), eb.lit(0)).as('sum'))
        .where('municipalityId', '=', municipalityId)
        .where('reversesId', '=', transferId)
        .executeTakeFirstOrThrow();
      return Number(row.sum);
    },

    /** Inserts a transfer unless its key is taken; undefined when it was. */
    async insertTransfer(transfer: NewTransfer): Promise<TransferRow | undefined> {
      try {
        return await db
          .insertInto('ledgerTransfer')
          .values({
            municipalityId: transfer.municipalityId,
            idempotencyKey: transfer.idempotencyKey,
            debitAccountId: transfer.debitAccountId,
            creditAccountId: transfer.creditAccountId,
            amountOre: transfer.amountOre,
            reason: transfer.reason,
            reversesId: transfer.reversesId ?? null,
            activityId: transfer.activityId ?? null,
            enrolmentId: transfer.enrolmentId ?? null,
            paymentRequestId: transfer.paymentRequestId ?? null,
            createdBy: transfer.createdBy,
          })
          .onConflict((oc) => oc.constraint('ledger_transfer_idempotency').doNothing())
          .returning(TRANSFER_COLUMNS)
          .executeTakeFirst();
      } catch (error) {
        translate(error);
      }
    },

    /** The transfers that paid, held, released or refunded an enrolment's money, oldest first. */
    async transfersOfEnrolment(
      municipalityId: number,
      enrolmentId: string,
    ): Promise<(TransferRow & { debitKind: AccountKind })[]> {
      return db
        .selectFrom('ledgerTransfer as t')
        .innerJoin('ledgerAccount as d', (join) =>
          join.onRef('d.municipalityId', '=', 't.municipalityId').onRef('d.id', '=', 't.debitAccountId'),
        )
        .select([...TRANSFER_COLUMNS_OF_T, 'd.kind as debitKind'])
        .where('t.municipalityId', '=', municipalityId)
        .where('t.enrolmentId', '=', enrolmentId)
        .orderBy('t.id')
        .execute();
    },

    /** The transfers that paid, held or released a payment request's money, oldest first. */
    async transfersOfPaymentRequest(municipalityId: number, paymentRequestId: string): Promise<TransferRow[]> {
      return db
        .selectFrom('ledgerTransfer')
        .select(TRANSFER_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('paymentRequestId', '=', paymentRequestId)
        .orderBy('id')
        .execute();
    },

    /** Transfers to or from any of the accounts, newest first. */
    async transfersOfAccounts(
      municipalityId: number,
      accountIds: readonly string[],
      limit: number,
    ): Promise<(TransferRow & { activityTitle: string | null })[]> {
      if (accountIds.length === 0) return [];
      return db
        .selectFrom('ledgerTransfer as t')
        .leftJoin('activity as a', (join) =>
          join.onRef('a.municipalityId', '=', 't.municipalityId').onRef('a.id', '=', 't.activityId'),
        )
        .select([...TRANSFER_COLUMNS_OF_T, 'a.title as activityTitle'])
        .where('t.municipalityId', '=', municipalityId)
        .where((eb) => eb.or([eb('t.debitAccountId', 'in', accountIds), eb('t.creditAccountId', 'in', accountIds)]))
        .orderBy('t.id', 'desc')
        .limit(limit)
        .execute();
    },

    /** Recomputes every balance from its transfers (one municipality, or all). */
    async check(municipalityId?: number): Promise<LedgerCheckReport> {
      const scopeOf = (column: string) =>
        municipalityId === undefined ? sql`true` : sql`${sql.ref(column)} = ${municipalityId}`;
      const scope = scopeOf('municipality_id');
      const counts = await sql<{ accounts: number; transfers: number }>`
        select (select count(*) from ledger_account where ${scope})::int as accounts,
               (select count(*) from ledger_transfer where ${scope})::int as transfers`.execute(db);
      const mismatches = await sql<{
        municipalityId: number;
        accountId: string;
        balanceOre: number;
        computedOre: number;
      }>`
        with legs as (
          select municipality_id, credit_account_id as account_id, amount_ore as delta from ledger_transfer where ${scope}
          union all
          select municipality_id, debit_account_id, -amount_ore from ledger_transfer where ${scope}
        ), sums as (
          select municipality_id, account_id, sum(delta) as computed from legs group by municipality_id, account_id
        )
        select a.municipality_id, a.id as account_id, a.balance_ore, coalesce(s.computed, 0)::bigint as computed_ore
        from ledger_account a
        left join sums s on s.municipality_id = a.municipality_id and s.account_id = a.id
        where ${scopeOf('a.municipality_id')} and a.balance_ore <> coalesce(s.computed, 0)
        order by a.municipality_id, a.id`.execute(db);
      const unbalanced = await sql<{ municipalityId: number; sumOre: number }>`
        select municipality_id, sum(balance_ore)::bigint as sum_ore from ledger_account where ${scope}
        group by municipality_id having sum(balance_ore) <> 0 order by municipality_id`.execute(db);
      const negative = await sql<{ municipalityId: number; accountId: string; balanceOre: number }>`
        select municipality_id, id as account_id, balance_ore from ledger_account
        where ${scope} and kind = 'card' and balance_ore < 0 order by municipality_id, id`.execute(db);
      const reversals = await sql<{ municipalityId: number; transferId: number }>`
        select r.municipality_id, r.reverses_id as transfer_id
        from ledger_transfer r
        join ledger_transfer o on o.municipality_id = r.municipality_id and o.id = r.reverses_id
        where ${scopeOf('r.municipality_id')}
        group by r.municipality_id, r.reverses_id, o.amount_ore
        having sum(r.amount_ore) > o.amount_ore
            or bool_or(r.debit_account_id <> o.credit_account_id or r.credit_account_id <> o.debit_account_id)
        order by 1, 2`.execute(db);
      const [count] = counts.rows;
      return {
        accounts: count?.accounts ?? 0,
        transfers: count?.transfers ?? 0,
        balanceMismatches: mismatches.rows.map((r) => ({
          ...r,
          balanceOre: Number(r.balanceOre),
          computedOre: Number(r.computedOre),
        })),
        unbalancedMunicipalities: unbalanced.rows.map((r) => ({ ...r, sumOre: Number(r.sumOre) })),
        negativeCards: negative.rows.map((r) => ({ ...r, balanceOre: Number(r.balanceOre) })),
        badReversals: reversals.rows.map((r) => ({ ...r, transferId: Number(r.transferId) })),
      };
    },
  };
}

export type LedgerStore = ReturnType<typeof createLedgerStore>;
