// AI ticket art: a background painted from the show and the review, stored (Piece.artKey)
// and composed under the ticket. Without an image model configured, or when the
// provider fails, the ticket keeps its plain layout and the answer says so.
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError, notFound } from '@/lib/errors';
import { kv } from '@/lib/kv';
import { hit } from '@/lib/rate-limit';
import { storage } from '@/lib/storage';
import type { Locale } from '@/lib/i18n/config';
import { maybeTranslate } from '@/lib/i18n/messages';
import { ticketFacts } from '@/lib/pieces/render/source';
import { storedPicture } from '@/lib/pieces/render/images';
import { getShare, ownTicketRow } from '@/lib/pieces/share/service';
import type { ArtOutcome, ArtResultDto } from '@/lib/pieces/share/schemas';
import { artPrompt, generateArt, type ImageAiConfig } from './provider';

/** Paintings cost money: a day's worth per person. */
const ART_LIMIT = { name: 'ticket-art', max: 20, windowSeconds: 24 * 60 * 60 };
const BUSY_SECONDS = 120;

/** The same endpoint and key as the mission suggestions, with an image model of its own. */
export function imageAiConfig(): ImageAiConfig | null {
  const e = env();
  return e.AI_BASE_URL && e.AI_API_KEY && e.AI_IMAGE_MODEL ? { baseUrl: e.AI_BASE_URL, apiKey: e.AI_API_KEY, model: e.AI_IMAGE_MODEL } : null;
}
export const artAvailable = () => imageAiConfig() !== null;

async function result(ownerId: string, pieceId: string, outcome: ArtOutcome, locale: Locale, artKey: string | null): Promise<ArtResultDto> {
  const [share, preview] = await Promise.all([getShare(ownerId, pieceId), storedPicture(artKey, 960)]);
  return { art: { outcome, message: maybeTranslate(locale, `ticket.art.${outcome}`) ?? outcome }, preview: preview?.image ?? null, share };
}

/** Portrait JPEG at the story size: the backdrop of both formats. */
const toBackdrop = (bytes: Buffer) => sharp(bytes).rotate().resize(1080, 1920, { fit: 'cover' }).jpeg({ quality: 85 }).toBuffer();

export async function makeTicketArt(ownerId: string, pieceId: string, locale: Locale, config = imageAiConfig(), fetchImpl: typeof fetch = fetch): Promise<ArtResultDto> {
  const row = await ownTicketRow(ownerId, pieceId);
  if (!config) return result(ownerId, pieceId, 'unconfigured', locale, row.artKey);
  await hit(ART_LIMIT, ownerId);
  const store = await kv();
  const busy = `ticket-art-busy:${pieceId}`;
  if ((await store.incr(busy, BUSY_SECONDS)).count > 1) throw new AppError('conflict', 'ticket.errors.artBusy');
  try {
    let backdrop: Buffer;
    try {
      backdrop = await toBackdrop(await generateArt(config, artPrompt(ticketFacts(row)), fetchImpl));
    } catch (err) {
      console.warn('[moa] AI ticket art failed, keeping the layout:', (err as Error).message);
      return result(ownerId, pieceId, 'failed', locale, row.artKey);
    }
    const key = `pieces/art/${pieceId}/${randomBytes(9).toString('base64url').replace(/_/g, 'x')}`;
    await storage().put(key, backdrop, 'image/jpeg');
    // Conditional on the owner and the art we started from: a piece deleted meanwhile takes nothing.
    const { count } = await db.piece.updateMany({ where: { id: pieceId, ownerId, artKey: row.artKey }, data: { artKey: key, version: { increment: 1 } } });
    if (count !== 1) {
      await storage().delete(key).catch(() => {});
      throw notFound();
    }
    if (row.artKey) await storage().delete(row.artKey).catch(() => {});
    return result(ownerId, pieceId, 'made', locale, key);
  } finally {
    await store.del(busy).catch(() => {});
  }
}

/** Back to the plain layout: the art is removed from the piece and from storage. */
export async function removeTicketArt(ownerId: string, pieceId: string, locale: Locale): Promise<ArtResultDto> {
  const row = await ownTicketRow(ownerId, pieceId);
  if (row.artKey) {
    const { count } = await db.piece.updateMany({ where: { id: pieceId, ownerId, artKey: row.artKey }, data: { artKey: null, version: { increment: 1 } } });
    if (count === 1) await storage().delete(row.artKey).catch(() => {});
  }
  return result(ownerId, pieceId, 'removed', locale, null);
}
