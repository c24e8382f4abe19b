// Cakes (one page per show): inputs and the shapes the API returns, shared by server and client.
import { z } from 'zod';
import { idSchema, line } from '@/lib/schemas';
import type { UserBrief } from '@/lib/users/brief';

export const SHOW_KINDS = ['MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER'] as const;
export type ShowKindName = (typeof SHOW_KINDS)[number];

export const showParams = z.object({ showId: idSchema });
export const pieceParams = z.object({ pieceId: idSchema });

export const PIECE_SORTS = ['new', 'liked'] as const;
export type PieceSort = (typeof PIECE_SORTS)[number];
export const PIECES_PAGE = 20;

/**
 * A keyset cursor: the sort key of the last piece seen. `new`: "<createdAt ms>.<id>";
 * `liked`: "<likeCount>.<createdAt ms>.<id>". Anything else is a 422.
 */
const cursorText = z.string().regex(/^(\d{1,10}\.)?\d{1,15}\.[a-z0-9]{20,40}$/, { error: 'cakes.validation.cursor' });

export const cakePiecesQuery = z
  .object({
    sort: z.enum(PIECE_SORTS, { error: 'cakes.validation.sort' }).default('new'),
    cursor: cursorText.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(PIECES_PAGE),
  })
  .refine((q) => !q.cursor || q.cursor.split('.').length === (q.sort === 'new' ? 2 : 3), { error: 'cakes.validation.cursor', path: ['cursor'] });
export type CakePiecesQuery = z.infer<typeof cakePiecesQuery>;

export const BROWSE_PAGE = 20;
export const browseQuery = z.object({
  q: line().max(60, { error: 'cakes.validation.searchLength' }).optional(),
  kind: z.enum(SHOW_KINDS, { error: 'cakes.validation.kind' }).optional(),
  /** Popularity over public pieces recorded this month (Korea time), or ever. */
  period: z.enum(['month', 'all'], { error: 'cakes.validation.period' }).default('month'),
  offset: z.coerce.number().int().min(0).max(1000).default(0),
});
export type BrowseQuery = z.infer<typeof browseQuery>;

export const likedQuery = z.object({ cursor: z.string().regex(/^\d{1,15}\.[a-z0-9]{20,40}$/, { error: 'cakes.validation.cursor' }).optional() });

// ── DTOs ────────────────────────────────────────────────────────────────────

export interface ShowDto {
  id: string;
  title: string;
  kind: ShowKindName;
  year: number | null;
  genre: string | null;
  venue: string | null;
  runStart: string | null;
  runEnd: string | null;
  /** The provider's poster, or the show's generated art. */
  imageUrl: string;
}

export interface CakeStatsDto {
  /** Public pieces of the show. */
  pieceCount: number;
  ratedCount: number;
  /** Average in half stars (1–10), null when nobody rated. */
  averageRating: number | null;
  /** Index i = rating i + 1 half stars (0.5 ★ … 5 ★). */
  histogram: number[];
}

export interface CakeRoomDto {
  /** Null until the first person joins (the room is made then). */
  id: string | null;
  memberCount: number;
  joined: boolean;
  muted: boolean;
}

export interface CakeDto {
  show: ShowDto;
  stats: CakeStatsDto;
  room: CakeRoomDto;
}

export interface CakePieceDto {
  id: string;
  showId: string;
  owner: UserBrief;
  date: string;
  rating: number | null;
  review: string | null;
  /** The piece's main photo (thumbnail), or its show's poster or art. */
  thumbUrl: string;
  likeCount: number;
  liked: boolean;
  mine: boolean;
  createdAt: string;
}

export interface PiecePage {
  pieces: CakePieceDto[];
  nextCursor: string | null;
}

export interface CakeCardDto extends ShowDto {
  pieceCount: number;
  monthPieceCount: number;
}

export interface LikedPieceDto extends CakePieceDto {
  showTitle: string;
  showKind: ShowKindName;
}
