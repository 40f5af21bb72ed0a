import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import sharp from 'sharp';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { type ActorName, as, buildWorld, type World } from '../helpers/world.ts';

let t: TestApp;
let world: World;

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
});
after(async () => {
  await t.close();
});

const A = '3301';
const year = new Date().getUTCFullYear() + 1;
const activitiesUrl = () => `/api/municipalities/${A}/providers/${world.providers.a1}/activities`;

function complete(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Turn for jenter 9–11 år',
    description: 'Apparatturn og trampett i Drammenshallen. Ta med drikkeflaske.',
    category: 'sport',
    minAge: 9,
    maxAge: 11,
    targetGroup: 'Jenter',
    seasonStart: `${year}-08-17`,
    seasonEnd: `${year}-12-10`,
    schedule: [
      { weekday: 4, start: '17:30', end: '19:00' },
      { weekday: 1, start: '17:30', end: '19:00' },
    ],
    sessionCount: 30,
    priceOre: 95_000,
    priceIncludes: 'Medlemskap og treningsavgift',
    streetAddress: 'Marienlyst 1',
    postalCode: '3015',
    latitude: 59.7441,
    longitude: 10.2045,
    languages: ['nb', 'en'],
    adapted: true,
    freeTrial: true,
    contactName: 'Pia Leder',
    contactEmail: 'pia@drammenturn.example',
    contactPhone: '+47 912 34 567',
    ...overrides,
  };
}

async function call(actor: ActorName, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  return t.app.inject({
    method,
    url,
    headers: as(world, actor),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

function multipart(file: Buffer, filename: string, contentType: string) {
  const boundary = `----fritidskort${randomUUID()}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
    `Content-Type: ${contentType}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function upload(actor: ActorName, file: Buffer, filename = 'bilde.jpg', contentType = 'image/jpeg') {
  const body = multipart(file, filename, contentType);
  return t.app.inject({
    method: 'POST',
    url: `/api/municipalities/${A}/providers/${world.providers.a1}/images`,
    headers: { ...as(world, actor), ...body.headers },
    payload: body.payload,
  });
}

/** A camera photo: 3000×2000 stored, to be shown turned (EXIF orientation 6), with the photographer's name. */
async function cameraPhoto(): Promise<Buffer> {
  return sharp({ create: { width: 3000, height: 2000, channels: 3, background: { r: 20, g: 140, b: 60 } } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Artist: 'Pia Leder', Copyright: 'Drammen Turn' } })
    .toBuffer();
}

async function create(body: Record<string, unknown> = complete()): Promise<{ id: string } & Record<string, unknown>> {
  const res = await call('providerAdminA', 'POST', activitiesUrl(), body);
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
}

async function setProviderStatus(providerId: string, status: 'pending' | 'approved') {
  await t.database.db
    .updateTable('provider')
    .set({ status })
    .where('municipalityId', '=', world.a.id)
    .where('id', '=', providerId)
    .execute();
}

describe('a provider presents an activity', () => {
  test('create → translate → picture → publish → edit keeps it published and searchable', async () => {
    // Create: a draft, postal place from the register, weekdays from the schedule.
    const created = await create();
    assert.equal(created.status, 'draft');
    assert.equal(created.postalPlace, 'DRAMMEN');
    assert.deepEqual(created.weekdays, [1, 4]);
    assert.deepEqual(
      (created.schedule as { weekday: number }[]).map((s) => s.weekday),
      [1, 4],
    );
    assert.equal(created.free, false);
    assert.equal(created.priceOre, 95_000);
    assert.deepEqual(created.missingForPublishing, []);
    assert.equal(created.publishedAt, null);
    const url = `${activitiesUrl()}/${created.id}`;

    // Translate.
    const translated = await call('providerAdminA', 'PUT', `${url}/translations/en`, {
      title: 'Gymnastics for girls aged 9–11',
      description: 'Apparatus gymnastics and trampoline.',
      targetGroup: 'Girls',
      priceIncludes: 'Membership and training fee',
    });
    assert.equal(translated.statusCode, 200, translated.body);
    assert.equal(translated.json().language, 'en');

    // Upload a camera photo: stored upright, resized, as WebP.
    const uploaded = await upload('providerAdminA', await cameraPhoto());
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const image = uploaded.json();
    assert.deepEqual([image.width, image.height], [800, 1200]);

    // Attach it with its alt text.
    const attached = await call('providerAdminA', 'PUT', `${url}/images`, [
      { imageId: image.id, altText: 'Jenter på trampett i Drammenshallen' },
    ]);
    assert.equal(attached.statusCode, 200, attached.body);
    assert.deepEqual(attached.json().items, [
      { imageId: image.id, position: 0, altText: 'Jenter på trampett i Drammenshallen', width: 800, height: 1200 },
    ]);

    // Publish.
    const published = await call('providerAdminA', 'POST', `${url}/publish`);
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json().status, 'published');
    const publishedAt = published.json().publishedAt;
    assert.ok(publishedAt);

    // Edit: still published, same publishing time, and the search document follows the new title.
    const edited = await call(
      'providerAdminA',
      'PUT',
      url,
      complete({ title: 'Klatring for jenter 9–11 år', priceOre: 0, priceIncludes: null }),
    );
    assert.equal(edited.statusCode, 200, edited.body);
    assert.equal(edited.json().status, 'published');
    assert.equal(edited.json().publishedAt, publishedAt);
    assert.equal(edited.json().free, true);
    const found = await t.database.db
      .selectFrom('activity')
      .select('id')
      .where('municipalityId', '=', world.a.id)
      .where(sql<boolean>`search_vector @@ to_tsquery('norwegian', 'klatring')`)
      .execute();
    assert.deepEqual(
      found.map((r) => r.id),
      [created.id],
    );

    // The full activity carries the translation and the picture.
    const read = await call('providerAdminA', 'GET', url);
    assert.equal(read.statusCode, 200);
    assert.deepEqual(
      read.json().translations.map((x: { language: string; title: string }) => [x.language, x.title]),
      [['en', 'Gymnastics for girls aged 9–11']],
    );
    assert.equal(read.json().images[0].imageId, image.id);

    // The list shows it.
    const list = await call('providerAdminA', 'GET', `${activitiesUrl()}?status=published`);
    assert.equal(list.statusCode, 200);
    assert.ok(list.json().items.some((a: { id: string }) => a.id === created.id));
  });

  test('the picture is served resized as WebP, upright, without metadata, and cached', async () => {
    const uploaded = await upload('providerAdminA', await cameraPhoto());
    const id = uploaded.json().id as string;
    for (const [size, box] of [
      ['large', 1200],
      ['small', 480],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/municipalities/${A}/images/${id}/${size}` });
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'image/webp');
      assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.ok(res.headers.etag);
      const meta = await sharp(res.rawPayload).metadata();
      assert.equal(meta.format, 'webp');
      assert.ok((meta.width ?? 0) <= box && (meta.height ?? 0) <= box);
      assert.equal(meta.height, box, 'portrait after turning by the EXIF orientation');
      assert.ok((meta.width ?? 0) < (meta.height ?? 0));
      assert.equal(meta.exif, undefined);
      assert.equal(meta.xmp, undefined);
      assert.equal(meta.orientation, undefined);
      assert.ok(!res.rawPayload.includes(Buffer.from('Pia Leder')));

      const again = await t.app.inject({
        method: 'GET',
        url: `/api/municipalities/${A}/images/${id}/${size}`,
        headers: { 'if-none-match': String(res.headers.etag) },
      });
      assert.equal(again.statusCode, 304);
    }
    // The database keeps only the resized copies.
    const row = await t.database.db
      .selectFrom('image')
      .select(['contentType', 'width', 'height', 'uploadedBy'])
      .where('municipalityId', '=', world.a.id)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { contentType: 'image/webp', width: 800, height: 1200, uploadedBy: 'Pia Leder' });
  });

  test('a photo of several megabytes (above the JSON body limit) is accepted', async () => {
    const noise = Buffer.alloc(1600 * 1600 * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 5) * 104729) % 251;
    const photo = await sharp(noise, { raw: { width: 1600, height: 1600, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    assert.ok(photo.length > 2 * 1024 * 1024, `${photo.length} bytes`);
    const res = await upload('providerAdminA', photo);
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual([res.json().width, res.json().height], [1200, 1200]);
  });

  test('unknown pictures, bad sizes and pictures of providers not approved are not found', async () => {
    const id = (
      await upload(
        'providerAdminA',
        await sharp({ create: { width: 50, height: 50, channels: 3, background: '#fff' } })
          .png()
          .toBuffer(),
      )
    ).json().id as string;
    for (const url of [
      `/api/municipalities/${A}/images/${randomUUID()}/large`,
      `/api/municipalities/${A}/images/${id}/medium`,
      `/api/municipalities/${A}/images/not-a-uuid/small`,
      `/api/municipalities/3907/images/${id}/small`,
    ]) {
      const res = await t.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 404, url);
      assert.equal(res.json().error.code, 'IMAGE_NOT_FOUND');
    }
    await setProviderStatus(world.providers.a1, 'pending');
    try {
      const res = await t.app.inject({ method: 'GET', url: `/api/municipalities/${A}/images/${id}/small` });
      assert.equal(res.statusCode, 404);
    } finally {
      await setProviderStatus(world.providers.a1, 'approved');
    }
    const res = await t.app.inject({ method: 'GET', url: `/api/municipalities/${A}/images/${id}/small` });
    assert.equal(res.statusCode, 200);
  });

  test('a new draft says what is missing before it may be published, and publishing says so too', async () => {
    const draft = await create({
      ...complete(),
      streetAddress: null,
      postalCode: null,
      latitude: null,
      longitude: null,
      schedule: [],
      sessionCount: 0,
      contactEmail: null,
      contactPhone: null,
    });
    // Nulls stay null and zeros stay zero (no type coercion between them).
    assert.equal(draft.latitude, null);
    assert.equal(draft.sessionCount, 0);
    assert.equal(draft.contactEmail, null);
    assert.deepEqual(draft.missingForPublishing, ['location', 'schedule', 'contact']);
    const res = await call('providerAdminA', 'POST', `${activitiesUrl()}/${draft.id}/publish`);
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'VALIDATION_FAILED');
    assert.deepEqual(
      res.json().error.details.map((d: { field: string }) => d.field),
      ['activity/location', 'activity/schedule', 'activity/contact'],
    );
    const after = await call('providerAdminA', 'GET', `${activitiesUrl()}/${draft.id}`);
    assert.equal(after.json().status, 'draft');
  });

  test('an edit may not take away what a published activity needs', async () => {
    const activity = await create();
    const url = `${activitiesUrl()}/${activity.id}`;
    assert.equal((await call('providerAdminA', 'POST', `${url}/publish`)).statusCode, 200);
    const res = await call('providerAdminA', 'PUT', url, complete({ contactEmail: null, contactPhone: null }));
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      res.json().error.details.map((d: { field: string }) => d.field),
      ['activity/contact'],
    );
    const read = await call('providerAdminA', 'GET', url);
    assert.equal(read.json().contactEmail, 'pia@drammenturn.example');
    assert.equal(read.json().status, 'published');
  });

  test('publishing for a provider the municipality has not approved is refused (409)', async () => {
    const activity = await create();
    await setProviderStatus(world.providers.a1, 'pending');
    try {
      const res = await call('providerAdminA', 'POST', `${activitiesUrl()}/${activity.id}/publish`);
      assert.equal(res.statusCode, 409);
      assert.equal(res.json().error.code, 'PROVIDER_NOT_APPROVED');
    } finally {
      await setProviderStatus(world.providers.a1, 'approved');
    }
    const read = await call('providerAdminA', 'GET', `${activitiesUrl()}/${activity.id}`);
    assert.equal(read.json().status, 'draft');
    assert.equal(read.json().publishedAt, null);
  });

  test('archive, and copy for next season with the texts, translations and pictures', async () => {
    const activity = await create();
    const url = `${activitiesUrl()}/${activity.id}`;
    await call('providerAdminA', 'PUT', `${url}/translations/uk`, { title: 'Гімнастика для дівчат' });
    const picture = (await upload('providerAdminA', await cameraPhoto())).json();
    await call('providerAdminA', 'PUT', `${url}/images`, [{ imageId: picture.id, altText: 'Turnhallen' }]);
    await call('providerAdminA', 'POST', `${url}/publish`);

    const archived = await call('providerAdminA', 'POST', `${url}/archive`);
    assert.equal(archived.statusCode, 200);
    assert.equal(archived.json().status, 'archived');

    const badCopy = await call('providerAdminA', 'POST', `${url}/copy`, {
      seasonStart: `${year + 1}-08-17`,
      seasonEnd: `${year + 1}-06-01`,
    });
    assert.equal(badCopy.statusCode, 400);
    assert.deepEqual(
      badCopy.json().error.details.map((d: { field: string }) => d.field),
      ['body/seasonEnd'],
    );

    const copied = await call('providerAdminA', 'POST', `${url}/copy`, {
      seasonStart: `${year + 1}-08-16`,
      seasonEnd: `${year + 1}-12-09`,
    });
    assert.equal(copied.statusCode, 201, copied.body);
    const copy = copied.json();
    assert.notEqual(copy.id, activity.id);
    assert.equal(copy.status, 'draft');
    assert.equal(copy.publishedAt, null);
    assert.equal(copy.title, activity.title);
    assert.equal(copy.description, activity.description);
    assert.equal(copy.seasonStart, `${year + 1}-08-16`);
    assert.equal(copy.seasonEnd, `${year + 1}-12-09`);
    assert.deepEqual(copy.schedule, activity.schedule);
    assert.equal(copy.postalPlace, 'DRAMMEN');
    assert.deepEqual(
      copy.translations.map((x: { language: string }) => x.language),
      ['uk'],
    );
    assert.deepEqual(
      copy.images.map((x: { imageId: string; altText: string }) => [x.imageId, x.altText]),
      [[picture.id, 'Turnhallen']],
    );
    const original = await call('providerAdminA', 'GET', url);
    assert.equal(original.json().status, 'archived');
    assert.equal(original.json().seasonStart, `${year}-08-17`);
  });

  test('translations: replace, remove, and never in the language of the activity itself', async () => {
    const activity = await create();
    const url = `${activitiesUrl()}/${activity.id}/translations`;
    assert.equal((await call('providerAdminA', 'PUT', `${url}/ar`, { title: 'جمباز للبنات' })).statusCode, 200);
    const replaced = await call('providerAdminA', 'PUT', `${url}/ar`, { title: 'جمباز', description: 'وصف' });
    assert.equal(replaced.statusCode, 200);
    assert.equal(replaced.json().description, 'وصف');
    const own = await call('providerAdminA', 'PUT', `${url}/nb`, { title: 'Turn' });
    assert.equal(own.statusCode, 400);
    assert.equal(own.json().error.details[0].field, 'path/language');
    const unknown = await call('providerAdminA', 'PUT', `${url}/de`, { title: 'Turnen' });
    assert.equal(unknown.statusCode, 400);
    const empty = await call('providerAdminA', 'PUT', `${url}/en`, { title: '   ' });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.details[0].field, 'body/title');

    const removed = await call('providerAdminA', 'DELETE', `${url}/ar`);
    assert.equal(removed.statusCode, 204);
    const read = await call('providerAdminA', 'GET', `${activitiesUrl()}/${activity.id}`);
    assert.deepEqual(read.json().translations, []);
  });
});

describe('bad input is refused with the fields named, and nothing changes', () => {
  test('rules of the domain: ages, season, schedule, coordinates, postal code, contact', async () => {
    const activity = await create();
    const url = `${activitiesUrl()}/${activity.id}`;
    const before = (await call('providerAdminA', 'GET', url)).json();
    const res = await call(
      'providerAdminA',
      'PUT',
      url,
      complete({
        title: 'Endret tittel',
        minAge: 12,
        maxAge: 9,
        seasonStart: `${year}-08-17`,
        seasonEnd: `${year}-08-01`,
        schedule: [{ weekday: 2, start: '18:00', end: '17:00' }],
        latitude: 48.85,
        longitude: 2.35,
        postalCode: '0000',
        contactEmail: 'ikke-en-adresse',
        contactPhone: '12',
      }),
    );
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.error.code, 'VALIDATION_FAILED');
    assert.deepEqual(body.error.details.map((d: { field: string }) => d.field).sort(), [
      'body/contactEmail',
      'body/contactPhone',
      'body/latitude',
      'body/maxAge',
      'body/postalCode',
      'body/schedule/0/end',
      'body/seasonEnd',
    ]);
    assert.ok(body.error.details.every((d: { message: string }) => d.message.length > 0));
    const after = (await call('providerAdminA', 'GET', url)).json();
    assert.deepEqual(after, before);
  });

  test('rules of the schema: types, lengths, unknown fields, categories, too many schedule entries', async () => {
    const res = await call(
      'providerAdminA',
      'POST',
      activitiesUrl(),
      complete({
        title: 'x'.repeat(201),
        category: 'football',
        priceOre: 12.5,
        languages: ['klingon'],
        schedule: Array.from({ length: 15 }, () => ({ weekday: 1, start: '10:00', end: '11:00' })),
        secret: true,
      }),
    );
    assert.equal(res.statusCode, 400);
    const fields = res.json().error.details.map((d: { field: string }) => d.field);
    for (const f of [
      'body/title',
      'body/category',
      'body/priceOre',
      'body/languages/0',
      'body/schedule',
      'body/secret',
    ]) {
      assert.ok(fields.includes(f), `${f} in ${fields.join(', ')}`);
    }
    const before = (await call('providerAdminA', 'GET', `${activitiesUrl()}?limit=200`)).json().total;
    const after = (await call('providerAdminA', 'GET', `${activitiesUrl()}?limit=200`)).json().total;
    assert.equal(after, before);
  });

  test('a postal code that is only for PO boxes, and an unknown neighbourhood, are refused', async () => {
    const res = await call(
      'providerAdminA',
      'POST',
      activitiesUrl(),
      complete({ postalCode: '0001', neighbourhoodId: randomUUID() }),
    );
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      res
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
      ['body/neighbourhoodId', 'body/postalCode'],
    );
  });

  test('pictures: other types, damaged files, too large, not multipart, too many, without alt text', async () => {
    const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    const asGif = await upload('providerAdminA', gif, 'bilde.jpg', 'image/jpeg');
    assert.equal(asGif.statusCode, 400);
    assert.equal(asGif.json().error.code, 'IMAGE_UNREADABLE');
    const text = await upload('providerAdminA', Buffer.from('dette er ikke et bilde'), 'bilde.png', 'image/png');
    assert.equal(text.statusCode, 400);
    assert.equal(text.json().error.code, 'IMAGE_UNREADABLE');
    const jpeg = await cameraPhoto();
    const broken = await upload('providerAdminA', jpeg.subarray(0, 2000));
    assert.equal(broken.statusCode, 400);
    assert.equal(broken.json().error.code, 'IMAGE_UNREADABLE');

    const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(10 * 1024 * 1024)]);
    const tooLarge = await upload('providerAdminA', huge);
    assert.equal(tooLarge.statusCode, 413);
    assert.equal(tooLarge.json().error.code, 'PAYLOAD_TOO_LARGE');

    const json = await call(
      'providerAdminA',
      'POST',
      `/api/municipalities/${A}/providers/${world.providers.a1}/images`,
      {
        file: 'x',
      },
    );
    assert.equal(json.statusCode, 415);

    const count = await t.database.db
      .selectFrom('image')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('municipalityId', '=', world.a.id)
      .executeTakeFirstOrThrow();

    const activity = await create();
    const picture = (await upload('providerAdminA', jpeg)).json();
    const url = `${activitiesUrl()}/${activity.id}/images`;
    const eleven = Array.from({ length: 11 }, () => ({ imageId: picture.id, altText: 'Bilde' }));
    assert.equal((await call('providerAdminA', 'PUT', url, eleven)).statusCode, 400);
    const noAlt = await call('providerAdminA', 'PUT', url, [{ imageId: picture.id, altText: '' }]);
    assert.equal(noAlt.statusCode, 400);
    assert.equal(noAlt.json().error.details[0].field, 'body/0/altText');
    const twice = await call('providerAdminA', 'PUT', url, [
      { imageId: picture.id, altText: 'En' },
      { imageId: picture.id, altText: 'To' },
    ]);
    assert.equal(twice.statusCode, 400);
    assert.equal(twice.json().error.details[0].field, 'body/1/imageId');
    const unknown = await call('providerAdminA', 'PUT', url, [{ imageId: randomUUID(), altText: 'Bilde' }]);
    assert.equal(unknown.statusCode, 400);
    const read = await call('providerAdminA', 'GET', `${activitiesUrl()}/${activity.id}`);
    assert.deepEqual(read.json().images, []);
    const countAfter = await t.database.db
      .selectFrom('image')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('municipalityId', '=', world.a.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(countAfter.n), Number(count.n) + 1, 'only the one good upload was stored');
  });
});

describe("another provider's activities and pictures", () => {
  async function otherProvidersActivity(): Promise<string> {
    const row = await t.database.db
      .insertInto('activity')
      .values({
        municipalityId: world.a.id,
        providerId: world.providers.a2,
        category: 'art_culture',
        title: 'Kinoklubb',
        minAge: 10,
        maxAge: 15,
        seasonStart: `${year}-08-20`,
        seasonEnd: `${year}-12-01`,
        contactEmail: 'kino@drammen.example',
        streetAddress: 'Bragernes torg 6',
        postalCode: '3017',
        schedule: JSON.stringify([{ weekday: 3, start: '18:00', end: '20:00' }]),
        weekdays: [3],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function otherProvidersImage(): Promise<string> {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#f00' } })
      .webp()
      .toBuffer();
    const row = await t.database.db
      .insertInto('image')
      .values({
        municipalityId: world.a.id,
        providerId: world.providers.a2,
        contentType: 'image/webp',
        width: 10,
        height: 10,
        large: png,
        small: png,
        uploadedBy: 'Kino Drammen',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  test("a provider's admin finds nothing of another provider's activity through their own provider", async () => {
    const id = await otherProvidersActivity();
    const own = `${activitiesUrl()}/${id}`;
    const attempts = [
      await call('providerAdminA', 'GET', own),
      await call('providerAdminA', 'PUT', own, complete()),
      await call('providerAdminA', 'POST', `${own}/publish`),
      await call('providerAdminA', 'POST', `${own}/archive`),
      await call('providerAdminA', 'POST', `${own}/copy`, {
        seasonStart: `${year + 1}-01-01`,
        seasonEnd: `${year + 1}-06-01`,
      }),
      await call('providerAdminA', 'PUT', `${own}/translations/en`, { title: 'Film club' }),
      await call('providerAdminA', 'DELETE', `${own}/translations/en`),
      await call('providerAdminA', 'PUT', `${own}/images`, []),
      await call('providerAdminA', 'GET', `${activitiesUrl()}/not-a-uuid`),
    ];
    for (const res of attempts) {
      assert.equal(res.statusCode, 404, res.body);
      assert.equal(res.json().error.code, 'ACTIVITY_NOT_FOUND');
      assert.ok(!res.body.includes('Kinoklubb'));
    }
    const list = await call('providerAdminA', 'GET', `${activitiesUrl()}?limit=200`);
    assert.ok(!list.json().items.some((a: { id: string }) => a.id === id));

    // Through the other provider's own path, the access check refuses.
    const other = await call(
      'providerAdminA',
      'GET',
      `/api/municipalities/${A}/providers/${world.providers.a2}/activities/${id}`,
    );
    assert.equal(other.statusCode, 403);

    const row = await t.database.db
      .selectFrom('activity')
      .select(['title', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { title: 'Kinoklubb', status: 'draft' });
  });

  test("another provider's pictures can be neither attached nor made a logo", async () => {
    const imageId = await otherProvidersImage();
    const activity = await create();
    const attach = await call('providerAdminA', 'PUT', `${activitiesUrl()}/${activity.id}/images`, [
      { imageId, altText: 'Lånt bilde' },
    ]);
    assert.equal(attach.statusCode, 400);
    assert.equal(attach.json().error.details[0].field, 'body/0/imageId');
    const logoUrl = `/api/municipalities/${A}/providers/${world.providers.a1}/logo`;
    const logo = await call('providerAdminA', 'PUT', logoUrl, { imageId });
    assert.equal(logo.statusCode, 400);
  });

  test("the provider's own picture becomes its logo, and null removes it", async () => {
    const picture = (await upload('providerAdminA', await cameraPhoto())).json();
    const logoUrl = `/api/municipalities/${A}/providers/${world.providers.a1}/logo`;
    const set = await call('providerAdminA', 'PUT', logoUrl, { imageId: picture.id });
    assert.equal(set.statusCode, 200, set.body);
    assert.deepEqual(set.json(), { logoImageId: picture.id });
    const logoOf = async () =>
      (
        await t.database.db
          .selectFrom('provider')
          .select('logoImageId')
          .where('municipalityId', '=', world.a.id)
          .where('id', '=', world.providers.a1)
          .executeTakeFirstOrThrow()
      ).logoImageId;
    assert.equal(await logoOf(), picture.id);
    const removed = await call('providerAdminA', 'PUT', logoUrl, { imageId: null });
    assert.equal(removed.statusCode, 200);
    assert.equal(await logoOf(), null);
  });

  test('other roles cannot edit activities or upload pictures', async () => {
    for (const actor of ['guardianA', 'venueStaffA', 'adminA', 'adminB'] as const) {
      assert.equal((await call(actor, 'GET', activitiesUrl())).statusCode, 403, actor);
      assert.equal((await upload(actor, await cameraPhoto())).statusCode, 403, actor);
    }
    assert.equal((await call('anonymous', 'POST', activitiesUrl(), complete())).statusCode, 401);
  });
});
