// What pieces publish, always after the write committed: the owner's other screens
// (calendar, list, the piece page on another device) refetch through the GET routes.
import { publish } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';

export type PieceChange = 'created' | 'updated' | 'deleted';

export const publishPieceChanged = (ownerId: string, pieceId: string, change: PieceChange) =>
  publish(channels.user(ownerId), 'piece-changed', { pieceId, change });
