import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { buildApp } from './app.ts';

/** The OpenAPI document exactly as the server serves it (no database access is needed to build it). */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ kind: 'pglite', dataDir: 'memory' });
  const app = await buildApp({
    config: { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), webDist: '/nonexistent' },
    database,
  });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await database.close();
  }
}
