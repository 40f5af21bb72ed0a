/**
 * Population import benchmark.
 *
 *   node --import tsx bench/population-import.ts [--people 100000] [--batch-size 2000] [--keep]
 *
 * Writes a population extract of about N people (demo children and their guardians) to a temporary file, then
 * measures, each in its own process so that peak memory is its own:
 *   baseline   read the file line by line and JSON-parse every line (no database);
 *   pglite     a full import into an embedded PGlite database on disk, then the same file again (no changes);
 *   postgres   the same on the PostgreSQL server, when DATABASE_URL is set (a scratch database is created and dropped).
 * Figures are printed as ratios to the baseline measured in the same run: elapsed time, rows per second and peak
 * resident memory. Memory is also sampled at each quarter of the file to show that it stays flat.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { PiiKeys } from '../src/config.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { DEMO_KOMMUNENUMMER, generateDemoMunicipality } from '../src/demo/generate.ts';
import { extractFileLines } from '../src/integrations/folkeregisteret/extract-file.ts';
import { writeDemoExtract } from '../src/integrations/folkeregisteret/write-extract.ts';
import { createMunicipalityService } from '../src/modules/municipalities/service.ts';
import { createMunicipalityStore } from '../src/modules/municipalities/store.ts';
import { peopleServiceFor } from '../src/modules/people/service.ts';

const KEYS: PiiKeys = { lookupKey: Buffer.alloc(32, 1), encryptionKey: Buffer.alloc(32, 2) };
/** People per demo child (the child plus a share of its guardians), measured on the generator. */
const PEOPLE_PER_CHILD = 2.018;

interface PhaseResult {
  phase: string;
  lines: number;
  elapsedMs: number;
  maxRssMb: number;
  rssAtQuarterMb?: number[];
  second?: { elapsedMs: number; updated: number; inserted: number };
  report?: Record<string, number>;
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1_048_576);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

function lineReader(file: string, onQuarter?: () => void) {
  const size = statSync(file).size;
  let nextQuarter = 1;
  const lines = extractFileLines(file);
  return {
    lines,
    tick() {
      if (onQuarter && lines.bytesRead >= (size * nextQuarter) / 4) {
        nextQuarter++;
        onQuarter();
      }
    },
  };
}

async function phaseWrite(file: string, people: number): Promise<PhaseResult> {
  const started = Date.now();
  const children = Math.max(1, Math.round(people / PEOPLE_PER_CHILD));
  const data = generateDemoMunicipality({ seed: 20260801, children, providers: 0, activities: 0 });
  const written = await writeDemoExtract(data, file);
  return { phase: 'write', lines: written.lines, elapsedMs: Date.now() - started, maxRssMb: peakRssMb() };
}

async function phaseBaseline(file: string): Promise<PhaseResult> {
  const samples: number[] = [];
  const started = Date.now();
  const reader = lineReader(file, () => samples.push(rssMb()));
  let lines = 0;
  let fields = 0;
  for await (const line of reader.lines) {
    lines++;
    const document = JSON.parse(line) as Record<string, unknown>;
    fields += Object.keys(document).length;
    reader.tick();
  }
  if (fields === 0) throw new Error('empty extract');
  return { phase: 'baseline', lines, elapsedMs: Date.now() - started, maxRssMb: peakRssMb(), rssAtQuarterMb: samples };
}

async function importInto(database: Database, phase: string, file: string, batchSize: number): Promise<PhaseResult> {
  await migrate(database);
  const municipalities = createMunicipalityService(createMunicipalityStore(database.db));
  await municipalities.registerMunicipality({ kommunenummer: DEMO_KOMMUNENUMMER, name: 'Fjordvik' });
  const people = peopleServiceFor(database, KEYS, municipalities);

  const samples: number[] = [];
  const run = async () => {
    const reader = lineReader(file, () => samples.push(rssMb()));
    const started = Date.now();
    const result = await people.importPopulation(reader.lines, {
      kommunenummer: DEMO_KOMMUNENUMMER,
      mode: 'full',
      batchSize,
      startedBy: 'bench',
      onProgress: () => reader.tick(),
    });
    if (!result.ok) throw new Error(`import failed: ${result.error}`);
    return { elapsedMs: Date.now() - started, report: result.report };
  };
  const first = await run();
  const firstSamples = [...samples];
  const second = await run();
  const { rejected: _rejected, importId: _id, kommunenummer: _k, mode: _m, ...counts } = first.report;
  return {
    phase,
    lines: first.report.lines,
    elapsedMs: first.elapsedMs,
    maxRssMb: peakRssMb(),
    rssAtQuarterMb: firstSamples,
    second: { elapsedMs: second.elapsedMs, updated: second.report.updated, inserted: second.report.inserted },
    report: counts,
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
  const child = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', self, ...args], {
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
      people: { type: 'string', default: '100000' },
      'batch-size': { type: 'string', default: '2000' },
      keep: { type: 'boolean', default: false },
      phase: { type: 'string' },
      file: { type: 'string' },
      dir: { type: 'string' },
    },
  });
  const batchSize = Number(values['batch-size']);
  const people = Number(values.people);
  if (!Number.isInteger(people) || people < 10) throw new Error('--people must be a whole number, 10 or more');

  // Inside a phase process: do the one thing and print its result as the last line.
  if (values.phase) {
    const file = values.file as string;
    let result: PhaseResult;
    if (values.phase === 'write') result = await phaseWrite(file, people);
    else if (values.phase === 'baseline') result = await phaseBaseline(file);
    else if (values.phase === 'pglite') result = await phasePglite(file, values.dir as string, batchSize);
    else result = await phasePostgres(file, process.env.DATABASE_URL as string, batchSize);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'population-bench-'));
  const file = join(dir, 'extract.jsonl');
  try {
    console.log(`Population import benchmark: about ${fmt(people)} people, batches of ${fmt(batchSize)}`);
    const write = runPhase(['--phase', 'write', '--file', file, '--people', String(people)]);
    const size = statSync(file).size;
    console.log(
      `extract: ${fmt(write.lines)} lines, ${fmt(size / 1_048_576, 1)} MB, written in ${fmt(write.elapsedMs / 1000, 1)} s`,
    );
    const results = [runPhase(['--phase', 'baseline', '--file', file])];
    results.push(runPhase(['--phase', 'pglite', '--file', file, '--dir', dir, '--batch-size', String(batchSize)]));
    if (process.env.DATABASE_URL) {
      results.push(runPhase(['--phase', 'postgres', '--file', file, '--batch-size', String(batchSize)]));
    } else {
      console.log('(DATABASE_URL is not set: PostgreSQL server skipped)');
    }
    const base = results[0] as PhaseResult;
    const baseRate = base.lines / (base.elapsedMs / 1000);
    console.log('');
    console.log(
      'phase      elapsed s   x base   rows/s     x base   peak RSS MB  x base   RSS at 1/4, 1/2, 3/4, end (MB)',
    );
    for (const r of results) {
      const rate = r.lines / (r.elapsedMs / 1000);
      console.log(
        [
          r.phase.padEnd(9),
          fmt(r.elapsedMs / 1000, 1).padStart(10),
          fmt(r.elapsedMs / base.elapsedMs, 1).padStart(8),
          fmt(rate).padStart(9),
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
        `${r.phase}: first run inserted ${fmt(r.report.inserted ?? 0)} people and ${fmt(r.report.guardianshipsAdded ?? 0)} guardianships; ` +
          `same file again: ${fmt(r.second.elapsedMs / 1000, 1)} s (${fmt(r.lines / (r.second.elapsedMs / 1000))} rows/s, ` +
          `${fmt(r.second.elapsedMs / base.elapsedMs, 1)} x base), ${r.second.updated} changed, ${r.second.inserted} new`,
      );
    }
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

await main();
