/**
 * The platform's command.
 *   start                     build the web app if needed, migrate, load the demo municipality on first start, serve
 *   serve                     migrate and serve (no demo data)
 *   migrate                   apply pending database migrations
 *   demo [--seed N]           load the demo municipality
 *   municipality add NNNN NAME
 *   check-tenancy             verify that every tenant table is keyed by municipality_id
 *   grants run NNNN           grant the current period's money
 *   ledger check [NNNN]       recompute every balance from its transfers
 *   cards expire NNNN         return the unspent money of expired cards to the schemes' budgets
 */
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { checkTenancy } from '../db/tenancy-check.ts';
import { startDevPaymentSimulator } from '../integrations/vipps/provider.ts';
import { createServices } from '../services.ts';
import { demoSampleUsers, loadDemo, printBanner, seedDemoLogins } from './demo.ts';
import { startDevLogin } from './dev-login.ts';
import { migrateAndReport, openConfiguredDatabase, serve } from './server.ts';
import { ensureWebBuild } from './web-build.ts';

const log = (line: string) => process.stdout.write(`${line}\n`);

const USAGE = `Usage: fritidskort <command>

Commands:
  start                      build the web app if needed, migrate, load demo data on first start, serve
  serve                      migrate and serve
  migrate                    apply pending database migrations
  demo [--seed N]            load the demo municipality
  municipality add NNNN NAME register a municipality (kommunenummer and name)
  retention run NNNN [--dry-run]  anonymise people out of scope longer than the retention period
  check-tenancy              check that every tenant table is keyed by municipality_id
  import-population FILE --municipality NNNN [--delta] [--allow-moved-out PERCENT]
                                                     import a population register extract (JSON Lines)
  organisations import FILE|--download [--batch-size N]   load organisations from Enhetsregisteret's bulk file
  organisations sync --since=YYYY-MM-DD|--from-id=N       apply Enhetsregisteret's change feed
  mail status|deliver        show the e-mail outbox, or send what is due now
  grants run NNNN [--scheme ID]  grant the current period's money of every scheme in force (or one)
  ledger check [NNNN]        recompute every balance from its transfers; exit 1 when the ledger is wrong
  cards expire NNNN          return the unspent money of every card past its expiry date to its scheme's budget

Environment: DATABASE_URL (PostgreSQL server; default embedded PGlite under ./data), PORT, HOST, DATA_DIR,
NODE_ENV, LOG_LEVEL, PII_LOOKUP_KEY, PII_ENCRYPTION_KEY, SMTP_URL, MAIL_FROM, ENHETSREGISTERET_URL, MAP_TILE_URL,
MAP_ATTRIBUTION, ADDRESS_SEARCH_URL, VIPPS_BASE_URL, VIPPS_CLIENT_ID, VIPPS_CLIENT_SECRET, VIPPS_SUBSCRIPTION_KEY,
VIPPS_MERCHANT_SERIAL_NUMBER, VIPPS_WEBHOOK_BASE_URL, VIPPS_DEV_PORT. See README.md.`;

/** Outside production without ADDRESS_SEARCH_URL: the local address search with the demo municipality's places. */
async function startDevAddressSearchFor(config: Config) {
  if (config.addressSearchUrl || config.mode === 'production') return undefined;
  const { startDevAddressSearch } = await import('../integrations/geonorge/stand-in.ts');
  return startDevAddressSearch();
}

/** The development stand-ins started next to the server, and the configuration that points at them. */
async function startDevStandIns(config: Config) {
  const addressSearch = await startDevAddressSearchFor(config);
  const payments = await startDevPaymentSimulator(config);
  const served: Config = {
    ...config,
    ...(addressSearch ? { addressSearchUrl: addressSearch.url } : {}),
    ...(payments ? { payments: { ...config.payments, vipps: payments.vipps } } : {}),
  };
  return { addressSearch, payments, served };
}

/** Everything started next to the server, closed with it. */
function closeAll(...parts: ({ close(): Promise<void> } | undefined)[]) {
  return {
    async close() {
      for (const part of parts) await part?.close();
    },
  };
}

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h') {
    log(USAGE);
    return command ? 0 : 1;
  }
  // Each command takes its own options; unknown ones are refused by parseArgs.
  const commandOptions = {
    demo: { seed: { type: 'string' } },
    retention: { 'dry-run': { type: 'boolean' } },
    grants: { scheme: { type: 'string' } },
  } as const;
  const { positionals: rest, values } =
    command === 'import-population' || command === 'organisations'
      ? { positionals: [] as string[], values: {} as { seed?: string; 'dry-run'?: boolean; scheme?: string } }
      : (parseArgs({
          args,
          allowPositionals: true,
          options: {
            ...(command === 'demo' ? commandOptions.demo : {}),
            ...(command === 'retention' ? commandOptions.retention : {}),
            ...(command === 'grants' ? commandOptions.grants : {}),
          },
        }) as { positionals: string[]; values: { seed?: string; 'dry-run'?: boolean; scheme?: string } });
  const config = loadConfig();

  switch (command) {
    case 'start': {
      const started = Date.now();
      await ensureWebBuild(config.webDist, log);
      const database = await openConfiguredDatabase(config);
      await migrateAndReport(database, log);
      const loaded = await loadDemo(database, config, { onlyIfEmpty: true, log });
      const samples = loaded.result?.sampleUsers ?? (await demoSampleUsers(database, config));
      const devLogin = await startDevLogin(config);
      if (devLogin) await seedDemoLogins(database, config, devLogin.staffIssuer, samples);
      const { addressSearch, payments, served } = await startDevStandIns(config);
      await serve(served, database, closeAll(devLogin, addressSearch, payments));
      printBanner(config, database, samples, devLogin, Date.now() - started, log);
      if (payments) log(`Local Vipps MobilePay simulator (development only) at ${payments.url}`);
      return -1;
    }
    case 'serve': {
      const database = await openConfiguredDatabase(config);
      await migrateAndReport(database, log);
      const devLogin = await startDevLogin(config);
      if (devLogin) log(`Local login provider (development only) at ${devLogin.url}`);
      const { addressSearch, payments, served } = await startDevStandIns(config);
      if (addressSearch) log(`Local address search (development only) at ${addressSearch.url}`);
      if (payments) log(`Local Vipps MobilePay simulator (development only) at ${payments.url}`);
      await serve(served, database, closeAll(devLogin, addressSearch, payments));
      log(`Listening on ${config.publicUrl}`);
      return -1;
    }
    case 'migrate':
      await withDatabase((database) => migrateAndReport(database, log));
      return 0;
    case 'demo': {
      const seed = values.seed === undefined ? undefined : Number(values.seed);
      if (seed !== undefined && !Number.isInteger(seed)) {
        log('--seed must be an integer');
        return 2;
      }
      await withDatabase(async (database) => {
        await migrateAndReport(database, log);
        await loadDemo(database, config, { onlyIfEmpty: false, log, ...(seed === undefined ? {} : { seed }) });
      });
      return 0;
    }
    case 'municipality': {
      const [action, kommunenummer, ...nameParts] = rest;
      if (action !== 'add' || !kommunenummer || nameParts.length === 0) {
        log('Usage: fritidskort municipality add NNNN NAME');
        return 2;
      }
      await withDatabase(async (database) => {
        await migrateAndReport(database, log);
        const { municipalities } = createServices(database, config);
        const m = await municipalities.registerMunicipality({ kommunenummer, name: nameParts.join(' ') });
        log(`Registered ${m.name} (${m.kommunenummer}).`);
      });
      return 0;
    }
    case 'retention': {
      const [action, kommunenummer] = rest;
      if (action !== 'run' || !kommunenummer) {
        log('Usage: fritidskort retention run NNNN [--dry-run]');
        return 2;
      }
      await withDatabase(async (database) => {
        const services = createServices(database, config);
        const municipality = await services.municipalities.getMunicipality(kommunenummer);
        const result = await services.retention.run('system', {
          municipalityId: municipality.id,
          retentionDays: municipality.settings.retentionDays,
          dryRun: values['dry-run'] === true,
        });
        log(
          `${result.dryRun ? 'Would anonymise' : 'Anonymised'} ${result.anonymised} people out of scope for more than ` +
            `${result.retentionDays} days in ${municipality.name}; removed ${result.guardianshipsRemoved} family links.`,
        );
      });
      return 0;
    }
    case 'check-tenancy':
      return withDatabase(async (database) => {
        const violations = await checkTenancy(database);
        for (const v of violations) log(`${v.table}: ${v.problem}`);
        log(
          violations.length === 0
            ? 'Every tenant table is keyed by municipality_id.'
            : `${violations.length} problems.`,
        );
        return violations.length === 0 ? 0 : 1;
      });
    case 'import-population': {
      const { importPopulationCommand } = await import('./import-population.ts');
      return importPopulationCommand(args, { config, log });
    }
    case 'organisations': {
      const { importOrganisations } = await import('./import-organisations.ts');
      return importOrganisations(args, { config, log });
    }
    case 'mail': {
      const [action] = rest;
      if (action !== 'status' && action !== 'deliver') {
        log('Usage: fritidskort mail status|deliver');
        return 2;
      }
      return withDatabase(async (database) => {
        const { mail } = createServices(database, config);
        try {
          if (action === 'deliver') {
            let sent = 0;
            for (;;) {
              const round = await mail.deliverDue();
              sent += round.sent;
              if (!round.more) break;
            }
            log(`Sent ${sent} e-mails.`);
          }
          const status = await mail.status();
          log(
            `E-mail (${status.transport}): ${status.queued} queued, ${status.failed} failed, ${status.sent} sent` +
              (status.oldestQueuedAt ? `; oldest queued since ${status.oldestQueuedAt.toISOString()}` : '') +
              '.',
          );
          return 0;
        } finally {
          mail.close();
        }
      });
    }
    case 'grants': {
      const [action, kommunenummer] = rest;
      if (action !== 'run' || !kommunenummer) {
        log('Usage: fritidskort grants run NNNN [--scheme ID]');
        return 2;
      }
      const { runGrantsCommand } = await import('./cards.ts');
      return withDatabase(async (database) => {
        await migrateAndReport(database, log);
        return runGrantsCommand(createServices(database, config), kommunenummer, values.scheme, log);
      });
    }
    case 'cards': {
      const [action, kommunenummer] = rest;
      if (action !== 'expire' || !kommunenummer) {
        log('Usage: fritidskort cards expire NNNN');
        return 2;
      }
      const { expiryCommand } = await import('./cards.ts');
      return withDatabase(async (database) => {
        await migrateAndReport(database, log);
        return expiryCommand(createServices(database, config), kommunenummer, log);
      });
    }
    case 'ledger': {
      const [action, kommunenummer] = rest;
      if (action !== 'check') {
        log('Usage: fritidskort ledger check [NNNN]');
        return 2;
      }
      const { ledgerCheckCommand } = await import('./cards.ts');
      return withDatabase((database) => ledgerCheckCommand(createServices(database, config), kommunenummer, log));
    }
    default:
      log(`Unknown command: ${command}\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: string }).code;
    process.stderr.write(`Error: ${code ? `${code}: ` : ''}${message}\n`);
    process.exit(1);
  },
);
