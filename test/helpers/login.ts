/** A server listening on a real port with the local OpenID Connect provider, for login journeys. */
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import {
  type DevOidcProvider,
  type DevStaffUser,
  startDevOidcProvider,
} from '../../src/integrations/oidc/dev-provider.ts';
import type { EPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { createServices } from '../../src/services.ts';
import { testConfig } from './app.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface LoginServer {
  app: FastifyInstance;
  database: TestDatabase;
  config: Config;
  provider: DevOidcProvider;
  baseUrl: string;
  close(): Promise<void>;
}

export const DEV_CLIENT = { clientId: 'fritidskort-test', clientSecret: 'test-secret-not-for-production' };

export async function startLoginServer(
  options: {
    staffUsers?: DevStaffUser[];
    webDist?: string;
    database?: TestDatabase;
    /** The payment provider for the family's part, e.g. a client of the local Vipps MobilePay simulator. */
    payments?: EPaymentClient;
  } = {},
): Promise<LoginServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const provider = await startDevOidcProvider({
    port: 0,
    clients: [
      {
        ...DEV_CLIENT,
        redirectUris: [`${baseUrl}/api/auth/callback/citizen`, `${baseUrl}/api/auth/callback/staff`],
        postLogoutRedirectUris: [`${baseUrl}/`],
      },
    ],
    staffUsers: options.staffUsers ?? [],
  });
  const database = options.database ?? (await createTestDatabase());
  const config = testConfig({
    port,
    publicUrl: baseUrl,
    ...(options.webDist ? { webDist: options.webDist } : { webDist: '/nonexistent' }),
    oidc: {
      citizen: { issuer: provider.citizenIssuer, ...DEV_CLIENT },
      staff: { issuer: provider.staffIssuer, ...DEV_CLIENT },
      devPort: 0,
    },
  });
  const services = options.payments ? createServices(database, config, { payments: options.payments }) : undefined;
  const app = await buildApp({ config, database, ...(services ? { services } : {}) });
  await app.listen({ host: '127.0.0.1', port });
  return {
    app,
    database,
    config,
    provider,
    baseUrl,
    async close() {
      await app.close();
      await provider.close();
      await database.dispose();
    },
  };
}
