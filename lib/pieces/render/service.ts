// Ticket PNGs: drawn once per version and kept in storage under their content hash
// (renders/<pieceId>/<hash>-<format>); served with long immutable cache headers,
// since a changed piece gets a new hash and so a new URL. A WebP copy of a PNG (what the
// share page shows: 35–60 KB against 100–330 KB, which on a phone's network is the page's
// largest paint) is encoded from it once and kept beside it (…-<format>-webp).
import sharp from 'sharp';
import { renderPng } from '@/lib/render/png';
import { storage } from '@/lib/storage';
import { kv } from '@/lib/kv';
import { FORMATS, ticketElement, type Look, type TicketFormat } from './ticket';
import type { TicketData } from './data';
import { renderHash } from './hash';
import { lookOf, ticketDataFromRow, type TicketRow } from './source';

/** The ticket as PNG bytes; `background` replaces the data's AI art (null: none). */
export function renderTicketPng(data: TicketData, look: Look, format: TicketFormat, background?: string | null): Promise<Buffer> {
  const withArt = background === undefined ? data : { ...data, art: background };
  return renderPng(ticketElement(withArt, look, format), FORMATS[format]);
}

export type ImageType = 'png' | 'webp';
const MIME: Record<ImageType, string> = { png: 'image/png', webp: 'image/webp' };

// Storage keys take no dots (lib/storage assertSafeKey); the type is kept beside the object.
export const renderKey = (pieceId: string, hash: string, format: TicketFormat, type: ImageType = 'png') =>
  `renders/${pieceId}/${hash}-${format}${type === 'png' ? '' : `-${type}`}`;
/** Frees one version of a format: its PNG and its WebP copy. */
const freeVersion = (pieceId: string, hash: string, format: TicketFormat) =>
  Promise.all((Object.keys(MIME) as ImageType[]).map((type) => storage().delete(renderKey(pieceId, hash, format, type)).catch(() => {})));
const lastKey = (pieceId: string, format: TicketFormat) => `ticket-render:${pieceId}:${format}`;

// Two first requests for one image (a messenger's crawler often sends several) draw it once.
const drawing = new Map<string, Promise<Buffer>>();

async function drawAndKeep(row: TicketRow, hash: string, format: TicketFormat): Promise<Buffer> {
  const png = await renderTicketPng(await ticketDataFromRow(row, format), lookOf(row), format);
  await storage().put(renderKey(row.id, hash, format), png, 'image/png');
  // Only the newest render of each format is kept: the one before it is freed.
  const store = await kv();
  const previous = await store.get<string>(lastKey(row.id, format)).catch(() => null);
  await store.set(lastKey(row.id, format), hash).catch(() => {});
  if (previous && previous !== hash) await freeVersion(row.id, previous, format);
  return png;
}

async function encodeAndKeep(row: TicketRow, format: TicketFormat, key: string): Promise<Buffer> {
  const png = await ticketImage(row, format, 'png');
  const bytes = png.body instanceof Uint8Array ? png.body : new Uint8Array(await new Response(png.body).arrayBuffer());
  const webp = await sharp(bytes).webp({ quality: 80 }).toBuffer();
  await storage().put(key, webp, MIME.webp);
  return webp;
}

export interface TicketImage {
  body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
  size: number;
  contentType: string;
}

/** The current version's image: from storage when made before, else made now (and kept). */
export async function ticketImage(row: TicketRow, format: TicketFormat, type: ImageType = 'png'): Promise<TicketImage> {
  const hash = renderHash(row);
  const key = renderKey(row.id, hash, format, type);
  const stored = await storage().get(key);
  if (stored) return { body: stored.body, size: stored.size, contentType: MIME[type] };
  let pending = drawing.get(key);
  if (!pending) {
    pending = (type === 'png' ? drawAndKeep(row, hash, format) : encodeAndKeep(row, format, key)).finally(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  const bytes = new Uint8Array(await pending);
  return { body: bytes, size: bytes.byteLength, contentType: MIME[type] };
}

/** Free every kept render of a piece (when it is deleted). */
export async function deleteTicketRenders(pieceId: string) {
  const store = await kv();
  for (const format of Object.keys(FORMATS) as TicketFormat[]) {
    const hash = await store.get<string>(lastKey(pieceId, format)).catch(() => null);
    if (hash) await freeVersion(pieceId, hash, format);
    await store.del(lastKey(pieceId, format)).catch(() => {});
  }
}
