// What the board domain publishes on `private-circle-{id}`, always after the write
// committed. A board event carries the whole board DTO (the GET shape), so open screens
// update their cache without asking the database again.
import { publish } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';
import type { BoardDto, BoardEvent, WishDto, WishEvent, WishRemovedEvent } from './schemas';

export const publishBoard = (board: BoardDto, change: BoardEvent['change']) =>
  publish(channels.circle(board.circleId), 'board', { board, change } satisfies BoardEvent);

export const publishWish = (wish: WishDto) => publish(channels.circle(wish.circleId), 'wish', { wish } satisfies WishEvent);

export const publishWishRemoved = (circleId: string, id: string, childId: string) =>
  publish(channels.circle(circleId), 'wish-removed', { id, childId } satisfies WishRemovedEvent);
