// The piece form's values and how they become the API's input: pure, shared by the
// create and edit pages, the scan prefill and the show search pick.
import type { PieceCreateInput, PieceDto, PieceKind, PiecePhotoDto } from './schemas';

export interface PieceFormValues {
  kind: PieceKind;
  title: string;
  date: string;
  time: string;
  venue: string;
  cast: string[];
  seat: string;
  /** As typed: digits, maybe with commas or "원". */
  price: string;
  companions: string;
  rating: number | null;
  review: string;
  note: string;
  isPublic: boolean;
  photo: PiecePhotoDto | null;
  photos: PiecePhotoDto[];
  catalogKey: string | null;
}

export const emptyValues = (date: string): PieceFormValues => ({
  kind: 'MUSICAL', title: '', date, time: '', venue: '', cast: [], seat: '', price: '', companions: '',
  rating: null, review: '', note: '', isPublic: false, photo: null, photos: [], catalogKey: null,
});

export const fromPiece = (p: PieceDto): PieceFormValues => ({
  kind: p.kind, title: p.title, date: p.date, time: p.time ?? '', venue: p.venue ?? '', cast: p.cast, seat: p.seat ?? '',
  price: p.price === null ? '' : String(p.price).replace(/\B(?=(\d{3})+(?!\d))/g, ','), companions: p.companions ?? '', rating: p.rating, review: p.review ?? '',
  note: p.note ?? '', isPublic: p.isPublic, photo: p.photo, photos: p.photos, catalogKey: null,
});

/** "55,000원" → 55000; '' → null; anything else that is not a whole number of won → NaN (the server says why). */
export function parsePrice(typed: string): number | null {
  const s = typed.replace(/[\s,]/g, '').replace(/원$/, '');
  if (s === '') return null;
  return /^\d+$/.test(s) ? Number(s) : Number.NaN;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

export function toInput(v: PieceFormValues): PieceCreateInput {
  const price = parsePrice(v.price);
  return {
    kind: v.kind, title: v.title.trim(), date: v.date, time: orNull(v.time), venue: orNull(v.venue), cast: v.cast,
    seat: orNull(v.seat), price: price === null ? null : price, companions: orNull(v.companions), rating: v.rating,
    review: orNull(v.review), note: orNull(v.note), isPublic: v.isPublic,
    photoId: v.photo?.id ?? null, photoIds: v.photos.map((p) => p.id),
    ...(v.catalogKey ? { catalogKey: v.catalogKey } : {}),
  };
}

/** What a ticket scan or a show pick can fill in; only what it found is given. */
export type PieceFormPrefill = Partial<Pick<PieceFormValues, 'kind' | 'title' | 'date' | 'time' | 'venue' | 'seat' | 'cast' | 'catalogKey'>> & { price?: number | string | null };

/** The form with what was found filled in; fields it did not find keep what the person typed. */
export function applyPrefill(v: PieceFormValues, found: PieceFormPrefill): PieceFormValues {
  const next = { ...v };
  for (const k of ['kind', 'title', 'date', 'time', 'venue', 'seat', 'catalogKey'] as const) {
    const value = found[k];
    if (typeof value === 'string' && value.trim() !== '') (next as Record<string, unknown>)[k] = value.trim();
  }
  if (found.cast?.length) next.cast = [...new Set([...v.cast, ...found.cast.map((c) => c.trim()).filter(Boolean)])];
  if (found.price !== undefined && found.price !== null && String(found.price).trim() !== '') next.price = String(found.price);
  return next;
}

/** Half stars (1…10) as stars: 7 → 3.5. */
export const starsOf = (rating: number) => rating / 2;
