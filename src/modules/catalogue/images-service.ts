import type { Actor } from '../../domain/access.ts';
import { type ActivityImageInput, validateActivityImages } from '../../domain/activity.ts';
import { AppError, type FieldError } from '../../errors.ts';
import {
  type ImageSize,
  type ProcessedImage,
  processImage,
  UnreadableImageError,
} from '../../integrations/images/process.ts';
import type { ImageStore } from './images-store.ts';

export interface UploadedImageView {
  id: string;
  width: number;
  height: number;
}

export interface ActivityImageView {
  imageId: string;
  position: number;
  altText: string;
  width: number;
  height: number;
}

export interface ServedImageView {
  contentType: string;
  data: Buffer;
  /** Pictures never change once stored, so the id and size name the content. */
  etag: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SIZES: readonly string[] = ['large', 'small'] satisfies ImageSize[];

export function createImageService(deps: {
  store: ImageStore;
  /** Resizes an upload; the default uses sharp (src/integrations/images). */
  process?: (upload: Buffer) => Promise<ProcessedImage>;
  now?: () => Date;
}) {
  const { store } = deps;
  const process = deps.process ?? processImage;
  const now = deps.now ?? (() => new Date());

  function scopeOf(actor: Actor, providerId: string): { municipalityId: number; providerId: string } {
    const membership = actor.membership;
    if (!membership?.providerIds.includes(providerId)) throw new AppError('FORBIDDEN');
    return { municipalityId: membership.municipalityId, providerId };
  }

  return {
    /** Stores the resized copies of an upload (never the upload itself). */
    async upload(actor: Actor, providerId: string, upload: Buffer): Promise<UploadedImageView> {
      const scope = scopeOf(actor, providerId);
      let processed: ProcessedImage;
      try {
        processed = await process(upload);
      } catch (error) {
        if (error instanceof UnreadableImageError) {
          throw new AppError('IMAGE_UNREADABLE', {}, [{ field: 'body/file', rule: 'imageType' }]);
        }
        throw error;
      }
      return store.insert({
        municipalityId: scope.municipalityId,
        providerId: scope.providerId,
        contentType: processed.contentType,
        width: processed.large.width,
        height: processed.large.height,
        large: processed.large.data,
        small: processed.small.data,
        uploadedBy: actor.principal?.displayName ?? 'unknown',
      });
    },

    /** Sets the pictures of an activity, in order, each with its alt text; all must be the provider's own. */
    async setActivityImages(
      actor: Actor,
      providerId: string,
      activityId: string,
      images: readonly ActivityImageInput[],
    ): Promise<ActivityImageView[]> {
      const scope = scopeOf(actor, providerId);
      const exists =
        UUID.test(activityId) && (await store.activityExists(scope.municipalityId, scope.providerId, activityId));
      if (!exists) throw new AppError('ACTIVITY_NOT_FOUND');
      const entries = images.map((i) => ({ imageId: i.imageId.toLowerCase(), altText: i.altText.trim() }));
      const errors: FieldError[] = validateActivityImages(entries).map((e) => ({
        ...e,
        field: e.field ? `body/${e.field}` : 'body',
      }));
      const wellFormed = entries.filter((e) => UUID.test(e.imageId)).map((e) => e.imageId);
      const own = await store.ownedBy(scope.municipalityId, scope.providerId, wellFormed);
      entries.forEach((e, i) => {
        if (!own.has(e.imageId) && !errors.some((x) => x.field === `body/${i}/imageId`)) {
          errors.push({ field: `body/${i}/imageId`, rule: 'invalid' });
        }
      });
      if (errors.length > 0) throw new AppError('VALIDATION_FAILED', {}, errors);
      await store.replaceActivityImages(scope.municipalityId, scope.providerId, activityId, entries, now());
      return store.activityImages(scope.municipalityId, activityId);
    },

    /** Sets the provider's logo to one of its own pictures, or removes it with null. */
    async setLogo(actor: Actor, providerId: string, imageId: string | null): Promise<{ logoImageId: string | null }> {
      const scope = scopeOf(actor, providerId);
      const id = imageId?.toLowerCase() ?? null;
      if (id !== null) {
        const own = UUID.test(id) ? await store.ownedBy(scope.municipalityId, scope.providerId, [id]) : new Set();
        if (!own.has(id)) throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/imageId', rule: 'invalid' }]);
      }
      const updated = await store.setLogo(scope.municipalityId, scope.providerId, id, now());
      if (!updated) throw new AppError('PROVIDER_NOT_FOUND');
      return { logoImageId: id };
    },

    /** A picture for anyone to see, when its provider is approved; unknown ids and sizes are not found. */
    async serve(municipalityId: number, imageId: string, size: string): Promise<ServedImageView> {
      if (!UUID.test(imageId) || !SIZES.includes(size)) throw new AppError('IMAGE_NOT_FOUND');
      const image = await store.served(municipalityId, imageId.toLowerCase(), size as ImageSize);
      if (!image) throw new AppError('IMAGE_NOT_FOUND');
      return { ...image, etag: `"${imageId.toLowerCase()}-${size}"` };
    },
  };
}

export type ImageService = ReturnType<typeof createImageService>;
