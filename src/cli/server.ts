import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import { type Database, openDatabase } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { hasAutovacuum, startStatisticsUpkeep } from '../db/statistics.ts';
import { buildApp } from '../http/app.ts';
import { paymentWebhookUrl, startPaymentWebhookRegistration } from '../modules/cards/payment-webhook-work.ts';
import { startPaymentWork } from '../modules/cards/payment-work.ts';
import { startMailDelivery } from '../modules/mail/service.ts';
import { createServices } from '../services.ts';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: `${config.dataDir}/pglite` });
}

export async function migrateAndReport(database: Database, log: (line: string) => void): Promise<void> {
  const result = await migrate(database);
  if (result.applied.length > 0) log(`Applied migrations: ${result.applied.join(', ')}`);
  else log(`Database schema is current (${result.alreadyApplied} migrations).`);
}

/** Starts the HTTP server and closes it and the database cleanly on SIGINT/SIGTERM. */
export async function serve(
  config: Config,
  database: Database,
  devLogin?: { close(): Promise<void> },
): Promise<FastifyInstance> {
  const services = createServices(database, config);
  const app = await buildApp({ config, database, services });
  const delivery = startMailDelivery({
    mail: services.mail,
    intervalMs: 5_000,
    log: app.log.child({ module: 'mail' }),
  });
  const payments = startPaymentWork({
    enrolments: services.enrolments,
    intervalMs: 5_000,
    log: app.log.child({ module: 'payments' }),
  });
  // Without autovacuum (PGlite; a server with it turned off) the server analyses the tables that changed much, on
  // a schedule and once soon after start.
  const statistics = (await hasAutovacuum(database))
    ? undefined
    : startStatisticsUpkeep({ database, log: app.log.child({ module: 'statistics' }) });
  const firstPass = statistics
    ? setTimeout(() => {
        statistics.runNow().catch((error: unknown) => app.log.error(error, 'statistics: first pass failed'));
      }, 2_000).unref()
    : undefined;
  let webhook: { stop(): Promise<void> } | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    clearTimeout(firstPass);
    await statistics?.stop();
    await delivery.stop();
    await payments.stop();
    await webhook?.stop();
    services.mail.close();
    await devLogin?.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ host: config.host, port: config.port });
  // With a payment provider: one webhook registration for this server's URL (polling stays the backstop).
  if (config.payments.vipps) {
    const address = app.server.address();
    webhook = startPaymentWebhookRegistration({
      webhooks: services.paymentWebhooks,
      url: paymentWebhookUrl(
        config.payments.webhookBaseUrl,
        typeof address === 'object' && address ? address.port : undefined,
      ),
      log: app.log.child({ module: 'payments' }),
    });
  }
  return app;
}
