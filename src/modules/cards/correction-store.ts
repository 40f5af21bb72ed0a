import type { Executor } from '../../db/transaction.ts';
import type { CorrectionKind, CorrectionStatus } from '../../domain/correction.ts';
import type { AccountKind, TransferReason } from '../../domain/ledger.ts';

/** SQL of ledger corrections: the prepared and approved corrections, and the transfers they correct. */

export interface CorrectionRow {
  id: string;
  kind: CorrectionKind;
  reason: string;
  status: CorrectionStatus;
  transferId: number | null;
  amountOre: number | null;
  providerId: string | null;
  schemeId: string | null;
  periodStart: string | null;
  personId: string | null;
  expiresOn: string | null;
  preparedBy: string;
  preparedByName: string;
  preparedAt: Date;
  approvedBy: string | null;
  approvedByName: string | null;
  approvedAt: Date | null;
}

/** A transfer as a correction sees it: its accounts' kinds and owners, and what has been reversed of it. */
export interface CorrectedTransferRow {
  id: number;
  reason: TransferReason;
  amountOre: number;
  reversedOre: number;
  debitAccountId: string;
  creditAccountId: string;
  debitKind: AccountKind;
  creditKind: AccountKind;
  /** The child whose card the money left (or reached), if any. */
  personId: string | null;
  /** The provider whose payable the money reached, if any. */
  providerId: string | null;
  activityId: string | null;
  enrolmentId: string | null;
}

const COLUMNS = [
  'id',
  'kind',
  'reason',
  'status',
  'transferId',
  'amountOre',
  'providerId',
  'schemeId',
  'periodStart',
  'personId',
  'expiresOn',
  'preparedBy',
  'preparedByName',
  'preparedAt',
  'approvedBy',
  'approvedByName',
  'approvedAt',
] as const;

export function createCorrectionStore(db: Executor) {
  return {
    async insert(correction: {
      municipalityId: number;
      kind: CorrectionKind;
      reason: string;
      transferId: number | null;
      amountOre: number | null;
      providerId: string | null;
      schemeId: string | null;
      periodStart: string | null;
      personId: string | null;
      expiresOn: string | null;
      preparedBy: string;
      preparedByName: string;
    }): Promise<CorrectionRow> {
      return db.insertInto('ledgerCorrection').values(correction).returning(COLUMNS).executeTakeFirstOrThrow();
    },

    /** A correction; with `lock`, held until the transaction ends (one approval at a time). */
    async byId(municipalityId: number, id: string, lock = false): Promise<CorrectionRow | undefined> {
      let query = db
        .selectFrom('ledgerCorrection')
        .select(COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id);
      if (lock) query = query.forUpdate();
      return query.executeTakeFirst();
    },

    async list(
      municipalityId: number,
      page: { status?: CorrectionStatus; limit: number; offset: number },
    ): Promise<{ items: CorrectionRow[]; total: number }> {
      let base = db.selectFrom('ledgerCorrection').where('municipalityId', '=', municipalityId);
      if (page.status) base = base.where('status', '=', page.status);
      const [items, total] = await Promise.all([
        base
          .select(COLUMNS)
          .orderBy('preparedAt', 'desc')
          .orderBy('id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        base.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
      ]);
      return { items, total: Number(total.count) };
    },

    async markApproved(
      municipalityId: number,
      id: string,
      approver: { id: string; name: string },
    ): Promise<CorrectionRow | undefined> {
      return db
        .updateTable('ledgerCorrection')
        .set({ status: 'approved', approvedBy: approver.id, approvedByName: approver.name, approvedAt: new Date() })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .where('status', '=', 'prepared')
        .returning(COLUMNS)
        .executeTakeFirst();
    },

    /** The ids of the transfers stored under idempotency keys, oldest first. */
    async transferIdsByKeys(municipalityId: number, keys: readonly string[]): Promise<number[]> {
      if (keys.length === 0) return [];
      const rows = await db
        .selectFrom('ledgerTransfer')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('idempotencyKey', 'in', [...keys])
        .orderBy('id')
        .execute();
      return rows.map((r) => Number(r.id));
    },

    /** A transfer of the municipality with its accounts' kinds and owners and what has been reversed of it. */
    async transfer(municipalityId: number, transferId: number): Promise<CorrectedTransferRow | undefined> {
      const row = await db
        .selectFrom('ledgerTransfer as t')
        .innerJoin('ledgerAccount as d', (join) =>
          join.onRef('d.municipalityId', '=', 't.municipalityId').onRef('d.id', '=', 't.debitAccountId'),
        )
        .innerJoin('ledgerAccount as c', (join) =>
          join.onRef('c.municipalityId', '=', 't.municipalityId').onRef('c.id', '=', 't.creditAccountId'),
        )
        .select([
          't.id',
          't.reason',
          't.amountOre',
          't.debitAccountId',
          't.creditAccountId',
          'd.kind as debitKind',
          'c.kind as creditKind',
          't.activityId',
          't.enrolmentId',
        ])
        .select((eb) => [
          eb.fn.coalesce('d.personId', 'c.personId').as('personId'),
          'c.providerId',
          eb.fn
            .coalesce(
              eb
                .selectFrom('ledgerTransfer as r')
                .select((r) => r.fn.sum<number>('r.amountOre').as('sum'))
                .whereRef('r.municipalityId', '=', 't.municipalityId')
                .whereRef('r.reversesId', '=', 't.id'),
              eb.lit(0),
            )
            .as('reversedOre'),
        ])
        .where('t.municipalityId', '=', municipalityId)
        .where('t.id', '=', transferId)
        .executeTakeFirst();
      return row ? { ...row, amountOre: Number(row.amountOre), reversedOre: Number(row.reversedOre) } : undefined;
    },
  };
}

export type CorrectionStore = ReturnType<typeof createCorrectionStore>;
