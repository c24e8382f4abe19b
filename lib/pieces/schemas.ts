// Pieces: input schemas and the shapes the API returns, shared by server and client.
// Messages are message-file keys (pieces.validation.*, validation.*), translated by the error layer.
import { z } from 'zod';
import type { UserBrief } from '@/lib/users/brief';
import { ID_PATTERN, idSchema, isCalendarDate, isoDate, line, text } from '@/lib/schemas';
import { layoutSchema, themeSchema, type Layout, type Theme } from './render/looks';

export const KINDS = ['MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER'] as const;
export type PieceKind = (typeof KINDS)[number];

export const MAX_TITLE = 100;
export const MAX_VENUE = 100;
export const MAX_SEAT = 60;
export const MAX_COMPANIONS = 100;
export const MAX_CAST = 30;
export const MAX_CAST_NAME = 40;
export const MAX_REVIEW = 2000;
export const MAX_NOTE = 5000;
export const MAX_EXTRA_PHOTOS = 10;
/** Far above any ticket, and inside a 32-bit integer. */
export const MAX_PRICE = 100_000_000;

const v = (key: string) => `pieces.validation.${key}`;
/** Trimmed, at most `max` characters; '' means "none" (stored as null). */
const optionalLine = (max: number, key: string) => line(v(key)).max(max, { error: v(key) }).nullable().optional();

export const pieceParams = z.object({ pieceId: idSchema });
export const fileParams = z.object({ fileId: idSchema });

const fields = {
  kind: z.enum(KINDS, { error: v('kind') }),
  title: line(v('titleRequired')).min(1, { error: v('titleRequired') }).max(MAX_TITLE, { error: v('titleLength') }),
  date: isoDate(),
  time: z.string({ error: 'validation.time' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' }).nullable().optional(),
  venue: optionalLine(MAX_VENUE, 'venueLength'),
  cast: z
    .array(line(v('castName')).min(1, { error: v('castName') }).max(MAX_CAST_NAME, { error: v('castName') }), { error: v('cast') })
    .max(MAX_CAST, { error: v('cast') })
    .optional(),
  seat: optionalLine(MAX_SEAT, 'seatLength'),
  price: z.number({ error: v('price') }).int({ error: v('price') }).min(0, { error: v('price') }).max(MAX_PRICE, { error: v('price') }).nullable().optional(),
  companions: optionalLine(MAX_COMPANIONS, 'companionsLength'),
  /** Half stars: 1 = ½ star … 10 = 5 stars. */
  rating: z.number({ error: v('rating') }).int({ error: v('rating') }).min(1, { error: v('rating') }).max(10, { error: v('rating') }).nullable().optional(),
  review: text(v('reviewLength')).max(MAX_REVIEW, { error: v('reviewLength') }).nullable().optional(),
  note: text(v('noteLength')).max(MAX_NOTE, { error: v('noteLength') }).nullable().optional(),
  /** The main photo (ticket or poster): one of my uploaded, not yet used files. */
  photoId: idSchema.nullable().optional(),
  /** 자세히 기록하기: extra photos in the order shown. */
  photoIds: z.array(idSchema, { error: v('photos') }).max(MAX_EXTRA_PHOTOS, { error: v('photos') }).optional(),
  layout: layoutSchema.optional(),
  theme: themeSchema.optional(),
  isPublic: z.boolean({ error: v('isPublic') }).optional(),
  /**
   * A show picked from the catalog (show search). Accepted now; until lib/shows has
   * `resolveShow` the piece still meets its show by typed title (see show-link.ts).
   */
  catalogKey: line(v('catalogKey')).min(1, { error: v('catalogKey') }).max(200, { error: v('catalogKey') }).nullable().optional(),
};

const noDuplicatePhotos = (p: { photoId?: string | null; photoIds?: string[] }) => {
  const all = [...(p.photoId ? [p.photoId] : []), ...(p.photoIds ?? [])];
  return new Set(all).size === all.length;
};
const photosRule = { error: v('photoDuplicate'), path: ['photoIds'] };

export const pieceCreateSchema = z.object(fields).refine(noDuplicatePhotos, photosRule);
export type PieceCreateInput = z.infer<typeof pieceCreateSchema>;

export const piecePatchSchema = z
  .object(fields)
  .partial()
  .refine((p) => Object.keys(p).length > 0, { error: 'validation.nothingToChange' })
  .refine(noDuplicatePhotos, photosRule);
export type PiecePatchInput = z.infer<typeof piecePatchSchema>;

export const monthSchema = z.string().regex(/^(2\d{3})-(0[1-9]|1[0-2])$/, { error: 'validation.month' });
/** A list page continues after (date, id) of the last piece shown. */
export const cursorSchema = z
  .string()
  .regex(new RegExp(`^\\d{4}-\\d{2}-\\d{2}~${ID_PATTERN}$`), { error: v('cursor') })
  .refine((c) => isCalendarDate(c.slice(0, 10)), { error: v('cursor') });
export const listQuerySchema = z.object({
  month: monthSchema.optional(),
  kind: z.enum(KINDS, { error: v('kind') }).optional(),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number({ error: v('limit') }).int({ error: v('limit') }).min(1, { error: v('limit') }).max(50, { error: v('limit') }).default(20),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

// ── DTOs ────────────────────────────────────────────────────────────────────

export interface PiecePhotoDto {
  id: string;
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
}

/** What a calendar cell or a list row needs. */
export interface PieceSummaryDto {
  id: string;
  kind: PieceKind;
  title: string;
  date: string;
  time: string | null;
  venue: string | null;
  rating: number | null;
  isPublic: boolean;
  /** The main photo's thumbnail, else the show's poster, else null (a drawn placeholder). */
  thumbUrl: string | null;
}

export interface PieceDto extends PieceSummaryDto {
  showId: string;
  cast: string[];
  seat: string | null;
  price: number | null;
  companions: string | null;
  review: string | null;
  note: string | null;
  layout: Layout;
  theme: Theme;
  photo: PiecePhotoDto | null;
  photos: PiecePhotoDto[];
  version: number;
  likeCount: number;
  isMine: boolean;
  owner: UserBrief;
  createdAt: string;
  updatedAt: string;
}

export interface PieceMonthDto {
  month: string;
  today: string;
  pieces: PieceSummaryDto[];
}

export interface PieceListDto {
  pieces: PieceSummaryDto[];
  nextCursor: string | null;
}

export interface PieceFileDto extends PiecePhotoDto {
  size: number;
}
