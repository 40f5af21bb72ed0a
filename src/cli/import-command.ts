/**
 * What the import commands (`import-population`, `organisations`) do alike around their work: their own arguments
 * with the usage on a mistake, the file to read, a migrated database for the run, and running as a script.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Config, loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { migrateAndReport, openConfiguredDatabase } from './server.ts';

export type Log = (line: string) => void;

/** What a command is run with: the configuration (else loaded from the environment) and where its lines go. */
export interface CommandIo {
  config?: Config;
  log?: Log;
}

export function commandLog(io: CommandIo): Log {
  return io.log ?? ((line: string) => process.stdout.write(`${line}\n`));
}

/**
 * The command's own arguments, parsed; or the exit code when the usage was asked for (0) or the arguments are
 * wrong (2), with the usage printed.
 */
export function parseCommand<T extends { help: boolean }>(
  args: string[],
  parse: (args: string[]) => T,
  usage: string,
  log: Log,
): T | number {
  let parsed: T;
  try {
    // `fritidskort COMMAND -- FILE --option` passes the options through a strict outer parser.
    parsed = parse(args[0] === '--' ? args.slice(1) : args);
  } catch (error) {
    log(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (parsed.help) {
    log(usage);
    return 0;
  }
  return parsed;
}

/** The full path and size of a file to import; undefined, with the reason printed, when there is no such file. */
export function fileToRead(file: string, log: Log): { path: string; size: number } | undefined {
  const path = resolve(file);
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    return { path, size: stat.size };
  } catch {
    log(`Cannot read ${file}: no such file.`);
    return undefined;
  }
}

/** Opens the configured database, brings its schema up to date, runs `work` on it and closes it again. */
export async function withMigratedDatabase<T>(
  io: CommandIo,
  log: Log,
  work: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = io.config ?? loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateAndReport(database, log);
    return await work(database, config);
  } finally {
    await database.close();
  }
}

/** Runs the command when its module is the script node was started with, and exits with its code. */
export function runWhenScript(moduleUrl: string, command: (args: string[]) => Promise<number>): void {
  if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(moduleUrl)) {
    command(process.argv.slice(2)).then(
      (code) => process.exit(code),
      (error: unknown) => {
        process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  }
}
