// A multipart/form-data reader that never holds more than one chunk of a part's body:
// parts come one after another, each body as a stream of chunks up to the next
// delimiter. Everything around the bodies that are read (preamble, part headers, parts
// that are skipped) is capped by `envelope` bytes; a body's own cap is the caller's.
// Malformed input is a 400, never a 500.
import { AppError } from '@/lib/errors';

export interface PartHeaders {
  name: string | null;
  /** Null for a plain field; a file part's name as the browser sent it (UTF-8). */
  filename: string | null;
  contentType: string;
}

const MAX_HEADER_BYTES = 8 * 1024;
const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

export const malformed = () => new AppError('bad_request', 'errors.uploadMalformed');

/** The boundary of a multipart/form-data Content-Type: 415 if another type, 400 if missing. */
export function boundaryOf(contentType: string): string {
  if (!/^multipart\/form-data\s*;/i.test(contentType)) throw new AppError('unsupported_media_type', 'errors.uploadFormat');
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))/i.exec(contentType);
  if (!m) throw malformed();
  return m[1] ?? m[2];
}

// Browsers escape `"`, CR and LF in names as %22, %0D, %0A (the HTML form encoding).
const unescapeName = (s: string) => s.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');

function parseHeaders(text: string): PartHeaders {
  let name: string | null = null;
  let filename: string | null = null;
  let contentType = 'application/octet-stream';
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'content-type') contentType = value;
    if (key !== 'content-disposition') continue;
    const param = (p: string) => new RegExp(`;\\s*${p}="([^"]*)"`, 'i').exec(value)?.[1] ?? new RegExp(`;\\s*${p}=([^;\\s"]+)`, 'i').exec(value)?.[1];
    const n = param('name');
    if (n !== undefined) name = unescapeName(n);
    const f = param('filename');
    if (f !== undefined) filename = unescapeName(f);
    const star = /;\s*filename\*=UTF-8''([^;\s]+)/i.exec(value)?.[1];
    if (star) {
      try {
        filename = decodeURIComponent(star);
      } catch {
        throw malformed();
      }
    }
  }
  return { name, filename, contentType };
}

export class MultipartReader {
  private buf: Buffer = Buffer.from(CRLF); // so the first delimiter looks like every other one
  private readonly delim: Buffer;
  private envelopeLeft: number;
  private started = false;
  private finished = false;

  constructor(
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    boundary: string,
    envelope: number,
    private readonly tooLarge: () => AppError,
  ) {
    this.delim = Buffer.from(`\r\n--${boundary}`);
    this.envelopeLeft = envelope;
  }

  private async fill(): Promise<boolean> {
    let r: ReadableStreamReadResult<Uint8Array>;
    try {
      r = await this.reader.read();
    } catch {
      throw new AppError('bad_request', 'errors.badBody'); // the client went away mid-body
    }
    if (r.done) return false;
    this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : Buffer.from(r.value);
    return true;
  }

  private spend(bytes: number) {
    this.envelopeLeft -= bytes;
    if (this.envelopeLeft < 0) throw this.tooLarge();
  }

  /** Whatever comes before the first delimiter (usually nothing). */
  private async skipPreamble() {
    const keep = this.delim.length - 1;
    for (;;) {
      const i = this.buf.indexOf(this.delim);
      if (i >= 0) {
        this.spend(i + this.delim.length);
        this.buf = this.buf.subarray(i + this.delim.length);
        return;
      }
      if (this.buf.length > keep) {
        this.spend(this.buf.length - keep);
        this.buf = this.buf.subarray(this.buf.length - keep);
      }
      if (!(await this.fill())) throw malformed();
    }
  }

  /** The next part's headers, or null after the closing delimiter. */
  async next(): Promise<PartHeaders | null> {
    if (this.finished) return null;
    if (!this.started) {
      this.started = true;
      await this.skipPreamble();
    }
    while (this.buf.length < 2) if (!(await this.fill())) throw malformed();
    if (this.buf[0] === 0x2d && this.buf[1] === 0x2d) {
      this.finished = true; // "--": the closing delimiter; the epilogue is not read
      return null;
    }
    // Transport padding, then the line break that ends the delimiter line.
    let i = 0;
    for (;;) {
      while (i < this.buf.length && (this.buf[i] === 0x20 || this.buf[i] === 0x09)) i++;
      if (this.buf.length >= i + 2) break;
      if (i > 64 || !(await this.fill())) throw malformed();
    }
    if (this.buf[i] !== 0x0d || this.buf[i + 1] !== 0x0a) throw malformed();
    this.buf = this.buf.subarray(i + 2);
    // A part with no headers at all starts with the blank line.
    while (this.buf.length < 2) if (!(await this.fill())) throw malformed();
    if (this.buf[0] === 0x0d && this.buf[1] === 0x0a) {
      this.buf = this.buf.subarray(2);
      return { name: null, filename: null, contentType: 'application/octet-stream' };
    }
    let end: number;
    while ((end = this.buf.indexOf(HEADER_END)) < 0) {
      if (this.buf.length > MAX_HEADER_BYTES) throw malformed();
      if (!(await this.fill())) throw malformed();
    }
    if (end > MAX_HEADER_BYTES) throw malformed();
    this.spend(end + HEADER_END.length);
    const headers = parseHeaders(this.buf.subarray(0, end).toString('utf8'));
    this.buf = this.buf.subarray(end + HEADER_END.length);
    return headers;
  }

  /**
   * The current part's body, chunk by chunk. Read it to its end (or give up on the whole
   * request): the reader is then at the next delimiter.
   */
  async *body(): AsyncGenerator<Uint8Array> {
    const keep = this.delim.length - 1;
    for (;;) {
      const i = this.buf.indexOf(this.delim);
      if (i >= 0) {
        const out = this.buf.subarray(0, i);
        this.buf = this.buf.subarray(i + this.delim.length);
        if (out.length) yield out;
        return;
      }
      // All but what could be the start of a delimiter split across chunks.
      if (this.buf.length > keep) {
        const out = this.buf.subarray(0, this.buf.length - keep);
        this.buf = this.buf.subarray(this.buf.length - keep);
        yield out;
      }
      if (!(await this.fill())) throw malformed();
    }
  }

  /** Skip the current part's body, counting it against the envelope. */
  async skip() {
    for await (const chunk of this.body()) this.spend(chunk.length);
  }

  /** Skip every part left, up to the closing delimiter. */
  async finish() {
    while (await this.next()) await this.skip();
  }
}
