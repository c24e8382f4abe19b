// Shows and pieces written straight to the database, for cake tests (the piece API is
// another part's; these tests are about what cakes make of pieces).
import { db } from '@/lib/db';
import { normaliseTitle } from '@/lib/shows/normalise';
import type { ShowKind } from '@/lib/generated/prisma/client';
import { uniqueId } from './client';

export async function makeShow(title = `케이크 ${uniqueId('s')}`, kind: ShowKind = 'MUSICAL', extra: { venue?: string; year?: number } = {}) {
  return db.show.create({ data: { key: `test:${uniqueId('k')}:${Math.random()}`, kind, title, normTitle: normaliseTitle(title), year: extra.year ?? 2026, venue: extra.venue } });
}

interface PieceOpts {
  isPublic?: boolean;
  rating?: number | null;
  createdAt?: Date;
  likeCount?: number;
  review?: string;
}

export async function makePiece(ownerId: string, show: { id: string; kind: ShowKind; title: string }, o: PieceOpts = {}) {
  return db.piece.create({
    data: {
      ownerId, showId: show.id, kind: show.kind, title: show.title, date: new Date('2026-03-01T00:00:00Z'),
      isPublic: o.isPublic ?? true, rating: o.rating ?? null, likeCount: o.likeCount ?? 0, review: o.review ?? null,
      ...(o.createdAt ? { createdAt: o.createdAt } : {}),
    },
  });
}
