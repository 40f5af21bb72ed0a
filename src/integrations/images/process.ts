/**
 * Pictures uploaded by providers: recognise the format from the bytes (never the file name), turn the
 * picture upright by its EXIF orientation, drop all metadata (camera, GPS position, time) and store only
 * resized WebP copies in the sizes the pages use.
 */
import sharp from 'sharp';

export type UploadFormat = 'jpeg' | 'png' | 'webp';

/** Largest upload accepted, in bytes. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** The sizes kept: each fits inside a square of this many pixels, never enlarged. */
export const IMAGE_SIZES = { large: 1200, small: 480 } as const;
export type ImageSize = keyof typeof IMAGE_SIZES;

/** Refuse pictures with more pixels than this before decoding them (a small file can unpack to a huge one). */
const MAX_INPUT_PIXELS = 60_000_000;
const WEBP_QUALITY = 80;

export interface ResizedImage {
  data: Buffer;
  width: number;
  height: number;
}

export interface ProcessedImage {
  contentType: 'image/webp';
  large: ResizedImage;
  small: ResizedImage;
}

/** The upload is not a picture we can read (wrong type, damaged, or too many pixels). */
export class UnreadableImageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableImageError';
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

/** JPEG, PNG or WebP by their signatures; null for anything else. */
export function detectImageFormat(bytes: Uint8Array): UploadFormat | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  return null;
}

async function resized(input: Buffer, box: number): Promise<ResizedImage> {
  const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
    .autoOrient()
    .resize({ width: box, height: box, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: WEBP_QUALITY })
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * The large and small WebP copies of an uploaded picture, upright and without metadata
 * (sharp writes no EXIF, XMP or IPTC unless asked to).
 */
export async function processImage(input: Buffer): Promise<ProcessedImage> {
  const format = detectImageFormat(input);
  if (!format) throw new UnreadableImageError('not a JPEG, PNG or WebP picture');
  try {
    const meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (meta.format !== format) throw new UnreadableImageError(`content is ${meta.format}, not ${format}`);
    const [large, small] = await Promise.all([resized(input, IMAGE_SIZES.large), resized(input, IMAGE_SIZES.small)]);
    return { contentType: 'image/webp', large, small };
  } catch (error) {
    if (error instanceof UnreadableImageError) throw error;
    throw new UnreadableImageError(error instanceof Error ? error.message : 'unreadable');
  }
}
