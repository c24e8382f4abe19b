// After a post changes: members other than the actor get a notice in their notification
// center, stored in the same transaction as the change (so nothing is written after the
// answer), then delivered live with a push for those away; the system line and the
// change itself reach the room live.
import type { Post } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { ACTIVE_MEMBER, activeMemberIds } from '@/lib/chat/access';
import { toMessageDto, type MessageRow } from '@/lib/chat/dto';
import { publishMessage } from '@/lib/chat/events';
import { translator } from '@/lib/i18n/messages';
import { deliverNotifications, storeNotifications } from '@/lib/notifications/service';
import { publishPostChanged } from './events';
import { feePerPerson } from './dto';

export type Notice = 'closed' | 'reopened' | 'edited' | 'delivered' | 'deleted';
type Stored = Awaited<ReturnType<typeof storeNotifications>>;

/** Inside the change's transaction: a notice for every member but the actor. */
export async function storePostNotices(tx: Tx, post: Post, notice: Notice, actorId: string | null): Promise<Stored> {
  const members = await tx.roomMember.findMany({ where: { roomId: post.roomId, ...ACTIVE_MEMBER }, select: { userId: true } });
  const to = members.map((m) => m.userId).filter((id) => id !== actorId);
  if (!to.length) return [];
  return storeNotifications(tx, to, {
    kind: 'post',
    title: (l) => translator(l)(`posts.notify.${notice}`, { title: post.title }),
    body: (l) => translator(l)('posts.notify.body', { joined: post.joinedCount, wanted: post.wanted, fee: feePerPerson(post.deliveryFee, post.joinedCount) ?? 0 }),
    url: `/neighbourhood/posts/${post.id}`,
  });
}

/** After commit: the room hears the system line and the change; notices go out. */
export async function afterPostChange(post: Post, row: MessageRow | null, notices: Stored = []) {
  deliverNotifications(notices);
  const memberIds = await activeMemberIds(post.roomId);
  if (row) await publishMessage(toMessageDto(row), memberIds);
  await publishPostChanged({ id: post.id, roomId: post.roomId, status: post.status, joined: post.joinedCount, wanted: post.wanted });
}
