/**
 * Writes the API contract and the web app's types from it:
 *   openapi/openapi.json         the OpenAPI 3.1 document the server serves at /api/openapi.json
 *   web/src/api/schema.d.ts      TypeScript types generated from it (openapi-typescript)
 * Run after changing a route: `npm run openapi`. A test fails while the committed files are stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config.ts';
import { renderOpenApiFiles } from './openapi-render.ts';

const files = await renderOpenApiFiles();
for (const [path, content] of Object.entries(files)) {
  writeFileSync(join(projectRoot(), path), content);
  console.log(`wrote ${path}`);
}
