/**
 * The server under test of the benchmarks and of the tests that need real server processes: the platform's own
 * `serve` (migrations, buildApp, the background jobs) in a process of its own, configured from the environment like
 * `npm run cli -- serve`, without the development login, payment and address stand-ins (point OIDC_* and VIPPS_* at
 * whatever should answer). Prints `listening <url>` when it accepts requests; SIGTERM stops it (and writes its CPU
 * profile when started with --cpu-prof). Started by bench/lib/server-process.ts.
 */
import { migrateAndReport, openConfiguredDatabase, serve } from '../../src/cli/server.ts';
import { loadConfig } from '../../src/config.ts';

const config = loadConfig(process.env);
const database = await openConfiguredDatabase(config);
await migrateAndReport(database, () => undefined);
const app = await serve(config, database);
process.stdout.write(`listening http://${config.host}:${config.port}\n`);
app.log.info('server under test ready');
