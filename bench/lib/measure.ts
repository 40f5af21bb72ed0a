/**
 * What the import benchmarks share: each phase runs in a fresh process of the benchmark script so that its peak
 * resident memory is its own, memory is sampled at each quarter of the input file, and the figures are printed as
 * ratios to the baseline phase of the same run.
 *
 * The phases of a benchmark: `write` (the input file), `baseline` (reading the file without a database), then
 * `pglite` and, when DATABASE_URL is set, `postgres` (the import into each database).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { inPglite, inScratchPostgres } from './scratch-databases.ts';

export interface PhaseResult {
  phase: string;
  /** Items read: lines of a population extract, entities of a bulk file. */
  count: number;
  elapsedMs: number;
  maxRssMb: number;
  /** Resident memory when a quarter, half, three quarters and all of the file had been read. */
  rssAtQuarterMb?: number[];
  /** The import of the same file a second time. */
  second?: { elapsedMs: number };
}

export const rssMb = () => Math.round(process.memoryUsage().rss / 1_048_576);
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * Samples resident memory into `samples` at each quarter of the file as its reader gets there; returns the
 * function to call as reading goes on.
 */
function quarterSampler(file: string, reader: { readonly bytesRead: number }, samples: number[]): () => void {
  const size = statSync(file).size;
  let nextQuarter = 1;
  return () => {
    while (nextQuarter <= 4 && reader.bytesRead >= (size * nextQuarter) / 4) {
      nextQuarter++;
      samples.push(rssMb());
    }
  };
}

/** The first of two imports of the same file (the second changes nothing), and the time the second took. */
export interface ImportRuns<R> {
  measured: Omit<PhaseResult, 'maxRssMb'> & { second: { elapsedMs: number } };
  first: R;
  second: R;
}

/**
 * Imports the file twice, timing each run and sampling memory at each quarter of the file during the first.
 * `open` gives a fresh reader of the file, `importFrom` imports what it reads and calls `onProgress` as it goes,
 * `count` gives the items read from an import's report.
 */
export async function importTwice<S extends { readonly bytesRead: number }, R>(
  phase: string,
  file: string,
  open: (file: string) => S,
  importFrom: (source: S, onProgress: () => void) => Promise<R>,
  count: (report: R) => number,
  again = true,
): Promise<ImportRuns<R>> {
  const once = async (samples: number[]) => {
    const source = open(file);
    const tick = quarterSampler(file, source, samples);
    const started = Date.now();
    const report = await importFrom(source, tick);
    return { elapsedMs: Date.now() - started, report };
  };
  const samples: number[] = [];
  const first = await once(samples);
  const second = again ? await once([]) : { elapsedMs: 0, report: first.report };
  return {
    measured: {
      phase,
      count: count(first.report),
      elapsedMs: first.elapsedMs,
      rssAtQuarterMb: samples,
      second: { elapsedMs: second.elapsedMs },
    },
    first: first.report,
    second: second.report,
  };
}

/**
 * The phases a benchmark measures, each in a process of its own: writing the input file of the size asked for,
 * reading it without a database, and importing it into a migrated database of each kind.
 */
export interface Phases<T extends PhaseResult> {
  write(file: string, size: number): Promise<PhaseResult>;
  baseline(file: string): Promise<PhaseResult>;
  /** `again`: import the same file a second time (only at the largest size of a run). */
  import(database: Database, phase: 'pglite' | 'postgres', file: string, batchSize: number, again: boolean): Promise<T>;
}

/**
 * The baseline phase: reads the file through with a fresh reader of it, timing it and sampling memory at each
 * quarter (checked every `tickEvery` items and at the end). `use` does what the import would do with an item short
 * of the database and tells whether it was of use; a file with no item of use is an error (`nothing`).
 */
export async function measureBaseline<I>(
  file: string,
  open: (file: string) => AsyncIterable<I> & { readonly bytesRead: number },
  baseline: { use(item: I): boolean; tickEvery: number; nothing: string },
): Promise<PhaseResult> {
  const samples: number[] = [];
  const started = Date.now();
  const source = open(file);
  const tick = quarterSampler(file, source, samples);
  let count = 0;
  let useful = 0;
  for await (const item of source) {
    count++;
    if (baseline.use(item)) useful++;
    if (count % baseline.tickEvery === 0) tick();
  }
  tick();
  if (useful === 0) throw new Error(baseline.nothing);
  return { phase: 'baseline', count, elapsedMs: Date.now() - started, maxRssMb: peakRssMb(), rssAtQuarterMb: samples };
}

export interface Benchmark<T extends PhaseResult> {
  /** The script's own `import.meta.url`: each phase runs in a fresh process of it. */
  script: string;
  /** The option giving the size of the input (`people`, `entities`), at least 10, and its default. */
  sizeOption: string;
  defaultSize: number;
  /**
   * The shares of the size measured in one run, smallest first (e.g. 1/10, 1/3, 1), each with its own file and
   * baseline, so that growth with size can be read off; default only the full size.
   */
  fractions?: readonly number[];
  defaultBatchSize: number;
  /** Prefix of the temporary directory, and the name of the input file in it. */
  tempPrefix: string;
  fileName: string;
  /** Options of the Node process each phase runs in. */
  nodeOptions?: string[];
  title(size: number, batchSize: number): string;
  /** What the input file holds (`extract: 2,022 lines, 2.7 MB`), given its item count and size in MB. */
  written(count: number, megabytes: string): string;
  /** The items of the rate column (`rows`, `entities`) and its width. */
  rate: { unit: string; width: number };
  phases: Phases<T>;
  /** A line on an import phase's second run of the same file, if it had one. */
  secondRun(result: T, base: T): string | undefined;
}

/**
 * Runs a benchmark script. With --phase it is a phase process: it runs the one phase and prints its result as the
 * last line. Without it writes the input file, measures the baseline and the import into PGlite and, when
 * DATABASE_URL is set, into PostgreSQL, each in a process of its own, and prints the figures.
 */
export async function runBenchmark<T extends PhaseResult>(benchmark: Benchmark<T>): Promise<void> {
  const { values } = parseArgs({
    options: {
      [benchmark.sizeOption]: { type: 'string', default: String(benchmark.defaultSize) },
      'batch-size': { type: 'string', default: String(benchmark.defaultBatchSize) },
      keep: { type: 'boolean', default: false },
      phase: { type: 'string' },
      file: { type: 'string' },
      dir: { type: 'string' },
      again: { type: 'boolean', default: false },
    },
  });
  const option = (name: string) => values[name] as string | undefined;
  const size = Number(option(benchmark.sizeOption));
  const batchSize = Number(option('batch-size'));
  if (!Number.isInteger(size) || size < 10) {
    throw new Error(`--${benchmark.sizeOption} must be a whole number, 10 or more`);
  }
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error('--batch-size must be a whole number');

  const phase = option('phase');
  if (phase) {
    const { phases } = benchmark;
    const file = option('file') as string;
    const importInto = async (database: Database, kind: 'pglite' | 'postgres') => {
      await migrate(database);
      return phases.import(database, kind, file, batchSize, values.again === true);
    };
    let result: PhaseResult;
    if (phase === 'write') result = await phases.write(file, size);
    else if (phase === 'baseline') result = await phases.baseline(file);
    else if (phase === 'pglite') {
      result = await inPglite(join(option('dir') as string, 'pglite'), (database) => importInto(database, 'pglite'));
    } else {
      result = await inScratchPostgres(process.env.DATABASE_URL as string, (database) =>
        importInto(database, 'postgres'),
      );
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }

  const run = (args: string[]) => runPhase<T>(benchmark.script, args, benchmark.nodeOptions);
  const fractions = benchmark.fractions ?? [1];
  const sizes = fractions.map((f) => Math.max(10, Math.round(size * f)));
  const dir = mkdtempSync(join(tmpdir(), benchmark.tempPrefix));
  const growth: { size: number; results: T[] }[] = [];
  try {
    console.log(benchmark.title(size, batchSize));
    if (sizes.length > 1) console.log(`sizes: ${sizes.map((n) => fmt(n)).join(', ')} (each with its own baseline)`);
    for (const [index, n] of sizes.entries()) {
      const largest = index === sizes.length - 1;
      const sizeDir = join(dir, `size-${n}`);
      mkdirSync(sizeDir);
      const file = join(sizeDir, benchmark.fileName);
      const write = run(['--phase', 'write', '--file', file, `--${benchmark.sizeOption}`, String(n)]);
      const megabytes = fmt(statSync(file).size / 1_048_576, 1);
      console.log('');
      console.log(`${benchmark.written(write.count, megabytes)}, written in ${fmt(write.elapsedMs / 1000, 1)} s`);
      const again = largest ? ['--again'] : [];
      const results = [run(['--phase', 'baseline', '--file', file])];
      results.push(
        run(['--phase', 'pglite', '--file', file, '--dir', sizeDir, '--batch-size', String(batchSize), ...again]),
      );
      if (process.env.DATABASE_URL) {
        results.push(run(['--phase', 'postgres', '--file', file, '--batch-size', String(batchSize), ...again]));
      } else if (index === 0) {
        console.log('(DATABASE_URL is not set: PostgreSQL server skipped)');
      }
      rmSync(sizeDir, { recursive: true, force: true });
      printPhaseTable(results, benchmark.rate.unit, benchmark.rate.width);
      const base = results[0] as T;
      for (const r of results.slice(1)) {
        const line = largest ? benchmark.secondRun(r, base) : undefined;
        if (line !== undefined) console.log(`${r.phase}: ${line}`);
      }
      growth.push({ size: write.count, results });
    }
    if (growth.length > 1) printGrowth(growth, benchmark.rate.unit);
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Growth with size: per phase, the rate at each size, its ratio to the baseline of the same size, and the time per
 * item as a multiple of that at the smallest size (1.0 throughout is linear growth), and peak memory.
 */
function printGrowth(growth: readonly { size: number; results: readonly PhaseResult[] }[], unit: string): void {
  console.log('');
  console.log(
    `growth     ${'size'.padStart(10)} ${`${unit}/s`.padStart(10)}   x base   time/${unit.replace(/s$/, '')} x smallest   peak RSS MB`,
  );
  const phaseNames = (growth[0]?.results ?? []).map((r) => r.phase);
  for (const name of phaseNames) {
    let first: number | undefined;
    for (const { size, results } of growth) {
      const r = results.find((x) => x.phase === name);
      const base = results[0];
      if (!r || !base) continue;
      const rate = r.count / (r.elapsedMs / 1000);
      const baseRate = base.count / (base.elapsedMs / 1000);
      const perItem = r.elapsedMs / r.count;
      first ??= perItem;
      console.log(
        [
          name.padEnd(9),
          fmt(size).padStart(11),
          fmt(rate).padStart(10),
          fmt(rate / baseRate, 3).padStart(8),
          fmt(perItem / first, 2).padStart(18),
          fmt(r.maxRssMb).padStart(13),
        ].join(' '),
      );
    }
  }
}

/** Runs one phase of the script in a fresh process and returns its result. */
function runPhase<T extends PhaseResult>(script: string, args: string[], nodeOptions: string[] = []): T {
  const child = spawnSync(process.execPath, [...nodeOptions, '--import', 'tsx', fileURLToPath(script), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`phase ${args.join(' ')} failed (exit ${child.status})`);
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as T;
}

/**
 * One line a phase: elapsed time, items per second and peak resident memory, each also as a ratio to the baseline
 * (the first result), and the memory samples. `unit` names the items in the rate column (`rows`, `entities`).
 */
function printPhaseTable(results: readonly PhaseResult[], unit: string, rateWidth: number): void {
  const base = results[0] as PhaseResult;
  const baseRate = base.count / (base.elapsedMs / 1000);
  console.log('');
  console.log(
    `phase      elapsed s   x base   ${`${unit}/s`.padEnd(rateWidth + 2)}x base   peak RSS MB  x base   ` +
      'RSS at 1/4, 1/2, 3/4, end (MB)',
  );
  for (const r of results) {
    const rate = r.count / (r.elapsedMs / 1000);
    console.log(
      [
        r.phase.padEnd(9),
        fmt(r.elapsedMs / 1000, 1).padStart(10),
        fmt(r.elapsedMs / base.elapsedMs, 1).padStart(8),
        fmt(rate).padStart(rateWidth),
        fmt(rate / baseRate, 3).padStart(9),
        fmt(r.maxRssMb).padStart(12),
        fmt(r.maxRssMb / base.maxRssMb, 1).padStart(7),
        `   ${(r.rssAtQuarterMb ?? []).join(', ')}`,
      ].join(' '),
    );
  }
}

/** The second import of the same file: its time, items per second and time as a ratio to the baseline. */
export function secondRunFigures(count: number, elapsedMs: number, base: PhaseResult, unit: string): string {
  return (
    `${fmt(elapsedMs / 1000, 1)} s (${fmt(count / (elapsedMs / 1000))} ${unit}/s, ` +
    `${fmt(elapsedMs / base.elapsedMs, 1)} x base)`
  );
}
