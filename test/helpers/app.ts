import type { FastifyInstance } from 'fastify';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import type { Services } from '../../src/services.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  close(): Promise<void>;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  // WEB_DIST lets a browser journey run against a web build of its own.
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ...(process.env.WEB_DIST ? { WEB_DIST: process.env.WEB_DIST } : {}),
  };
  return { ...loadConfig(env), ...overrides };
}

/** A server on a fresh migrated database, exercised through `app.inject` (no port). */
export async function createTestApp(
  overrides: Partial<Config> = {},
  beforeRoutes?: (app: FastifyInstance) => void,
  extra: {
    /** Services to serve with, built on the test's database (e.g. with a recording mail sender). */
    services?: (database: Database, config: Config) => Services;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(overrides);
  const { services } = extra;
  const app = await buildApp({
    config,
    database,
    ...(beforeRoutes ? { beforeRoutes } : {}),
    ...(services ? { services: services(database, config) } : {}),
  });
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
