// After a post changes: its system line and the change reach the room live, and members
// who are not looking at the room get a notice (notification center, push when away).
import type { Post } from '@/lib/generated/prisma/client';
import { activeMemberIds } from '@/lib/chat/access';
import { toMessageDto, type MessageRow } from '@/lib/chat/dto';
import { publishMessage } from '@/lib/chat/events';
import { translator } from '@/lib/i18n/messages';
import { presentUserIds } from '@/lib/notifications/message-push';
import { notify } from '@/lib/notifications/service';
import { publishPostChanged } from './events';
import { feePerPerson } from './dto';

export type PostEvent = 'closed' | 'reopened' | 'edited' | 'delivered' | 'deleted' | 'joined' | 'left' | 'banned' | 'full';
// What members are told about (joins and leaves show in the room only).
const NOTICES: Partial<Record<PostEvent, 'closed' | 'reopened' | 'edited' | 'delivered' | 'deleted'>> = {
  closed: 'closed', full: 'closed', reopened: 'reopened', edited: 'edited', delivered: 'delivered', deleted: 'deleted',
};

export async function afterPostChange(post: Post, row: MessageRow | null, event: PostEvent, actorId: string | null) {
  const memberIds = await activeMemberIds(post.roomId);
  if (row) await publishMessage(toMessageDto(row), memberIds);
  await publishPostChanged({ id: post.id, roomId: post.roomId, status: post.status, joined: post.joinedCount, wanted: post.wanted });
  const notice = NOTICES[event];
  if (!notice) return;
  const present = await presentUserIds(post.roomId);
  const away = memberIds.filter((id) => id !== actorId && !present.has(id));
  if (!away.length) return;
  await notify(away, {
    kind: 'post',
    title: (l) => translator(l)(`posts.notify.${notice}`, { title: post.title }),
    body: (l) => translator(l)('posts.notify.body', { joined: post.joinedCount, wanted: post.wanted, fee: feePerPerson(post.deliveryFee, post.joinedCount) ?? 0 }),
    url: `/neighbourhood/posts/${post.id}`,
  });
}
