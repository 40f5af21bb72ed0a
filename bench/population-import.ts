/**
 * Population import benchmark.
 *
 *   node --import tsx bench/population-import.ts [--people 900000] [--batch-size 2000] [--keep]
 *
 * Measures three sizes in one run, 1/10, 1/3 and all of N people (demo children and their guardians), so that
 * growth with size shows. For each size it writes a population extract to a temporary file, then measures, each in
 * its own process so that peak memory is its own:
 *   baseline   read the file line by line and JSON-parse every line (no database);
 *   pglite     a full import into an embedded PGlite database on disk (at the full size, then the same file again,
 *              which changes nothing);
 *   postgres   the same on the PostgreSQL server, when DATABASE_URL is set (a scratch database is created and dropped).
 * Figures are printed as ratios to the baseline of the same size in the same run: elapsed time, rows per second and
 * peak resident memory; memory is also sampled at each quarter of the file. A last table gives, per phase and size,
 * rows per second, its ratio to the baseline, the time per row as a multiple of that at the smallest size (1.0 is
 * linear growth) and peak memory.
 */
import type { PiiKeys } from '../src/config.ts';
import { loadConfig } from '../src/config.ts';
import { DEMO_KOMMUNENUMMER, generateDemoMunicipality } from '../src/demo/generate.ts';
import { extractFileLines } from '../src/integrations/folkeregisteret/extract-file.ts';
import { writeDemoExtract } from '../src/integrations/folkeregisteret/write-extract.ts';
import { createMunicipalityService } from '../src/modules/municipalities/service.ts';
import { createMunicipalityStore } from '../src/modules/municipalities/store.ts';
import { createServices } from '../src/services.ts';
import type { PhaseResult, Phases } from './lib/measure.ts';
import { fmt, importTwice, measureBaseline, peakRssMb, runBenchmark, secondRunFigures } from './lib/measure.ts';

const KEYS: PiiKeys = { lookupKey: Buffer.alloc(32, 1), encryptionKey: Buffer.alloc(32, 2) };
/** People per demo child (the child plus a share of its guardians), measured on the generator. */
const PEOPLE_PER_CHILD = 2.018;

interface PopulationPhaseResult extends PhaseResult {
  second?: { elapsedMs: number; updated: number; inserted: number };
  report?: Record<string, number>;
}

const phases: Phases<PopulationPhaseResult> = {
  async write(file, people) {
    const started = Date.now();
    const children = Math.max(1, Math.round(people / PEOPLE_PER_CHILD));
    const data = generateDemoMunicipality({ seed: 20260801, children, providers: 0, activities: 0 });
    const written = await writeDemoExtract(data, file);
    return { phase: 'write', count: written.lines, elapsedMs: Date.now() - started, maxRssMb: peakRssMb() };
  },

  baseline: (file) =>
    measureBaseline(file, extractFileLines, {
      use: (line) => Object.keys(JSON.parse(line) as Record<string, unknown>).length > 0,
      tickEvery: 1,
      nothing: 'empty extract',
    }),

  async import(database, phase, file, batchSize, again) {
    const municipalities = createMunicipalityService(createMunicipalityStore(database.db));
    await municipalities.registerMunicipality({ kommunenummer: DEMO_KOMMUNENUMMER, name: 'Fjordvik' });
    const people = createServices(database, {
      ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      piiKeys: KEYS,
    }).population;
    const runs = await importTwice(
      phase,
      file,
      extractFileLines,
      async (lines, onProgress) => {
        const result = await people.importPopulation(lines, {
          kommunenummer: DEMO_KOMMUNENUMMER,
          mode: 'full',
          batchSize,
          startedBy: 'bench',
          onProgress,
        });
        if (!result.ok) throw new Error(`import failed: ${result.error}`);
        return result.report;
      },
      (report) => report.lines,
      again,
    );
    const { rejected: _rejected, importId: _id, kommunenummer: _k, mode: _m, ...counts } = runs.first;
    const { second: secondRun, ...measured } = runs.measured;
    return {
      ...measured,
      maxRssMb: peakRssMb(),
      ...(again ? { second: { ...secondRun, updated: runs.second.updated, inserted: runs.second.inserted } } : {}),
      report: counts,
    };
  },
};

await runBenchmark<PopulationPhaseResult>({
  script: import.meta.url,
  sizeOption: 'people',
  defaultSize: 900_000,
  fractions: [0.1, 1 / 3, 1],
  defaultBatchSize: 2_000,
  tempPrefix: 'population-bench-',
  fileName: 'extract.jsonl',
  nodeOptions: ['--max-old-space-size=8192'],
  title: (people, batchSize) =>
    `Population import benchmark: about ${fmt(people)} people, batches of ${fmt(batchSize)}`,
  written: (lines, megabytes) => `extract: ${fmt(lines)} lines, ${megabytes} MB`,
  rate: { unit: 'rows', width: 9 },
  phases,
  secondRun: (r, base) =>
    r.second && r.report
      ? `first run inserted ${fmt(r.report.inserted ?? 0)} people and ${fmt(r.report.guardianshipsAdded ?? 0)} guardianships; ` +
        `same file again: ${secondRunFigures(r.count, r.second.elapsedMs, base, 'rows')}, ` +
        `${r.second.updated} changed, ${r.second.inserted} new`
      : undefined,
});
