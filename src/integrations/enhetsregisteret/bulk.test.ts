import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BulkFormatError, type BulkItem, readBulkEntities, readBulkFile } from './bulk.ts';
import { syntheticEntities, writeBulkFile } from './write-bulk.ts';

const dir = mkdtempSync(join(tmpdir(), 'bulk-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const voluntary = readFileSync(`${FIXTURES}frivillig-forening.json`, 'utf8');

async function collect(items: AsyncIterable<BulkItem>): Promise<BulkItem[]> {
  const out: BulkItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('bulk download reader', () => {
  test('reads a gzip file element by element, with indexes, and counts the compressed bytes', async () => {
    const file = join(dir, 'enheter.json.gz');
    await writeBulkFile(file, syntheticEntities(2_500));
    const reader = readBulkFile(file);
    const items = await collect(reader);
    assert.equal(items.length, 2_500);
    assert.ok(items.every((item, i) => item.ok && item.index === i));
    assert.equal(reader.bytesRead, statSync(file).size);
    const numbers = new Set(items.map((item) => (item.ok ? item.record.organisationNumber : '')));
    assert.equal(numbers.size, 2_500);
  });

  test('reads an uncompressed file the same way; bad elements are rejections, the rest go on', async () => {
    const file = join(dir, 'enheter.json');
    await writeBulkFile(
      file,
      [
        voluntary,
        'null',
        '{"organisasjonsnummer": "998877661", "navn": "FEIL"}',
        '{"organisasjonsnummer": "998877679"}',
        '[]',
        voluntary,
      ],
      { gzip: false },
    );
    const items = await collect(readBulkFile(file));
    assert.deepEqual(
      items.map((i) => (i.ok ? [i.index, i.record.name] : [i.index, i.reason])),
      [
        [0, 'FJORDVIK IDRETTSLAG'],
        [1, 'not_an_object'],
        [2, 'invalid_organisation_number'],
        [3, 'missing_name'],
        [4, 'not_an_object'],
        [5, 'FJORDVIK IDRETTSLAG'],
      ],
    );
  });

  test('accepts a byte-order mark and an empty array', async () => {
    const bom = join(dir, 'bom.json');
    writeFileSync(bom, `\uFEFF[${voluntary}]`);
    assert.equal((await collect(readBulkFile(bom))).length, 1);
    const empty = join(dir, 'empty.json.gz');
    writeFileSync(empty, gzipSync('[]'));
    assert.deepEqual(await collect(readBulkFile(empty)), []);
  });

  test('reads from any byte stream, in small chunks too', async () => {
    const bytes = gzipSync(`[${voluntary},${voluntary}]`);
    const chunks = [...bytes].map((b) => Buffer.from([b]));
    const items = await collect(readBulkEntities(() => Readable.from(chunks)));
    assert.equal(items.length, 2);
    const plain = await collect(readBulkEntities(() => Readable.from([`[${voluntary}`, ']'])));
    assert.equal(plain.length, 1);
  });

  test('a file that is not a JSON array, breaks off, or is not gzip inside is a BulkFormatError', async () => {
    const cases: [string, string | Buffer][] = [
      ['object.json', '{"enheter": []}'],
      ['cut.json', `[${voluntary},{"organisasjonsnummer": "9988`],
      ['empty-file.json', ''],
      ['garbage.json.gz', Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), Buffer.from('not gzip at all')])],
      ['cut.json.gz', gzipSync(`[${voluntary},${voluntary}]`).subarray(0, 60)],
    ];
    for (const [name, content] of cases) {
      const file = join(dir, name);
      writeFileSync(file, content);
      await assert.rejects(collect(readBulkFile(file)), BulkFormatError, name);
    }
  });

  test('a break late in a large file comes after the elements before it were given out', async () => {
    const file = join(dir, 'late-break.json');
    const good = [...syntheticEntities(2_000)].map((e) => JSON.stringify(e));
    writeFileSync(file, `[${good.join(',')},{"organisasjonsnummer": tru`);
    const seen: BulkItem[] = [];
    await assert.rejects(async () => {
      for await (const item of readBulkFile(file)) seen.push(item);
    }, BulkFormatError);
    // Elements still buffered when the break is found may be dropped; the ones before came out in order.
    assert.ok(seen.length > 1_900 && seen.length <= 2_000, String(seen.length));
    assert.ok(seen.every((item, i) => item.ok && item.index === i));
  });

  test('a missing file is an error of its own, and the file is only opened when reading starts', async () => {
    const reader = readBulkFile(join(dir, 'nothing-here.json'));
    assert.equal(reader.bytesRead, 0);
    await assert.rejects(collect(reader), (error: NodeJS.ErrnoException) => error.code === 'ENOENT');
  });

  test('stopping early closes the source', async () => {
    let closed = false;
    async function* source() {
      try {
        yield Buffer.from('[');
        for (let i = 0; i < 1_000; i++) yield Buffer.from(`${i === 0 ? '' : ','}${voluntary}`);
        yield Buffer.from(']');
      } finally {
        closed = true;
      }
    }
    let count = 0;
    for await (const _item of readBulkEntities(() => source())) {
      if (++count === 3) break;
    }
    // The source closes once the pipeline has let go of it.
    for (let i = 0; i < 50 && !closed; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.equal(closed, true);
  });
});
