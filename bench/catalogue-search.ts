/**
 * Catalogue search benchmark: the server as it runs, measured from outside.
 *
 *   node --import tsx bench/catalogue-search.ts [--size national|demo] [--activities 100000] [--providers 20000]
 *        [--seconds 5] [--connections 10] [--database pglite|postgres|both] [--cpu-prof DIR] [--explain FILE] [--keep]
 *
 * --size national (default) builds all 357 municipalities (2024 structure, real 6–18 populations from
 * ../shared/data) and spreads the providers and activities over them by their number of children, set-based in SQL
 * (default database: the PostgreSQL server). --size demo loads the demo municipality Fjordvik (600 activities) the
 * way `npm start` does (default database: PGlite).
 *
 * The benchmark runs no ANALYZE: the product keeps its own statistics (after the demo load, on a schedule on PGlite,
 * autovacuum on the server, which the benchmark waits for after its bulk build). Then the real server
 * (bench/lib/serve.ts: the platform's `serve`) starts in a process of its own, and a load generator in
 * another process (bench/lib/load-generator.ts) calls it over loopback with the given number of keep-alive
 * connections, one query mix at a time for the given number of seconds: /api/health first (the baseline), then
 * every kind of request the catalogue page sends (free text, prefixes as people type, typos, each filter alone, the
 * filters together, distance from an address, sorting, paging, the category counts, the map markers, the activity
 * page). Prints per mix throughput, p50/p95/p99 latency and the throughput as a ratio to the baseline.
 *
 * --cpu-prof DIR runs the server with `node --cpu-prof` and prints where its CPU time went (self time by function
 * and by file). --explain FILE writes EXPLAIN (ANALYZE, BUFFERS) of every statement of one request of each mix,
 * after the load, on the same database. PostgreSQL uses DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres
 * (a scratch database is made and dropped; with --keep it is left in place and its name printed).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { CompiledQuery, sql } from 'kysely';
import pg from 'pg';
import { loadDemo } from '../src/cli/demo.ts';
import { loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { DEMO_KOMMUNENUMMER } from '../src/demo/generate.ts';
import { buildApp } from '../src/http/app.ts';
import { summariseCpuProfile } from './lib/cpu-profile.ts';
import { type ServerProcess, startServerProcess } from './lib/server-process.ts';
import { statementRecorder } from './lib/statement-recorder.ts';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: 'national' },
    activities: { type: 'string', default: '100000' },
    providers: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    database: { type: 'string' },
    'cpu-prof': { type: 'string' },
    explain: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const ACTIVITIES = Number(args.activities);
const PROVIDERS = Number(args.providers);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);

interface MunicipalityRow {
  kommunenummer: string;
  name: string;
  population_6_18: string;
}

const municipalities = parse(
  readFileSync(new URL('../../shared/data/municipalities_2024.csv', import.meta.url), 'utf8'),
  { columns: true, skip_empty_lines: true },
) as MunicipalityRow[];

const TITLES = [
  'Fotball gutter',
  'Fotball jenter',
  'Håndball',
  'Svømmekurs',
  'Turn og trampett',
  'Klatring',
  'Barnekor',
  'Kulturskolen gitar',
  'Teater for barn',
  'Speidermøte',
  'Friluftsgruppe',
  'Sjakk-klubb',
  'Koding for barn',
  'Leksehjelp og lek',
  'Dans hiphop',
  'Ski og skiskyting',
  'Judo',
  'Tegning og maling',
  'Ungdomsklubb',
  'Korps',
];
const CATEGORIES = [
  'sport',
  'sport',
  'sport',
  'sport',
  'sport',
  'sport',
  'art_culture',
  'art_culture',
  'art_culture',
  'nature_outdoor',
  'nature_outdoor',
  'interest_organisation',
  'interest_organisation',
  'recreation_social',
  'art_culture',
  'sport',
  'sport',
  'art_culture',
  'recreation_social',
  'art_culture',
];

/** Builds the national catalogue; returns the largest municipality and all of them. */
async function buildNational(database: Database): Promise<{ biggest: string; kommunenummer: string[] }> {
  const db = database.db;
  const total = municipalities.reduce((s, m) => s + Number(m.population_6_18), 0);
  // Municipalities with a made-up centre inside Norway (the data has no coordinates); deterministic.
  await db
    .insertInto('municipality')
    .values(municipalities.map((m) => ({ kommunenummer: m.kommunenummer, name: m.name })))
    .execute();
  await sql`create temporary table bench_share (kommunenummer char(4), share double precision, lat double precision, lon double precision)`.execute(
    db,
  );
  await db
    .insertInto('bench_share' as never)
    .values(
      municipalities.map((m, i) => ({
        kommunenummer: m.kommunenummer,
        share: Number(m.population_6_18) / total,
        lat: 58.2 + (((i * 7919) % 1000) / 1000) * 10.5,
        lon: 5.5 + (((i * 104729) % 1000) / 1000) * 20,
      })) as never,
    )
    .execute();
  await sql`
    insert into neighbourhood (municipality_id, name, latitude, longitude)
    select m.id, 'Område ' || g, s.lat + (g - 3) * 0.01, s.lon + (g - 3) * 0.02
      from municipality m join bench_share s using (kommunenummer), generate_series(1, 6) g`.execute(db);
  await sql`
    insert into provider (municipality_id, name, kind, status, description, email)
    select m.id, 'Lag ' || m.kommunenummer || '-' || g, 'voluntary', 'approved',
           'Idrettslag og forening for barn og unge.', 'post' || g || '@lag.example'
      from municipality m join bench_share s using (kommunenummer),
           generate_series(1, greatest(1, round(${PROVIDERS} * s.share)::int)) g`.execute(db);
  const perProvider = Math.max(1, Math.round(ACTIVITIES / PROVIDERS));
  await sql`
    insert into activity (municipality_id, provider_id, category, title, description, min_age, max_age,
                          season_start, season_end, schedule, weekdays, price_ore, latitude, longitude,
                          neighbourhood_id, languages, adapted, free_trial, status, contact_email)
    select p.municipality_id, p.id,
           (${CATEGORIES}::text[])[1 + (h % 20)],
           (${TITLES}::text[])[1 + (h % 20)] || ' ' || (6 + (h % 11)) || ' år',
           'Trening og aktivitet hver uke med erfarne trenere. Alle kan være med, uansett nivå.',
           6 + (h % 11), least(18, 6 + (h % 11) + (h % 4)),
           date '2026-08-17', date '2099-06-15',
           jsonb_build_array(jsonb_build_object('weekday', 1 + (h % 7), 'start', '17:00', 'end', '18:00')),
           array[1 + (h % 7)]::smallint[],
           case when h % 5 = 0 then 0 else (h % 30) * 10000 end,
           n.latitude + ((h % 100) - 50) * 0.0005, n.longitude + ((h / 100 % 100) - 50) * 0.001,
           n.id, case when h % 9 = 0 then array['nb', 'en'] else array['nb'] end,
           h % 13 = 0, h % 3 = 0, 'published', 'kontakt@lag.example'
      from (select p.*, abs(hashtext(p.id::text || g::text)) as h, g
              from provider p, generate_series(1, ${perProvider}) g) p
      join lateral (select * from neighbourhood n
                     where n.municipality_id = p.municipality_id
                     order by n.name offset (p.h % 6) limit 1) n on true`.execute(db);
  const biggest = [...municipalities].sort((a, b) => Number(b.population_6_18) - Number(a.population_6_18))[0];
  return { biggest: biggest?.kommunenummer ?? '0301', kommunenummer: municipalities.map((m) => m.kommunenummer) };
}

interface Stats {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** What the request mixes are made from: municipalities, neighbourhoods (with a point) and activities. */
interface World {
  biggest: string;
  kommunenummer: string[];
  hoods: Map<string, { id: string; latitude: number; longitude: number }[]>;
  activityIds: string[];
  providers: number;
  activities: number;
}

async function describeWorld(database: Database, biggest: string, kommunenummer: string[]): Promise<World> {
  const counts = await sql<{ providers: number; activities: number }>`
      select (select count(*)::int from provider) as providers,
             (select count(*)::int from activity where status = 'published') as activities`.execute(database.db);
  const ids = await sql<{ id: string }>`
      select a.id from activity a join municipality m on m.id = a.municipality_id
       where m.kommunenummer = ${biggest} and a.status = 'published' order by a.id limit 500`.execute(database.db);
  const hoods = await sql<{ id: string; kommunenummer: string; latitude: number; longitude: number }>`
      select n.id, m.kommunenummer, n.latitude, n.longitude
        from neighbourhood n join municipality m on m.id = n.municipality_id
       where n.latitude is not null`.execute(database.db);
  const byMunicipality = new Map<string, { id: string; latitude: number; longitude: number }[]>();
  for (const h of hoods.rows) byMunicipality.set(h.kommunenummer, [...(byMunicipality.get(h.kommunenummer) ?? []), h]);
  return {
    biggest,
    kommunenummer,
    hoods: byMunicipality,
    activityIds: ids.rows.map((r) => r.id),
    providers: counts.rows[0]?.providers ?? 0,
    activities: counts.rows[0]?.activities ?? 0,
  };
}

const WORDS = ['fotball', 'svømming', 'klatring', 'korps', 'dans', 'sjakk', 'håndball', 'teater', 'koding', 'ski'];
const PREFIXES = ['fo', 'fotb', 'svø', 'svømm', 'kla', 'klatr', 'ko', 'kor', 'da', 'sja', 'hån', 'tea'];
const TYPOS = ['fotbal', 'fottball', 'svømning', 'klatering', 'korp', 'handball', 'teatre', 'sjak', 'kodin'];
const CATEGORY_CODES = ['sport', 'art_culture', 'nature_outdoor', 'interest_organisation', 'recreation_social'];

/** The query mixes: each a name and a generator of one request's path and query. */
function mixes(world: World): { name: string; path: () => string }[] {
  const municipality = () =>
    world.kommunenummer.length > 1 && random() < 0.5 ? pick(world.kommunenummer) : world.biggest;
  const search = (query: () => string) => () => {
    const k = municipality();
    return `/api/municipalities/${k}/activities?${query()}`;
  };
  const hoodOf = (k: string) => pick(world.hoods.get(k) ?? world.hoods.get(world.biggest) ?? []);
  const searchIn = (query: (k: string) => string) => () => {
    const k = municipality();
    return `/api/municipalities/${k}/activities?${query(k)}`;
  };
  return [
    { name: 'free text', path: search(() => `q=${encodeURIComponent(pick(WORDS))}`) },
    { name: 'prefix as typed', path: search(() => `q=${encodeURIComponent(pick(PREFIXES))}`) },
    { name: 'typo', path: search(() => `q=${encodeURIComponent(pick(TYPOS))}`) },
    { name: 'category', path: search(() => `category=${pick(CATEGORY_CODES)}`) },
    { name: 'age', path: search(() => `age=${between(6, 18)}`) },
    { name: 'neighbourhood', path: searchIn((k) => `neighbourhood=${hoodOf(k)?.id}&maxKm=${pick([1, 2, 5])}`) },
    { name: 'price', path: search(() => `maxPrice=${pick([50_000, 100_000, 200_000])}`) },
    { name: 'free', path: search(() => 'free=true') },
    { name: 'free trial', path: search(() => 'freeTrial=true') },
    { name: 'adapted', path: search(() => 'adapted=true') },
    { name: 'language', path: search(() => `language=${pick(['en', 'ar', 'uk', 'pl'])}`) },
    { name: 'weekday', path: search(() => `weekday=${between(1, 7)}&weekday=${between(1, 7)}`) },
    {
      name: 'filters together',
      path: searchIn(
        (k) =>
          `q=${encodeURIComponent(pick(WORDS))}&category=sport&age=${between(6, 16)}&freeTrial=true` +
          `&neighbourhood=${hoodOf(k)?.id}&maxKm=5&weekday=${between(1, 7)}&maxPrice=200000`,
      ),
    },
    {
      name: 'from an address',
      path: searchIn((k) => {
        const h = hoodOf(k);
        const lat = ((h?.latitude ?? 60) + (random() - 0.5) * 0.01).toFixed(5);
        const lon = ((h?.longitude ?? 10) + (random() - 0.5) * 0.02).toFixed(5);
        return `near=${lat},${lon}&maxKm=${pick([2, 5, 10])}&sort=distance`;
      }),
    },
    { name: 'sorting', path: search(() => `sort=${pick(['price', 'title', 'start'])}&age=${between(6, 18)}`) },
    { name: 'paging', path: search(() => `page=${between(2, 10)}`) },
    { name: 'category counts', path: search(() => 'pageSize=1') },
    {
      name: 'map markers',
      path: () => `/api/municipalities/${municipality()}/activities/map?category=${pick(CATEGORY_CODES)}`,
    },
    {
      name: 'activity page',
      path: () => `/api/municipalities/${world.biggest}/activities/${pick(world.activityIds)}`,
    },
  ];
}

const script = (name: string) => fileURLToPath(new URL(name, import.meta.url));

/** Runs the load generator in a process of its own and returns what it measured. */
function generateLoad(baseUrl: string, paths: string[], seconds: number): Stats {
  const plan = JSON.stringify({ baseUrl, paths, seconds, connections: CONNECTIONS });
  const child = spawnSync(process.execPath, ['--import', 'tsx', script('./lib/load-generator.ts'), plan], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`load generator failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as Stats;
}

/** Starts the server under test in a process of its own and resolves once it answers /api/ready. */
async function startServer(env: Record<string, string>, cpuProfDir?: string): Promise<ServerProcess> {
  return startServerProcess({ env, ...(cpuProfDir ? { cpuProfDir } : {}) });
}

/**
 * After the benchmark's bulk build (not one of the product's own bulk changes) the statistics come from whatever
 * keeps them in production: autovacuum, or the server's own pass soon after it starts when the database has no
 * autovacuum. Waits, up to a limit, until the catalogue tables have been analysed by either.
 */
async function waitForStatistics(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = Date.now();
    while (Date.now() - started < 180_000) {
      const { rows } = await client.query<{ waiting: number; auto: number }>(
        `select count(*) filter (where last_autoanalyze is null and last_analyze is null)::int as waiting,
                count(*) filter (where last_autoanalyze is not null)::int as auto
           from pg_stat_user_tables where relname in ('activity', 'provider', 'neighbourhood')`,
      );
      if ((rows[0]?.waiting ?? 1) === 0) {
        const by = (rows[0]?.auto ?? 0) > 0 ? 'autovacuum' : "the server's own pass";
        return `statistics by ${by} ${((Date.now() - started) / 1000).toFixed(0)} s after the server started`;
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
    return 'the catalogue tables were not analysed within 180 s: measured without statistics';
  } finally {
    await client.end();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement of one request of each mix, written to `file`. */
async function explainMixes(database: Database, world: World, file: string, label: string): Promise<void> {
  const recorder = statementRecorder(database);
  const traced: Database = { ...database, db: database.db.withPlugin(recorder.plugin) };
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), port: 0 };
  const app = await buildApp({ config, database: traced });
  const out: string[] = [`# ${label}`, ''];
  seed = 7;
  for (const mix of mixes(world)) {
    const path = mix.path();
    recorder.taken();
    const res = await app.inject({ method: 'GET', url: path });
    const statements = recorder.taken().filter((q) => /^\s*(select|with)\b/i.test(q.sql));
    out.push(`## ${mix.name}: GET ${path} -> ${res.statusCode}`, '');
    for (const statement of statements) {
      if (/from "?municipality"?\s+where "?kommunenummer"?/i.test(statement.sql)) continue;
      const plan = await database.db.executeQuery<Record<string, string>>(
        CompiledQuery.raw(`explain (analyze, buffers) ${statement.sql}`, [...statement.parameters]),
      );
      out.push(
        '```',
        statement.sql.replace(/\s+/g, ' ').slice(0, 400),
        '',
        ...plan.rows.map((r) => Object.values(r)[0] ?? ''),
        '```',
        '',
      );
    }
  }
  await app.close();
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, `${out.join('\n')}\n`, { flag: 'a' });
}

async function run(kind: 'pglite' | 'postgres'): Promise<void> {
  const size = args.size === 'demo' ? 'demo' : 'national';
  let env: Record<string, string>;
  let open: () => Promise<Database>;
  let cleanup: () => Promise<void>;
  if (kind === 'postgres') {
    const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `fk_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env = { DATABASE_URL: url.toString() };
    open = () => openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
    cleanup = async () => {
      if (args.keep) console.log(`  kept the database ${name}`);
      else await admin.query(`drop database ${name}`);
      await admin.end();
    };
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'fk-bench-'));
    env = { DATA_DIR: dataDir, DATABASE_URL: '' };
    open = () => openDatabase({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    cleanup = async () => {
      if (args.keep) console.log(`  kept ${dataDir}`);
      else rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const serverEnv = { ...env, NODE_ENV: 'test', LOG_LEVEL: 'warn' };
  try {
    const t0 = performance.now();
    let world: World;
    let statistics = '';
    {
      const database = await open();
      try {
        await migrate(database);
        if (size === 'demo') {
          const config = loadConfig({ ...process.env, ...serverEnv });
          await loadDemo(database, config, { onlyIfEmpty: true, log: () => undefined });
          world = await describeWorld(database, DEMO_KOMMUNENUMMER, [DEMO_KOMMUNENUMMER]);
          statistics = 'statistics as the demo load leaves them';
        } else {
          const built = await buildNational(database);
          world = await describeWorld(database, built.biggest, built.kommunenummer);
          statistics = "statistics by the server's own pass soon after it starts (PGlite has no autovacuum)";
        }
      } finally {
        await database.close();
      }
    }
    const built = (performance.now() - t0) / 1000;
    const profileDir = args['cpu-prof'] ? join(args['cpu-prof'], `${size}-${kind}`) : undefined;
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
    const server = await startServer(serverEnv, profileDir);
    const results: { name: string; stats: Stats }[] = [];
    try {
      if (kind === 'postgres' && size === 'national') statistics = await waitForStatistics(env.DATABASE_URL as string);
      seed = 42;
      const all = mixes(world);
      const pathsOf = (mix: { path: () => string }) => Array.from({ length: 400 }, () => mix.path());
      // Warm up the JIT, the connection pool and the caches with every mix once.
      generateLoad(server.url, ['/api/health'], 1);
      generateLoad(
        server.url,
        all.flatMap((m) => pathsOf(m).slice(0, 20)),
        2,
      );
      results.push({ name: 'baseline /api/health', stats: generateLoad(server.url, ['/api/health'], SECONDS) });
      for (const mix of all) results.push({ name: mix.name, stats: generateLoad(server.url, pathsOf(mix), SECONDS) });
    } finally {
      await server.stop();
    }

    const baseline = (results[0] as { stats: Stats }).stats;
    console.log(
      `\n${kind}, ${size}: ${world.providers} providers, ${world.activities} published activities in ${world.kommunenummer.length} municipalities, built in ${built.toFixed(1)} s; ${statistics}`,
    );
    console.log(
      `  server and load generator in processes of their own; ${CONNECTIONS} connections, ${SECONDS} s a mix`,
    );
    console.log(
      `  ${'mix'.padEnd(21)} ${'req/s'.padStart(7)} ${'x health'.padStart(9)}   ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}   errors`,
    );
    for (const { name, stats } of results) {
      console.log(
        `  ${name.padEnd(21)} ${stats.perSecond.toFixed(0).padStart(7)} ${(stats.perSecond / baseline.perSecond).toFixed(3).padStart(9)}   ${stats.p50.toFixed(1).padStart(7)} ${stats.p95.toFixed(1).padStart(7)} ${stats.p99.toFixed(1).padStart(7)}   ${stats.errors}/${stats.requests}`,
      );
    }
    if (profileDir) {
      const profile = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
      if (profile) {
        console.log(`\n  CPU profile of the server under load (${join(profileDir, profile)}):`);
        for (const line of summariseCpuProfile(readFileSync(join(profileDir, profile), 'utf8'), 20))
          console.log(`  ${line}`);
      }
    }
    if (args.explain) {
      const database = await open();
      try {
        await explainMixes(database, world, args.explain, `${kind}, ${size}: ${world.activities} activities`);
        console.log(`  query plans of each mix written to ${args.explain}`);
      } finally {
        await database.close();
      }
    }
  } finally {
    await cleanup();
  }
}

const databases = args.database ?? (args.size === 'demo' ? 'pglite' : 'postgres');
const kinds = databases === 'both' ? (['postgres', 'pglite'] as const) : [databases as 'pglite' | 'postgres'];
for (const kind of kinds) await run(kind);
