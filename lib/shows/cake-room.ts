// A cake's open chat room: made the first time someone joins (not with the show, so
// the catalog's thousands of shows do not each carry an empty room), exactly once
// however many join at the same moment.
import { db } from '@/lib/db';
import { newId } from '@/lib/sql';
import { joinOpenRoom } from '@/lib/chat/open-rooms';
import { showTopic } from '@/lib/chat/topics';
import { getShowOrThrow } from './cake-service';

/** The show's room id, creating the room on first use. */
export async function ensureShowRoom(show: { id: string; title: string; roomId: string | null }) {
  if (show.roomId) return show.roomId;
  const topic = showTopic(show.id);
  return db.$transaction(async (tx) => {
    // Concurrent first joins meet on the topic's unique index: one insert wins, the
    // others wait for it and then read its row.
    await tx.$executeRaw`INSERT INTO "Room" (id, kind, name, topic) VALUES (${newId()}, 'OPEN'::"RoomKind", ${show.title}, ${topic}) ON CONFLICT (topic) DO NOTHING`;
    const room = await tx.room.findUniqueOrThrow({ where: { topic }, select: { id: true } });
    await tx.show.updateMany({ where: { id: show.id, roomId: null }, data: { roomId: room.id } });
    return room.id;
  });
}

/** Join the cake's room (made now if nobody had); answers its id. */
export async function joinCakeRoom(actorId: string, showId: string) {
  const roomId = await ensureShowRoom(await getShowOrThrow(showId));
  return joinOpenRoom(roomId, actorId);
}
