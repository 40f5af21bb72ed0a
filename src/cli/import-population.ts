/**
 * `fritidskort import-population FILE --municipality NNNN [--delta]`: imports a population extract (JSON Lines,
 * docs/population-register.md) for one registered municipality, streaming the file with a progress bar.
 * Rejected lines are printed by line number and reason only; no national id is ever printed.
 */
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { formatKroner } from '../domain/ledger.ts';
import { extractFileLines } from '../integrations/folkeregisteret/extract-file.ts';
import { describeRejection } from '../integrations/folkeregisteret/person-document.ts';
import type { PopulationImportReport } from '../modules/people/service.ts';
import { createServices } from '../services.ts';
import type { CommandIo } from './import-command.ts';
import { commandLog, fileToRead, parseCommand, runWhenScript, withMigratedDatabase } from './import-command.ts';
import { doneLine, formatNumber as number, progressReporter, rejectedLines } from './import-progress.ts';

export const IMPORT_POPULATION_USAGE =
  'Usage: fritidskort import-population FILE --municipality NNNN [--delta] [--allow-moved-out PERCENT]\n\n' +
  'Imports a population extract (JSON Lines, one Folkeregisteret person document a line) for a registered\n' +
  'municipality. Without --delta the file is the whole population: residents missing from it are marked as\n' +
  'moved out. With --delta only the people in the file change.\n\n' +
  'A full file that leaves out more than a tenth of the residents (and more than 25) is refused as probably cut\n' +
  'short, and nothing is imported. When that many really have moved (e.g. after a merger), allow it for this run\n' +
  'with --allow-moved-out PERCENT (0-100).';

export function formatPopulationReport(report: PopulationImportReport): string[] {
  const out = [
    `Population import for municipality ${report.kommunenummer} (${report.mode === 'full' ? 'full extract' : 'changes only'})`,
    `  lines read               ${number(report.lines)}`,
    `  people imported          ${number(report.imported)} (${number(report.inserted)} new, ${number(report.updated)} changed)`,
    `  moved out                ${number(report.movedOut)}`,
    `  deceased                 ${number(report.deceased)}`,
    `  guardianships            ${number(report.guardianshipsAdded)} added, ${number(report.guardianshipsRemoved)} removed`,
  ];
  if (report.guardianshipsEndedByDeath > 0 || report.rolesRevokedByDeath > 0) {
    out.push(
      `  ended by death           ${number(report.guardianshipsEndedByDeath)} guardianships, ${number(report.rolesRevokedByDeath)} roles`,
    );
  }
  if (report.guardianLinksUnresolved > 0) {
    out.push(
      `  guardians not found      ${number(report.guardianLinksUnresolved)} (foreldreansvar naming an adult with no document in the file)`,
    );
  }
  if (report.renumbered > 0)
    out.push(`  new national id          ${number(report.renumbered)} (same person, row kept)`);
  if (report.repeatedPeople > 0)
    out.push(`  repeated in the file     ${number(report.repeatedPeople)} (the later line wins)`);
  if (report.cardsGranted > 0) {
    out.push(
      `  cards granted            ${number(report.cardsGranted)} newly eligible children, ${formatKroner(report.cardsGrantedOre)}`,
    );
  }
  out.push(`  rejected lines           ${number(report.rejectedCount)}`);
  out.push(
    ...rejectedLines(report, ({ line, reason }) => `line ${line}: ${describeRejection(reason)} [${reason}]`, 'lines'),
  );
  return out;
}

/** Runs the command with its own arguments (after `import-population`); returns the exit code. */
export async function importPopulationCommand(args: string[], io: CommandIo = {}): Promise<number> {
  const log = commandLog(io);
  const parsed = parseCommand(args, parseCommandArgs, IMPORT_POPULATION_USAGE, log);
  if (typeof parsed === 'number') return parsed;
  const { file, kommunenummer, delta, allowMovedOut } = parsed;
  if (!file || !kommunenummer) {
    log(IMPORT_POPULATION_USAGE);
    return 2;
  }
  const input = fileToRead(file, log);
  if (!input) return 2;

  return withMigratedDatabase(io, log, async (database, config) => {
    const services = createServices(database, config);
    const people = services.population;
    const lines = extractFileLines(input.path);
    const progress = progressReporter({ total: input.size, unit: 'lines', log });
    const started = Date.now();
    let result: Awaited<ReturnType<typeof people.importPopulation>>;
    try {
      result = await people.importPopulation(lines, {
        kommunenummer,
        mode: delta ? 'delta' : 'full',
        startedBy: `cli:${userInfo().username}`,
        source: basename(input.path),
        onProgress: (lineCount) => progress.update(lines.bytesRead, lineCount),
        ...(allowMovedOut === undefined ? {} : { maxMovedOutShare: allowMovedOut / 100 }),
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
    if (!result.ok && result.error === 'too_many_moved_out') {
      const share = Math.ceil((result.absent / Math.max(1, result.residents)) * 100);
      log(
        `The file leaves out ${number(result.absent)} of the ${number(result.residents)} residents; a full import ` +
          `may move out at most ${number(result.limit)}. The file may be cut short or belong to another ` +
          'municipality. Nothing was imported. If they really have moved, run again with ' +
          `--allow-moved-out ${share}.`,
      );
      return 1;
    }
    if (!result.ok) {
      log('No line of the file is a valid person document. Nothing was imported.');
      return 1;
    }
    // The run's audit entry was written in the import's own transaction.
    log(doneLine(started, result.report.lines, 'lines'));
    return 0;
  });
}

function parseCommandArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      municipality: { type: 'string', short: 'm' },
      delta: { type: 'boolean', default: false },
      'allow-moved-out': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (positionals.length > 1) throw new Error('Give one file.');
  const allowed = values['allow-moved-out'];
  const allowMovedOut = allowed === undefined ? undefined : Number(allowed);
  if (allowMovedOut !== undefined && !(allowed?.trim() !== '' && allowMovedOut >= 0 && allowMovedOut <= 100)) {
    throw new Error('--allow-moved-out takes a percentage from 0 to 100.');
  }
  return {
    file: positionals[0],
    kommunenummer: values.municipality,
    delta: values.delta,
    allowMovedOut,
    help: values.help,
  };
}

// Runnable on its own as well: node --import tsx src/cli/import-population.ts FILE --municipality NNNN
runWhenScript(import.meta.url, importPopulationCommand);
