/**
 * A server with the local OpenID Connect provider and a known world for the login journeys: the access-test world
 * (test/helpers/world.ts), a second guardian sharing parental responsibility, and staff who log in through the
 * local staff provider with a caseworker and a municipality administrator role.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DevStaffUser } from '../../src/integrations/oidc/dev-provider.ts';
import type { EPaymentClient } from '../../src/integrations/vipps/epayment-client.ts';
import { testConfig } from '../helpers/app.ts';
import { type LoginServer, startLoginServer } from '../helpers/login.ts';
import { buildWorld, type World } from '../helpers/world.ts';

/** Staff of the staff provider; the database knows them by that provider's issuer and these subjects. */
export const STAFF = {
  caseworker: {
    subject: 'sofie-saksbehandler',
    name: 'Sofie Saksbehandler',
    email: 'sofie.saksbehandler@drammen.example',
  },
  admin: { subject: 'aslak-administrator', name: 'Aslak Administrator', email: 'aslak.administrator@drammen.example' },
} satisfies Record<string, DevStaffUser>;

export interface IdentityWorld {
  server: LoginServer;
  world: World;
}

export async function startIdentityWorld(options: { payments?: EPaymentClient } = {}): Promise<IdentityWorld> {
  const webDist = testConfig().webDist;
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(`No built web app in ${webDist}. Run "npx vite build --config web/vite.config.ts" first.`);
  }
  const server = await startLoginServer({
    webDist,
    staffUsers: Object.values(STAFF),
    ...(options.payments ? { payments: options.payments } : {}),
  });
  try {
    const world = await buildWorld({ database: server.database, config: server.config } as never);
    // Ola has two guardians: Kari (who logs in) and Per.
    await server.database.db
      .insertInto('guardianship')
      .values({
        municipalityId: world.a.id,
        childId: world.people.childA.id,
        guardianId: world.people.otherGuardianA.id,
      })
      .execute();
    const issuer = server.provider.staffIssuer;
    await world.services.identity.ensureStaffRole({
      issuer,
      ...STAFF.caseworker,
      municipalityId: world.a.id,
      role: 'caseworker',
    });
    await world.services.identity.ensureStaffRole({
      issuer,
      ...STAFF.admin,
      municipalityId: world.a.id,
      role: 'municipality_admin',
    });
    return { server, world };
  } catch (error) {
    await server.close();
    throw error;
  }
}
