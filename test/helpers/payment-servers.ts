/**
 * Real servers for payment tests through HTTP: on the PostgreSQL server, N processes of the platform's own `serve`
 * (bench/lib/serve.ts, started by bench/lib/server-process.ts) on one fresh test database; on PGlite, which one
 * process owns, one in-process server listening on a real port. Both log in through the local OpenID Connect
 * provider (the product's real login: authorisation code flow, callback, session in the database) and pay the
 * family's part in the local Vipps MobilePay simulator.
 */
import { type ServerProcess, startServerProcess } from '../../bench/lib/server-process.ts';
import type { Config } from '../../src/config.ts';
import { startDevOidcProvider } from '../../src/integrations/oidc/dev-provider.ts';
import { createEPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from '../../src/integrations/vipps/simulator.ts';
import { testConfig } from './app.ts';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from './database.ts';
import { DEV_CLIENT, freePort, startLoginServer } from './login.ts';
import { TestBrowser } from './oidc-browser.ts';

/** A signed-in session: the cookie to send and the CSRF token that changes must echo. */
export interface Session {
  cookie: string;
  csrf: string;
}

export interface PaymentServers {
  /** One base URL per server: N processes on the PostgreSQL server, one in-process server on PGlite. */
  urls: string[];
  /** The database the servers share, for setting up the world and checking the outcome. */
  database: TestDatabase;
  /** A configuration like the servers' (same keys for national ids), for services in the test process. */
  config: Config;
  simulator: VippsSimulator;
  /** Logs a citizen in through the OpenID Connect provider, at the first server. */
  login(pid: string): Promise<Session>;
  close(): Promise<void>;
}

async function loginAt(baseUrl: string, pid: string): Promise<Session> {
  const browser = new TestBrowser();
  const atApp = (url: URL) => url.origin === baseUrl && !url.pathname.startsWith('/api/auth/callback');
  const form = await browser.navigate(`${baseUrl}/api/auth/login/citizen?returnTo=%2Ffamily`, { stopAt: atApp });
  const done = await browser.submit(form, { fields: { pid, acr: 'idporten-loa-substantial' }, stopAt: atApp });
  if (done.stoppedAt?.pathname !== '/family') throw new Error(`login ended at ${done.stoppedAt?.href ?? done.url}`);
  const session = (await (await browser.request(`${baseUrl}/api/session`)).json()) as { csrfToken?: string };
  const cookie = browser.cookies.header(new URL(baseUrl));
  if (!cookie || !session.csrfToken) throw new Error('login gave no session');
  return { cookie, csrf: session.csrfToken };
}

/** Starts `count` server processes on the PostgreSQL server, or one in-process server on PGlite. */
export async function startPaymentServers(count = 2): Promise<PaymentServers> {
  const simulator = await startVippsSimulator();
  if (testDatabaseKind() === 'pglite') {
    // As the server processes call it (createPaymentProvider): a timed-out call is tried again with its key.
    const payments = createEPaymentClient({ baseUrl: simulator.url, ...simulator.credentials });
    const server = await startLoginServer({ payments });
    return {
      urls: [server.baseUrl],
      database: server.database,
      config: server.config,
      simulator,
      login: (pid) => loginAt(server.baseUrl, pid),
      async close() {
        await server.close();
        await simulator.close();
      },
    };
  }

  const database = await createTestDatabase();
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const provider = await startDevOidcProvider({
    port: 0,
    clients: [
      {
        ...DEV_CLIENT,
        redirectUris: urls.flatMap((url) => [`${url}/api/auth/callback/citizen`, `${url}/api/auth/callback/staff`]),
        postLogoutRedirectUris: urls.map((url) => `${url}/`),
      },
    ],
    staffUsers: [],
  });
  const env: Record<string, string> = {
    DATABASE_URL: database.connectionUrl as string,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    WEB_DIST: '/nonexistent',
    OIDC_CITIZEN_ISSUER: provider.citizenIssuer,
    OIDC_CITIZEN_CLIENT_ID: DEV_CLIENT.clientId,
    OIDC_CITIZEN_CLIENT_SECRET: DEV_CLIENT.clientSecret,
    OIDC_STAFF_ISSUER: provider.staffIssuer,
    OIDC_STAFF_CLIENT_ID: DEV_CLIENT.clientId,
    OIDC_STAFF_CLIENT_SECRET: DEV_CLIENT.clientSecret,
    VIPPS_BASE_URL: simulator.url,
    VIPPS_CLIENT_ID: simulator.credentials.clientId,
    VIPPS_CLIENT_SECRET: simulator.credentials.clientSecret,
    VIPPS_SUBSCRIPTION_KEY: simulator.credentials.subscriptionKey,
    VIPPS_MERCHANT_SERIAL_NUMBER: simulator.credentials.merchantSerialNumber,
  };
  const started = await Promise.allSettled(ports.map((port) => startServerProcess({ env, port })));
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const close = async () => {
    await Promise.all(servers.map((s: ServerProcess) => s.stop()));
    await provider.close();
    await simulator.close();
    await database.dispose();
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  return {
    urls,
    database,
    config: testConfig(),
    simulator,
    login: (pid) => loginAt(urls[0] as string, pid),
    close,
  };
}
