import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** SQL the activity and picture stores share: the pictures of an activity, and marking the activity as changed. */

export interface ActivityImageRow {
  imageId: string;
  position: number;
  altText: string;
  width: number;
  height: number;
}

/** The activity's pictures with their sizes, in their order (position 0 first). */
export async function selectActivityImages(
  db: Kysely<DB>,
  municipalityId: number,
  activityId: string,
): Promise<ActivityImageRow[]> {
  return db
    .selectFrom('activityImage')
    .innerJoin('image', (join) =>
      join
        .onRef('image.municipalityId', '=', 'activityImage.municipalityId')
        .onRef('image.id', '=', 'activityImage.imageId'),
    )
    .select(['activityImage.imageId', 'activityImage.position', 'activityImage.altText', 'image.width', 'image.height'])
    .where('activityImage.municipalityId', '=', municipalityId)
    .where('activityImage.activityId', '=', activityId)
    .orderBy('activityImage.position')
    .execute();
}
