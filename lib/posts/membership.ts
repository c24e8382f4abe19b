// Joining, leaving and bans. The post row is the lock: a join is one conditional update
// of its count (never past the wanted number: the WHERE here and a CHECK constraint
// behind it), so any number of people pressing join at once cannot overfill it.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { addMember, systemMessage } from '@/lib/chat/room-tx';
import { disconnectUsers } from '@/lib/realtime/server';
import { publishRoomChanged } from '@/lib/chat/events';
import { ACTIVE_MEMBER } from '@/lib/chat/access';
import { getOwnPostOrThrow, getPostForViewer } from './access';
import { toUserBrief } from '@/lib/users/brief';
import { postInclude, toPostDto, type PostDto } from './dto';
import { afterPostChange, storePostNotices } from './notify';

async function refusal(postId: string): Promise<AppError> {
  const p = await db.post.findUnique({ where: { id: postId }, select: { status: true, deadline: true, joinedCount: true, wanted: true } });
  if (!p || p.status !== 'RECRUITING') return new AppError('conflict', 'posts.errors.notRecruiting', { reason: 'not_recruiting' });
  if (p.deadline <= now()) return new AppError('conflict', 'posts.errors.deadlinePassed', { reason: 'deadline' });
  return new AppError('conflict', 'posts.errors.full', { reason: 'full' });
}

export async function joinPost(actor: { id: string; displayName: string }, postId: string): Promise<PostDto> {
  const { post, me } = await getPostForViewer(actor.id, postId); // 404 when banned
  if (me === 'author' || me === 'member') return toPostDto(post, me);
  const result = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ full: boolean }[]>`
      UPDATE "Post" SET "joinedCount" = "joinedCount" + 1, "updatedAt" = ${now()},
        "status" = CASE WHEN "joinedCount" + 1 >= "wanted" THEN 'CLOSED'::"PostStatus" ELSE "status" END,
        "closedReason" = CASE WHEN "joinedCount" + 1 >= "wanted" THEN 'full' ELSE "closedReason" END
      WHERE "id" = ${postId} AND "status" = 'RECRUITING' AND "deletedAt" IS NULL
        AND "deadline" > ${now()} AND "joinedCount" < "wanted"
      RETURNING ("joinedCount" >= "wanted") AS "full"`;
    if (!rows.length) return null;
    // The post row is locked now: a second join by the same person waits here and then
    // finds the first one's membership (banned or already in: undo by throwing).
    const existing = await tx.roomMember.findUnique({ where: { roomId_userId: { roomId: post.roomId, userId: actor.id } } });
    if (existing?.bannedAt) throw notFound();
    if (existing && !existing.leftAt) throw new AppError('conflict', 'posts.errors.alreadyJoined');
    await addMember(tx, post.roomId, actor.id);
    const lines = [await systemMessage(tx, post.roomId, 'joined', { name: actor.displayName })];
    const fresh = await tx.post.findUniqueOrThrow({ where: { id: postId }, include: postInclude });
    let notices: Awaited<ReturnType<typeof storePostNotices>> = [];
    if (rows[0].full) {
      lines.push(await systemMessage(tx, post.roomId, 'post-full', {}));
      notices = await storePostNotices(tx, fresh, 'closed', null);
    }
    return { post: fresh, lines, full: rows[0].full, notices };
  });
  if (!result) throw await refusal(postId);
  defer(async () => {
    await afterPostChange(result.post, result.lines[0]);
    if (result.full) await afterPostChange(result.post, result.lines[1], result.notices);
    await publishRoomChanged(post.roomId, [actor.id]);
  });
  return toPostDto(result.post, 'member');
}

async function dropMember(postId: string, roomId: string, userId: string, ban: boolean, line: { key: string; args: Record<string, string> }) {
  return db.$transaction(async (tx) => {
    const t = now();
    const n = await tx.roomMember.updateMany({
      where: { roomId, userId, ...ACTIVE_MEMBER },
      data: ban ? { leftAt: t, bannedAt: t } : { leftAt: t },
    });
    if (n.count === 0) {
      if (!ban) return null;
      // Banning someone who already left: keep them out all the same.
      await tx.roomMember.updateMany({ where: { roomId, userId, bannedAt: null }, data: { bannedAt: t } });
      return { post: await tx.post.findUniqueOrThrow({ where: { id: postId } }), row: null };
    }
    const post = await tx.post.update({ where: { id: postId }, data: { joinedCount: { decrement: 1 } } });
    return { post, row: await systemMessage(tx, roomId, line.key, line.args) };
  });
}

export async function leavePost(actor: { id: string; displayName: string }, postId: string) {
  const { post, me } = await getPostForViewer(actor.id, postId);
  if (me === 'author') throw new AppError('conflict', 'posts.errors.authorCannotLeave');
  if (me !== 'member') throw notFound();
  const done = await dropMember(postId, post.roomId, actor.id, false, { key: 'left', args: { name: actor.displayName } });
  if (!done) throw notFound();
  // Before anyone hears of it: not one later event of the room reaches the leaver.
  await disconnectUsers([actor.id]);
  defer(async () => {
    await afterPostChange(done.post, done.row);
    await publishRoomChanged(post.roomId, [actor.id]);
  });
  return { ok: true };
}

export async function banMember(author: { id: string; displayName: string }, postId: string, userId: string) {
  const post = await getOwnPostOrThrow(author.id, postId);
  if (userId === author.id) throw new AppError('validation_failed', 'posts.errors.cannotBanSelf');
  const target = await db.roomMember.findUnique({ where: { roomId_userId: { roomId: post.roomId, userId } }, include: { user: { select: { displayName: true } } } });
  if (!target || target.bannedAt) throw notFound();
  const done = await dropMember(postId, post.roomId, userId, true, { key: 'banned', args: { actor: author.displayName, name: target.user.displayName } });
  await disconnectUsers([userId]);
  defer(async () => {
    if (done) await afterPostChange(done.post, done.row);
    await publishRoomChanged(post.roomId, [userId]);
  });
  return { ok: true };
}

export async function unbanMember(author: { id: string }, postId: string, userId: string) {
  const post = await getOwnPostOrThrow(author.id, postId);
  const n = await db.roomMember.updateMany({ where: { roomId: post.roomId, userId, bannedAt: { not: null } }, data: { bannedAt: null } });
  if (n.count === 0) throw notFound();
  return { ok: true };
}

/** The people in a post's room (members see this; the author also sees whom they banned). */
export async function listPostMembers(actorId: string, postId: string) {
  const { post, me } = await getPostForViewer(actorId, postId);
  if (me !== 'author' && me !== 'member') throw notFound();
  const rows = await db.roomMember.findMany({
    where: { roomId: post.roomId, OR: [{ leftAt: null }, ...(me === 'author' ? [{ bannedAt: { not: null } }] : [])] },
    include: { user: { select: { id: true, displayName: true, avatarKey: true, deletedAt: true } } },
    orderBy: { joinedAt: 'asc' },
  });
  return {
    members: rows.filter((r) => !r.bannedAt).map((r) => ({ ...toUserBrief(r.user), author: r.userId === post.authorId })),
    banned: me === 'author' ? rows.filter((r) => r.bannedAt).map((r) => toUserBrief(r.user)) : [],
  };
}
