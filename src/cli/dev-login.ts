import type { Config } from '../config.ts';
import { type DevOidcProvider, type DevStaffUser, startDevOidcProvider } from '../integrations/oidc/dev-provider.ts';
import type { IdentityService } from '../modules/identity/service.ts';

/** Staff of the demo municipality as the local identity provider offers them. */
export const DEMO_STAFF: (DevStaffUser & {
  role: 'municipality_admin' | 'caseworker' | 'leisure_guide' | 'platform_operator';
  protectedAccess?: boolean;
})[] = [
  {
    subject: 'demo-admin',
    name: 'Anders Berg',
    email: 'anders.berg@fjordvik.kommune.example',
    role: 'municipality_admin',
  },
  {
    subject: 'demo-caseworker',
    name: 'Siri Dahl',
    email: 'siri.dahl@fjordvik.kommune.example',
    role: 'caseworker',
    protectedAccess: true,
  },
  { subject: 'demo-guide', name: 'Guri Lunde', email: 'guri.lunde@fjordvik.kommune.example', role: 'leisure_guide' },
  { subject: 'demo-operator', name: 'Olav Strand', email: 'olav.strand@drift.example', role: 'platform_operator' },
];

const DEV_CLIENT_ID = 'fritidskort-dev';
const DEV_CLIENT_SECRET = 'local-development-only';

/**
 * Outside production, when no identity provider is configured, starts the local OpenID Connect provider
 * (ID-porten shaped for citizens, a staff issuer for municipal staff) and points the configuration at it.
 */
export async function startDevLogin(config: Config): Promise<DevOidcProvider | undefined> {
  if (config.oidc.citizen && config.oidc.staff) return undefined;
  if (config.mode === 'production') {
    throw new Error(
      'Set OIDC_CITIZEN_* and OIDC_STAFF_* in production; the local login provider is for development only',
    );
  }
  const provider = await startDevOidcProvider({
    host: config.host === '0.0.0.0' ? '127.0.0.1' : config.host,
    port: config.oidc.devPort,
    clients: [
      {
        clientId: DEV_CLIENT_ID,
        clientSecret: DEV_CLIENT_SECRET,
        redirectUris: [`${config.publicUrl}/api/auth/callback/citizen`, `${config.publicUrl}/api/auth/callback/staff`],
        postLogoutRedirectUris: [`${config.publicUrl}/`],
      },
    ],
    staffUsers: DEMO_STAFF.map(({ subject, name, email }) => ({ subject, name, email })),
  });
  config.oidc = {
    ...config.oidc,
    citizen: config.oidc.citizen ?? {
      issuer: provider.citizenIssuer,
      clientId: DEV_CLIENT_ID,
      clientSecret: DEV_CLIENT_SECRET,
    },
    staff: config.oidc.staff ?? {
      issuer: provider.staffIssuer,
      clientId: DEV_CLIENT_ID,
      clientSecret: DEV_CLIENT_SECRET,
    },
  };
  return provider;
}

/**
 * Gives the demo staff their roles in the demo municipality, keyed to the staff issuer, so that logging in as
 * them through the local provider lands with the right access. Idempotent.
 */
export async function seedDemoStaff(
  identity: IdentityService,
  municipalityId: number,
  staffIssuer: string,
): Promise<void> {
  for (const staff of DEMO_STAFF) {
    await identity.ensureStaffRole({
      issuer: staffIssuer,
      subject: staff.subject,
      name: staff.name,
      email: staff.email,
      ...(staff.role === 'platform_operator'
        ? { platformOperator: true }
        : { municipalityId, role: staff.role, protectedAccess: staff.protectedAccess ?? false }),
    });
  }
}
