import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';

let t: TestApp;
let world: World;

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
});
after(async () => {
  await t.close();
});

const uploadUrl = () => `/api/municipalities/3301/providers/${world.providers.a1}/images`;

async function storedImages(): Promise<number> {
  const row = await t.database.db
    .selectFrom('image')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipalityId', '=', world.a.id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function part(boundary: string, headers: string, content: Buffer | string): Buffer {
  return Buffer.concat([Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`), Buffer.from(content), Buffer.from('\r\n')]);
}

async function post(boundary: string, payload: Buffer, language = 'en') {
  return t.app.inject({
    method: 'POST',
    url: uploadUrl(),
    headers: {
      ...as(world, 'providerAdminA'),
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'accept-language': language,
    },
    payload,
  });
}

const photo = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } })
    .jpeg()
    .toBuffer();

test('a multipart body cut off in the middle of the file is a 400 in the error format, and nothing is stored', async () => {
  const before = await storedImages();
  const boundary = `----fritidskort${randomUUID()}`;
  const jpeg = await photo();
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bilde.jpg"\r\n` +
      'Content-Type: image/jpeg\r\n\r\n',
  );
  // No closing boundary: the connection ended before the form did.
  for (const payload of [Buffer.concat([head, jpeg.subarray(0, 200)]), head.subarray(0, 30)]) {
    const res = await post(boundary, payload);
    assert.equal(res.statusCode, 400, res.body);
    const { error } = res.json();
    assert.equal(error.code, 'UPLOAD_INCOMPLETE');
    assert.equal(error.message, 'The upload was cut off before it was complete. Try again.');
    assert.equal(error.requestId, res.headers['x-request-id']);
  }
  assert.equal(await storedImages(), before);
});

test('a whole upload is still stored', async () => {
  const before = await storedImages();
  const boundary = `----fritidskort${randomUUID()}`;
  const payload = Buffer.concat([
    part(
      boundary,
      'Content-Disposition: form-data; name="file"; filename="bilde.jpg"\r\nContent-Type: image/jpeg',
      await photo(),
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  const res = await post(boundary, payload);
  assert.equal(res.statusCode, 201, res.body);
  assert.equal(await storedImages(), before + 1);
});

test('a text field of the form with NUL is a 400 naming the field, and nothing is stored', async () => {
  const before = await storedImages();
  const boundary = `----fritidskort${randomUUID()}`;
  const payload = Buffer.concat([
    part(boundary, 'Content-Disposition: form-data; name="caption"', 'Hei \u0000'),
    part(
      boundary,
      'Content-Disposition: form-data; name="file"; filename="bilde.jpg"\r\nContent-Type: image/jpeg',
      await photo(),
    ),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  const res = await post(boundary, payload);
  assert.equal(res.statusCode, 400, res.body);
  const { error } = res.json();
  assert.equal(error.code, 'VALIDATION_FAILED');
  assert.deepEqual(
    error.details.map((d: { field: string }) => d.field),
    ['body/caption'],
  );
  assert.equal(await storedImages(), before);
});
