import { type Kysely, sql } from 'kysely';
import type { ActivityStatus, DB, ProviderKind, ProviderStatus, ScheduleEntry } from '../../db/schema.ts';
import type { TranslationLanguage } from '../../db/tables/catalogue.ts';
import { inTransaction } from '../../db/transaction.ts';
import { PLACE_STATUSES, type RefundPolicy } from '../../domain/enrolment.ts';
import type { ActivityKind, Fee, FeeKind } from '../../domain/scheme.ts';
import { type ActivityImageRow, selectActivityImages } from './activity-images-query.ts';

/** SQL for the activities a provider edits. Every query is scoped by municipality and provider. */

export type { ActivityImageRow } from './activity-images-query.ts';

/** The columns a provider writes (weekdays and postal place already derived). */
export interface ActivityValues {
  category: string;
  title: string;
  description: string;
  minAge: number;
  maxAge: number;
  targetGroup: string | null;
  seasonStart: string;
  seasonEnd: string;
  schedule: ScheduleEntry[];
  weekdays: number[];
  sessionCount: number | null;
  priceOre: number;
  priceIncludes: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  latitude: number | null;
  longitude: number | null;
  neighbourhoodId: string | null;
  languages: string[];
  adapted: boolean;
  freeTrial: boolean;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  textLanguage: 'nb' | 'nn';
  /** Places; null is unlimited. */
  capacity: number | null;
  waitingList: boolean;
  refundPolicy: RefundPolicy;
}

export interface ActivityRow extends ActivityValues {
  id: string;
  providerId: string;
  status: ActivityStatus;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface EnrolmentActivityRow {
  id: string;
  providerId: string;
  providerKind: ProviderKind;
  providerStatus: ProviderStatus;
  title: string;
  kind: ActivityKind;
  status: ActivityStatus;
  sessionCount: number | null;
  seasonStart: string;
  seasonEnd: string;
  priceOre: number;
  capacity: number | null;
  waitingList: boolean;
  refundPolicy: RefundPolicy;
}

export interface TranslationRow {
  language: TranslationLanguage;
  title: string;
  description: string;
  targetGroup: string | null;
  priceIncludes: string | null;
  updatedAt: Date;
}

export interface TranslationValues {
  title: string;
  description: string;
  targetGroup: string | null;
  priceIncludes: string | null;
}

export interface ActivityKey {
  municipalityId: number;
  providerId: string;
  activityId: string;
}

/** The columns of an activity in a provider's list of activities. */
const ACTIVITY_SUMMARY_COLUMNS = [
  'id',
  'status',
  'category',
  'title',
  'minAge',
  'maxAge',
  'seasonStart',
  'seasonEnd',
  'publishedAt',
  'updatedAt',
] as const;

export type ActivitySummaryRow = Pick<ActivityRow, (typeof ACTIVITY_SUMMARY_COLUMNS)[number]>;

/** Every column of an activity: the summary's and the rest. */
const ACTIVITY_COLUMNS = [
  ...ACTIVITY_SUMMARY_COLUMNS,
  'providerId',
  'description',
  'targetGroup',
  'schedule',
  'weekdays',
  'sessionCount',
  'priceOre',
  'priceIncludes',
  'streetAddress',
  'postalCode',
  'postalPlace',
  'latitude',
  'longitude',
  'neighbourhoodId',
  'languages',
  'adapted',
  'freeTrial',
  'contactName',
  'contactEmail',
  'contactPhone',
  'textLanguage',
  'capacity',
  'waitingList',
  'refundPolicy',
  'createdAt',
] as const;

function columns(values: ActivityValues) {
  return { ...values, schedule: JSON.stringify(values.schedule) };
}

export function createActivityStore(db: Kysely<DB>) {
  async function copyChildren(trx: Kysely<DB>, municipalityId: number, fromId: string, toId: string, now: Date) {
    await trx
      .insertInto('activityTranslation')
      .columns([
        'municipalityId',
        'activityId',
        'language',
        'title',
        'description',
        'targetGroup',
        'priceIncludes',
        'updatedAt',
      ])
      .expression((eb) =>
        eb
          .selectFrom('activityTranslation')
          .select([
            'municipalityId',
            sql<string>`${toId}::uuid`.as('activityId'),
            'language',
            'title',
            'description',
            'targetGroup',
            'priceIncludes',
            sql<Date>`${now}::timestamptz`.as('updatedAt'),
          ])
          .where('municipalityId', '=', municipalityId)
          .where('activityId', '=', fromId),
      )
      .execute();
    await trx
      .insertInto('activityImage')
      .columns(['municipalityId', 'activityId', 'imageId', 'position', 'altText'])
      .expression((eb) =>
        eb
          .selectFrom('activityImage')
          .select(['municipalityId', sql<string>`${toId}::uuid`.as('activityId'), 'imageId', 'position', 'altText'])
          .where('municipalityId', '=', municipalityId)
          .where('activityId', '=', fromId),
      )
      .execute();
    await trx
      .insertInto('activityFee')
      .columns(['municipalityId', 'activityId', 'kind', 'amountOre'])
      .expression((eb) =>
        eb
          .selectFrom('activityFee')
          .select(['municipalityId', sql<string>`${toId}::uuid`.as('activityId'), 'kind', 'amountOre'])
          .where('municipalityId', '=', municipalityId)
          .where('activityId', '=', fromId),
      )
      .execute();
  }

  return {
    async providerStatus(municipalityId: number, providerId: string): Promise<ProviderStatus | undefined> {
      const row = await db
        .selectFrom('provider')
        .select('status')
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', providerId)
        .executeTakeFirst();
      return row?.status;
    },

    async neighbourhoodExists(municipalityId: number, neighbourhoodId: string): Promise<boolean> {
      const row = await db
        .selectFrom('neighbourhood')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', neighbourhoodId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async list(
      municipalityId: number,
      providerId: string,
      query: { status?: ActivityStatus; limit: number; offset: number },
    ): Promise<{ total: number; items: ActivitySummaryRow[] }> {
      let base = db
        .selectFrom('activity')
        .where('municipalityId', '=', municipalityId)
        .where('providerId', '=', providerId);
      if (query.status) base = base.where('status', '=', query.status);
      const [count, items] = await Promise.all([
        base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
        base
          .select(ACTIVITY_SUMMARY_COLUMNS)
          .orderBy('seasonStart', 'desc')
          .orderBy('title')
          .orderBy('id')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
      ]);
      return { total: Number(count.n), items };
    },

    /** An activity as enrolment needs it, with its provider; with `lock`, held until the transaction ends. */
    async forEnrolment(
      municipalityId: number,
      activityId: string,
      lock: boolean,
    ): Promise<EnrolmentActivityRow | undefined> {
      let query = db
        .selectFrom('activity as a')
        .innerJoin('provider as p', (join) =>
          join.onRef('p.municipalityId', '=', 'a.municipalityId').onRef('p.id', '=', 'a.providerId'),
        )
        .select([
          'a.id',
          'a.providerId',
          'p.kind as providerKind',
          'p.status as providerStatus',
          'a.title',
          'a.kind',
          'a.status',
          'a.sessionCount',
          'a.seasonStart',
          'a.seasonEnd',
          'a.priceOre',
          'a.capacity',
          'a.waitingList',
          'a.refundPolicy',
        ])
        .where('a.municipalityId', '=', municipalityId)
        .where('a.id', '=', activityId);
      if (lock) query = query.forUpdate('a');
      return query.executeTakeFirst();
    },

    async fees(municipalityId: number, activityId: string): Promise<{ kind: FeeKind; amountOre: number }[]> {
      const rows = await db
        .selectFrom('activityFee')
        .select(['kind', 'amountOre'])
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .orderBy('kind')
        .execute();
      return rows.map((r) => ({ kind: r.kind, amountOre: Number(r.amountOre) }));
    },

    async get(key: ActivityKey): Promise<ActivityRow | undefined> {
      return db
        .selectFrom('activity')
        .select(ACTIVITY_COLUMNS)
        .where('municipalityId', '=', key.municipalityId)
        .where('providerId', '=', key.providerId)
        .where('id', '=', key.activityId)
        .executeTakeFirst();
    },

    /** Holds the provider's activity until the transaction ends (enrolment counts places under the same lock). */
    async lock(key: ActivityKey): Promise<boolean> {
      const row = await db
        .selectFrom('activity')
        .select('id')
        .where('municipalityId', '=', key.municipalityId)
        .where('providerId', '=', key.providerId)
        .where('id', '=', key.activityId)
        .forUpdate()
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Places taken in an activity: paid, being paid, or offered to the next in the queue. */
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

    /** Replaces the activity's fee lines with those given (none: the price is one participation fee). */
    async replaceFees(key: ActivityKey, fees: readonly Fee[]): Promise<void> {
      await db
        .deleteFrom('activityFee')
        .where('municipalityId', '=', key.municipalityId)
        .where('activityId', '=', key.activityId)
        .execute();
      if (fees.length === 0) return;
      await db
        .insertInto('activityFee')
        .values(
          fees.map((f) => ({
            municipalityId: key.municipalityId,
            activityId: key.activityId,
            kind: f.kind,
            amountOre: f.amountOre,
          })),
        )
        .execute();
    },

    async translations(municipalityId: number, activityId: string): Promise<TranslationRow[]> {
      return db
        .selectFrom('activityTranslation')
        .select(['language', 'title', 'description', 'targetGroup', 'priceIncludes', 'updatedAt'])
        .where('municipalityId', '=', municipalityId)
        .where('activityId', '=', activityId)
        .orderBy('language')
        .execute();
    },

    async images(municipalityId: number, activityId: string): Promise<ActivityImageRow[]> {
      return selectActivityImages(db, municipalityId, activityId);
    },

    async insert(municipalityId: number, providerId: string, values: ActivityValues, now: Date): Promise<ActivityRow> {
      return db
        .insertInto('activity')
        .values({ ...columns(values), municipalityId, providerId, status: 'draft', createdAt: now, updatedAt: now })
        .returning(ACTIVITY_COLUMNS)
        .executeTakeFirstOrThrow();
    },

    async update(key: ActivityKey, values: ActivityValues, now: Date): Promise<ActivityRow | undefined> {
      return db
        .updateTable('activity')
        .set({ ...columns(values), updatedAt: now })
        .where('municipalityId', '=', key.municipalityId)
        .where('providerId', '=', key.providerId)
        .where('id', '=', key.activityId)
        .returning(ACTIVITY_COLUMNS)
        .executeTakeFirst();
    },

    async setStatus(
      key: ActivityKey,
      status: ActivityStatus,
      now: Date,
      publishedAt?: Date,
    ): Promise<ActivityRow | undefined> {
      return db
        .updateTable('activity')
        .set({ status, updatedAt: now, ...(publishedAt ? { publishedAt } : {}) })
        .where('municipalityId', '=', key.municipalityId)
        .where('providerId', '=', key.providerId)
        .where('id', '=', key.activityId)
        .returning(ACTIVITY_COLUMNS)
        .executeTakeFirst();
    },

    /** A new draft with the values given, and the translations and pictures of the activity copied. */
    async copy(key: ActivityKey, values: ActivityValues, now: Date): Promise<ActivityRow> {
      return inTransaction(db, async (trx) => {
        const row = await trx
          .insertInto('activity')
          .values({
            ...columns(values),
            municipalityId: key.municipalityId,
            providerId: key.providerId,
            status: 'draft',
            createdAt: now,
            updatedAt: now,
          })
          .returning(ACTIVITY_COLUMNS)
          .executeTakeFirstOrThrow();
        await copyChildren(trx, key.municipalityId, key.activityId, row.id, now);
        return row;
      });
    },

    async upsertTranslation(
      key: ActivityKey,
      language: TranslationLanguage,
      values: TranslationValues,
      now: Date,
    ): Promise<TranslationRow> {
      return inTransaction(db, async (trx) => {
        const row = await trx
          .insertInto('activityTranslation')
          .values({
            municipalityId: key.municipalityId,
            activityId: key.activityId,
            language,
            ...values,
            updatedAt: now,
          })
          .onConflict((oc) =>
            oc.columns(['municipalityId', 'activityId', 'language']).doUpdateSet({ ...values, updatedAt: now }),
          )
          .returning(['language', 'title', 'description', 'targetGroup', 'priceIncludes', 'updatedAt'])
          .executeTakeFirstOrThrow();
        await touch(trx, key, now);
        return row;
      });
    },

    async deleteTranslation(key: ActivityKey, language: TranslationLanguage, now: Date): Promise<boolean> {
      return inTransaction(db, async (trx) => {
        const removed = await trx
          .deleteFrom('activityTranslation')
          .where('municipalityId', '=', key.municipalityId)
          .where('activityId', '=', key.activityId)
          .where('language', '=', language)
          .returning('language')
          .execute();
        const deleted = removed.length > 0;
        if (deleted) await touch(trx, key, now);
        return deleted;
      });
    },
  };
}

async function touch(trx: Kysely<DB>, key: ActivityKey, now: Date): Promise<void> {
  await trx
    .updateTable('activity')
    .set({ updatedAt: now })
    .where('municipalityId', '=', key.municipalityId)
    .where('providerId', '=', key.providerId)
    .where('id', '=', key.activityId)
    .execute();
}

export type ActivityStore = ReturnType<typeof createActivityStore>;
