// What a like publishes, after the statement committed: the new count on the cake's
// channel (everyone looking at that cake page) and on the owner's channel (their own
// piece pages). Two events whatever the number of people watching.
import { publishBatch } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';

export interface PieceLiked {
  pieceId: string;
  showId: string;
  ownerId: string;
  likeCount: number;
}

export const publishPieceLiked = (e: PieceLiked) =>
  publishBatch([
    { channel: channels.show(e.showId), name: 'piece-liked', data: { pieceId: e.pieceId, likeCount: e.likeCount } },
    { channel: channels.user(e.ownerId), name: 'piece-liked', data: { pieceId: e.pieceId, showId: e.showId, likeCount: e.likeCount } },
  ]);
