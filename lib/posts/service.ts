// Group orders (같이 주문): a person's neighbourhood, posts near it, and the post's life
// RECRUITING → CLOSED (author, full, deadline) → DONE. Membership lives in membership.ts.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { findArea } from '@/lib/areas/data';
import { areasWithin, distanceKm, type RadiusKm } from '@/lib/areas/service';
import { addMember, systemMessage } from '@/lib/chat/room-tx';
import { idSchema } from '@/lib/schemas';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getOwnPostOrThrow, getPostForViewer, requireArea } from './access';
import { postInclude, toPostDto, type Membership, type PostDto } from './dto';
import { afterPostChange, storePostNotices } from './notify';
import type { CreatePostInput, ListQuery, UpdatePostInput } from './schemas';

const MAX_DEADLINE_MS = 7 * 24 * 3600_000;

export async function setMyArea(userId: string, areaCode: string, radiusKm?: RadiusKm) {
  const area = findArea(areaCode);
  if (!area) throw new AppError('validation_failed', 'posts.errors.area');
  await db.user.update({ where: { id: userId }, data: { areaCode, ...(radiusKm ? { postRadiusKm: radiusKm } : {}) } });
  return myArea(userId);
}

export async function setMyRadius(userId: string, radiusKm: RadiusKm) {
  await db.user.update({ where: { id: userId }, data: { postRadiusKm: radiusKm } });
  return myArea(userId);
}

export async function myArea(userId: string) {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { areaCode: true, postRadiusKm: true } });
  const area = u.areaCode ? findArea(u.areaCode) : undefined;
  return { area: area ?? null, radiusKm: u.postRadiusKm as RadiusKm };
}

function checkDeadline(deadline: Date) {
  const t = now().getTime();
  if (deadline.getTime() <= t + 60_000 || deadline.getTime() > t + MAX_DEADLINE_MS) {
    throw new AppError('validation_failed', 'posts.errors.deadline');
  }
}

export async function createPost(author: { id: string; displayName: string }, input: CreatePostInput): Promise<PostDto> {
  const user = await db.user.findUniqueOrThrow({ where: { id: author.id }, select: { areaCode: true } });
  const areaCode = requireArea(user);
  checkDeadline(input.deadline);
  const post = await db.$transaction(async (tx) => {
    const room = await tx.room.create({ data: { kind: 'OPEN', name: input.title, createdById: author.id } });
    const post = await tx.post.create({ data: { ...input, authorId: author.id, areaCode, roomId: room.id }, include: postInclude });
    await tx.room.update({ where: { id: room.id }, data: { topic: `post:${post.id}` } });
    await addMember(tx, room.id, author.id);
    await systemMessage(tx, room.id, 'post-opened', { actor: author.displayName });
    return post;
  });
  return toPostDto(post, 'author', 0);
}

// Keyset cursors: "<ISO time>|<id>" of the last row of the previous page.
function parseCursor(cursor: string | undefined): { t: Date; id: string } | null {
  if (!cursor) return null;
  const [iso, id] = cursor.split('|');
  const t = new Date(iso);
  if (!id || !idSchema.safeParse(id).success || Number.isNaN(t.getTime())) throw new AppError('validation_failed', 'posts.errors.cursor');
  return { t, id };
}

export async function listPosts(userId: string, q: ListQuery) {
  await closeExpiredPosts();
  const me = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { areaCode: true, postRadiusKm: true } });
  const home = requireArea(me);
  const radius = (q.radiusKm ?? me.postRadiusKm) as RadiusKm;
  const nearby = areasWithin(home, radius);
  const distance = new Map(nearby.map((n) => [n.area.code, n.distanceKm]));
  const cursor = parseCursor(q.cursor);
  const byDeadline = q.order === 'deadline';
  const where: Prisma.PostWhereInput = {
    areaCode: { in: [...distance.keys()] },
    deletedAt: null,
    ...(q.category ? { category: q.category } : {}),
    ...(q.status === 'recruiting' ? { status: 'RECRUITING' } : q.status === 'closed' ? { status: { in: ['CLOSED', 'DONE'] } } : {}),
    // A person the author banned no longer sees the post.
    room: { members: { none: { userId, bannedAt: { not: null } } } },
    ...(cursor
      ? byDeadline
        ? { OR: [{ deadline: { gt: cursor.t } }, { deadline: cursor.t, id: { gt: cursor.id } }] }
        : { OR: [{ createdAt: { lt: cursor.t } }, { createdAt: cursor.t, id: { lt: cursor.id } }] }
      : {}),
  };
  const rows = await db.post.findMany({
    where,
    include: { ...postInclude, room: { select: { members: { where: { userId }, select: { leftAt: true, bannedAt: true } } } } },
    orderBy: byDeadline ? [{ deadline: 'asc' }, { id: 'asc' }] : [{ createdAt: 'desc' }, { id: 'desc' }],
    take: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  const posts = page.map((p) => {
    const m = p.room.members[0];
    const rel: Membership = p.authorId === userId ? 'author' : m && !m.leftAt && !m.bannedAt ? 'member' : 'none';
    return toPostDto(p, rel, distance.get(p.areaCode) ?? null);
  });
  const nextCursor = rows.length > q.limit && last ? `${(byDeadline ? last.deadline : last.createdAt).toISOString()}|${last.id}` : null;
  return { posts, nextCursor, radiusKm: radius };
}

export async function getPost(userId: string, postId: string): Promise<PostDto> {
  await getPostForViewer(userId, postId); // 404 first: a refused read changes nothing
  await closeExpiredPosts(postId);
  const { post, me } = await getPostForViewer(userId, postId);
  const viewer = await db.user.findUnique({ where: { id: userId }, select: { areaCode: true } });
  const home = viewer?.areaCode ? findArea(viewer.areaCode) : undefined;
  const there = findArea(post.areaCode);
  return toPostDto(post, me, home && there ? distanceKm(home, there) : null);
}

export async function updatePost(actor: { id: string; displayName: string }, postId: string, input: UpdatePostInput): Promise<PostDto> {
  const before = await getOwnPostOrThrow(actor.id, postId);
  if (before.status === 'DONE') throw new AppError('conflict', 'posts.errors.done');
  if (input.deadline) checkDeadline(input.deadline);
  if (input.wanted !== undefined && input.wanted < before.joinedCount) throw new AppError('validation_failed', 'posts.errors.wantedBelowJoined');
  const post = await db.$transaction(async (tx) => {
    const post = await tx.post.update({ where: { id: postId }, data: input, include: postInclude });
    if (input.title) await tx.room.update({ where: { id: post.roomId }, data: { name: input.title } });
    return post;
  });
  // Members hear about what changes their plans: the deadline, the place, the fee.
  const changed = (['deadline', 'place', 'deliveryFee'] as const).filter((k) => k in input && String(input[k]) !== String(before[k]));
  if (changed.length) {
    const { row, notices } = await db.$transaction(async (tx) => ({
      row: await systemMessage(tx, post.roomId, 'post-edited', { actor: actor.displayName, fields: changed.join(',') }),
      notices: await storePostNotices(tx, post, 'edited', actor.id),
    }));
    defer(afterPostChange(post, row, notices));
  }
  return toPostDto(post, 'author');
}

export async function deletePost(actor: { id: string; displayName: string }, postId: string) {
  const post = await getOwnPostOrThrow(actor.id, postId);
  const { deleted, row, notices } = await db.$transaction(async (tx) => {
    const deleted = await tx.post.update({ where: { id: postId }, data: { deletedAt: now(), status: post.status === 'RECRUITING' ? 'CLOSED' : post.status, closedReason: post.closedReason ?? 'author' } });
    return { deleted, row: await systemMessage(tx, post.roomId, 'post-deleted', { actor: actor.displayName }), notices: await storePostNotices(tx, deleted, 'deleted', actor.id) };
  });
  defer(afterPostChange(deleted, row, notices));
  return { ok: true };
}

/** Author actions: close recruiting, reopen it (before the deadline, when there is room), mark delivered. */
export async function changeStatus(actor: { id: string; displayName: string }, postId: string, action: 'close' | 'reopen' | 'deliver'): Promise<PostDto> {
  const post = await getOwnPostOrThrow(actor.id, postId);
  const t = now();
  const rule = {
    close: { from: ['RECRUITING'], to: 'CLOSED', reason: 'author', key: 'post-closed', extra: {} },
    reopen: { from: ['CLOSED'], to: 'RECRUITING', reason: null, key: 'post-reopened', extra: { deadline: { gt: t }, joinedCount: { lt: post.wanted } } },
    deliver: { from: ['RECRUITING', 'CLOSED'], to: 'DONE', reason: post.closedReason ?? 'author', key: 'post-delivered', extra: {} },
  }[action];
  const updated = await db.$transaction(async (tx) => {
    // Conditional on the state we checked: a join or the deadline racing this wins or loses cleanly.
    const n = await tx.post.updateMany({
      where: { id: postId, deletedAt: null, status: { in: rule.from as PostDto['status'][] }, ...rule.extra },
      data: { status: rule.to as PostDto['status'], closedReason: rule.reason },
    });
    if (n.count === 0) return null;
    const row = await systemMessage(tx, post.roomId, rule.key, { actor: actor.displayName });
    const fresh = await tx.post.findUniqueOrThrow({ where: { id: postId }, include: postInclude });
    const notices = await storePostNotices(tx, fresh, action === 'close' ? 'closed' : action === 'reopen' ? 'reopened' : 'delivered', actor.id);
    return { post: fresh, row, notices };
  });
  if (!updated) throw new AppError('conflict', action === 'reopen' ? 'posts.errors.cannotReopen' : 'posts.errors.statusChanged');
  defer(afterPostChange(updated.post, updated.row, updated.notices));
  return toPostDto(updated.post, 'author');
}

/**
 * Close every recruiting post whose deadline has passed: run by the cron route and
 * lazily before posts are read, so a missed cron never shows a stale "recruiting".
 */
export async function closeExpiredPosts(onlyId?: string) {
  const due = await db.post.findMany({ where: { ...(onlyId ? { id: onlyId } : {}), status: 'RECRUITING', deadline: { lte: now() }, deletedAt: null }, select: { id: true }, take: 200 });
  let closed = 0;
  for (const { id } of due) {
    const post = await db.$transaction(async (tx) => {
      const n = await tx.post.updateMany({ where: { id, status: 'RECRUITING', deadline: { lte: now() } }, data: { status: 'CLOSED', closedReason: 'deadline' } });
      if (n.count === 0) return null;
      const p = await tx.post.findUniqueOrThrow({ where: { id } });
      return { p, row: await systemMessage(tx, p.roomId, 'post-closed-deadline', {}), notices: await storePostNotices(tx, p, 'closed', null) };
    });
    if (post) {
      closed++;
      defer(afterPostChange(post.p, post.row, post.notices));
    }
  }
  return { closed };
}
