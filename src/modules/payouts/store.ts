import { sql } from 'kysely';
import type {
  HeldBackProvider,
  PayoutBatchStatus,
  PayoutItemStatus,
  PayoutSettingsTable,
} from '../../db/tables/payouts.ts';
import type { Executor } from '../../db/transaction.ts';

/**
 * SQL of payouts: settings, batches, items, and the ledger transfers each batch pays. The ledger's own tables are
 * only read here (money moves through the ledger service); providers' names, accounts and e-mail are read for the
 * payout file.
 */

export interface PayoutSettings {
  debtorAccount: string;
  debtorName: string;
  organisationNumber: string;
  debitLedgerAccount: string;
  creditLedgerAccount: string;
  costCentre: string;
  updatedAt: Date;
}

export interface BatchRow {
  municipalityId: number;
  id: number;
  status: PayoutBatchStatus;
  upTo: string;
  messageId: string;
  totalOre: number;
  itemCount: number;
  heldBack: HeldBackProvider[];
  preparedBy: string;
  preparedAt: Date;
  approvedBy: string | null;
  approvedAt: Date | null;
  executionDate: string | null;
  sentAt: Date | null;
  paidOn: string | null;
  bankReference: string | null;
}

export interface ItemRow {
  batchId: number;
  providerId: string;
  endToEndId: string;
  amountOre: number;
  creditorName: string;
  creditorAccount: string;
  kid: string | null;
  status: PayoutItemStatus;
  payoutTransferId: number | null;
  reversalTransferId: number | null;
  rejectReason: string | null;
  paidOn: string | null;
  bankReference: string | null;
  transferIds: number[];
}

export interface ProviderForPayout {
  providerId: string;
  name: string;
  bankAccount: string | null;
  email: string | null;
}

/** A payment credited to a provider, with where its payout stands. */
export interface ProviderPaymentRow {
  /** The enrolment it paid for (null for a payment without one). */
  enrolmentId: string | null;
  transferId: number;
  activityTitle: string | null;
  amountOre: number;
  createdAt: Date;
  batchId: number | null;
  batchStatus: PayoutBatchStatus | null;
  itemStatus: PayoutItemStatus | null;
  paidOn: string | null;
  bankReference: string | null;
}

const BATCH_COLUMNS = [
  'municipalityId',
  'id',
  'status',
  'upTo',
  'messageId',
  'totalOre',
  'itemCount',
  'heldBack',
  'preparedBy',
  'preparedAt',
  'approvedBy',
  'approvedAt',
  'executionDate',
  'sentAt',
  'paidOn',
  'bankReference',
] as const;

function toBatch(
  row: Omit<BatchRow, 'id' | 'totalOre'> & { id: number | string; totalOre: number | string },
): BatchRow {
  return { ...row, id: Number(row.id), totalOre: Number(row.totalOre), itemCount: Number(row.itemCount) };
}

export function createPayoutStore(db: Executor) {
  return {
    async settings(municipalityId: number): Promise<PayoutSettings | undefined> {
      return db
        .selectFrom('payoutSettings')
        .select([
          'debtorAccount',
          'debtorName',
          'organisationNumber',
          'debitLedgerAccount',
          'creditLedgerAccount',
          'costCentre',
          'updatedAt',
        ])
        .where('municipalityId', '=', municipalityId)
        .executeTakeFirst();
    },

    async saveSettings(row: Omit<PayoutSettingsTable, 'updatedAt' | 'costCentre'> & { costCentre: string }) {
      await db
        .insertInto('payoutSettings')
        .values(row)
        .onConflict((oc) =>
          oc.column('municipalityId').doUpdateSet({
            debtorAccount: row.debtorAccount,
            debtorName: row.debtorName,
            organisationNumber: row.organisationNumber,
            debitLedgerAccount: row.debitLedgerAccount,
            creditLedgerAccount: row.creditLedgerAccount,
            costCentre: row.costCentre,
            updatedBy: row.updatedBy,
            updatedAt: new Date(),
          }),
        )
        .execute();
    },

    /** Providers of the municipality with what the payout file and the e-mail need. */
    async providers(municipalityId: number, ids: readonly string[]): Promise<ProviderForPayout[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('provider')
        .select(['id as providerId', 'name', 'bankAccount', 'email'])
        .where('municipalityId', '=', municipalityId)
        .where('id', 'in', ids)
        .execute();
    },

    /** Providers with transfers not yet in a live batch up to the instant (candidates for a batch). */
    async providersWithOpenTransfers(municipalityId: number, before: Date): Promise<string[]> {
      const rows = await sql<{ providerId: string }>`
        select distinct a.provider_id
          from ledger_account a
          join ledger_transfer t on t.municipality_id = a.municipality_id
                                and (t.credit_account_id = a.id or t.debit_account_id = a.id)
         where a.municipality_id = ${municipalityId} and a.kind = 'provider_payable'
           and t.created_at < ${before} and t.reason <> 'payout'
           and not exists (select 1 from ledger_transfer o where o.municipality_id = t.municipality_id
                             and o.id = t.reverses_id and o.reason = 'payout')
           and not exists (select 1 from payout_batch_transfer x where x.municipality_id = t.municipality_id
                             and x.transfer_id = t.id and x.released_at is null)`.execute(db);
      return rows.rows.map((r) => r.providerId);
    },

    /** What the providers are owed up to the instant, outside live batches (for those held back). */
    async openSums(
      municipalityId: number,
      providerIds: readonly string[],
      before: Date,
    ): Promise<{ providerId: string; amountOre: number }[]> {
      if (providerIds.length === 0) return [];
      const rows = await sql<{ providerId: string; amountOre: number | string }>`
        select a.provider_id,
               sum(case when t.credit_account_id = a.id then t.amount_ore else -t.amount_ore end) as amount_ore
          from ledger_account a
          join ledger_transfer t on t.municipality_id = a.municipality_id
                                and (t.credit_account_id = a.id or t.debit_account_id = a.id)
         where a.municipality_id = ${municipalityId} and a.kind = 'provider_payable'
           and a.provider_id in (${sql.join(providerIds)})
           and t.created_at < ${before} and t.reason <> 'payout'
           and not exists (select 1 from ledger_transfer o where o.municipality_id = t.municipality_id
                             and o.id = t.reverses_id and o.reason = 'payout')
           and not exists (select 1 from payout_batch_transfer x where x.municipality_id = t.municipality_id
                             and x.transfer_id = t.id and x.released_at is null)
         group by a.provider_id
         order by a.provider_id`.execute(db);
      return rows.rows.map((r) => ({ providerId: r.providerId, amountOre: Number(r.amountOre) }));
    },

    /** A new batch row; its message id is made from its id. */
    async insertBatch(input: {
      municipalityId: number;
      upTo: string;
      preparedBy: string;
      messageIdOf: (id: number) => string;
    }): Promise<number> {
      const next = await sql<{ id: number | string }>`
        select nextval(pg_get_serial_sequence('payout_batch', 'id')) as id`.execute(db);
      const id = Number(next.rows[0]?.id);
      await sql`insert into payout_batch (municipality_id, id, up_to, message_id, prepared_by)
                overriding system value
                values (${input.municipalityId}, ${id}, ${input.upTo}, ${input.messageIdOf(id)}, ${input.preparedBy})`.execute(
        db,
      );
      return id;
    },

    /**
     * Takes for the batch every transfer of the providers' payable accounts up to the instant that no live batch
     * has: payments in (positive), refunds and reversals out (negative); never payouts or their reversals. A
     * transfer another batch takes at the same time is left to it (the live-transfer key decides).
     */
    async claimTransfers(
      municipalityId: number,
      batchId: number,
      providerIds: readonly string[],
      before: Date,
    ): Promise<{ providerId: string; amountOre: number }[]> {
      if (providerIds.length === 0) return [];
      const rows = await sql<{ providerId: string; amountOre: number | string }>`
        insert into payout_batch_transfer (municipality_id, batch_id, provider_id, transfer_id, amount_ore)
        select t.municipality_id, ${batchId}, a.provider_id, t.id,
               case when t.credit_account_id = a.id then t.amount_ore else -t.amount_ore end
          from ledger_account a
          join ledger_transfer t on t.municipality_id = a.municipality_id
                                and (t.credit_account_id = a.id or t.debit_account_id = a.id)
         where a.municipality_id = ${municipalityId} and a.kind = 'provider_payable'
           and a.provider_id in (${sql.join(providerIds)})
           and t.created_at < ${before} and t.reason <> 'payout'
           and not exists (select 1 from ledger_transfer o where o.municipality_id = t.municipality_id
                             and o.id = t.reverses_id and o.reason = 'payout')
           and not exists (select 1 from payout_batch_transfer x where x.municipality_id = t.municipality_id
                             and x.transfer_id = t.id and x.released_at is null)
         order by t.id
        on conflict (municipality_id, transfer_id) where released_at is null do nothing
        returning provider_id, amount_ore`.execute(db);
      return rows.rows.map((r) => ({ providerId: r.providerId, amountOre: Number(r.amountOre) }));
    },

    /** Gives back what a batch took of some providers (nothing to pay them now). */
    async unclaim(municipalityId: number, batchId: number, providerIds: readonly string[]): Promise<void> {
      if (providerIds.length === 0) return;
      await db
        .deleteFrom('payoutBatchTransfer')
        .where('municipalityId', '=', municipalityId)
        .where('batchId', '=', batchId)
        .where('providerId', 'in', providerIds)
        .execute();
    },

    async insertItems(
      items: {
        municipalityId: number;
        batchId: number;
        providerId: string;
        endToEndId: string;
        amountOre: number;
        creditorName: string;
        creditorAccount: string;
      }[],
    ): Promise<void> {
      if (items.length === 0) return;
      await db.insertInto('payoutItem').values(items).execute();
    },

    async updateBatch(
      municipalityId: number,
      id: number,
      patch: Partial<{
        status: PayoutBatchStatus;
        totalOre: number;
        itemCount: number;
        heldBack: HeldBackProvider[];
        approvedBy: string;
        approvedAt: Date;
        executionDate: string;
        sentBy: string;
        sentAt: Date;
        paidOn: string;
        bankReference: string;
      }>,
    ): Promise<void> {
      const { heldBack, ...rest } = patch;
      await db
        .updateTable('payoutBatch')
        .set({ ...rest, ...(heldBack ? { heldBack: JSON.stringify(heldBack) } : {}) })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },

    async batch(municipalityId: number, id: number, lock = false): Promise<BatchRow | undefined> {
      let q = db
        .selectFrom('payoutBatch')
        .select(BATCH_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id);
      if (lock) q = q.forUpdate();
      const row = await q.executeTakeFirst();
      return row ? toBatch(row) : undefined;
    },

    async batchByMessageId(municipalityId: number, messageId: string): Promise<BatchRow | undefined> {
      const row = await db
        .selectFrom('payoutBatch')
        .select(BATCH_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('messageId', '=', messageId)
        .executeTakeFirst();
      return row ? toBatch(row) : undefined;
    },

    async batches(municipalityId: number, limit = 200): Promise<BatchRow[]> {
      const rows = await db
        .selectFrom('payoutBatch')
        .select(BATCH_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toBatch);
    },

    /** A batch's items, in end-to-end order, each with the transfers it pays. */
    async items(municipalityId: number, batchId: number): Promise<ItemRow[]> {
      const rows = await db
        .selectFrom('payoutItem as i')
        .select([
          'i.batchId',
          'i.providerId',
          'i.endToEndId',
          'i.amountOre',
          'i.creditorName',
          'i.creditorAccount',
          'i.kid',
          'i.status',
          'i.payoutTransferId',
          'i.reversalTransferId',
          'i.rejectReason',
          'i.paidOn',
          'i.bankReference',
          (eb) =>
            eb
              .selectFrom('payoutBatchTransfer as x')
              .select(sql<number[]>`coalesce(array_agg(x.transfer_id order by x.transfer_id), '{}')`.as('ids'))
              .whereRef('x.municipalityId', '=', 'i.municipalityId')
              .whereRef('x.batchId', '=', 'i.batchId')
              .whereRef('x.providerId', '=', 'i.providerId')
              .as('transferIds'),
        ])
        .where('i.municipalityId', '=', municipalityId)
        .where('i.batchId', '=', batchId)
        .orderBy('i.endToEndId')
        .execute();
      return rows.map((r) => ({
        ...r,
        batchId: Number(r.batchId),
        amountOre: Number(r.amountOre),
        payoutTransferId: r.payoutTransferId === null ? null : Number(r.payoutTransferId),
        reversalTransferId: r.reversalTransferId === null ? null : Number(r.reversalTransferId),
        transferIds: (r.transferIds ?? []).map(Number),
      }));
    },

    async updateItem(
      municipalityId: number,
      batchId: number,
      providerId: string,
      patch: Partial<{
        status: PayoutItemStatus;
        payoutTransferId: number;
        reversalTransferId: number;
        rejectReason: string;
        paidOn: string;
        bankReference: string;
      }>,
    ): Promise<void> {
      await db
        .updateTable('payoutItem')
        .set(patch)
        .where('municipalityId', '=', municipalityId)
        .where('batchId', '=', batchId)
        .where('providerId', '=', providerId)
        .execute();
    },

    /** Frees a rejected item's transfers, so a later batch may pay them again. */
    async releaseTransfers(municipalityId: number, batchId: number, providerId: string): Promise<void> {
      await db
        .updateTable('payoutBatchTransfer')
        .set({ releasedAt: new Date() })
        .where('municipalityId', '=', municipalityId)
        .where('batchId', '=', batchId)
        .where('providerId', '=', providerId)
        .where('releasedAt', 'is', null)
        .execute();
    },

    /** The payments credited to a provider's payable account, newest first, each with its live batch, if any. */
    async providerPayments(municipalityId: number, providerId: string, limit = 500): Promise<ProviderPaymentRow[]> {
      const rows = await sql<ProviderPaymentRow>`
        select t.enrolment_id, t.id as transfer_id, act.title as activity_title, t.amount_ore, t.created_at,
               b.id as batch_id, b.status as batch_status, i.status as item_status, i.paid_on, i.bank_reference
          from ledger_account a
          join ledger_transfer t on t.municipality_id = a.municipality_id and t.credit_account_id = a.id
          left join activity act on act.municipality_id = t.municipality_id and act.id = t.activity_id
          left join payout_batch_transfer x on x.municipality_id = t.municipality_id and x.transfer_id = t.id
                                           and x.released_at is null
          left join payout_batch b on b.municipality_id = x.municipality_id and b.id = x.batch_id
          left join payout_item i on i.municipality_id = x.municipality_id and i.batch_id = x.batch_id
                                 and i.provider_id = x.provider_id
         where a.municipality_id = ${municipalityId} and a.kind = 'provider_payable'
           and a.provider_id = ${providerId} and t.reason = 'payment'
         order by t.id desc
         limit ${limit}`.execute(db);
      return rows.rows.map((r) => ({
        ...r,
        transferId: Number(r.transferId),
        amountOre: Number(r.amountOre),
        batchId: r.batchId === null ? null : Number(r.batchId),
      }));
    },
  };
}

export type PayoutStore = ReturnType<typeof createPayoutStore>;
