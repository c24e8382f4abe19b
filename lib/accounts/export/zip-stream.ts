// A ZIP written as a stream (fflate): entries are taken one at a time and their chunks
// pushed through as the consumer pulls, so memory holds about one chunk, however large
// the archive. Photos and videos are stored as they are (already compressed); JSON is deflated.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

export interface ZipEntry {
  name: string;
  compress: boolean;
  chunks: AsyncIterable<Uint8Array>;
}

export async function* zipStream(entries: AsyncIterable<ZipEntry>): AsyncGenerator<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else out.push(chunk);
  });
  const drain = function* () {
    if (failure) throw failure;
    while (out.length) yield out.shift()!;
  };
  for await (const entry of entries) {
    const file = entry.compress ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name);
    zip.add(file);
    for await (const chunk of entry.chunks) {
      file.push(chunk);
      yield* drain();
    }
    file.push(new Uint8Array(0), true);
    yield* drain();
  }
  zip.end();
  yield* drain();
}

const encoder = new TextEncoder();

/** One JSON value as a single chunk (small documents: profile, circles). */
export async function* jsonChunks(value: unknown): AsyncGenerator<Uint8Array> {
  yield encoder.encode(JSON.stringify(value, null, 2));
}

/** A JSON array written page by page: `pages` yields arrays until it is done. */
export async function* jsonArrayChunks(pages: AsyncIterable<unknown[]>): AsyncGenerator<Uint8Array> {
  let first = true;
  yield encoder.encode('[');
  for await (const page of pages) {
    for (const item of page) {
      yield encoder.encode(`${first ? '\n' : ',\n'}${JSON.stringify(item)}`);
      first = false;
    }
  }
  yield encoder.encode('\n]\n');
}
