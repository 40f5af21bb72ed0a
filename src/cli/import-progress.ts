/**
 * What the streaming imports (`import-population`, `organisations import|sync`) tell the operator while and after
 * they run: a bar over the file size on a terminal, plain lines in a log file or CI, the rejected items of the
 * report and the closing rate.
 */
import cliProgress from 'cli-progress';

/** Items of a report printed in full; the rest are counted. */
export const REJECTED_SHOWN = 50;

export const formatNumber = (n: number) => n.toLocaleString('nb-NO');

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

export interface Progress {
  /** Bytes of the file read so far, and how many items (lines, entities, changes) they held. */
  update(bytes: number, count: number): void;
  stop(): void;
}

export interface ProgressOptions {
  /** The file size in bytes; null when it is not known (a download, the change feed). */
  total: number | null;
  /** What is counted, in the plural: 'lines', 'entities'. */
  unit: string;
  log: (line: string) => void;
  /**
   * Without a size, or with an empty file: a plain line per this many items. When not given, an empty file is
   * reported as read in full at the first update.
   */
  every?: number;
  /** Draws a bar (when the size is known); by default when the output is a terminal. */
  bar?: boolean;
}

/** A bar over the file size when it is known and the output is a terminal; plain lines otherwise. */
export function progressReporter(options: ProgressOptions): Progress {
  const { total, unit, log, every } = options;
  if ((options.bar ?? process.stdout.isTTY) && total !== null) {
    const bar = new cliProgress.SingleBar(
      {
        format: `Importing |{bar}| {percentage}% | {done} of {size} | {count} ${unit} | {eta_formatted} left`,
        hideCursor: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(Math.max(total, 1), 0, { done: megabytes(0), size: megabytes(total), count: '0' });
    return {
      update(bytes, count) {
        bar.update(Math.min(bytes, total), {
          done: megabytes(bytes),
          size: megabytes(total),
          count: formatNumber(count),
        });
      },
      stop() {
        bar.stop();
      },
    };
  }
  // Not a terminal (a log file, CI): one plain line per tenth of the file, or per `every` items.
  let next = 1;
  return {
    update(bytes, count) {
      if (total !== null && (total > 0 || every === undefined)) {
        const tenth = total === 0 ? 10 : Math.floor((bytes / total) * 10);
        if (tenth < next) return;
        next = tenth + 1;
        log(
          `Read ${megabytes(bytes)} of ${megabytes(total)} (${Math.min(100, tenth * 10)} %), ${formatNumber(count)} ${unit}`,
        );
      } else if (every !== undefined && count >= next * every) {
        next = Math.floor(count / every) + 1;
        log(`Read ${formatNumber(count)} ${unit} (${megabytes(bytes)})`);
      }
    },
    stop() {},
  };
}

/** The first rejected items of a report, one a line, and how many more there are. */
export function rejectedLines<T>(
  report: { rejected: readonly T[]; rejectedCount: number },
  describe: (item: T) => string,
  unit: string,
): string[] {
  const out = report.rejected.slice(0, REJECTED_SHOWN).map((item) => `    ${describe(item)}`);
  if (report.rejectedCount > REJECTED_SHOWN) {
    out.push(`    … and ${formatNumber(report.rejectedCount - REJECTED_SHOWN)} more rejected ${unit}`);
  }
  return out;
}

/** The closing line: time taken since `startedAt` (epoch ms) and items per second. */
export function doneLine(startedAt: number, count: number, unit: string): string {
  const seconds = (Date.now() - startedAt) / 1000;
  return `Done in ${seconds.toFixed(1)} s (${formatNumber(Math.round(count / Math.max(seconds, 0.001)))} ${unit}/s).`;
}
