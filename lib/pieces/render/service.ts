// Ticket PNGs: drawn once per version and kept in storage under their content hash
// (renders/<pieceId>/<hash>-<format>); served with long immutable cache headers,
// since a changed piece gets a new hash and so a new URL.
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

// Storage keys take no dots (lib/storage assertSafeKey); the type is kept beside the object.
export const renderKey = (pieceId: string, hash: string, format: TicketFormat) => `renders/${pieceId}/${hash}-${format}`;
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
  if (previous && previous !== hash) await storage().delete(renderKey(row.id, previous, format)).catch(() => {});
  return png;
}

export interface TicketImage {
  body: ReadableStream<Uint8Array> | Uint8Array<ArrayBuffer>;
  size: number;
}

/** The current version's PNG: from storage when drawn before, else drawn now (and kept). */
export async function ticketImage(row: TicketRow, format: TicketFormat): Promise<TicketImage> {
  const hash = renderHash(row);
  const key = renderKey(row.id, hash, format);
  const stored = await storage().get(key);
  if (stored) return { body: stored.body, size: stored.size };
  let pending = drawing.get(key);
  if (!pending) {
    pending = drawAndKeep(row, hash, format).finally(() => drawing.delete(key));
    drawing.set(key, pending);
  }
  const png = new Uint8Array(await pending);
  return { body: png, size: png.byteLength };
}

/** Free every kept render of a piece (when it is deleted). */
export async function deleteTicketRenders(pieceId: string) {
  const store = await kv();
  for (const format of Object.keys(FORMATS) as TicketFormat[]) {
    const hash = await store.get<string>(lastKey(pieceId, format)).catch(() => null);
    if (hash) await storage().delete(renderKey(pieceId, hash, format)).catch(() => {});
    await store.del(lastKey(pieceId, format)).catch(() => {});
  }
}
