// Rows to the shapes the API returns (lib/pieces/schemas.ts).
import type { Prisma } from '@/lib/generated/prisma/client';
import { toUserBrief, userBriefSelect } from '@/lib/users/brief';
import { dateToDay } from '@/lib/missions/schedule';
import { photoUrl, toPhotoDto } from './files';
import { MAIN_POSITION } from './photos';
import type { Layout, Theme } from './render/looks';
import type { PieceDto, PieceSummaryDto } from './schemas';

/** Just enough for a calendar cell or a list row: the main photo's id and the show's poster. */
export const summarySelect = {
  id: true, kind: true, title: true, date: true, time: true, venue: true, rating: true, isPublic: true,
  files: { where: { position: MAIN_POSITION }, select: { id: true }, take: 1 },
  show: { select: { posterUrl: true } },
} satisfies Prisma.PieceSelect;
type SummaryRow = Prisma.PieceGetPayload<{ select: typeof summarySelect }>;

export const pieceInclude = {
  files: { orderBy: { position: 'asc' } },
  show: { select: { posterUrl: true } },
  owner: { select: userBriefSelect },
} satisfies Prisma.PieceInclude;
type PieceRow = Prisma.PieceGetPayload<{ include: typeof pieceInclude }>;

const thumbOf = (mainFileId: string | undefined, posterUrl: string | null) => (mainFileId ? photoUrl(mainFileId, 'thumb') : posterUrl);

export function toSummaryDto(p: SummaryRow): PieceSummaryDto {
  return {
    id: p.id, kind: p.kind, title: p.title, date: dateToDay(p.date), time: p.time, venue: p.venue,
    rating: p.rating, isPublic: p.isPublic, thumbUrl: thumbOf(p.files[0]?.id, p.show.posterUrl),
  };
}

export function toPieceDto(p: PieceRow, viewerId: string | null): PieceDto {
  const main = p.files.find((f) => f.position === MAIN_POSITION);
  const isMine = p.ownerId === viewerId;
  return {
    id: p.id, kind: p.kind, title: p.title, date: dateToDay(p.date), time: p.time, venue: p.venue,
    rating: p.rating, isPublic: p.isPublic, thumbUrl: thumbOf(main?.id, p.show.posterUrl),
    showId: p.showId, cast: p.cast, seat: p.seat, price: p.price, companions: p.companions,
    review: p.review,
    // The long note and the companions are the owner's diary as much as the show's record,
    // but a public piece is shown whole: the form says so next to the visibility switch.
    note: p.note,
    layout: p.layout as Layout, theme: p.theme as Theme,
    photo: main ? toPhotoDto(main) : null,
    photos: p.files.filter((f) => f.position !== MAIN_POSITION).map(toPhotoDto),
    version: p.version, likeCount: p.likeCount, isMine,
    owner: toUserBrief(p.owner),
    createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
  };
}
