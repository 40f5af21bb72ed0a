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
import { readBulkFile } from '../src/integrations/enhetsregisteret/bulk.ts';
import { syntheticEntities, writeBulkFile } from '../src/integrations/enhetsregisteret/write-bulk.ts';
import { createOrganisationService } from '../src/modules/organisations/service.ts';
import { createOrganisationStore } from '../src/modules/organisations/store.ts';
import type { PhaseResult, Phases } from './lib/measure.ts';
import { fmt, importTwice, measureBaseline, peakRssMb, runBenchmark, secondRunFigures } from './lib/measure.ts';

interface OrganisationPhaseResult extends PhaseResult {
  second?: { elapsedMs: number; updated: number; inserted: number; unchanged: number };
  report?: Record<string, number>;
  searchMs?: number[];
}

const phases: Phases<OrganisationPhaseResult> = {
  async write(file, count) {
    const started = Date.now();
    const written = await writeBulkFile(file, syntheticEntities(count));
    return { phase: 'write', count: written, elapsedMs: Date.now() - started, maxRssMb: peakRssMb() };
  },

  baseline: (file) =>
    measureBaseline(file, readBulkFile, {
      use: (item) => item.ok,
      tickEvery: 5_000,
      nothing: 'no entity could be read',
    }),

  async import(database, phase, file, batchSize) {
    const organisations = createOrganisationService({ store: createOrganisationStore(database.db) });
    const runs = await importTwice(
      phase,
      file,
      readBulkFile,
      (entities, onProgress) => organisations.importBulk(entities, { batchSize, onProgress }),
      (report) => report.read,
    );
    // Name searches as the registration form's autocomplete makes them, on the full table.
    const searchMs: number[] = [];
    for (const query of ['drammen idrettslag', 'sjakkl', 'bergen kino 1234', 'trondhiem turlag', 'il']) {
      const started = performance.now();
      await organisations.search(query, { limit: 10 });
      searchMs.push(Math.round((performance.now() - started) * 10) / 10);
    }
    const { rejected: _rejected, ...counts } = runs.first;
    return {
      ...runs.measured,
      maxRssMb: peakRssMb(),
      second: {
        ...runs.measured.second,
        updated: runs.second.updated,
        inserted: runs.second.inserted,
        unchanged: runs.second.unchanged,
      },
      report: counts,
      searchMs,
    };
  },
};

await runBenchmark<OrganisationPhaseResult>({
  script: import.meta.url,
  sizeOption: 'entities',
  defaultSize: 1_000_000,
  defaultBatchSize: 5_000,
  tempPrefix: 'organisation-bench-',
  fileName: 'enheter_alle.json.gz',
  title: (count, batchSize) => `Organisation import benchmark: ${fmt(count)} entities, batches of ${fmt(batchSize)}`,
  written: (count, megabytes) => `bulk file: ${fmt(count)} entities, ${megabytes} MB gzip`,
  rate: { unit: 'entities', width: 11 },
  phases,
  secondRun: (r, base) =>
    r.second && r.report
      ? `first run inserted ${fmt(r.report.inserted ?? 0)} organisations; same file again: ` +
        `${secondRunFigures(r.count, r.second.elapsedMs, base, 'entities')}, ${r.second.inserted} new, ` +
        `${r.second.updated} changed, ${fmt(r.second.unchanged)} unchanged; ` +
        `name searches on the full table: ${(r.searchMs ?? []).join(', ')} ms`
      : undefined,
});
