import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { renderOpenApiFiles } from '../../scripts/openapi-render.ts';
import { projectRoot } from '../../src/config.ts';

test('the committed API contract and the web types match the routes (run `npm run openapi`)', async () => {
  const files = await renderOpenApiFiles();
  for (const [path, expected] of Object.entries(files)) {
    const committed = readFileSync(join(projectRoot(), path), 'utf8');
    assert.ok(committed === expected, `${path} is stale: run npm run openapi`);
  }
});
