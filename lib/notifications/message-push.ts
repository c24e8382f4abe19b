// Push for chat messages. Decision: a message creates no row in the notification
// center (that is for app events); like KakaoTalk, a message is a push to the
// members who are not looking at the room and have not muted it, plus the unread
// badge the chat list already shows.
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { pusher } from '@/lib/realtime/server';
import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/config';
import type { AfterSend } from '@/lib/chat/hooks';
import { previewOf } from '@/lib/chat/preview';
import type { MessageDto } from '@/lib/chat/schemas';
import { pushTargetSelect, pushToTargets } from './push';
import type { PushPayload } from './schemas';

/**
 * Who is looking at the room right now: the open room's page subscribes to its
 * presence channel. If the realtime server cannot say, assume nobody — a push too
 * many is better than a message missed.
 */
export async function presentUserIds(roomId: string): Promise<Set<string>> {
  try {
    const res = await pusher().get({ path: `/channels/${channels.roomPresence(roomId)}/users` });
    if (!res.ok) return new Set();
    const body = (await res.json()) as { users?: { id: string }[] };
    return new Set((body.users ?? []).map((u) => String(u.id)));
  } catch (err) {
    console.warn('[moa] presence lookup failed:', (err as Error).message);
    return new Set();
  }
}

function messageText(m: MessageDto, locale: Locale) {
  const t = translator(locale);
  if (m.kind === 'STICKER') return t('notifications.push.sticker');
  if (m.kind === 'IMAGE') return t('notifications.push.image');
  if (m.kind === 'VIDEO') return t('notifications.push.video');
  if (m.kind === 'FILE') return t('notifications.push.file', { name: m.attachment?.fileName ?? '' });
  return previewOf(m);
}

async function roomTitle(roomId: string, kind: string) {
  if (kind === 'DIRECT') return null;
  const room = await db.room.findUnique({ where: { id: roomId }, select: { name: true, circle: { select: { name: true } } } });
  return room?.circle?.name ?? room?.name ?? null;
}

/** The after-send hook: runs in the background, never delays or fails the send. */
export async function pushForMessage({ room, message, pushCandidateIds }: AfterSend) {
  // The send statement already chose the candidates (other active members who have not
  // muted the room and have a device); most sends stop here.
  if (!pushCandidateIds.length || message.kind === 'SYSTEM') return;
  const targets = await db.pushSubscription.findMany({
    where: { userId: { in: pushCandidateIds } },
    select: { ...pushTargetSelect, userId: true },
  });
  if (!targets.length) return;
  const present = await presentUserIds(room.id);
  const away = targets.filter((t) => !present.has(t.userId));
  if (!away.length) return;

  const sender = message.sender?.displayName ?? '';
  const title = await roomTitle(room.id, room.kind);
  const payloadFor = (locale: Locale): PushPayload => {
    const text = messageText(message, locale);
    return {
      // 1:1: the sender is the title. Rooms: the room is the title, "sender: text" the body.
      title: title ?? sender,
      body: title ? `${sender}: ${text}` : text,
      url: `/chat/${room.id}`,
      tag: room.id,
    };
  };
  await pushToTargets(away, payloadFor, { ttl: 24 * 3600, urgency: 'high' });
}
