// Rows to the shapes the wishlist and board APIs return (and events carry).
import type { Board, Wish } from '@/lib/generated/prisma/client';
import type { BoardDto, BoardStatus, WishDto } from './schemas';

export type WishRow = Wish;
export type BoardRow = Board & { wish: Wish };

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toWishDto = (w: WishRow): WishDto => ({
  id: w.id,
  circleId: w.circleId,
  childId: w.childId,
  name: w.name,
  imageUrl: w.imageUrl,
  price: w.price,
  link: w.link,
  source: w.source,
  sourceId: w.sourceId,
  status: w.status,
  createdAt: w.createdAt.toISOString(),
  givenAt: iso(w.givenAt),
});

/** Counts only grow and DONE/CANCELLED are final, so this orders every copy of one board. */
export const boardVersion = (b: { given: number; attached: number; status: BoardStatus }) =>
  b.given + b.attached + (b.status === 'DONE' || b.status === 'CANCELLED' ? 1 : 0);

export const toBoardDto = (b: BoardRow): BoardDto => ({
  id: b.id,
  circleId: b.circleId,
  childId: b.childId,
  goal: b.goal,
  given: b.given,
  attached: b.attached,
  status: b.status,
  version: boardVersion(b),
  startedById: b.startedById,
  createdAt: b.createdAt.toISOString(),
  fullAt: iso(b.fullAt),
  giftGivenAt: iso(b.giftGivenAt),
  cancelledAt: iso(b.cancelledAt),
  wish: toWishDto(b.wish),
});
