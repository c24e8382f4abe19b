// Folding realtime events and mutation answers into the cached GET shapes. Events can
// arrive in any order (two gives published at once): a board copy older than the one
// held (lower version) is dropped, and a finished or cancelled board never comes back to life.
import type { BoardDto, ChildBoardDto, WishDto, WishesDto, WishStatus } from './schemas';

// Boards this tab has seen cancelled. Cancelling is final, and unlike finished boards a
// cancelled one is kept nowhere in the cache, so without this a stale copy of it (a give
// that raced the cancel, delivered later) would take the open slot again.
const cancelled = new Set<string>();

/** The boards cache (or anything listing children with their open board) with `board` applied; null when its child is unknown here (refetch). */
export function mergeBoard<T extends { children: ChildBoardDto[]; history: BoardDto[] }>(data: T, board: BoardDto): T | null {
  if (board.status === 'CANCELLED') cancelled.add(board.id);
  else if (cancelled.has(board.id)) return data;
  const slot = data.children.findIndex((c) => c.child.id === board.childId);
  if (slot < 0) return null;
  const current = data.children[slot].board;
  const finished = data.history.find((h) => h.id === board.id);
  let open = current;
  let history = data.history;
  if (board.status === 'CANCELLED') {
    // It leaves the open slot and goes nowhere else (it was never a gift).
    if (current?.id !== board.id) return data;
    open = null;
  } else if (board.status === 'DONE') {
    if (current?.id === board.id) open = null;
    if (!finished) history = [board, ...data.history].sort((a, b) => (b.giftGivenAt ?? '').localeCompare(a.giftGivenAt ?? ''));
  } else if (finished) {
    return data;
  } else if (current?.id === board.id) {
    if (board.version < current.version) return data;
    open = board;
  } else if (current && board.createdAt < current.createdAt) {
    return data;
  } else {
    // No open board here, or an older one that finished while we were away.
    open = board;
  }
  if (open === current && history === data.history) return data;
  return { ...data, children: data.children.map((c, i) => (i === slot ? { ...c, board: open } : c)), history };
}

const RANK: Record<WishStatus, number> = { WISHED: 0, ON_BOARD: 1, GIVEN: 2 };

/**
 * The wishlist cache with `wish` added or updated; null if its child is unknown. A status
 * never goes back, except ON_BOARD → WISHED when its board was cancelled (`returned`).
 */
export function mergeWish(data: WishesDto, wish: WishDto, returned = false): WishesDto | null {
  const slot = data.children.findIndex((c) => c.child.id === wish.childId);
  if (slot < 0) return null;
  const list = data.children[slot].wishes;
  const at = list.findIndex((w) => w.id === wish.id);
  const back = returned && wish.status === 'WISHED' && list[at]?.status === 'ON_BOARD';
  if (at >= 0 && !back && RANK[wish.status] < RANK[list[at].status]) return data;
  const wishes = at >= 0 ? list.map((w, i) => (i === at ? wish : w)) : [wish, ...list];
  return { children: data.children.map((c, i) => (i === slot ? { ...c, wishes } : c)) };
}

export function removeWishFrom(data: WishesDto, id: string): WishesDto {
  return { children: data.children.map((c) => ({ ...c, wishes: c.wishes.filter((w) => w.id !== id) })) };
}
