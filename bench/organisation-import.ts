/**
 * Organisation import benchmark.
 *
 *   node --import tsx bench/organisation-import.ts [--entities 1000000] [--batch-size 5000] [--keep]
 *
 * Writes a bulk file of N invented entities in the shape of Enhetsregisteret's bulk download (a gzip-compressed
 * JSON array; the real one holds about 1.1 million entities), then measures, each in its own process so that peak
 * memory is its own:
 *   baseline   stream the file and read every entity (gunzip, JSON streaming, parseEntity; no database);
 *   pglite     the import into an embedded PGlite database on disk, then the same file again (no changes),
 *              then a few name searches on the full table;
 *   postgres   the same on the PostgreSQL server, when DATABASE_URL is set (a scratch database is created and dropped).
 * Figures are printed as ratios to the baseline measured in the same run: elapsed time, entities per second and
 * peak resident memory. Memory is also sampled at each quarter of the file to show that it stays flat.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { readBulkFile } from '../src/integrations/enhetsregisteret/bulk.ts';
import { syntheticEntities, writeBulkFile } from '../src/integrations/enhetsregisteret/write-bulk.ts';
import { createOrganisationService } from '../src/modules/organisations/service.ts';
import { createOrganisationStore } from '../src/modules/organisations/store.ts';

interface PhaseResult {
  phase: string;
  entities: number;
  elapsedMs: number;
  maxRssMb: number;
  rssAtQuarterMb?: number[];
  second?: { elapsedMs: number; updated: number; inserted: number; unchanged: number };
  report?: Record<string, number>;
  searchMs?: number[];
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1_048_576);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

/** The bulk reader of the file, with a memory sample at each quarter of the (compressed) file. */
function sampledReader(file: string, samples: number[]) {
  const size = statSync(file).size;
  let nextQuarter = 1;
  const entities = readBulkFile(file);
  return {
    entities,
    tick() {
      while (nextQuarter <= 4 && entities.bytesRead >= (size * nextQuarter) / 4) {
        nextQuarter++;
        samples.push(rssMb());
      }
    },
  };
}

async function phaseWrite(file: string, count: number): Promise<PhaseResult> {
  const started = Date.now();
  const written = await writeBulkFile(file, syntheticEntities(count));
  return { phase: 'write', entities: written, elapsedMs: Date.now() - started, maxRssMb: peakRssMb() };
}

async function phaseBaseline(file: string): Promise<PhaseResult> {
  const samples: number[] = [];
  const started = Date.now();
  const reader = sampledReader(file, samples);
  let count = 0;
  let accepted = 0;
  for await (const item of reader.entities) {
    count++;
    if (item.ok) accepted++;
    if (count % 5_000 === 0) reader.tick();
  }
  reader.tick();
  if (accepted === 0) throw new Error('no entity could be read');
  return {
    phase: 'baseline',
    entities: count,
    elapsedMs: Date.now() - started,
    maxRssMb: peakRssMb(),
    rssAtQuarterMb: samples,
  };
}

async function importInto(database: Database, phase: string, file: string, batchSize: number): Promise<PhaseResult> {
  await migrate(database);
  const organisations = createOrganisationService({ store: createOrganisationStore(database.db) });
  const samples: number[] = [];
  const run = async () => {
    const reader = sampledReader(file, samples);
    const started = Date.now();
    const report = await organisations.importBulk(reader.entities, { batchSize, onProgress: () => reader.tick() });
    return { elapsedMs: Date.now() - started, report };
  };
  const first = await run();
  const firstSamples = [...samples];
  const second = await run();
  // Name searches as the registration form's autocomplete makes them, on the full table.
  const searchMs: number[] = [];
  for (const query of ['drammen idrettslag', 'sjakkl', 'bergen kino 1234', 'trondhiem turlag', 'il']) {
    const started = performance.now();
    await organisations.search(query, { limit: 10 });
    searchMs.push(Math.round((performance.now() - started) * 10) / 10);
  }
  const { rejected: _rejected, ...counts } = first.report;
  return {
    phase,
    entities: first.report.read,
    elapsedMs: first.elapsedMs,
    maxRssMb: peakRssMb(),
    rssAtQuarterMb: firstSamples,
    second: {
      elapsedMs: second.elapsedMs,
      updated: second.report.updated,
      inserted: second.report.inserted,
      unchanged: second.report.unchanged,
    },
    report: counts,
    searchMs,
  };
}

async function phasePglite(file: string, dir: string, batchSize: number): Promise<PhaseResult> {
  const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'pglite') });
  try {
    return await importInto(database, 'pglite', file, batchSize);
  } finally {
    await database.close();
  }
}

async function phasePostgres(file: string, url: string, batchSize: number): Promise<PhaseResult> {
  const name = `fk_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const database = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 2 });
    try {
      return await importInto(database, 'postgres', file, batchSize);
    } finally {
      await database.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
  }
}

/** Runs one phase in a fresh process and returns its result. */
function runPhase(args: string[]): PhaseResult {
  const self = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', self, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`phase ${args.join(' ')} failed (exit ${child.status})`);
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as PhaseResult;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main() {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '1000000' },
      'batch-size': { type: 'string', default: '5000' },
      keep: { type: 'boolean', default: false },
      phase: { type: 'string' },
      file: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const batchSize = Number(values['batch-size']);
  const count = Number(values.entities);
  if (!Number.isInteger(count) || count < 10) throw new Error('--entities must be a whole number, 10 or more');
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('--batch-size must be a whole number');

  // Inside a phase process: do the one thing and print its result as the last line.
  if (values.phase) {
    const file = values.file as string;
    let result: PhaseResult;
    if (values.phase === 'write') result = await phaseWrite(file, count);
    else if (values.phase === 'baseline') result = await phaseBaseline(file);
    else if (values.phase === 'pglite') result = await phasePglite(file, values.dir as string, batchSize);
    else result = await phasePostgres(file, process.env.DATABASE_URL as string, batchSize);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'organisation-bench-'));
  const file = join(dir, 'enheter_alle.json.gz');
  try {
    console.log(`Organisation import benchmark: ${fmt(count)} entities, batches of ${fmt(batchSize)}`);
    const write = runPhase(['--phase', 'write', '--file', file, '--entities', String(count)]);
    const size = statSync(file).size;
    console.log(
      `bulk file: ${fmt(write.entities)} entities, ${fmt(size / 1_048_576, 1)} MB gzip, written in ${fmt(write.elapsedMs / 1000, 1)} s`,
    );
    const results = [runPhase(['--phase', 'baseline', '--file', file])];
    results.push(runPhase(['--phase', 'pglite', '--file', file, '--dir', dir, '--batch-size', String(batchSize)]));
    if (process.env.DATABASE_URL) {
      results.push(runPhase(['--phase', 'postgres', '--file', file, '--batch-size', String(batchSize)]));
    } else {
      console.log('(DATABASE_URL is not set: PostgreSQL server skipped)');
    }
    const base = results[0] as PhaseResult;
    const baseRate = base.entities / (base.elapsedMs / 1000);
    console.log('');
    console.log(
      'phase      elapsed s   x base   entities/s  x base   peak RSS MB  x base   RSS at 1/4, 1/2, 3/4, end (MB)',
    );
    for (const r of results) {
      const rate = r.entities / (r.elapsedMs / 1000);
      console.log(
        [
          r.phase.padEnd(9),
          fmt(r.elapsedMs / 1000, 1).padStart(10),
          fmt(r.elapsedMs / base.elapsedMs, 1).padStart(8),
          fmt(rate).padStart(11),
          fmt(rate / baseRate, 3).padStart(9),
          fmt(r.maxRssMb).padStart(12),
          fmt(r.maxRssMb / base.maxRssMb, 1).padStart(7),
          `   ${(r.rssAtQuarterMb ?? []).join(', ')}`,
        ].join(' '),
      );
    }
    for (const r of results.slice(1)) {
      if (!r.second || !r.report) continue;
      console.log(
        `${r.phase}: first run inserted ${fmt(r.report.inserted ?? 0)} organisations; same file again: ` +
          `${fmt(r.second.elapsedMs / 1000, 1)} s (${fmt(r.entities / (r.second.elapsedMs / 1000))} entities/s, ` +
          `${fmt(r.second.elapsedMs / base.elapsedMs, 1)} x base), ${r.second.inserted} new, ${r.second.updated} changed, ` +
          `${fmt(r.second.unchanged)} unchanged; name searches on the full table: ${(r.searchMs ?? []).join(', ')} ms`,
      );
    }
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
