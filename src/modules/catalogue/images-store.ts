import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ImageContentType } from '../../db/tables/catalogue.ts';
import { inTransaction } from '../../db/transaction.ts';
import { type ActivityImageRow, selectActivityImages } from './activity-images-query.ts';

/** SQL for pictures: uploads, the pictures of an activity, a provider's logo and public serving. */

export interface NewImage {
  municipalityId: number;
  providerId: string;
  contentType: ImageContentType;
  width: number;
  height: number;
  large: Buffer;
  small: Buffer;
  uploadedBy: string;
}

export interface ActivityImageEntry {
  imageId: string;
  altText: string;
}

export interface ServedImage {
  contentType: ImageContentType;
  data: Buffer;
}

export function createImageStore(db: Kysely<DB>) {
  return {
    async insert(image: NewImage): Promise<{ id: string; width: number; height: number }> {
      return db.insertInto('image').values(image).returning(['id', 'width', 'height']).executeTakeFirstOrThrow();
    },

    /** Which of these pictures the provider uploaded. */
    async ownedBy(municipalityId: number, providerId: string, imageIds: readonly string[]): Promise<Set<string>> {
      if (imageIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('image')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('providerId', '=', providerId)
        .where('id', 'in', imageIds)
        .execute();
      return new Set(rows.map((r) => r.id));
    },

    async activityExists(municipalityId: number, providerId: string, activityId: string): Promise<boolean> {
      const row = await db
        .selectFrom('activity')
        .select('id')
        .where('municipalityId', '=', municipalityId)
        .where('providerId', '=', providerId)
        .where('id', '=', activityId)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Replaces the activity's pictures with these, in this order (position 0 first). */
    async replaceActivityImages(
      municipalityId: number,
      providerId: string,
      activityId: string,
      entries: readonly ActivityImageEntry[],
      now: Date,
    ): Promise<void> {
      await inTransaction(db, async (trx) => {
        await trx
          .deleteFrom('activityImage')
          .where('municipalityId', '=', municipalityId)
          .where('activityId', '=', activityId)
          .execute();
        if (entries.length > 0) {
          await trx
            .insertInto('activityImage')
            .values(
              entries.map((e, position) => ({
                municipalityId,
                activityId,
                imageId: e.imageId,
                position,
                altText: e.altText,
              })),
            )
            .execute();
        }
        await trx
          .updateTable('activity')
          .set({ updatedAt: now })
          .where('municipalityId', '=', municipalityId)
          .where('providerId', '=', providerId)
          .where('id', '=', activityId)
          .execute();
      });
    },

    async activityImages(municipalityId: number, activityId: string): Promise<ActivityImageRow[]> {
      return selectActivityImages(db, municipalityId, activityId);
    },

    /** Sets (or with null removes) the provider's logo; false when there is no such provider. */
    async setLogo(municipalityId: number, providerId: string, imageId: string | null, now: Date): Promise<boolean> {
      const row = await db
        .updateTable('provider')
        .set({ logoImageId: imageId, updatedAt: now })
        .where('municipalityId', '=', municipalityId)
        .where('id', '=', providerId)
        .returning('id')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** One size of a picture, only when its provider is approved. */
    async served(municipalityId: number, imageId: string, size: 'large' | 'small'): Promise<ServedImage | undefined> {
      const row = await db
        .selectFrom('image')
        .innerJoin('provider', (join) =>
          join
            .onRef('provider.municipalityId', '=', 'image.municipalityId')
            .onRef('provider.id', '=', 'image.providerId'),
        )
        .select(['image.contentType', size === 'large' ? 'image.large as data' : 'image.small as data'])
        .where('image.municipalityId', '=', municipalityId)
        .where('image.id', '=', imageId)
        .where('provider.status', '=', 'approved')
        .executeTakeFirst();
      if (!row) return undefined;
      // PGlite gives bytea as Uint8Array, pg as Buffer.
      const bytes: Uint8Array = row.data;
      const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return { contentType: row.contentType, data };
    },
  };
}

export type ImageStore = ReturnType<typeof createImageStore>;
