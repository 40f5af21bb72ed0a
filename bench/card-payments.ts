/**
 * Card payment benchmark: enrol-and-pay through the HTTP API against pgbench's TPC-B, on the same PostgreSQL
 * server, at the same concurrency, in one run.
 *
 *   node --import tsx bench/card-payments.ts [--connections 10] [--seconds 20] [--scale 10] [--servers 2]
 *        [--children 500] [--activities 100] [--providers 1] [--cpu-prof DIR] [--explain FILE] [--keep]
 *
 * (a) pgbench: `pgbench -i -s SCALE` on a scratch database, then `pgbench -c CONNECTIONS -j 2 -T SECONDS` with a
 *     log of every transaction; prints its tps and the p50/p95 latency of its transactions.
 * (b) card payments: on another scratch database, one municipality with Drammen's universal scheme, CHILDREN
 *     children with a card each (granted 1 000 kroner by the grant run) and a guardian each with a session, and
 *     ACTIVITIES activities of PROVIDERS providers (default one: every payment goes to one club), whose fee is the
 *     grant divided by their number, so that the card covers every fee in full. The real server (bench/lib/serve.ts, the platform's `serve`) runs in SERVERS processes of its own, and a
 *     load generator in another process (bench/lib/load-generator.ts) sends POST /enrolments with CONNECTIONS
 *     keep-alive connections (alternating between the servers) for SECONDS, each request a fresh enrolment with
 *     its own idempotency key: a child and an activity not paired before, the concurrent requests for different
 *     children and activities. Prints payments per second, p50/p95/p99 latency and the ratio to pgbench's tps, then
 *     checks that every answered payment moved the fee once and that the ledger check holds.
 *
 * --cpu-prof DIR runs the servers with `node --cpu-prof` and prints where the first one's CPU time went.
 * --explain FILE records every statement of one more payment (in-process, on the same database after the load)
 * and writes EXPLAIN (ANALYZE, BUFFERS) of each, run in a transaction that is rolled back. PostgreSQL: DATABASE_URL
 * or postgres://postgres@127.0.0.1:5432/postgres; the scratch databases are dropped unless --keep.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { osloDate } from '../src/domain/age.ts';
import { makeNationalId } from '../src/domain/national-id.ts';
import { EXAMPLE_SCHEMES } from '../src/domain/scheme.ts';
import { buildApp } from '../src/http/app.ts';
import { ledgerHolds } from '../src/modules/cards/ledger-service.ts';
import { createNationalIdProtector } from '../src/security/pii.ts';
import { createServices } from '../src/services.ts';
import { summariseCpuProfile } from './lib/cpu-profile.ts';
import type { LoadStats, PlannedRequest } from './lib/load-generator.ts';
import { withScratchDatabase } from './lib/scratch-databases.ts';
import { type ServerProcess, startServerProcess } from './lib/server-process.ts';
import { statementRecorder } from './lib/statement-recorder.ts';

const { values: args } = parseArgs({
  options: {
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '20' },
    scale: { type: 'string', default: '10' },
    servers: { type: 'string', default: '2' },
    children: { type: 'string', default: '500' },
    activities: { type: 'string', default: '100' },
    providers: { type: 'string', default: '1' },
    'cpu-prof': { type: 'string' },
    explain: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const CONNECTIONS = Number(args.connections);
const SECONDS = Number(args.seconds);
const SCALE = Number(args.scale);
const SERVERS = Number(args.servers);
const CHILDREN = Number(args.children);
const ACTIVITIES = Number(args.activities);
const PROVIDERS = Number(args.providers);
const GRANT = EXAMPLE_SCHEMES.drammen.amountOre;
const FEE = Math.floor(GRANT / ACTIVITIES);
const K = '3301';
const WARM_UP_SECONDS = 3;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
for (const [name, value] of Object.entries({ CONNECTIONS, SECONDS, SCALE, SERVERS, CHILDREN, ACTIVITIES, PROVIDERS })) {
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name.toLowerCase()} must be a whole number, 1 or more`);
}
if (CHILDREN < CONNECTIONS || ACTIVITIES < CONNECTIONS) {
  throw new Error('--children and --activities must be at least --connections (concurrent requests share nothing)');
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function run(command: string, argv: string[]): string {
  const child = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0)
    throw new Error(`${command} ${argv.join(' ')} failed (exit ${child.status}): ${child.stderr}`);
  return `${child.stdout}\n${child.stderr}`;
}

interface PgbenchResult {
  tps: number;
  transactions: number;
  p50: number;
  p95: number;
}

/** pgbench's TPC-B on a scratch database: its tps and, from its transaction log, the latency percentiles. */
async function pgbenchTpcB(): Promise<PgbenchResult> {
  return withScratchDatabase(
    serverUrl,
    async (url) => {
      run('pgbench', ['-i', '-q', '-s', String(SCALE), url]);
      const logDir = mkdtempSync(join(tmpdir(), 'fk-pgbench-'));
      try {
        const out = run('pgbench', [
          '-c',
          String(CONNECTIONS),
          '-j',
          '2',
          '-T',
          String(SECONDS),
          '-l',
          `--log-prefix=${join(logDir, 'tx')}`,
          url,
        ]);
        const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
        if (!tps) throw new Error(`no tps in pgbench's output:\n${out}`);
        // Each line: client_id transaction_no time_us script_no time_epoch time_us_part
        const latencies = readdirSync(logDir)
          .flatMap((file) => readFileSync(join(logDir, file), 'utf8').split('\n'))
          .filter((line) => line.trim() !== '')
          .map((line) => Number(line.split(' ')[2]) / 1000)
          .sort((a, b) => a - b);
        return {
          tps: Number(tps[1]),
          transactions: latencies.length,
          p50: percentile(latencies, 0.5),
          p95: percentile(latencies, 0.95),
        };
      } finally {
        rmSync(logDir, { recursive: true, force: true });
      }
    },
    { keep: args.keep },
  );
}

interface Family {
  childId: string;
  cookie: string;
  csrf: string;
}

/** One municipality, its scheme, the children with their cards and their guardians' sessions, the activities. */
async function buildWorld(database: Database): Promise<{ families: Family[]; activityIds: string[] }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const services = createServices(database, config);
  const protector = createNationalIdProtector(config.piiKeys);
  const db = database.db;
  const today = osloDate(new Date());
  const year = Number(today.slice(0, 4));
  const { id: municipalityId } = await services.municipalities.registerMunicipality({
    kommunenummer: K,
    name: 'Drammen',
  });
  const ids = (birthDate: string, count: number) => {
    const out: string[] = [];
    for (let serial = 0; out.length < count && serial < 1000; serial++) {
      const id = makeNationalId(birthDate, serial, { synthetic: true });
      if (id) out.push(id);
    }
    return out;
  };
  // Birth dates spread over a year, as many national ids on each as needed.
  const people = (born: number, count: number) => {
    const out: { nationalId: string; birthDate: string }[] = [];
    for (let day = 0; out.length < count; day++) {
      const birthDate = osloDate(new Date(Date.UTC(born, 0, 1 + (day % 365))));
      for (const nationalId of ids(birthDate, Math.min(50, count - out.length))) out.push({ nationalId, birthDate });
    }
    return out;
  };
  const insertPeople = async (list: { nationalId: string; birthDate: string }[], givenName: string) => {
    const rows: string[] = [];
    for (let i = 0; i < list.length; i += 500) {
      const inserted = await db
        .insertInto('person')
        .values(
          list.slice(i, i + 500).map((p) => ({
            municipalityId,
            nationalIdHash: protector.lookupHash(p.nationalId),
            nationalIdEnc: protector.encrypt(p.nationalId),
            givenName,
            familyName: 'Benk',
            birthDate: p.birthDate,
            status: 'resident' as const,
            streetAddress: 'Elvegata 1',
            postalCode: '3015',
            postalPlace: 'DRAMMEN',
          })),
        )
        .returning('id')
        .execute();
      rows.push(...inserted.map((r) => r.id));
    }
    return rows;
  };
  const guardianPeople = people(year - 40, CHILDREN);
  const guardianIds = await insertPeople(guardianPeople, 'Forelder');
  const childIds = await insertPeople(people(year - 10, CHILDREN), 'Barn');
  await db
    .insertInto('guardianship')
    .values(childIds.map((childId, i) => ({ municipalityId, childId, guardianId: guardianIds[i] as string })))
    .execute();
  const providerIds = (
    await db
      .insertInto('provider')
      .values(
        Array.from({ length: PROVIDERS }, (_, i) => ({
          municipalityId,
          name: `Drammen Idrettslag ${i + 1}`,
          kind: 'voluntary' as const,
          status: 'approved' as const,
        })),
      )
      .returning('id')
      .execute()
  ).map((r) => r.id);
  const rules = EXAMPLE_SCHEMES.drammen;
  const { id: schemeId } = await db
    .insertInto('scheme')
    .values({
      municipalityId,
      ...rules,
      activityKinds: [...rules.activityKinds],
      feeKinds: [...rules.feeKinds],
      providerKinds: [...rules.providerKinds],
      startsOn: `${year - 1}-01-01`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await services.cards.runGrants('system', municipalityId, schemeId);
  const seasonEnd = osloDate(new Date(Date.now() + 60 * 86_400_000));
  const activityIds = (
    await db
      .insertInto('activity')
      .values(
        Array.from({ length: ACTIVITIES }, (_, i) => ({
          municipalityId,
          providerId: providerIds[i % PROVIDERS] as string,
          category: 'sport',
          title: `Aktivitet ${i + 1}`,
          minAge: 6,
          maxAge: 18,
          seasonStart: today,
          seasonEnd,
          sessionCount: 24,
          priceOre: FEE,
          kind: 'organised' as const,
          status: 'published' as const,
        })),
      )
      .returning('id')
      .execute()
  ).map((r) => r.id);
  const families: Family[] = [];
  for (const [i, guardian] of guardianPeople.entries()) {
    const session = await services.identity.startCitizenSession({
      pid: guardian.nationalId,
      name: 'Forelder Benk',
      acr: 'idporten-loa-substantial',
    });
    families.push({ childId: childIds[i] as string, cookie: `fk_session=${session.token}`, csrf: session.csrfToken });
  }
  await sql`analyze`.execute(db);
  return { families, activityIds };
}

/**
 * The i-th payment: child i mod C, its k-th payment (k = i div C) for activity (child + k) mod A. No pair comes
 * twice (for i < C x A), each child pays at most A fees (what its card holds), and consecutive payments are for
 * different children and different activities.
 */
function payment(world: { families: Family[]; activityIds: string[] }, i: number): PlannedRequest {
  const c = i % CHILDREN;
  const k = Math.floor(i / CHILDREN);
  const family = world.families[c] as Family;
  return {
    method: 'POST',
    path: `/api/municipalities/${K}/enrolments`,
    headers: {
      cookie: family.cookie,
      'x-csrf-token': family.csrf,
      'idempotency-key': `bench-payment-${i}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ activityId: world.activityIds[(c + k) % ACTIVITIES], childId: family.childId }),
  };
}

/** Runs the load generator in a process of its own on the requests from..to and returns what it measured. */
function generateLoad(
  dir: string,
  urls: string[],
  world: { families: Family[]; activityIds: string[] },
  from: number,
  to: number,
  seconds: number,
): LoadStats {
  const file = join(dir, `requests-${from}.json`);
  writeFileSync(file, JSON.stringify(Array.from({ length: to - from }, (_, n) => payment(world, from + n))));
  const plan = JSON.stringify({
    baseUrls: urls,
    requestsFile: file,
    expectStatus: 201,
    seconds,
    connections: CONNECTIONS,
  });
  const generator = fileURLToPath(new URL('./lib/load-generator.ts', import.meta.url));
  const child = spawnSync(process.execPath, ['--import', 'tsx', generator, plan], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`load generator failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as LoadStats;
}

/** EXPLAIN (ANALYZE, BUFFERS) of every statement of one payment, each in a transaction rolled back. */
async function explainPayment(
  database: Database,
  url: string,
  request: PlannedRequest,
  file: string,
): Promise<{ statements: number; executionMs: number }> {
  const recorder = statementRecorder(database);
  const traced: Database = { ...database, db: database.db.withPlugin(recorder.plugin) };
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), port: 0 };
  const app = await buildApp({ config, database: traced });
  recorder.taken();
  const t0 = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: request.path,
    headers: request.headers ?? {},
    payload: request.body ?? '',
  });
  const elapsed = performance.now() - t0;
  const statements = recorder.taken();
  await app.close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out = [
    `# One card payment: POST ${request.path} -> ${res.statusCode}, ${statements.length} statements ` +
      `(${fmt(elapsed, 1)} ms as the first request of a fresh in-process app)`,
    '',
  ];
  let executionMs = 0;
  for (const [n, statement] of statements.entries()) {
    out.push(`## ${n + 1}`, '', '```', statement.sql.replace(/\s+/g, ' '), '');
    try {
      await client.query('begin');
      const plan = await client.query<Record<string, string>>(`explain (analyze, buffers) ${statement.sql}`, [
        ...statement.parameters,
      ]);
      const lines = plan.rows.map((r) => Object.values(r)[0] ?? '');
      const execution = lines.map((l) => /Execution Time: ([\d.]+) ms/.exec(l)).find(Boolean);
      executionMs += Number(execution?.[1] ?? 0);
      out.push(...lines);
    } catch (error) {
      out.push(`(not explained: ${error instanceof Error ? error.message : String(error)})`);
    } finally {
      await client.query('rollback');
    }
    out.push('```', '');
  }
  await client.end();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${out.join('\n')}\n`);
  return { statements: statements.length, executionMs };
}

async function cardPayments(): Promise<{ stats: LoadStats; servers: number; checks: string[] }> {
  return withScratchDatabase(
    serverUrl,
    async (url) => {
      const database = await openDatabase({ kind: 'postgres', url, poolSize: 4 });
      const dir = mkdtempSync(join(tmpdir(), 'fk-card-bench-'));
      try {
        await migrate(database);
        const t0 = performance.now();
        const world = await buildWorld(database);
        console.log(
          `card payments: ${CHILDREN} children with a card of ${fmt(GRANT / 100)} kr and a guardian with a session, ` +
            `${ACTIVITIES} activities of ${fmt(FEE / 100)} kr from ${PROVIDERS} provider(s), built in ${fmt((performance.now() - t0) / 1000, 1)} s`,
        );
        const profileDir = args['cpu-prof'] ? join(args['cpu-prof'], 'card-payments') : undefined;
        if (profileDir) rmSync(profileDir, { recursive: true, force: true });
        const env = { DATABASE_URL: url, NODE_ENV: 'test', LOG_LEVEL: 'warn', WEB_DIST: '/nonexistent' };
        const servers: ServerProcess[] = [];
        let stats: LoadStats;
        let used = 0;
        const capacity = CHILDREN * ACTIVITIES;
        try {
          for (let i = 0; i < SERVERS; i++) {
            servers.push(
              await startServerProcess({
                env,
                ...(profileDir ? { cpuProfDir: join(profileDir, `server-${i + 1}`) } : {}),
              }),
            );
          }
          const urls = servers.map((s) => s.url);
          const warm = generateLoad(dir, urls, world, 0, Math.min(capacity, 5_000), WARM_UP_SECONDS);
          used = warm.requests;
          stats = generateLoad(dir, urls, world, used, capacity, SECONDS);
          used += stats.requests;
          if (used >= capacity) console.log('  (every prepared payment was sent: raise --children or --activities)');
        } finally {
          await Promise.all(servers.map((s) => s.stop()));
        }
        const checks = await checkOutcome(database, used);
        if (profileDir) {
          const first = join(profileDir, 'server-1');
          const profile = readdirSync(first).find((f) => f.endsWith('.cpuprofile'));
          if (profile) {
            checks.push('', `CPU profile of server 1 under the load (${join(first, profile)}):`);
            checks.push(...summariseCpuProfile(readFileSync(join(first, profile), 'utf8'), 25));
          }
        }
        if (args.explain) {
          const explained = await explainPayment(database, url, payment(world, used), args.explain);
          checks.push(
            '',
            `one more payment: ${explained.statements} statements, their execution times sum to ` +
              `${fmt(explained.executionMs, 2)} ms (EXPLAIN ANALYZE); plans in ${args.explain}`,
          );
        }
        return { stats, servers: SERVERS, checks };
      } finally {
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { keep: args.keep },
  );
}

/** Every answered payment moved its fee once to the club, and the ledger check holds. */
async function checkOutcome(database: Database, sent: number): Promise<string[]> {
  const db = database.db;
  const enrolments = await db
    .selectFrom('enrolment')
    .select(['status', (eb) => eb.fn.countAll<string>().as('count')])
    .groupBy('status')
    .execute();
  const payments = await db
    .selectFrom('ledgerTransfer')
    .select([(eb) => eb.fn.countAll<string>().as('count'), (eb) => eb.fn.sum<string>('amountOre').as('sum')])
    .where('reason', '=', 'payment')
    .executeTakeFirstOrThrow();
  const report = await createServices(database, loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' })).ledger.check();
  return [
    `after the run: ${sent} payments sent; enrolments ${enrolments.map((e) => `${e.status} ${e.count}`).join(', ')}; ` +
      `${payments.count} payment transfers of ${fmt(Number(payments.sum ?? 0) / 100)} kr; ` +
      `ledger check ${ledgerHolds(report) ? 'holds' : `FAILS: ${JSON.stringify(report)}`}`,
  ];
}

console.log(
  `card payments against pgbench TPC-B on ${new URL(serverUrl).host}: ${CONNECTIONS} connections, ${SECONDS} s each`,
);
const tpcb = await pgbenchTpcB();
console.log(
  `pgbench TPC-B (scale ${SCALE}, -c ${CONNECTIONS} -j 2 -T ${SECONDS}): ${fmt(tpcb.tps, 1)} tps, ` +
    `${tpcb.transactions} transactions, p50 ${fmt(tpcb.p50, 1)} ms, p95 ${fmt(tpcb.p95, 1)} ms`,
);
const cards = await cardPayments();
const s = cards.stats;
console.log(
  `card payments through HTTP (${cards.servers} server processes, load generator in its own): ` +
    `${fmt(s.perSecond, 1)} payments/s, ${s.requests} requests, ${s.errors} errors` +
    `${s.errors > 0 ? ` ${JSON.stringify(s.statuses)}` : ''}, p50 ${fmt(s.p50, 1)} ms, p95 ${fmt(s.p95, 1)} ms, ` +
    `p99 ${fmt(s.p99, 1)} ms`,
);
console.log(`ratio card payments / pgbench tps: ${fmt(s.perSecond / tpcb.tps, 3)} (goal 0.5 or more)`);
for (const line of cards.checks) console.log(line);
