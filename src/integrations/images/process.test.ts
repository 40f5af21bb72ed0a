import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import sharp from 'sharp';
import { detectImageFormat, processImage, UnreadableImageError } from './process.ts';

function canvas(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } });
}

describe('detectImageFormat', () => {
  test('knows JPEG, PNG and WebP by their bytes, whatever the name says', async () => {
    assert.equal(detectImageFormat(await canvas(4, 4).jpeg().toBuffer()), 'jpeg');
    assert.equal(detectImageFormat(await canvas(4, 4).png().toBuffer()), 'png');
    assert.equal(detectImageFormat(await canvas(4, 4).webp().toBuffer()), 'webp');
    assert.equal(detectImageFormat(await canvas(4, 4).gif().toBuffer()), null);
    assert.equal(detectImageFormat(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')), null);
    assert.equal(detectImageFormat(Buffer.alloc(0)), null);
  });
});

describe('processImage', () => {
  test('turns the picture upright, strips metadata and makes WebP copies that fit 1200 and 480', async () => {
    const photo = await canvas(3000, 2000)
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Artist: 'Pia Leder', Copyright: 'Drammen Turn' } })
      .toBuffer();
    const result = await processImage(photo);
    assert.equal(result.contentType, 'image/webp');
    // Orientation 6 means the camera was held upright: 3000×2000 stored, 2000×3000 seen.
    assert.deepEqual([result.large.width, result.large.height], [800, 1200]);
    assert.deepEqual([result.small.width, result.small.height], [320, 480]);
    for (const copy of [result.large, result.small]) {
      const meta = await sharp(copy.data).metadata();
      assert.equal(meta.format, 'webp');
      assert.equal(meta.width, copy.width);
      assert.equal(meta.orientation, undefined);
      assert.equal(meta.exif, undefined);
      assert.equal(meta.xmp, undefined);
      assert.equal(meta.icc, undefined);
    }
  });

  test('never enlarges a small picture', async () => {
    const result = await processImage(await canvas(300, 200).png().toBuffer());
    assert.deepEqual([result.large.width, result.large.height], [300, 200]);
    assert.deepEqual([result.small.width, result.small.height], [300, 200]);
  });

  test('refuses other types and damaged files', async () => {
    await assert.rejects(() => processImage(Buffer.from('GIF89a not really')), UnreadableImageError);
    await assert.rejects(async () => processImage(await canvas(10, 10).gif().toBuffer()), UnreadableImageError);
    const jpeg = await canvas(400, 400).jpeg().toBuffer();
    await assert.rejects(() => processImage(jpeg.subarray(0, 200)), UnreadableImageError);
    await assert.rejects(
      () => processImage(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(100)])),
      UnreadableImageError,
    );
  });
});
