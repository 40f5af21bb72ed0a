/**
 * `fritidskort import-population FILE --municipality NNNN [--delta]`: imports a population extract (JSON Lines,
 * docs/population-register.md) for one registered municipality, streaming the file with a progress bar.
 * Rejected lines are printed by line number and reason only; no national id is ever printed.
 */
import { statSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { type Config, loadConfig } from '../config.ts';
import { extractFileLines } from '../integrations/folkeregisteret/extract-file.ts';
import { describeRejection } from '../integrations/folkeregisteret/person-document.ts';
import type { PopulationImportReport } from '../modules/people/service.ts';
import { createServices } from '../services.ts';
import { migrateAndReport, openConfiguredDatabase } from './server.ts';

export const IMPORT_POPULATION_USAGE =
  'Usage: fritidskort import-population FILE --municipality NNNN [--delta]\n\n' +
  'Imports a population extract (JSON Lines, one Folkeregisteret person document a line) for a registered\n' +
  'municipality. Without --delta the file is the whole population: residents missing from it are marked as\n' +
  'moved out. With --delta only the people in the file change.';

/** Rejected lines printed in full; the rest are counted. */
const REJECTED_SHOWN = 50;

const number = (n: number) => n.toLocaleString('nb-NO');

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function formatPopulationReport(report: PopulationImportReport): string[] {
  const out = [
    `Population import for municipality ${report.kommunenummer} (${report.mode === 'full' ? 'full extract' : 'changes only'})`,
    `  lines read               ${number(report.lines)}`,
    `  people imported          ${number(report.imported)} (${number(report.inserted)} new, ${number(report.updated)} changed)`,
    `  moved out                ${number(report.movedOut)}`,
    `  deceased                 ${number(report.deceased)}`,
    `  guardianships            ${number(report.guardianshipsAdded)} added, ${number(report.guardianshipsRemoved)} removed`,
  ];
  if (report.guardianLinksUnresolved > 0) {
    out.push(
      `  guardians not found      ${number(report.guardianLinksUnresolved)} (foreldreansvar naming an adult with no document in the file)`,
    );
  }
  if (report.renumbered > 0)
    out.push(`  new national id          ${number(report.renumbered)} (same person, row kept)`);
  if (report.repeatedPeople > 0)
    out.push(`  repeated in the file     ${number(report.repeatedPeople)} (the later line wins)`);
  out.push(`  rejected lines           ${number(report.rejectedCount)}`);
  for (const { line, reason } of report.rejected.slice(0, REJECTED_SHOWN)) {
    out.push(`    line ${line}: ${describeRejection(reason)} [${reason}]`);
  }
  if (report.rejectedCount > REJECTED_SHOWN) {
    out.push(`    … and ${number(report.rejectedCount - REJECTED_SHOWN)} more rejected lines`);
  }
  return out;
}

interface Progress {
  update(bytes: number, lines: number): void;
  stop(): void;
}

function progressReporter(total: number, log: (line: string) => void): Progress {
  if (process.stdout.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'Importing |{bar}| {percentage}% | {read} of {size} | {lines} lines | {eta_formatted} left',
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(total, 1), 0, { read: megabytes(0), size: megabytes(total), lines: '0' });
    return {
      update(bytes, lines) {
        bar.update(Math.min(bytes, total), { read: megabytes(bytes), size: megabytes(total), lines: number(lines) });
      },
      stop() {
        bar.stop();
      },
    };
  }
  // Not a terminal (a log file, CI): one plain line per tenth of the file.
  let nextTenth = 1;
  return {
    update(bytes, lines) {
      const tenth = total === 0 ? 10 : Math.floor((bytes / total) * 10);
      if (tenth < nextTenth) return;
      nextTenth = tenth + 1;
      log(`Read ${megabytes(bytes)} of ${megabytes(total)} (${Math.min(100, tenth * 10)} %), ${number(lines)} lines`);
    },
    stop() {},
  };
}

/** Runs the command with its own arguments (after `import-population`); returns the exit code. */
export async function importPopulationCommand(
  args: string[],
  io: { config?: Config; log?: (line: string) => void } = {},
): Promise<number> {
  const log = io.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  let parsed: ReturnType<typeof parseCommandArgs>;
  try {
    // `fritidskort import-population -- FILE --municipality NNNN` passes the options through a strict outer parser.
    parsed = parseCommandArgs(args[0] === '--' ? args.slice(1) : args);
  } catch (error) {
    log(`${(error as Error).message}\n\n${IMPORT_POPULATION_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    log(IMPORT_POPULATION_USAGE);
    return 0;
  }
  const { file, kommunenummer, delta } = parsed;
  if (!file || !kommunenummer) {
    log(IMPORT_POPULATION_USAGE);
    return 2;
  }
  const path = resolve(file);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    log(`Cannot read ${file}: no such file.`);
    return 2;
  }

  const config = io.config ?? loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateAndReport(database, log);
    const services = createServices(database, config);
    const people = services.population;
    const lines = extractFileLines(path);
    const progress = progressReporter(size, log);
    const started = Date.now();
    let result: Awaited<ReturnType<typeof people.importPopulation>>;
    try {
      result = await people.importPopulation(lines, {
        kommunenummer,
        mode: delta ? 'delta' : 'full',
        startedBy: `cli:${userInfo().username}`,
        source: basename(path),
        onProgress: (lineCount) => progress.update(lines.bytesRead, lineCount),
      });
    } finally {
      progress.stop();
    }
    if (!result.ok && result.error === 'unknown_municipality') {
      log(
        `No municipality with kommunenummer ${result.kommunenummer} is registered. Register it first: ` +
          `fritidskort municipality add ${result.kommunenummer} NAME. Nothing was imported.`,
      );
      return 1;
    }
    for (const line of formatPopulationReport(result.report)) log(line);
    if (!result.ok) {
      log('No line of the file is a valid person document. Nothing was imported.');
      return 1;
    }
    const municipality = await services.municipalities.getMunicipality(kommunenummer);
    const { rejected: _lines, ...counts } = result.report;
    await services.audit.record('system', {
      municipalityId: municipality.id,
      action: 'population.import',
      reason: `${result.report.mode} import from the population register`,
      details: { ...counts, startedBy: `cli:${userInfo().username}` },
    });
    const seconds = (Date.now() - started) / 1000;
    log(
      `Done in ${seconds.toFixed(1)} s (${number(Math.round(result.report.lines / Math.max(seconds, 0.001)))} lines/s).`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

function parseCommandArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      municipality: { type: 'string', short: 'm' },
      delta: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (positionals.length > 1) throw new Error('Give one file.');
  return { file: positionals[0], kommunenummer: values.municipality, delta: values.delta, help: values.help };
}

// Runnable on its own as well: node --import tsx src/cli/import-population.ts FILE --municipality NNNN
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  importPopulationCommand(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
