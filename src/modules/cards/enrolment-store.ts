import { sql } from 'kysely';
import type { FamilyPaymentStatus } from '../../db/tables/cards.ts';
import type { Executor } from '../../db/transaction.ts';
import { ACTIVE_STATUSES, type EnrolmentStatus, PLACE_STATUSES } from '../../domain/enrolment.ts';

/** SQL of enrolments and the family's payments through the payment provider. */

export interface EnrolmentRow {
  municipalityId: number;
  id: string;
  activityId: string;
  childId: string;
  status: EnrolmentStatus;
  feeOre: number;
  cardOre: number;
  restOre: number;
  idempotencyKey: string;
  enrolledBy: string;
  createdAt: Date;
  updatedAt: Date;
  confirmedAt: Date | null;
  cancelledAt: Date | null;
}

export interface FamilyPaymentRow {
  municipalityId: number;
  id: string;
  enrolmentId: string;
  reference: string;
  amountOre: number;
  status: FamilyPaymentStatus;
  redirectUrl: string | null;
  refundOre: number;
  attempts: number;
  createdAt: Date;
  /** The payment request this payment pays; null for the enrolment's own fee. */
  paymentRequestId: string | null;
}

const ENROLMENT_COLUMNS = [
  'municipalityId',
  'id',
  'activityId',
  'childId',
  'status',
  'feeOre',
  'cardOre',
  'restOre',
  'idempotencyKey',
  'enrolledBy',
  'createdAt',
  'updatedAt',
  'confirmedAt',
  'cancelledAt',
] as const;

const PAYMENT_COLUMNS = [
  'municipalityId',
  'id',
  'enrolmentId',
  'reference',
  'amountOre',
  'status',
  'redirectUrl',
  'refundOre',
  'attempts',
  'createdAt',
  'paymentRequestId',
] as const;

function numbers<T extends { feeOre: number; cardOre: number; restOre: number }>(row: T): T {
  return { ...row, feeOre: Number(row.feeOre), cardOre: Number(row.cardOre), restOre: Number(row.restOre) };
}

function paymentNumbers(row: FamilyPaymentRow): FamilyPaymentRow {
  return { ...row, amountOre: Number(row.amountOre), refundOre: Number(row.refundOre) };
}

export function createEnrolmentStore(db: Executor) {
  return {
    async enrolmentByKey(municipalityId: number, idempotencyKey: string): Promise<EnrolmentRow | undefined> {
      const row = await db
        .selectFrom('enrolment')
        .select(ENROLMENT_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('idempotencyKey', '=', idempotencyKey)
        .executeTakeFirst();
      return row && numbers(row);
    },

    async enrolmentById(municipalityId: number, id: string, lock = false): Promise<EnrolmentRow | undefined> {
      let query = db
        .selectFrom('enrolment')
        .select(ENROLMENT_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id);
      if (lock) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row && numbers(row);
    },

    /** Places taken in an activity (paid, being paid, or offered to the next in the queue). */
    async placesTaken(municipalityId: number, activityId: string): Promise<number> {
      const row = await db
        .selectFrom('enrolment')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .where('status', 'in', PLACE_STATUSES)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async insertEnrolment(values: {
      municipalityId: number;
      activityId: string;
      childId: string;
      status: EnrolmentStatus;
      feeOre: number;
      cardOre: number;
      restOre: number;
      idempotencyKey: string;
      enrolledBy: string;
    }): Promise<EnrolmentRow | undefined> {
      // undefined: the child already has a place or queue place here, or the idempotency key is taken.
      const row = await db
        .insertInto('enrolment')
        .values({ ...values, confirmedAt: values.status === 'confirmed' ? sql`now()` : null })
        .onConflict((oc) => oc.doNothing())
        .returning(ENROLMENT_COLUMNS)
        .executeTakeFirst();
      return row && numbers(row);
    },

    async updateEnrolment(
      municipalityId: number,
      id: string,
      change: {
        status: EnrolmentStatus;
        feeOre?: number;
        cardOre?: number;
        restOre?: number;
        cancelledBy?: string;
      },
    ): Promise<void> {
      await db
        .updateTable('enrolment')
        .set({
          status: change.status,
          ...(change.feeOre === undefined ? {} : { feeOre: change.feeOre }),
          ...(change.cardOre === undefined ? {} : { cardOre: change.cardOre }),
          ...(change.restOre === undefined ? {} : { restOre: change.restOre }),
          ...(change.status === 'confirmed' ? { confirmedAt: sql`now()` } : {}),
          ...(change.status === 'cancelled'
            ? { cancelledAt: sql`now()`, cancelledBy: change.cancelledBy ?? null }
            : {}),
          updatedAt: sql`now()`,
        })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', id)
        .execute();
    },

    /** The first child in an activity's queue, locked. */
    async firstWaiting(municipalityId: number, activityId: string): Promise<EnrolmentRow | undefined> {
      const row = await db
        .selectFrom('enrolment')
        .select(ENROLMENT_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .where('status', '=', 'waiting')
        .orderBy('createdAt')
        .orderBy('id')
        .limit(1)
        .forUpdate()
        .executeTakeFirst();
      return row && numbers(row);
    },

    /** Enrolments of children (every status), newest first, with the activity's title and season start. */
    async enrolmentsOf(
      municipalityId: number,
      childIds: readonly string[],
      enrolmentId?: string,
    ): Promise<
      (EnrolmentRow & {
        activityTitle: string;
        activityTextLanguage: 'nb' | 'nn';
        seasonStart: string;
        queuePosition: number | null;
      })[]
    > {
      if (childIds.length === 0) return [];
      let query = db
        .selectFrom('enrolment as e')
        .innerJoin('activity as a', (join) =>
          join.onRef('a.municipalityId', '=', 'e.municipalityId').onRef('a.id', '=', 'e.activityId'),
        )
        .select([
          'e.municipalityId',
          'e.id',
          'e.activityId',
          'e.childId',
          'e.status',
          'e.feeOre',
          'e.cardOre',
          'e.restOre',
          'e.idempotencyKey',
          'e.enrolledBy',
          'e.createdAt',
          'e.updatedAt',
          'e.confirmedAt',
          'e.cancelledAt',
          'a.title as activityTitle',
          'a.textLanguage as activityTextLanguage',
          'a.seasonStart',
          sql<number | null>`case when e.status = 'waiting' then (
            select count(*)::int from enrolment w
             where w.municipality_id = e.municipality_id and w.activity_id = e.activity_id and w.status = 'waiting'
               and (w.created_at, w.id) <= (e.created_at, e.id)) end`.as('queuePosition'),
        ])
        .where('e.municipalityId', '=', municipalityId)
        .where('e.childId', 'in', childIds)
        .orderBy('e.createdAt', 'desc');
      if (enrolmentId !== undefined) query = query.where('e.id', '=', enrolmentId);
      return (await query.execute()).map(numbers);
    },

    /** The children enrolled in an activity (places and queue), in order of enrolment. */
    async participants(
      municipalityId: number,
      activityId: string,
    ): Promise<{ id: string; childId: string; status: EnrolmentStatus; createdAt: Date }[]> {
      return db
        .selectFrom('enrolment')
        .select(['id', 'childId', 'status', 'createdAt'])
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .where('status', 'in', ACTIVE_STATUSES)
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
    },

    async insertPayment(values: {
      municipalityId: number;
      enrolmentId: string;
      reference: string;
      amountOre: number;
      paymentRequestId?: string;
    }): Promise<FamilyPaymentRow> {
      const row = await db
        .insertInto('familyPayment')
        .values(values)
        .returning(PAYMENT_COLUMNS)
        .executeTakeFirstOrThrow();
      return paymentNumbers(row);
    },

    async paymentByReference(reference: string, lock = false): Promise<FamilyPaymentRow | undefined> {
      let query = db.selectFrom('familyPayment').select(PAYMENT_COLUMNS).where('reference', '=', reference);
      if (lock) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row && paymentNumbers(row);
    },

    /** The latest payment of a payment request. */
    async paymentOfRequest(municipalityId: number, paymentRequestId: string): Promise<FamilyPaymentRow | undefined> {
      const row = await db
        .selectFrom('familyPayment')
        .select(PAYMENT_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('paymentRequestId', '=', paymentRequestId)
        .orderBy('createdAt', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && paymentNumbers(row);
    },

    /** How many payments a payment request has had (each attempt has its own reference). */
    async paymentCountOfRequest(municipalityId: number, paymentRequestId: string): Promise<number> {
      const row = await db
        .selectFrom('familyPayment')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('municipalityId', '=', municipalityId)
        .where('paymentRequestId', '=', paymentRequestId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async paymentOfEnrolment(municipalityId: number, enrolmentId: string): Promise<FamilyPaymentRow | undefined> {
      const row = await db
        .selectFrom('familyPayment')
        .select(PAYMENT_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('enrolmentId', '=', enrolmentId)
        .where('paymentRequestId', 'is', null)
        .orderBy('createdAt', 'desc')
        .limit(1)
        .executeTakeFirst();
      return row && paymentNumbers(row);
    },

    /** The latest payment of each of the enrolments, by enrolment. */
    async paymentsOfEnrolments(
      municipalityId: number,
      enrolmentIds: readonly string[],
    ): Promise<Map<string, FamilyPaymentRow>> {
      if (enrolmentIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('familyPayment')
        .select(PAYMENT_COLUMNS)
        .where('municipalityId', '=', municipalityId)
        .where('enrolmentId', 'in', enrolmentIds)
        .where('paymentRequestId', 'is', null)
        .orderBy('createdAt')
        .execute();
      return new Map(rows.map((row) => [row.enrolmentId, paymentNumbers(row)]));
    },

    async updatePayment(
      reference: string,
      change: {
        status?: FamilyPaymentStatus;
        redirectUrl?: string;
        refundOre?: number;
        error?: string | null;
        retryInMs?: number;
      },
    ): Promise<void> {
      await db
        .updateTable('familyPayment')
        .set({
          ...(change.status ? { status: change.status } : {}),
          ...(change.redirectUrl ? { redirectUrl: change.redirectUrl } : {}),
          ...(change.refundOre === undefined ? {} : { refundOre: change.refundOre }),
          ...(change.error === undefined ? {} : { lastError: change.error?.slice(0, 500) ?? null }),
          ...(change.retryInMs === undefined
            ? {}
            : {
                attempts: sql`attempts + 1`,
                nextAttemptAt: sql`now() + make_interval(secs => ${change.retryInMs / 1000})`,
              }),
          updatedAt: sql`now()`,
        })
        .where('reference', '=', reference)
        .execute();
    },

    /** Payments with work due: to create, to look at again, to refund. */
    async duePayments(limit: number): Promise<FamilyPaymentRow[]> {
      const rows = await db
        .selectFrom('familyPayment')
        .select(PAYMENT_COLUMNS)
        .where('status', 'in', ['creating', 'created', 'refunding'])
        .where('nextAttemptAt', '<=', sql<Date>`now()`)
        .orderBy('nextAttemptAt')
        .limit(limit)
        .execute();
      return rows.map(paymentNumbers);
    },
  };
}

export type EnrolmentStore = ReturnType<typeof createEnrolmentStore>;
