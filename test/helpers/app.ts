import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../../src/config.ts';
import { type AppOptions, buildApp } from '../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), ...overrides };
}

/** A server on a fresh migrated database, exercised through `app.inject` (no port). */
export async function createTestApp(
  overrides: Partial<Config> = {},
  beforeRoutes?: (app: FastifyInstance) => void,
  extra: Pick<AppOptions, 'extraRoutes' | 'extraSchemas'> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await buildApp({ config, database, ...(beforeRoutes ? { beforeRoutes } : {}), ...extra });
  await app.ready();
  return {
    app,
    database,
    config,
    async close() {
      await app.close();
      await database.dispose();
    },
  };
}
