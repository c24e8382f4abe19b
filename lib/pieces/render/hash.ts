// Content-hashed image names: the hash covers every input of a render (the printed
// facts, the look, which pictures, the renderer's own version), so a new version of a
// piece gets a new URL and an old URL's bytes never change (cacheable for good).
import crypto from 'node:crypto';
import { lookOf, ticketFacts, type TicketRow } from './source';

/** Bump when a layout's drawing changes, so every cached image is drawn again. */
export const RENDERER_VERSION = 1;

export function renderHash(row: TicketRow): string {
  const inputs = [RENDERER_VERSION, row.id, row.version, lookOf(row), ticketFacts(row), row.photoKey, row.artKey, row.show.posterUrl];
  return crypto.createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 20);
}
