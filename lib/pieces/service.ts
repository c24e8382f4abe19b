// Pieces: record, read, change and delete one show visit. Writes are the owner's only
// (404 to anyone else); each is one transaction; events and storage deletes follow the commit.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { notFound } from '@/lib/errors';
import { dateToDay, dayToDate } from '@/lib/missions/schedule';
import { visibleWhere } from './access';
import { pieceInclude, toPieceDto } from './dto';
import { publishPieceChanged } from './events';
import { deleteStoredObjects } from './files';
import { setPiecePhotos } from './photos';
import { showForPiece } from './show-link';
import { evaluateTitles } from './titles-service';
import { deleteTicketRenders } from './render/service';
import type { PieceCreateInput, PieceDto, PiecePatchInput } from './schemas';

/** '' and null both mean "not given". */
const orNull = <T>(v: T | null | undefined): T | null => (v === undefined || v === null || v === '' ? null : v);

/** The columns a create or patch writes, from whichever fields it sent. */
type Columns = Partial<Pick<Prisma.PieceUncheckedCreateInput, 'kind' | 'title' | 'date' | 'time' | 'venue' | 'seat' | 'price' | 'companions' | 'rating' | 'review' | 'note' | 'layout' | 'theme' | 'isPublic' | 'showId'>> & { cast?: string[] };

function columns(input: PiecePatchInput): Columns {
  const out: Columns = {};
  if (input.kind !== undefined) out.kind = input.kind;
  if (input.title !== undefined) out.title = input.title;
  if (input.date !== undefined) out.date = dayToDate(input.date);
  for (const k of ['time', 'venue', 'seat', 'price', 'companions', 'rating', 'review', 'note'] as const) {
    if (input[k] !== undefined) (out as Record<string, unknown>)[k] = orNull(input[k]);
  }
  if (input.cast !== undefined) out.cast = input.cast;
  if (input.layout !== undefined) out.layout = input.layout;
  if (input.theme !== undefined) out.theme = input.theme;
  if (input.isPublic !== undefined) out.isPublic = input.isPublic;
  return out;
}

// What the rendered ticket shows: a change to any of these (or to the main photo) bumps
// `version`, which names the cached images. The note, extra photos and visibility do not.
const TICKET_FIELDS = ['kind', 'title', 'date', 'time', 'venue', 'cast', 'seat', 'price', 'companions', 'rating', 'review', 'layout', 'theme'] as const;
const comparable = (v: unknown) => (v instanceof Date ? dateToDay(v) : JSON.stringify(v ?? null));

export async function getPiece(viewerId: string | null, pieceId: string): Promise<PieceDto> {
  const piece = await db.piece.findFirst({ where: visibleWhere(viewerId, pieceId), include: pieceInclude });
  if (!piece) throw notFound();
  return toPieceDto(piece, viewerId);
}

/**
 * New titles (칭호) a write may have earned, announced before we answer, so the write's
 * rows are all in when the client hears back. A failure here never fails the piece:
 * opening the titles catches up.
 */
async function earnTitles(actorId: string) {
  try {
    await evaluateTitles(actorId);
  } catch (err) {
    console.warn('[moa] title evaluation failed:', (err as Error).message);
  }
}

export async function createPiece(actorId: string, input: PieceCreateInput): Promise<PieceDto> {
  const pieceId = await db.$transaction(async (tx) => {
    const show = await showForPiece(input, tx);
    const piece = await tx.piece.create({
      data: { ...columns(input), kind: input.kind, title: input.title, date: dayToDate(input.date), ownerId: actorId, showId: show.id },
      select: { id: true },
    });
    if (input.photoId || input.photoIds?.length) await setPiecePhotos(tx, actorId, piece.id, { photoId: input.photoId ?? null, photoIds: input.photoIds ?? [] });
    return piece.id;
  });
  await publishPieceChanged(actorId, pieceId, 'created');
  await earnTitles(actorId);
  return getPiece(actorId, pieceId);
}

export async function updatePiece(actorId: string, pieceId: string, input: PiecePatchInput): Promise<PieceDto> {
  const dropped = await db.$transaction(async (tx) => {
    const current = await tx.piece.findFirst({ where: { id: pieceId, ownerId: actorId } });
    if (!current) throw notFound();
    const data = columns(input);
    const changed = (k: keyof Columns & keyof typeof current) => k in data && comparable(data[k]) !== comparable(current[k]);
    const ticketChanged = TICKET_FIELDS.some(changed);
    // A new title, kind or year may be another show (cake); a picked catalog show always is looked up.
    const showChanged = (['kind', 'title', 'date'] as const).some(changed);
    if (showChanged || input.catalogKey) {
      const show = await showForPiece({ catalogKey: input.catalogKey, kind: input.kind ?? current.kind, title: input.title ?? current.title, date: input.date ?? dateToDay(current.date) }, tx);
      data.showId = show.id;
    }
    let photos = { mainChanged: false, droppedKeys: [] as (string | null)[] };
    if (input.photoId !== undefined || input.photoIds !== undefined) photos = await setPiecePhotos(tx, actorId, pieceId, input);
    await tx.piece.update({ where: { id: pieceId }, data: { ...data, ...(ticketChanged || photos.mainChanged ? { version: { increment: 1 } } : {}) } });
    return photos.droppedKeys;
  });
  await deleteStoredObjects(dropped);
  await publishPieceChanged(actorId, pieceId, 'updated');
  await earnTitles(actorId);
  return getPiece(actorId, pieceId);
}

/** Delete my piece; its photos (and any generated art) leave storage once the rows are gone. */
export async function deletePiece(actorId: string, pieceId: string) {
  const keys = await db.$transaction(async (tx) => {
    const piece = await tx.piece.findFirst({ where: { id: pieceId, ownerId: actorId }, select: { artKey: true, files: { select: { key: true, thumbKey: true } } } });
    if (!piece) throw notFound();
    // Conditional: of two deletes at once, only one finds the row (the other is a 404).
    const { count } = await tx.piece.deleteMany({ where: { id: pieceId, ownerId: actorId } });
    if (count !== 1) throw notFound();
    return [piece.artKey, ...piece.files.flatMap((f) => [f.key, f.thumbKey])];
  });
  await deleteStoredObjects(keys);
  await deleteTicketRenders(pieceId);
  await publishPieceChanged(actorId, pieceId, 'deleted');
}
