/**
 * Reads a population extract file line by line without holding it in memory. The file is opened only when
 * iteration starts: a readline interface created earlier starts reading at once and drops the lines that
 * arrive before anyone iterates, so callers that do other work first (open a transaction) must not create one
 * up front.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ExtractFileLines extends AsyncIterable<string> {
  /** Bytes read from the file so far (read-ahead included). */
  readonly bytesRead: number;
}

export function extractFileLines(path: string): ExtractFileLines {
  let bytesRead = 0;
  return {
    get bytesRead() {
      return bytesRead;
    },
    async *[Symbol.asyncIterator]() {
      const stream = createReadStream(path);
      stream.on('data', (chunk) => {
        bytesRead += chunk.length;
      });
      const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
      try {
        yield* lines;
      } finally {
        lines.close();
        stream.destroy();
      }
    },
  };
}
