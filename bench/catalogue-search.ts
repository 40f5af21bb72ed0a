/**
 * Catalogue search benchmark on a national-size catalogue.
 *
 *   node --import tsx bench/catalogue-search.ts [--activities 100000] [--providers 20000] [--seconds 10]
 *        [--connections 8] [--database pglite|postgres|both] [--keep]
 *
 * Builds all 357 municipalities (2024 structure, real 6–18 populations from ../shared/data) and spreads the
 * providers and activities over them by their number of children, set-based in SQL. Then starts the real HTTP
 * server and, with the given number of concurrent connections for the given time, calls:
 *   baseline   GET /api/health (a trivial endpoint of the same server),
 *   search     a mix of family searches (free text, category, age, distance, free trial, weekday, price, paging)
 *              in the largest municipality and in random others,
 *   page       one activity's page.
 * Prints throughput and p50/p95/p99 latency for each, and search and page as ratios to the baseline.
 * PostgreSQL uses DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres (a scratch database is made and dropped;
 * with --keep it is left in place and its name printed, to study query plans on it).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { buildApp } from '../src/http/app.ts';

const { values: args } = parseArgs({
  options: {
    activities: { type: 'string', default: '100000' },
    providers: { type: 'string', default: '20000' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    database: { type: 'string', default: 'both' },
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

async function build(database: Database): Promise<{ biggest: string; kommunenummer: string[] }> {
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
  await sql`analyze`.execute(db);
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

async function load(baseUrl: string, nextPath: () => string): Promise<Stats> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const res = await fetch(`${baseUrl}${nextPath()}`);
        await res.arrayBuffer();
        if (!res.ok) errors++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
  };
}

let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

async function run(kind: 'pglite' | 'postgres'): Promise<void> {
  let database: Database;
  let cleanup: () => Promise<void>;
  let dataDir: string | undefined;
  if (kind === 'postgres') {
    const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `fk_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ kind: 'postgres', url: url.toString() });
    cleanup = async () => {
      await database.close();
      if (args.keep) console.log(`  kept the database ${name}`);
      else await admin.query(`drop database ${name}`);
      await admin.end();
    };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'fk-bench-'));
    database = await openDatabase({ kind: 'pglite', dataDir });
    cleanup = async () => {
      await database.close();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    };
  }
  try {
    await migrate(database);
    const t0 = performance.now();
    const world = await build(database);
    const counts = await sql<{ providers: number; activities: number }>`
      select (select count(*)::int from provider) as providers, (select count(*)::int from activity) as activities`.execute(
      database.db,
    );
    const built = (performance.now() - t0) / 1000;
    const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), port: 0 };
    const app = await buildApp({ config, database });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const biggestActivities = await sql<{ n: number; id: string }>`
      select count(*) over ()::int as n, a.id from activity a join municipality m on m.id = a.municipality_id
       where m.kommunenummer = ${world.biggest} limit 200`.execute(database.db);
    const activityIds = biggestActivities.rows.map((r) => r.id);
    const hoods = await sql<{ id: string; kommunenummer: string }>`
      select n.id, m.kommunenummer from neighbourhood n join municipality m on m.id = n.municipality_id`.execute(
      database.db,
    );
    const hoodsOf = new Map<string, string[]>();
    for (const h of hoods.rows) hoodsOf.set(h.kommunenummer, [...(hoodsOf.get(h.kommunenummer) ?? []), h.id]);

    const searches = [
      () => 'q=fotball',
      () => `q=fotball&age=${6 + Math.floor(random() * 10)}`,
      () => `category=sport&age=9&freeTrial=true`,
      () => 'q=kor&category=art_culture',
      () => `age=${6 + Math.floor(random() * 12)}&sort=price&page=${1 + Math.floor(random() * 5)}`,
      () => 'free=true&weekday=2&weekday=4',
      () => 'maxPrice=100000&language=en',
      (k: string) => `neighbourhood=${pick(hoodsOf.get(k) ?? [])}&maxKm=2&q=fotball&age=9&freeTrial=true`,
      (k: string) => `neighbourhood=${pick(hoodsOf.get(k) ?? [])}&maxKm=5&sort=distance`,
      () => 'q=svømme&adapted=true',
    ];
    const searchPath = () => {
      const k = random() < 0.5 ? world.biggest : pick(world.kommunenummer);
      return `/api/municipalities/${k}/activities?${pick(searches)(k)}`;
    };
    // Warm up caches and the JIT.
    await load(baseUrl, () => '/api/health');
    await load(baseUrl, searchPath);

    const baseline = await load(baseUrl, () => '/api/health');
    const search = await load(baseUrl, searchPath);
    const page = await load(baseUrl, () => `/api/municipalities/${world.biggest}/activities/${pick(activityIds)}`);
    await app.close();

    const row = (label: string, s: Stats) =>
      `  ${label.padEnd(9)} ${s.perSecond.toFixed(0).padStart(7)} req/s   p50 ${s.p50.toFixed(1).padStart(7)} ms   p95 ${s.p95
        .toFixed(1)
        .padStart(7)} ms   p99 ${s.p99.toFixed(1).padStart(7)} ms   ${s.requests} requests, ${s.errors} errors`;
    const ratio = (s: Stats) =>
      `throughput ×${(s.perSecond / baseline.perSecond).toFixed(3)} of baseline, p95 ×${(s.p95 / baseline.p95).toFixed(1)}`;
    console.log(
      `\n${kind}: ${counts.rows[0]?.providers} providers, ${counts.rows[0]?.activities} activities in ${municipalities.length} municipalities (largest ${world.biggest}: ${biggestActivities.rows[0]?.n ?? 0} activities), built in ${built.toFixed(1)} s`,
    );
    console.log(`  ${CONNECTIONS} connections, ${SECONDS} s each`);
    console.log(row('baseline', baseline));
    console.log(row('search', search));
    console.log(row('page', page));
    console.log(`  search: ${ratio(search)}`);
    console.log(`  page:   ${ratio(page)}`);
  } finally {
    await cleanup();
  }
}

const kinds = args.database === 'both' ? (['postgres', 'pglite'] as const) : [args.database as 'pglite' | 'postgres'];
for (const kind of kinds) await run(kind);
