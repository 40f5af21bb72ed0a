import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import { DEMO_KOMMUNENUMMER } from '../demo/generate.ts';
import { isDemoLoaded, type LoadDemoResult, loadDemoMunicipality } from '../demo/load.ts';

export interface DemoStatus {
  loadedNow: boolean;
  result: LoadDemoResult | undefined;
}

/** Loads the demo municipality; with onlyIfEmpty, only into a database that has no municipality yet. */
export async function loadDemo(
  database: Database,
  config: Config,
  options: { onlyIfEmpty: boolean; seed?: number; log: (line: string) => void },
): Promise<DemoStatus> {
  if (options.onlyIfEmpty) {
    const any = await database.db.selectFrom('municipality').select('id').limit(1).executeTakeFirst();
    if (any) return { loadedNow: false, result: undefined };
  } else if (await isDemoLoaded(database)) {
    options.log(`The demo municipality (${DEMO_KOMMUNENUMMER}) is already loaded.`);
    return { loadedNow: false, result: undefined };
  }
  options.log('Loading the demo municipality (first start)…');
  const started = Date.now();
  let lastStep = '';
  const result = await loadDemoMunicipality(database, config.piiKeys, {
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    onProgress(step, done, total) {
      if (done === total && step !== lastStep) {
        lastStep = step;
        options.log(`  ${step}: ${total.toLocaleString('nb-NO')}`);
      }
    },
  });
  const c = result.counts;
  options.log(
    `Loaded ${result.name} (${result.kommunenummer}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${c.children} children, ${c.guardians} guardians, ${c.providers} providers, ${c.activities} activities.`,
  );
  return { loadedNow: true, result };
}

export function printBanner(
  config: Config,
  database: Database,
  demo: DemoStatus,
  elapsedMs: number,
  log: (line: string) => void,
): void {
  log('');
  log(`Fritidskortet is running at ${config.publicUrl}  (started in ${(elapsedMs / 1000).toFixed(1)} s)`);
  log(`  API documentation: ${config.publicUrl}/api/docs`);
  log(
    `  Database: ${database.kind === 'pglite' ? `embedded PGlite in ${config.dataDir}/pglite` : 'PostgreSQL server'}`,
  );
  const samples = demo.result?.sampleUsers ?? [];
  if (samples.length > 0) {
    log('');
    log('Demo people (synthetic national identity numbers, for logging in as citizens):');
    for (const user of samples) {
      log(`  ${user.role.padEnd(16)} ${user.nationalId}  ${user.name}, ${user.age} years — ${user.description}`);
    }
  }
  log('');
  log('Stop with Ctrl+C.');
}
