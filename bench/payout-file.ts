/**
 * Payout file benchmark.
 *
 *   node --import tsx bench/payout-file.ts [--payments 500000] [--providers 20000] [--keep]
 *
 * A national payout batch: N payments to P providers (accounts, names with æøå, half with a KID, half with an
 * invoice number). At 1/10, 1/3 and all of N, each in a fresh process so that peak memory is its own:
 *   baseline  the same payment records serialised as JSON lines to a file (a stream with backpressure);
 *   pain001   the pain.001.001.03 file written by writePain001File (checks, IBANs, bank text, XML, to a file).
 * Printed: elapsed time, payments per second, peak resident memory and the memory the writing itself added (peak
 * minus resident memory once the input was built), each also as a ratio to the baseline of the same size, and the
 * file sizes. Resident memory also follows when V8 collects garbage, so a third run per size (`heap`, with
 * --expose-gc) writes the file again and samples the live heap above the input after a full collection: flat
 * memory means these samples stay the same while the file is written and grow little with the batch.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bankAccountControlDigit } from '../src/domain/bank-account.ts';
import { makeKid } from '../src/domain/kid.ts';
import {
  type CreditTransfer,
  type CreditTransferBatch,
  pain001Chunks,
  writePain001File,
} from '../src/integrations/bank/pain001.ts';

const { values } = parseArgs({
  options: {
    payments: { type: 'string', default: '500000' },
    providers: { type: 'string', default: '20000' },
    phase: { type: 'string' },
    count: { type: 'string' },
    file: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});

interface Result {
  phase: string;
  count: number;
  elapsedMs: number;
  maxRssMb: number;
  inputRssMb: number;
  bytes: number;
  /** heap phase: live heap above the input (after a full GC), sampled every ~50 chunks while writing. */
  liveHeapAboveInputMb?: number[];
}

const rssMb = () => Math.round(process.memoryUsage().rss / 1_048_576);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A valid account number for provider i (ten digits from i, then the control digit; prefixes without one skipped). */
function providerAccount(i: number): string {
  for (let k = i * 7; ; k++) {
    const ten = String(1_200_000_000 + k).padStart(10, '0');
    const control = bankAccountControlDigit(ten);
    if (control !== null) return `${ten}${control}`;
  }
}

const FLATTEN = /^[\s\S]*$/;

function syntheticBatch(count: number, providers: number): CreditTransferBatch {
  const accounts = Array.from({ length: providers }, (_, i) => providerAccount(i));
  const payments: CreditTransfer[] = [];
  // V8 keeps a string made by a template as pieces until something (a regular expression) needs it whole; flatten
  // the input's strings here so that this memory counts as input, not as writing.
  const flat = (s: string) => (FLATTEN.test(s) ? s : s);
  for (let i = 0; i < count; i++) {
    const p = i % providers;
    payments.push({
      endToEndId: flat(`UTB-2027-1-${i + 1}`),
      amountOre: 1_000 + ((i * 7919) % 500_000),
      creditorName: flat(`Idrettslaget Ørn og Åsen nr. ${p} – barne- og ungdomsavdelingen i Nærøysund kommune`),
      creditorAccount: accounts[p] as string,
      remittance:
        i % 2 === 0 ? { kind: 'kid', kid: makeKid(String(100_000 + i), 'MOD10') } : { kind: 'text', text: `F${i}` },
    });
  }
  return {
    messageId: 'UTB-2027-1',
    createdAt: new Date(),
    municipality: { name: 'Nærøysund kommune', organisationNumber: '935478715', account: '86011117947' },
    requestedExecutionDate: '2027-01-04',
    payments,
  };
}

async function runPhase(phase: string, count: number, file: string): Promise<Result> {
  const batch = syntheticBatch(count, Math.min(Number(values.providers), count));
  const inputRssMb = rssMb();
  const started = performance.now();
  if (phase === 'heap') {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('the heap phase runs with --expose-gc');
    gc();
    const before = process.memoryUsage().heapUsed;
    const samples: number[] = [];
    const fd = openSync(file, 'w');
    let chunks = 0;
    for (const chunk of pain001Chunks(batch)) {
      writeSync(fd, chunk);
      if (++chunks % 50 === 0) {
        gc();
        samples.push(Math.round((process.memoryUsage().heapUsed - before) / 1_048_576));
      }
    }
    closeSync(fd);
    const elapsedMs = performance.now() - started;
    return {
      phase,
      count,
      elapsedMs,
      maxRssMb: peakRssMb(),
      inputRssMb,
      bytes: statSync(file).size,
      liveHeapAboveInputMb: samples,
    };
  }
  if (phase === 'baseline') {
    function* lines() {
      let chunk: string[] = [];
      for (const p of batch.payments) {
        chunk.push(JSON.stringify(p));
        if (chunk.length === 500) {
          yield `${chunk.join('\n')}\n`;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
    }
    await pipeline(Readable.from(lines()), createWriteStream(file));
  } else {
    const summary = await writePain001File(batch, file);
    if (summary.numberOfTransactions !== count) throw new Error('wrong count');
  }
  const elapsedMs = performance.now() - started;
  return { phase, count, elapsedMs, maxRssMb: peakRssMb(), inputRssMb, bytes: statSync(file).size };
}

if (values.phase) {
  const result = await runPhase(values.phase, Number(values.count), values.file as string);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const total = Number(values.payments);
  const dir = mkdtempSync(join(tmpdir(), 'payout-bench-'));
  const script = fileURLToPath(import.meta.url);
  const sizes = [Math.round(total / 10), Math.round(total / 3), total];
  console.log(`Payout file benchmark: ${fmt(total)} payments to ${fmt(Number(values.providers))} providers\n`);
  const rows: { base: Result; xml: Result; heap: Result }[] = [];
  try {
    for (const count of sizes) {
      const run = (phase: string): Result => {
        const out = spawnSync(
          process.execPath,
          [
            ...(phase === 'heap' ? ['--expose-gc'] : []),
            '--import',
            'tsx',
            script,
            `--phase=${phase}`,
            `--count=${count}`,
            `--providers=${values.providers}`,
            `--file=${join(dir, `${phase}-${count}`)}`,
          ],
          { encoding: 'utf8', maxBuffer: 1 << 20 },
        );
        if (out.status !== 0) throw new Error(`${phase} ${count} failed: ${out.stderr}`);
        return JSON.parse(out.stdout.trim().split('\n').at(-1) as string) as Result;
      };
      const base = run('baseline');
      const xml = run('pain001');
      if (!values.keep) rmSync(join(dir, `pain001-${count}`), { force: true });
      const heap = run('heap');
      rmSync(join(dir, `heap-${count}`), { force: true });
      rows.push({ base, xml, heap });
    }
    const header = [
      'payments',
      'phase',
      'time s',
      'payments/s',
      'peak MB',
      'input MB',
      'added MB',
      'file MB',
      'time ×',
      'peak ×',
      'added ×',
    ];
    console.log(header.map((h) => h.padStart(11)).join(''));
    for (const { base, xml } of rows) {
      for (const r of [base, xml]) {
        const added = r.maxRssMb - r.inputRssMb;
        const baseAdded = Math.max(1, base.maxRssMb - base.inputRssMb);
        const cells = [
          fmt(r.count),
          r.phase,
          fmt(r.elapsedMs / 1000, 2),
          fmt(r.count / (r.elapsedMs / 1000)),
          fmt(r.maxRssMb),
          fmt(r.inputRssMb),
          fmt(added),
          fmt(r.bytes / 1_048_576, 1),
          fmt(r.elapsedMs / base.elapsedMs, 2),
          fmt(r.maxRssMb / base.maxRssMb, 2),
          fmt(added / baseAdded, 2),
        ];
        console.log(cells.map((c) => c.padStart(11)).join(''));
      }
    }
    console.log('\nLive heap above the input while writing the pain001 file (MB, after a full GC, in order):');
    for (const { heap } of rows) {
      const samples = heap.liveHeapAboveInputMb ?? [];
      const step = Math.max(1, Math.ceil(samples.length / 8));
      const shown = samples.filter((_, i) => i % step === 0 || i === samples.length - 1);
      console.log(`${fmt(heap.count).padStart(11)}: ${shown.join(' ')} (max ${Math.max(0, ...samples)})`);
    }
    const first = rows[0]?.xml as Result;
    const last = rows.at(-1)?.xml as Result;
    console.log(
      `\npain001 time per payment at full size / at 1/10: ${fmt(last.elapsedMs / last.count / (first.elapsedMs / first.count), 2)}` +
        `; memory added by writing at full size / at 1/10: ${fmt((last.maxRssMb - last.inputRssMb) / Math.max(1, first.maxRssMb - first.inputRssMb), 2)}`,
    );
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}
