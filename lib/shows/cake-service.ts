// A cake: one show's page. Its facts, what its public pieces add up to, its public
// pieces (newest or most liked, keyset pages) and the state of its open room for me.
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { toUserBrief, userBriefSelect } from '@/lib/users/brief';
import { hiddenPieceIds } from '@/lib/reports/service';
import { photoUrl } from '@/lib/pieces/files';
import { MAIN_POSITION } from '@/lib/pieces/photos';
import { showImageUrl } from './schemas';
import type { CakeDto, CakePieceDto, CakePiecesQuery, CakeStatsDto, PiecePage, ShowDto } from './cake-schemas';

const active = { leftAt: null, bannedAt: null } as const;
const REVIEW_EXCERPT = 300;

type ShowRow = Prisma.ShowGetPayload<object>;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function toShowDto(s: ShowRow): ShowDto {
  return {
    id: s.id, title: s.title, kind: s.kind, year: s.year, genre: s.genre, venue: s.venue,
    runStart: day(s.runStart), runEnd: day(s.runEnd), imageUrl: showImageUrl(s),
  };
}

export async function getShowOrThrow(showId: string) {
  const show = await db.show.findUnique({ where: { id: showId } });
  if (!show) throw notFound();
  return show;
}

/** Count, average and half-star histogram of the show's public pieces: one grouped query. */
export async function cakeStats(showId: string): Promise<CakeStatsDto> {
  const groups = await db.piece.groupBy({ by: ['rating'], where: { showId, isPublic: true }, _count: { _all: true } });
  const histogram = Array.from({ length: 10 }, () => 0);
  let pieceCount = 0;
  let ratedCount = 0;
  let sum = 0;
  for (const g of groups) {
    const n = g._count._all;
    pieceCount += n;
    if (g.rating === null || g.rating < 1 || g.rating > 10) continue;
    histogram[g.rating - 1] += n;
    ratedCount += n;
    sum += g.rating * n;
  }
  return { pieceCount, ratedCount, averageRating: ratedCount ? Math.round((sum / ratedCount) * 100) / 100 : null, histogram };
}

/** The cake page's data. Any signed-in person may see any show. */
export async function getCake(actorId: string, showId: string): Promise<CakeDto> {
  const show = await getShowOrThrow(showId);
  const [stats, me, memberCount] = await Promise.all([
    cakeStats(showId),
    show.roomId ? db.roomMember.findFirst({ where: { roomId: show.roomId, userId: actorId, ...active }, select: { muted: true } }) : null,
    show.roomId ? db.roomMember.count({ where: { roomId: show.roomId, ...active } }) : 0,
  ]);
  return { show: toShowDto(show), stats, room: { id: show.roomId, memberCount, joined: !!me, muted: me?.muted ?? false } };
}

export const pieceCardInclude = (actorId: string) =>
  ({
    owner: { select: userBriefSelect },
    likes: { where: { userId: actorId }, select: { userId: true } },
    files: { where: { position: MAIN_POSITION }, select: { id: true }, take: 1 },
    show: { select: { key: true, posterUrl: true, title: true, kind: true } },
  }) satisfies Prisma.PieceInclude;
type PieceCardRow = Prisma.PieceGetPayload<{ include: ReturnType<typeof pieceCardInclude> }>;

export function toCakePiece(p: PieceCardRow, actorId: string): CakePieceDto {
  return {
    id: p.id, showId: p.showId, owner: toUserBrief(p.owner), date: day(p.date)!, rating: p.rating,
    review: p.review ? p.review.slice(0, REVIEW_EXCERPT) : null, likeCount: p.likeCount,
    thumbUrl: p.files[0] ? photoUrl(p.files[0].id, 'thumb') : showImageUrl(p.show),
    liked: p.likes.length > 0, mine: p.ownerId === actorId, createdAt: p.createdAt.toISOString(),
  };
}

/** Where a keyset page starts: strictly after the last piece of the previous one. */
function after(q: CakePiecesQuery): Prisma.PieceWhereInput {
  if (!q.cursor) return {};
  const parts = q.cursor.split('.');
  const id = parts.at(-1)!;
  const at = new Date(Number(parts.at(-2)));
  const sameTime: Prisma.PieceWhereInput[] = [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: id } }];
  if (q.sort === 'new') return { OR: sameTime };
  const likes = Number(parts[0]);
  return { OR: [{ likeCount: { lt: likes } }, ...sameTime.map((w) => ({ likeCount: likes, ...w }))] };
}

const cursorOf = (p: PieceCardRow, sort: CakePiecesQuery['sort']) =>
  sort === 'new' ? `${p.createdAt.getTime()}.${p.id}` : `${p.likeCount}.${p.createdAt.getTime()}.${p.id}`;

/** The show's public pieces, newest or most liked first; pieces I reported are left out. */
export async function listCakePieces(actorId: string, showId: string, q: CakePiecesQuery): Promise<PiecePage> {
  await getShowOrThrow(showId);
  const hidden = await hiddenPieceIds(actorId);
  const order: Prisma.PieceOrderByWithRelationInput[] = [{ createdAt: 'desc' }, { id: 'desc' }];
  const rows = await db.piece.findMany({
    where: { showId, isPublic: true, ...(hidden.length ? { id: { notIn: hidden } } : {}), ...after(q) },
    orderBy: q.sort === 'liked' ? [{ likeCount: 'desc' }, ...order] : order,
    take: q.limit + 1,
    include: pieceCardInclude(actorId),
  });
  const page = rows.slice(0, q.limit);
  return { pieces: page.map((p) => toCakePiece(p, actorId)), nextCursor: rows.length > q.limit ? cursorOf(page.at(-1)!, q.sort) : null };
}
