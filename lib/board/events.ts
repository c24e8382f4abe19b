// What the board domain publishes, always after the write committed. A board event
// carries the whole board DTO (the GET shape) on `private-circle-{id}`, so open screens
// update their cache without asking the database again: every member may see every
// board. A wish, a child's mission and its runs are the child's own (the GET shows them
// to that child and the parents only), so their events go to those people's user
// channels, never to the family channel that siblings hear.
import { publish, publishToUsers } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';
import { listParentIds } from '@/lib/circles/access';
import type { BoardDto, BoardEvent, WishDto, WishEvent, WishRemovedEvent } from './schemas';

export const publishBoard = (board: BoardDto, change: BoardEvent['change']) =>
  publish(channels.circle(board.circleId), 'board', { board, change } satisfies BoardEvent);

/** To the child and the family's parents only; the event says which family (`circleId`). */
export async function publishToChildAndParents<T extends { circleId: string }>(childId: string, event: string, data: T) {
  const parentIds = await listParentIds(data.circleId);
  return publishToUsers([...new Set([childId, ...parentIds])], event, data);
}

export const publishWish = (wish: WishDto) => publishToChildAndParents(wish.childId, 'wish', { circleId: wish.circleId, wish } satisfies WishEvent);

export const publishWishRemoved = (circleId: string, id: string, childId: string) =>
  publishToChildAndParents(childId, 'wish-removed', { circleId, id, childId } satisfies WishRemovedEvent);
