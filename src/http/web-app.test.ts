import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testConfig } from '../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../test/helpers/database.ts';
import { buildApp } from './app.ts';

const PAGE = '<!doctype html><html lang="nb"><title>Fritidskortet</title><div id="root"></div></html>';

let database: TestDatabase;
let app: Awaited<ReturnType<typeof buildApp>>;
let webDist: string;

before(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'web-dist-'));
  writeFileSync(join(webDist, 'index.html'), PAGE);
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'assets', 'app-1a2b3c.js'), 'console.log(1);');
  database = await createTestDatabase();
  app = await buildApp({ config: testConfig({ webDist }), database });
  await app.ready();
});
after(async () => {
  await app.close();
  await database.dispose();
  rmSync(webDist, { recursive: true, force: true });
});

describe('the web app on its address', () => {
  test('curl, a health probe or a browser gets the page for any app path', async () => {
    const asked: [string, Record<string, string>][] = [
      ['/', { accept: '*/*' }],
      ['/', {}],
      ['/', { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }],
      ['/aktiviteter/3301?kategori=sport', { accept: '*/*' }],
      ['/kommune/3301/tilbyder', { accept: 'text/plain' }],
    ];
    for (const [url, headers] of asked) {
      const res = await app.inject({ method: 'GET', url, headers });
      assert.equal(res.statusCode, 200, `${url} ${JSON.stringify(headers)}`);
      assert.match(String(res.headers['content-type']), /text\/html/);
      assert.equal(res.body, PAGE);
      assert.equal(res.headers['cache-control'], 'no-cache');
    }
    const head = await app.inject({ method: 'HEAD', url: '/', headers: { accept: '*/*' } });
    assert.equal(head.statusCode, 200);
  });

  test('built files are served as files, with long caching', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.body, 'console.log(1);');
    assert.match(String(res.headers['cache-control']), /immutable/);
  });

  test('unknown API paths, missing files, JSON requests and other methods keep the JSON 404', async () => {
    const asked: [string, string, Record<string, string>][] = [
      ['GET', '/api/nothing-here', { accept: '*/*' }],
      ['GET', '/api/nothing-here', { accept: 'text/html' }],
      ['GET', '/api', {}],
      ['GET', '/assets/gone-9z8y7x.js', { accept: '*/*' }],
      ['GET', '/aktiviteter', { accept: 'application/json' }],
      ['POST', '/', { accept: '*/*' }],
    ];
    for (const [method, url, headers] of asked) {
      const res = await app.inject({ method: method as 'GET' | 'POST', url, headers });
      assert.equal(res.statusCode, 404, `${method} ${url} ${JSON.stringify(headers)}`);
      assert.match(String(res.headers['content-type']), /application\/json/);
      assert.equal(res.json().error.code, 'NOT_FOUND');
    }
  });
});
