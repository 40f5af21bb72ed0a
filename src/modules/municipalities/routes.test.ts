import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createServices } from '../../services.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
  const { municipalities } = createServices(t.database, t.config);
  await municipalities.registerMunicipality({ kommunenummer: '3301', name: 'Drammen' });
  await municipalities.registerMunicipality({
    kommunenummer: '4640',
    name: 'Sogndal',
    settings: { defaultLanguage: 'nn', contactEmail: 'fritid@sogndal.example' },
  });
});
after(async () => {
  await t.close();
});

test('lists the municipalities of the installation in name order', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/municipalities' });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), {
    items: [
      { kommunenummer: '3301', name: 'Drammen', defaultLanguage: 'nb', contactEmail: null },
      { kommunenummer: '4640', name: 'Sogndal', defaultLanguage: 'nn', contactEmail: 'fritid@sogndal.example' },
    ],
  });
});

test('reads one municipality by kommunenummer', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/municipalities/4640' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.json().name, 'Sogndal');
});

test('an unknown kommunenummer is a translated 404', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/municipalities/0301', cookies: { lang: 'en' } });
  assert.equal(res.statusCode, 404);
  assert.equal(res.json().error.code, 'MUNICIPALITY_NOT_FOUND');
  assert.equal(res.json().error.message, 'No municipality has the number 0301.');
});

test('a malformed kommunenummer is refused before it reaches the database', async () => {
  for (const bad of ['33', '33011', 'abcd', '33%2001']) {
    const res = await t.app.inject({ method: 'GET', url: `/api/municipalities/${bad}` });
    assert.equal(res.statusCode, 400, bad);
    assert.equal(res.json().error.details[0].field, 'path/kommunenummer');
  }
});

test('registering the same kommunenummer twice is refused and changes nothing', async () => {
  const { municipalities } = createServices(t.database, t.config);
  await assert.rejects(
    () => municipalities.registerMunicipality({ kommunenummer: '3301', name: 'Another' }),
    (error: Error & { code?: string }) => error.code === 'MUNICIPALITY_EXISTS',
  );
  await assert.rejects(
    () => municipalities.registerMunicipality({ kommunenummer: '0000', name: ' ' }),
    (error: Error & { code?: string; fields?: unknown[] }) =>
      error.code === 'VALIDATION_FAILED' && error.fields?.length === 2,
  );
  const list = await municipalities.listMunicipalities();
  assert.equal(list.length, 2);
  assert.equal(list.find((m) => m.kommunenummer === '3301')?.name, 'Drammen');
});
