// What the chat domain publishes, always after the write committed.
import { publish, publishBatch, publishToUsers } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';
import type { MessageDto, ReactionEvent } from './schemas';
import { previewOf } from './preview';

// Hosted Pusher caps an event at 10 KB; a long Korean message can exceed it. Clients
// refetch when they receive the slim form, so nothing is lost.
const MAX_EVENT_BYTES = 9000;


/** `slim`: send only the position (members refetch it), for content not every member may see. */
export async function publishMessage(m: MessageDto, memberIds: string[], socketId?: string, slim = false) {
  const full = JSON.stringify(m);
  const payload = slim || Buffer.byteLength(full) > MAX_EVENT_BYTES ? { id: m.id, roomId: m.roomId, seq: m.seq, clientId: m.clientId, refetch: true } : m;
  const activity = {
    roomId: m.roomId,
    seq: m.seq,
    senderId: m.sender?.id ?? null,
    senderName: m.sender?.displayName ?? null,
    kind: m.kind,
    preview: previewOf(m),
    at: m.createdAt,
  };
  // Small rooms (1:1, couples, families): one request to the realtime server. Sends in
  // open rooms come with no member ids: one event on the room channel whatever their
  // size, and members' chat lists listen there (lib/chat/queries.ts useOpenRoomActivity).
  if (memberIds.length < 10) {
    await publishBatch([
      { channel: channels.room(m.roomId), name: 'message', data: payload, socketId },
      ...memberIds.map((id) => ({ channel: channels.user(id), name: 'room-activity', data: activity })),
    ]);
    return;
  }
  await Promise.all([publish(channels.room(m.roomId), 'message', payload, socketId), publishToUsers(memberIds, 'room-activity', activity)]);
}

/** A message's reactions changed: everyone's counts, and whose reaction (the reader's own is marked by each client). */
export const publishReaction = (roomId: string, e: ReactionEvent) => publish(channels.room(roomId), 'reaction', e);

export const publishMessageDeleted = (roomId: string, id: string, seq: number) =>
  publish(channels.room(roomId), 'message-deleted', { id, seq });

export const publishRead = (roomId: string, userId: string, lastReadSeq: number, toRoom = true) =>
  Promise.all([
    toRoom ? publish(channels.room(roomId), 'read', { userId, lastReadSeq }) : null,
    publish(channels.user(userId), 'room-read', { roomId, lastReadSeq }),
  ]);

/** Membership or name changed: members refetch the room; removed users drop it. */
export const publishRoomChanged = (roomId: string, userIds: string[]) =>
  Promise.all([publish(channels.room(roomId), 'room-changed', { roomId }), publishToUsers(userIds, 'rooms-changed', { roomId })]);
