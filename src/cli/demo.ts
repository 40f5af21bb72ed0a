import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { DEFAULT_DEMO_SEED, DEMO_KOMMUNENUMMER, type DemoSampleUser, demoSamplePeople } from '../demo/generate.ts';
import { isDemoLoaded, type LoadDemoResult, loadDemoMunicipality } from '../demo/load.ts';
import { osloDate } from '../domain/age.ts';
import { formatKroner } from '../domain/ledger.ts';
import { EXAMPLE_SCHEMES } from '../domain/scheme.ts';
import type { DevOidcProvider } from '../integrations/oidc/dev-provider.ts';
import { createNationalIdProtector } from '../security/pii.ts';
import { createServices } from '../services.ts';
import { DEMO_STAFF, seedDemoStaff } from './dev-login.ts';

export interface DemoStatus {
  loadedNow: boolean;
  result: LoadDemoResult | undefined;
}

/** Loads the demo municipality; with onlyIfEmpty, only into a database that has no municipality yet. */
export async function loadDemo(
  database: Database,
  config: Config,
  options: { onlyIfEmpty: boolean; seed?: number; log: (line: string) => void },
): Promise<DemoStatus> {
  if (options.onlyIfEmpty) {
    const any = await database.db.selectFrom('municipality').select('id').limit(1).executeTakeFirst();
    if (any) return { loadedNow: false, result: undefined };
  } else if (await isDemoLoaded(database)) {
    options.log(`The demo municipality (${DEMO_KOMMUNENUMMER}) is already loaded.`);
    return { loadedNow: false, result: undefined };
  }
  options.log('Loading the demo municipality (first start)…');
  const started = Date.now();
  let lastStep = '';
  const result = await loadDemoMunicipality(database, config.piiKeys, {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    onProgress(step, done, total) {
      if (done === total && step !== lastStep) {
        lastStep = step;
        options.log(`  ${step}: ${total.toLocaleString('nb-NO')}`);
      }
    },
  });
  const cards = await seedDemoCards(database, config, result.municipalityId);
  const c = result.counts;
  options.log(
    `Loaded ${result.name} (${result.kommunenummer}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${c.children} children, ${c.guardians} guardians, ${c.providers} providers, ${c.activities} activities; ` +
      `${cards.children} leisure cards granted (${formatKroner(cards.amountOre)}).`,
  );
  return { loadedNow: true, result };
}

/**
 * The demo municipality's schemes: Drammen's universal leisure card (1 000 kroner a half-year) and Sandefjord's
 * means-tested experience card, in force from the start of the year; the current half-year is granted.
 */
export async function seedDemoCards(
  database: Database,
  config: Config,
  municipalityId: number,
): Promise<{ children: number; amountOre: number }> {
  const services = createServices(database, config);
  const startsOn = `${osloDate().slice(0, 4)}-01-01`;
  const universal = await services.cards.createScheme('system', municipalityId, {
    ...EXAMPLE_SCHEMES.drammen,
    startsOn,
  });
  await services.cards.createScheme('system', municipalityId, { ...EXAMPLE_SCHEMES.sandefjord, startsOn });
  const report = await services.cards.runGrants('system', municipalityId, universal.id);
  return { children: report.children, amountOre: report.amountOre };
}

/**
 * Gives the demo staff their roles in the demo municipality (when it is loaded), and the demo's club leader (the
 * sample provider admin) their provider. Idempotent.
 */
export async function seedDemoLogins(
  database: Database,
  config: Config,
  staffIssuer: string,
  samples: readonly DemoSampleUser[],
): Promise<void> {
  const services = createServices(database, config);
  const demo = (await services.municipalities.listMunicipalities()).find((m) => m.kommunenummer === DEMO_KOMMUNENUMMER);
  if (!demo) return;
  await seedDemoStaff(services.identity, demo.id, staffIssuer);
  await seedDemoProviderAdmin(database, config, samples);
}

/**
 * Makes the demo's club leader an admin of their provider, as if they had registered it: keyed to their national
 * identity number, so logging in with it through the ID-porten test login lands on the provider's page.
 */
export async function seedDemoProviderAdmin(
  database: Database,
  config: Config,
  samples: readonly DemoSampleUser[],
): Promise<void> {
  const leader = samples.find((u) => u.role === 'provider_admin');
  if (!leader?.provider) return;
  const services = createServices(database, config);
  const demo = (await services.municipalities.listMunicipalities()).find((m) => m.kommunenummer === DEMO_KOMMUNENUMMER);
  if (!demo) return;
  await services.identity.grantProviderAdmin({
    principal: {
      kind: 'citizen',
      sessionId: 'demo',
      displayName: leader.name,
      staffUserId: null,
      citizenHash: createNationalIdProtector(config.piiKeys).lookupHash(leader.nationalId).toString('hex'),
      platformOperator: false,
      memberships: [],
    },
    municipalityId: demo.id,
    providerId: leader.provider.id,
    grantedBy: 'demo data',
  });
}

/** The demo's sample people, recomputed from the default seed, kept only if they are in the database. */
export async function demoSampleUsers(database: Database, config: Config): Promise<DemoSampleUser[]> {
  const services = createServices(database, config);
  const all = await services.municipalities.listMunicipalities();
  if (!all.some((m) => m.kommunenummer === DEMO_KOMMUNENUMMER)) return [];
  const present: DemoSampleUser[] = [];
  for (const user of demoSamplePeople(DEFAULT_DEMO_SEED)) {
    if (await services.people.displayNameForCitizen(user.nationalId)) present.push(user);
  }
  return present;
}

export function printBanner(
  config: Config,
  database: Database,
  samples: DemoSampleUser[],
  devLogin: DevOidcProvider | undefined,
  elapsedMs: number,
  log: (line: string) => void,
): void {
  log('');
  log(`Fritidskortet is running at ${config.publicUrl}  (started in ${(elapsedMs / 1000).toFixed(1)} s)`);
  log(`  API documentation: ${config.publicUrl}/api/docs`);
  log(
    `  Database: ${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}/pglite` : 'PostgreSQL server'}`,
  );
  if (devLogin) {
    log('');
    log(`Log in (local test login at ${devLogin.url}, development only):`);
    const citizens = 'Families, youth, club leaders:';
    log(`  ${citizens} "Logg inn" → "Logg inn med ID-porten", then type a national identity number below.`);
    log(`  ${'Municipal staff:'.padEnd(citizens.length)} "Logg inn" → "Logg inn for kommunens ansatte", then choose:`);
    for (const staff of DEMO_STAFF) log(`    ${staff.role.padEnd(19)} ${staff.name} <${staff.email}>`);
  }
  if (samples.length > 0) {
    log('');
    log('Demo people (synthetic national identity numbers):');
    for (const user of samples) {
      log(`  ${user.role.padEnd(16)} ${user.nationalId}  ${user.name}, ${user.age} years — ${user.description}`);
    }
  }
  log('');
  log('Stop with Ctrl+C.');
}
