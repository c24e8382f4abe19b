// Pictures for a ticket as data URLs (satori draws <img> from bytes it is given, and a
// browser preview takes the same string): re-encoded JPEG no larger than the ticket
// needs, plus a 24 px copy that the layouts draw large as a soft blur.
import sharp from 'sharp';
import { storage } from '@/lib/storage';

export interface TicketPicture {
  image: string;
  imageSmall: string;
}

const MAX_REMOTE_BYTES = 8 * 1024 * 1024;
const dataUrl = (jpeg: Buffer) => `data:image/jpeg;base64,${jpeg.toString('base64')}`;

/** Upright JPEG of at most `side` px on the longer edge, and its tiny blur copy; null if the bytes are not a picture. */
export async function pictureFrom(bytes: Uint8Array, side: number): Promise<TicketPicture | null> {
  try {
    const base = sharp(bytes, { failOn: 'error', limitInputPixels: 40_000_000 }).rotate().flatten({ background: '#ffffff' });
    const [full, small] = await Promise.all([
      base.clone().resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer(),
      base.clone().resize({ width: 24, height: 24, fit: 'inside' }).jpeg({ quality: 70 }).toBuffer(),
    ]);
    return { image: dataUrl(full), imageSmall: dataUrl(small) };
  } catch {
    return null;
  }
}

async function readAll(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** A stored picture (a piece photo, an AI background); null when it is gone or unreadable. */
export async function storedPicture(key: string | null, side: number): Promise<TicketPicture | null> {
  if (!key) return null;
  const obj = await storage().get(key).catch(() => null);
  if (!obj) return null;
  const bytes = await readAll(obj.body, MAX_REMOTE_BYTES * 4);
  return bytes ? pictureFrom(bytes, side) : null;
}

/**
 * A catalog poster (KOPIS, TMDB): fetched over https only, capped in time and size. A
 * poster that cannot be had leaves the ticket without a picture rather than failing it.
 */
export async function remotePicture(url: string | null, side: number, fetchImpl: typeof fetch = fetch): Promise<TicketPicture | null> {
  if (!url || !/^https:\/\//i.test(url)) return null;
  try {
    const res = await fetchImpl(url, { signal: AbortSignal.timeout(4000), redirect: 'follow' });
    if (!res.ok || !res.body) return null;
    const bytes = await readAll(res.body, MAX_REMOTE_BYTES);
    return bytes ? pictureFrom(bytes, side) : null;
  } catch {
    return null;
  }
}
