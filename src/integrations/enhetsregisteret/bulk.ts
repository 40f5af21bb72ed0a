/**
 * Reads the register's bulk download (`/enheter/lastned`): one JSON array of Enhet objects, gzip-compressed as
 * the register serves it, or uncompressed. The array is streamed element by element (stream-json), so memory
 * stays flat whatever the size of the file; each element is read with parseEntity and comes out as a record or a
 * rejection with its index in the array.
 *
 * A file that is not a JSON array, or breaks off, ends the iteration with a BulkFormatError.
 */
import { createReadStream } from 'node:fs';
import { pipeline, Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { type EntityRejectionReason, type OrganisationRecord, parseEntity } from './entity.ts';

export type BulkItem =
  | { index: number; ok: true; record: OrganisationRecord }
  | { index: number; ok: false; reason: EntityRejectionReason };

export interface BulkEntities extends AsyncIterable<BulkItem> {
  /** Bytes taken from the source so far (compressed bytes for a gzip file), read-ahead included. */
  readonly bytesRead: number;
}

export class BulkFormatError extends Error {
  constructor(detail: string) {
    super(`The bulk file is not a readable JSON array of entities: ${detail}`);
    this.name = 'BulkFormatError';
  }
}

type ByteSource = AsyncIterable<Uint8Array | string>;

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * The bytes of the source, counted, with the first bytes looked at to tell gzip from plain JSON. Returns the
 * stream to parse: gunzipped when the source starts with the gzip signature.
 */
async function openDecoded(source: ByteSource, count: (bytes: number) => void): Promise<Readable> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let head = 0;
  let done = false;
  while (head < GZIP_MAGIC.length) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value);
    count(chunk.length);
    chunks.push(chunk);
    head += chunk.length;
  }
  const first = Buffer.concat(chunks);
  const gzip = first.length >= 2 && first[0] === GZIP_MAGIC[0] && first[1] === GZIP_MAGIC[1];
  async function* rest(): AsyncGenerator<Buffer> {
    try {
      if (first.length > 0) yield first;
      if (done) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value);
        count(chunk.length);
        yield chunk;
      }
    } finally {
      // Stopped early (the reader broke off): let the source close its file or connection.
      await iterator.return?.();
    }
  }
  const bytes = Readable.from(rest(), { objectMode: false });
  if (!gzip) return bytes;
  // pipeline destroys both streams when either fails or closes; the error reaches the gunzip side.
  return pipeline(bytes, createGunzip(), () => undefined);
}

/**
 * Streams the entities of a bulk download from any byte source (a file stream, an HTTP body). The source is
 * read only when iteration starts, and closed when it ends or is broken off.
 */
export function readBulkEntities(open: () => ByteSource | Promise<ByteSource>): BulkEntities {
  let bytesRead = 0;
  return {
    get bytesRead() {
      return bytesRead;
    },
    async *[Symbol.asyncIterator]() {
      const source = await open();
      const decoded = await openDecoded(source, (n) => {
        bytesRead += n;
      });
      // The streamer assembles from whole (packed) values only; not streaming them piecewise halves the tokens.
      const pipeline = chain([decoded, parser({ streamValues: false }), streamArray()]);
      // chain forwards errors of its own stages; the decoded stream is outside it.
      decoded.on('error', (error) => pipeline.destroy(error));
      try {
        for await (const item of pipeline as AsyncIterable<{ key: number; value: unknown }>) {
          const parsed = parseEntity(item.value);
          yield parsed.ok
            ? { index: item.key, ok: true, record: parsed.record }
            : { index: item.key, ok: false, reason: parsed.reason };
        }
      } catch (error) {
        if (error instanceof BulkFormatError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        throw new BulkFormatError(message);
      } finally {
        pipeline.destroy();
        decoded.destroy();
      }
    },
  };
}

/** Streams the entities of a bulk file on disk (gzip or plain JSON). The file is opened when iteration starts. */
export function readBulkFile(path: string): BulkEntities {
  return readBulkEntities(() => createReadStream(path));
}
