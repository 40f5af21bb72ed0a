import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { doneLine, formatNumber, progressReporter, REJECTED_SHOWN, rejectedLines } from './import-progress.ts';

const MB = 1_048_576;

function plain(options: { total: number | null; unit: string; every?: number }) {
  const lines: string[] = [];
  const progress = progressReporter({ ...options, bar: false, log: (line) => lines.push(line) });
  return { progress, lines };
}

describe('progressReporter without a terminal', () => {
  test('prints one line per tenth of the file reached, however often it is updated', () => {
    const { progress, lines } = plain({ total: 10 * MB, unit: 'lines' });
    progress.update(0.5 * MB, 100);
    progress.update(2.5 * MB, 2_000);
    progress.update(2.9 * MB, 2_500);
    progress.update(10 * MB, 9_000);
    progress.stop();
    assert.deepEqual(lines, [
      `Read 2.5 MB of 10.0 MB (20 %), ${formatNumber(2_000)} lines`,
      `Read 10.0 MB of 10.0 MB (100 %), ${formatNumber(9_000)} lines`,
    ]);
  });

  test('an empty file is read in full at the first update', () => {
    const { progress, lines } = plain({ total: 0, unit: 'lines' });
    progress.update(0, 0);
    progress.update(0, 0);
    assert.deepEqual(lines, ['Read 0.0 MB of 0.0 MB (100 %), 0 lines']);
  });

  test('without a size, one line per `every` items', () => {
    const { progress, lines } = plain({ total: null, unit: 'entities', every: 100_000 });
    progress.update(MB, 99_999);
    progress.update(2 * MB, 100_000);
    progress.update(3 * MB, 150_000);
    progress.update(7 * MB, 320_000);
    assert.deepEqual(lines, [
      `Read ${formatNumber(100_000)} entities (2.0 MB)`,
      `Read ${formatNumber(320_000)} entities (7.0 MB)`,
    ]);
  });

  test('with `every`, an empty file is counted by items as well', () => {
    const { progress, lines } = plain({ total: 0, unit: 'entities', every: 100_000 });
    progress.update(0, 0);
    assert.deepEqual(lines, []);
  });

  test('without a size or `every` it stays quiet', () => {
    const { progress, lines } = plain({ total: null, unit: 'entities' });
    progress.update(MB, 1_000_000);
    assert.deepEqual(lines, []);
  });
});

describe('rejectedLines', () => {
  const describeItem = (n: number) => `line ${n}: no good`;

  test('lists every rejected item when there are few', () => {
    assert.deepEqual(rejectedLines({ rejected: [3, 7], rejectedCount: 2 }, describeItem, 'lines'), [
      '    line 3: no good',
      '    line 7: no good',
    ]);
  });

  test('lists the first ones and counts the rest', () => {
    const rejected = Array.from({ length: REJECTED_SHOWN + 10 }, (_, i) => i + 1);
    const out = rejectedLines({ rejected, rejectedCount: 1_500 }, describeItem, 'elements');
    assert.equal(out.length, REJECTED_SHOWN + 1);
    assert.equal(out[REJECTED_SHOWN - 1], `    line ${REJECTED_SHOWN}: no good`);
    assert.equal(out.at(-1), `    … and ${formatNumber(1_500 - REJECTED_SHOWN)} more rejected elements`);
  });
});

test('doneLine gives the time taken and the rate', () => {
  const line = doneLine(Date.now() - 2_000, 10_000, 'lines');
  assert.match(line, /^Done in 2\.\d s \(\d[\d\s]* lines\/s\)\.$/);
});
