import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Type } from 'typebox';
import { testConfig } from '../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { AppError } from '../errors.ts';
import { buildApp } from './app.ts';

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;

before(async () => {
  database = await createTestDatabase();
  app = await buildApp({ config: testConfig({ webDist: '/nonexistent' }), database });
  // Probe routes that exercise the error handling paths.
  app.post(
    '/api/probe/echo',
    {
      config: { permission: 'public' },
      schema: {
        body: Type.Object(
          { name: Type.String({ minLength: 2 }), age: Type.Integer({ minimum: 6, maximum: 18 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => request.body,
  );
  app.get('/api/probe/crash', { config: { permission: 'public' } }, async () => {
    throw new Error('secret internal detail at /srv/app/db.ts:42');
  });
  app.get('/api/probe/conflict', { config: { permission: 'public' } }, async () => {
    throw new AppError('MUNICIPALITY_EXISTS', { kommunenummer: '3301' });
  });
  await app.ready();
});

after(async () => {
  await app.close();
  await database.dispose();
});

describe('operations', () => {
  test('health answers ok', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
  });

  test('readiness reports the database and no pending migrations', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/ready' });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.status, 'ready');
    assert.equal(body.database, database.kind);
    assert.deepEqual(body.pendingMigrations, []);
  });

  test('every response carries a request id, and a valid incoming one is kept', async () => {
    const generated = await app.inject({ method: 'GET', url: '/api/health' });
    assert.match(String(generated.headers['x-request-id']), /^[0-9a-f-]{36}$/);
    const kept = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'trace-abc-12345' },
    });
    assert.equal(kept.headers['x-request-id'], 'trace-abc-12345');
    const refused = await app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'bad id <script>' },
    });
    assert.notEqual(refused.headers['x-request-id'], 'bad id <script>');
  });
});

describe('OpenAPI', () => {
  test('the document is OpenAPI 3.1 and lists the routes with the shared error schema', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.1.0');
    assert.ok(doc.paths['/api/municipalities/{kommunenummer}']);
    assert.ok(doc.paths['/api/health']);
    assert.ok(doc.components.schemas.ErrorResponse);
    const notFound = doc.paths['/api/municipalities/{kommunenummer}'].get.responses['404'];
    assert.ok(JSON.stringify(notFound).includes('ErrorResponse'));
  });

  test('a browsable page is served at /api/docs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/docs/' });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.match(res.body, /swagger/i);
  });
});

describe('one error format', () => {
  test('unknown API paths get a translated 404 in bokmål by default', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    assert.equal(res.statusCode, 404);
    const { error } = res.json();
    assert.equal(error.code, 'NOT_FOUND');
    assert.equal(error.message, 'Fant ikke det du lette etter.');
    assert.equal(error.requestId, res.headers['x-request-id']);
    assert.equal(res.headers['content-language'], 'nb');
  });

  test('the language follows Accept-Language, and the lang cookie wins over it', async () => {
    const en = await app.inject({
      method: 'GET',
      url: '/api/nothing',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    assert.equal(en.json().error.message, 'We could not find what you were looking for.');
    const nn = await app.inject({
      method: 'GET',
      url: '/api/nothing',
      headers: { 'accept-language': 'en', cookie: 'lang=nn' },
    });
    assert.equal(nn.json().error.message, 'Fann ikkje det du leita etter.');
    const ar = await app.inject({ method: 'GET', url: '/api/nothing', cookies: { lang: 'ar' } });
    assert.equal(ar.json().error.message, 'لم نعثر على ما تبحث عنه.');
  });

  test('validation failures list every field with a translated message', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/probe/echo',
      payload: { name: 'A', age: 40, extra: true },
      headers: { 'accept-language': 'en' },
    });
    assert.equal(res.statusCode, 400);
    const { error } = res.json();
    assert.equal(error.code, 'VALIDATION_FAILED');
    assert.equal(error.message, 'Some of the information is not filled in correctly.');
    const byField = Object.fromEntries(
      error.details.map((d: { field: string; message: string }) => [d.field, d.message]),
    );
    assert.equal(byField['body/name'], 'Must be at least 2 characters.');
    assert.equal(byField['body/age'], 'Can be at most 18.');
    assert.equal(byField['body/extra'], 'This field is not known.');
  });

  test('a missing field is named', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/probe/echo', payload: { age: 10 } });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().error.details, [{ field: 'body/name', message: 'Må fylles ut.' }]);
  });

  test('malformed JSON is a 400 with the shared format', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/probe/echo',
      payload: '{"name": "Ola",',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'MALFORMED_REQUEST');
  });

  test('an unsupported media type is a 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/probe/echo',
      payload: 'name=Ola',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(res.statusCode, 415);
    assert.equal(res.json().error.code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('an oversized body is a 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/probe/echo',
      payload: JSON.stringify({ name: 'x'.repeat(2_000_000), age: 9 }),
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error.code, 'PAYLOAD_TOO_LARGE');
  });

  test('a use-case error keeps its code and parameters', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/probe/conflict', headers: { 'accept-language': 'nb' } });
    assert.equal(res.statusCode, 409);
    assert.deepEqual(res.json().error.code, 'MUNICIPALITY_EXISTS');
    assert.equal(res.json().error.message, 'Kommunen med kommunenummer 3301 finnes allerede.');
  });

  test('an unexpected failure is a 500 without internal detail', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/probe/crash' });
    assert.equal(res.statusCode, 500);
    const { error } = res.json();
    assert.equal(error.code, 'INTERNAL');
    assert.doesNotMatch(res.body, /secret|\/srv\/|db\.ts|stack/i);
  });
});
