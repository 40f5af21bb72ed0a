/**
 * `fritidskort organisations import FILE | --download` and `fritidskort organisations sync --since=YYYY-MM-DD`:
 * loads organisations from Enhetsregisteret (docs/organisation-register.md). `import` reads the register's bulk
 * download (a gzip-compressed JSON array, or the same uncompressed) from a file or straight from the register,
 * streaming, with a progress bar; `sync` follows the register's change feed from a date or an update id.
 */
import { parseArgs } from 'node:util';
import { AppError } from '../errors.ts';
import {
  type BulkEntities,
  BulkFormatError,
  readBulkEntities,
  readBulkFile,
} from '../integrations/enhetsregisteret/bulk.ts';
import { createEnhetsregisteretClient, EnhetsregisteretError } from '../integrations/enhetsregisteret/client.ts';
import { describeEntityRejection, isCalendarDate } from '../integrations/enhetsregisteret/entity.ts';
import {
  type OrganisationImportReport,
  type OrganisationSyncReport,
  organisationServiceFor,
} from '../modules/organisations/service.ts';
import type { CommandIo } from './import-command.ts';
import { commandLog, fileToRead, parseCommand, runWhenScript, withMigratedDatabase } from './import-command.ts';
import { doneLine, formatNumber as number, progressReporter, rejectedLines } from './import-progress.ts';

export const ORGANISATIONS_USAGE =
  'Usage: fritidskort organisations import FILE [--batch-size N]\n' +
  '       fritidskort organisations import --download [--batch-size N]\n' +
  '       fritidskort organisations sync --since=YYYY-MM-DD [--known-only]\n' +
  '       fritidskort organisations sync --from-id=N [--known-only]\n\n' +
  "import: loads Enhetsregisteret's bulk download (enheter, a gzip-compressed JSON array or the same uncompressed),\n" +
  'from a file or, with --download, from the register (ENHETSREGISTERET_URL). New organisations are added, changed\n' +
  'ones updated, deleted ones marked as deleted; a second run of the same file changes nothing.\n' +
  "sync: follows the register's change feed from a date (midnight UTC) or an update id and looks every changed\n" +
  'organisation up; --known-only leaves organisations the platform has no row for alone.';

export function formatImportReport(report: OrganisationImportReport): string[] {
  const out = [
    'Organisation import (Enhetsregisteret)',
    `  entities read            ${number(report.read)}`,
    `  new                      ${number(report.inserted)}`,
    `  changed                  ${number(report.updated)}`,
    `  unchanged                ${number(report.unchanged)}`,
    `  became deleted           ${number(report.deleted)}`,
  ];
  if (report.repeated > 0) out.push(`  repeated in the file     ${number(report.repeated)} (the later one wins)`);
  out.push(`  rejected                 ${number(report.rejectedCount)}`);
  out.push(
    ...rejectedLines(
      report,
      ({ index, reason }) => `element ${index}: ${describeEntityRejection(reason)} [${reason}]`,
      'elements',
    ),
  );
  return out;
}

export function formatSyncReport(report: OrganisationSyncReport): string[] {
  const out = [
    'Organisation sync (Enhetsregisteret change feed)',
    `  changes read             ${number(report.updates)}`,
    `  organisations looked up  ${number(report.organisations)}`,
    `  new                      ${number(report.inserted)}`,
    `  changed                  ${number(report.updated)}`,
    `  unchanged                ${number(report.unchanged)}`,
    `  became deleted           ${number(report.deleted)}`,
    `  unknown to the register  ${number(report.notFound)}`,
  ];
  if (report.skipped > 0) out.push(`  skipped (no row)         ${number(report.skipped)}`);
  out.push(
    report.lastUpdateId === null
      ? '  no changes to apply'
      : `  last change applied      ${report.lastUpdateId} (next time: --from-id=${report.lastUpdateId + 1})`,
  );
  return out;
}

function parseCommandArgs(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      download: { type: 'boolean', default: false },
      since: { type: 'string' },
      'from-id': { type: 'string' },
      'known-only': { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { action: positionals[0], files: positionals.slice(1), ...values };
}

/** Runs `organisations …` with its own arguments (after `organisations`); returns the exit code. */
export async function importOrganisations(args: string[], io: CommandIo = {}): Promise<number> {
  const log = commandLog(io);
  const parsed = parseCommand(args, parseCommandArgs, ORGANISATIONS_USAGE, log);
  if (typeof parsed === 'number') return parsed;
  const batchSize = parsed['batch-size'] === undefined ? undefined : Number(parsed['batch-size']);
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    log('--batch-size must be a whole number, 1 or more.');
    return 2;
  }

  if (parsed.action === 'import') {
    const [file, ...extra] = parsed.files;
    if (extra.length > 0 || (file === undefined) === !parsed.download) {
      log(`Give one file, or --download.\n\n${ORGANISATIONS_USAGE}`);
      return 2;
    }
    let input: { path: string; size: number } | undefined;
    if (file !== undefined) {
      input = fileToRead(file, log);
      if (!input) return 2;
    }
    return withMigratedDatabase(io, log, async (database, config) => {
      const organisations = organisationServiceFor(database, config);
      let entities: BulkEntities;
      if (input) {
        entities = readBulkFile(input.path);
      } else {
        log(`Downloading the bulk file from ${config.enhetsregisteretUrl} …`);
        const client = createEnhetsregisteretClient({ baseUrl: config.enhetsregisteretUrl, timeoutMs: 60_000 });
        entities = readBulkEntities(() => client.downloadBulk());
      }
      const progress = progressReporter({ total: input?.size ?? null, unit: 'entities', every: 100_000, log });
      const started = Date.now();
      let report: OrganisationImportReport;
      try {
        report = await organisations.importBulk(entities, {
          ...(batchSize ? { batchSize } : {}),
          onProgress: (read) => progress.update(entities.bytesRead, read),
        });
      } catch (error) {
        if (error instanceof BulkFormatError) {
          log(`${error.message}. What was read before the break is imported; run the import again to complete it.`);
          return 1;
        }
        if (error instanceof EnhetsregisteretError) {
          log(`The register did not deliver the bulk file (${error.kind}). Try again later.`);
          return 1;
        }
        throw error;
      } finally {
        progress.stop();
      }
      for (const line of formatImportReport(report)) log(line);
      log(doneLine(started, report.read, 'entities'));
      return 0;
    });
  }

  if (parsed.action === 'sync') {
    if (parsed.files.length > 0 || (parsed.since === undefined) === (parsed['from-id'] === undefined)) {
      log(`Give --since=YYYY-MM-DD or --from-id=N.\n\n${ORGANISATIONS_USAGE}`);
      return 2;
    }
    if (parsed.since !== undefined && !isCalendarDate(parsed.since)) {
      log('--since must be a date, YYYY-MM-DD.');
      return 2;
    }
    const fromId = parsed['from-id'] === undefined ? undefined : Number(parsed['from-id']);
    if (fromId !== undefined && (!Number.isSafeInteger(fromId) || fromId < 1)) {
      log('--from-id must be a whole number, 1 or more.');
      return 2;
    }
    return withMigratedDatabase(io, log, async (database, config) => {
      const organisations = organisationServiceFor(database, config);
      const progress = progressReporter({ total: null, unit: 'entities', every: 100_000, log });
      let report: OrganisationSyncReport;
      try {
        report = await organisations.applyUpdates(
          fromId === undefined ? (parsed.since as string) : { fromUpdateId: fromId },
          { onlyKnown: parsed['known-only'], onProgress: (updates) => progress.update(0, updates) },
        );
      } catch (error) {
        if (error instanceof AppError && error.code === 'REGISTER_UNAVAILABLE') {
          log(
            'The register stopped answering. Changes applied so far are kept; run the sync again from the same point.',
          );
          return 1;
        }
        throw error;
      } finally {
        progress.stop();
      }
      for (const line of formatSyncReport(report)) log(line);
      return 0;
    });
  }

  log(ORGANISATIONS_USAGE);
  return 2;
}

// Runnable on its own as well: node --import tsx src/cli/import-organisations.ts import FILE
runWhenScript(import.meta.url, importOrganisations);
