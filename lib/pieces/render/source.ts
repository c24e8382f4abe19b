// A piece as ticket data: the row the renderer reads (piece, owner, show poster), the
// plain facts printed on it, and the pictures loaded for printing or for the preview.
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { isLocale, type Locale } from '@/lib/i18n/config';
import { maybeTranslate } from '@/lib/i18n/messages';
import { dateToDay } from '@/lib/missions/schedule';
import { layoutSchema, themeSchema } from './looks';
import { serialOf, TICKET_KINDS, type TicketData, type TicketKind } from './data';
import type { Look } from './ticket';
import { remotePicture, storedPicture, type TicketPicture } from './images';

export const ticketSelect = {
  id: true, ownerId: true, kind: true, title: true, date: true, time: true, venue: true, cast: true, seat: true, price: true,
  rating: true, review: true, layout: true, theme: true, photoKey: true, artKey: true, isPublic: true, shareToken: true, version: true,
  owner: { select: { displayName: true, locale: true, wornTitleId: true } },
  show: { select: { posterUrl: true } },
} satisfies Prisma.PieceSelect;
export type TicketRow = Prisma.PieceGetPayload<{ select: typeof ticketSelect }>;

export const ownerLocale = (row: TicketRow): Locale => (isLocale(row.owner.locale) ? row.owner.locale : 'ko');

/** The stored look, read defensively: a value some later version dropped prints as the default. */
export function lookOf(row: Pick<TicketRow, 'layout' | 'theme'>): Look {
  return { layout: layoutSchema.catch('classic').parse(row.layout), theme: themeSchema.catch('grape').parse(row.theme) };
}

/** The worn title in words (message keys of lib/pieces titles); null when none or unknown. */
const titleLabel = (titleId: string | null, locale: Locale) => (titleId ? maybeTranslate(locale, `titles.list.${titleId}.name`) ?? null : null);

/** Everything printed on the ticket except the pictures. */
export function ticketFacts(row: TicketRow): Omit<TicketData, 'image' | 'imageSmall' | 'art'> {
  const locale = ownerLocale(row);
  return {
    locale,
    title: row.title,
    kind: (TICKET_KINDS as readonly string[]).includes(row.kind) ? (row.kind as TicketKind) : 'OTHER',
    date: dateToDay(row.date),
    time: row.time,
    venue: row.venue,
    seat: row.seat,
    price: row.price,
    cast: row.cast,
    rating: row.rating,
    review: row.review,
    owner: { name: row.owner.displayName, title: titleLabel(row.owner.wornTitleId, locale) },
    serial: serialOf(row.id),
  };
}

/**
 * Pictures no larger than where they are drawn: the story PNG, the 1200×630 preview
 * (whose picture panels are at most about 600 px), or the live preview in a page.
 * Smaller pictures decode, embed and draw faster.
 */
export type PictureSize = 'story' | 'og' | 'preview';
const SIDES: Record<PictureSize, { image: number; art: number }> = { story: { image: 1080, art: 1920 }, og: { image: 640, art: 1200 }, preview: { image: 540, art: 960 } };

/** The piece's own photo first, else its show's poster. */
async function pictureOf(row: TicketRow, side: number): Promise<TicketPicture | null> {
  return (await storedPicture(row.photoKey, side)) ?? (await remotePicture(row.show.posterUrl, side));
}

export async function ticketDataFromRow(row: TicketRow, size: PictureSize = 'story'): Promise<TicketData> {
  const sides = SIDES[size];
  const [picture, art] = await Promise.all([pictureOf(row, sides.image), storedPicture(row.artKey, sides.art)]);
  return { ...ticketFacts(row), image: picture?.image ?? null, imageSmall: picture?.imageSmall ?? null, art: art?.image ?? null };
}

export async function ticketRowOrThrow(where: Prisma.PieceWhereInput): Promise<TicketRow> {
  const row = await db.piece.findFirst({ where, select: ticketSelect });
  if (!row) throw notFound();
  return row;
}

/** The ticket data of a piece, read from the database (no access check: callers decide who may ask). */
export async function ticketDataForPiece(pieceId: string, size: PictureSize = 'story'): Promise<TicketData> {
  return ticketDataFromRow(await ticketRowOrThrow({ id: pieceId }), size);
}
