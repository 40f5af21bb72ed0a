import { sql } from 'kysely';
import type { Executor } from '../../db/transaction.ts';
import type { EnrolmentStatus } from '../../domain/enrolment.ts';
import type { PaymentRequestStatus } from '../../domain/payment-request.ts';
import type { FeeKind } from '../../domain/scheme.ts';

/** SQL of payment requests from providers to the families of enrolled children. */

export interface PaymentRequestRow {
  municipalityId: number;
  id: string;
  providerId: string;
  activityId: string;
  enrolmentId: string;
  childId: string;
  feeKind: FeeKind;
  description: string;
  amountOre: number;
  dueDate: string;
  invoiceNumber: string | null;
  kid: string | null;
  status: PaymentRequestStatus;
  cardOre: number;
  restOre: number;
  sendKey: string;
  createdAt: Date;
  paidAt: Date | null;
  withdrawnAt: Date | null;
}

const COLUMNS = [
  'municipalityId',
  'id',
  'providerId',
  'activityId',
  'enrolmentId',
  'childId',
  'feeKind',
  'description',
  'amountOre',
  'dueDate',
  'invoiceNumber',
  'kid',
  'status',
  'cardOre',
  'restOre',
  'sendKey',
  'createdAt',
  'paidAt',
  'withdrawnAt',
] as const;

const COLUMNS_OF_R = COLUMNS.map((column) => `r.${column}` as const);

/** Enrolments whose children are in the activity: paid places and places being paid. */
const ENROLLED: readonly EnrolmentStatus[] = ['confirmed', 'awaiting_payment'];

function numbers<T extends { amountOre: number; cardOre: number; restOre: number }>(row: T): T {
  return { ...row, amountOre: Number(row.amountOre), cardOre: Number(row.cardOre), restOre: Number(row.restOre) };
}

export function createPaymentRequestStore(db: Executor) {
  return {
    /** The children enrolled in an activity (all, or those of the given enrolments), in order of enrolment. */
    async enrolled(
      municipalityId: number,
      activityId: string,
      enrolmentIds?: readonly string[],
    ): Promise<{ id: string; childId: string }[]> {
      if (enrolmentIds?.length === 0) return [];
      let query = db
        .selectFrom('enrolment')
        .select(['id', 'childId'])
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .where('status', 'in', ENROLLED)
        .orderBy('createdAt')
        .orderBy('id');
      if (enrolmentIds) query = query.where('id', 'in', enrolmentIds);
      return query.execute();
    },

    async bySendKey(municipalityId: number, sendKey: string): Promise<PaymentRequestRow[]> {
      const rows = await db
        .selectFrom('paymentRequest')
        .select(COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('sendKey', '=', sendKey)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
      return rows.map(numbers);
    },

    async insert(
      rows: readonly {
        municipalityId: number;
        providerId: string;
        activityId: string;
        enrolmentId: string;
        childId: string;
        feeKind: FeeKind;
        description: string;
        amountOre: number;
        dueDate: string;
        invoiceNumber: string | null;
        kid: string | null;
        sendKey: string;
        createdBy: string;
      }[],
    ): Promise<PaymentRequestRow[]> {
      if (rows.length === 0) return [];
      const inserted = await db.insertInto('paymentRequest').values(rows).returning(COLUMNS).execute();
      return inserted.map(numbers);
    },

    async byId(municipalityId: number, id: string, lock = false): Promise<PaymentRequestRow | undefined> {
      let query = db
        .selectFrom('paymentRequest')
        .select(COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id);
      if (lock) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row && numbers(row);
    },

    /** The requests of an activity, newest first. */
    async ofActivity(municipalityId: number, activityId: string): Promise<PaymentRequestRow[]> {
      const rows = await db
        .selectFrom('paymentRequest')
        .select(COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .orderBy('createdAt', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(numbers);
    },

    /** The requests to children, newest first, with the activity's title and language and the provider's name. */
    async ofChildren(
      municipalityId: number,
      childIds: readonly string[],
      requestId?: string,
    ): Promise<
      (PaymentRequestRow & { activityTitle: string; activityTextLanguage: 'nb' | 'nn'; providerName: string })[]
    > {
      if (childIds.length === 0) return [];
      let query = db
        .selectFrom('paymentRequest as r')
        .innerJoin('activity as a', (join) =>
          join.onRef('a.municipalityId', '=', 'r.municipalityId').onRef('a.id', '=', 'r.activityId'),
        )
        .innerJoin('provider as p', (join) =>
          join.onRef('p.municipalityId', '=', 'r.municipalityId').onRef('p.id', '=', 'r.providerId'),
        )
        .select([
          ...COLUMNS_OF_R,
          'a.title as activityTitle',
          'a.textLanguage as activityTextLanguage',
          'p.name as providerName',
        ])
        .where('r.municipalityId', '=', municipalityId)
        .where('r.childId', 'in', childIds)
        .orderBy('r.createdAt', 'desc')
        .orderBy('r.id');
      if (requestId !== undefined) query = query.where('r.id', '=', requestId);
      return (await query.execute()).map(numbers);
    },

    async update(
      municipalityId: number,
      id: string,
      change: { status: PaymentRequestStatus; cardOre?: number; restOre?: number; withdrawnBy?: string },
    ): Promise<void> {
      await db
        .updateTable('paymentRequest')
        .set({
          status: change.status,
          ...(change.cardOre === undefined ? {} : { cardOre: change.cardOre }),
          ...(change.restOre === undefined ? {} : { restOre: change.restOre }),
          ...(change.status === 'paid' ? { paidAt: sql`now()` } : {}),
          ...(change.status === 'withdrawn'
            ? { withdrawnAt: sql`now()`, withdrawnBy: change.withdrawnBy ?? null }
            : {}),
          updatedAt: sql`now()`,
        })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },
  };
}

export type PaymentRequestStore = ReturnType<typeof createPaymentRequestStore>;
