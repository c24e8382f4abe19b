// Who may see or change a post. Any signed-in person may read a post's summary (not its
// room); a person the author banned no longer sees it at all; only the author edits.
import { db } from '@/lib/db';
import { notFound, AppError } from '@/lib/errors';
import type { Membership } from './dto';
import { postInclude } from './dto';

export async function membershipOf(postRoomId: string, authorId: string, userId: string): Promise<Membership> {
  if (authorId === userId) return 'author';
  const m = await db.roomMember.findUnique({ where: { roomId_userId: { roomId: postRoomId, userId } }, select: { leftAt: true, bannedAt: true } });
  if (m?.bannedAt) return 'banned';
  return m && !m.leftAt ? 'member' : 'none';
}

/** A live post the actor may read, with their relation to it; 404 when deleted or when banned from it. */
export async function getPostForViewer(actorId: string, postId: string) {
  const post = await db.post.findFirst({ where: { id: postId, deletedAt: null }, include: postInclude });
  if (!post) throw notFound();
  const me = await membershipOf(post.roomId, post.authorId, actorId);
  if (me === 'banned') throw notFound();
  return { post, me };
}

/** A live post the actor wrote; 404 to anyone else (the author's rights are not advertised). */
export async function getOwnPostOrThrow(actorId: string, postId: string) {
  const post = await db.post.findFirst({ where: { id: postId, authorId: actorId, deletedAt: null }, include: postInclude });
  if (!post) throw notFound();
  return post;
}

export function requireArea(user: { areaCode: string | null }): string {
  if (!user.areaCode) throw new AppError('conflict', 'posts.errors.noArea', { reason: 'no_area' });
  return user.areaCode;
}
