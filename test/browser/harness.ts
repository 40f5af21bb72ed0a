/**
 * A real server and a real browser for journeys in test/browser/*.browser.test.ts.
 *
 * The harness builds nothing: the test command (`npm test`, browser pass) builds web/dist with
 * `vite build --config web/vite.config.ts` before these tests run. To run one file by hand:
 *   npx vite build --config web/vite.config.ts && node --import tsx --test test/browser/home.browser.test.ts
 *
 * Chromium is Debian's (/usr/bin/chromium) unless CHROMIUM_PATH says otherwise.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import type { Database } from '../../src/db/database.ts';
import { buildApp } from '../../src/http/app.ts';
import { createServices, type Services } from '../../src/services.ts';
import { testConfig } from '../helpers/app.ts';
import { createTestDatabase } from '../helpers/database.ts';

export interface BrowserHarness {
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Fills the database before the server starts (the test municipality exists by then). */
  seed?: (context: { database: Database; services: Services; municipalityId: number }) => Promise<void>;
}

/** The municipality every browser test sees. */
export const TEST_MUNICIPALITY = { kommunenummer: '3999', name: 'Fjordvik' } as const;

export async function startBrowserHarness(options: HarnessOptions = {}): Promise<BrowserHarness> {
  // Map tiles from a port where nothing listens: journeys never reach the internet, and tiles fail at once.
  const config = testConfig({
    map: { tileUrl: 'http://127.0.0.1:9/{z}/{x}/{y}.png', attribution: '© Kartverket', maxZoom: 18 },
  });
  if (!existsSync(join(config.webDist, 'index.html'))) {
    throw new Error(
      `No built web app in ${config.webDist}. Run "npx vite build --config web/vite.config.ts" first (npm test does).`,
    );
  }
  const database = await createTestDatabase();
  const cleanups: (() => Promise<unknown>)[] = [() => database.dispose()];
  const closeAll = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const services = createServices(database, config);
    const municipality = await services.municipalities.registerMunicipality({ ...TEST_MUNICIPALITY });
    await options.seed?.({ database, services, municipalityId: municipality.id });
    const app = await buildApp({ config, database });
    cleanups.push(() => app.close());
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    return { baseUrl: `http://127.0.0.1:${port}`, browser, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** Headless Chromium as the journeys use it (Debian's unless CHROMIUM_PATH says otherwise). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
