// Couple pairing by login ID: send, cancel, reject, accept. One couple per person,
// enforced by per-person locks here and by a partial unique index underneath.
import { db, type Tx } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { hit, type Limit } from '@/lib/rate-limit';
import { createCircleRoom } from '@/lib/chat/room-tx';
import { publishRoomChanged } from '@/lib/chat/events';
import { settleCouplesOf } from './dissolve';
import { publishCirclesChanged, publishCoupleRequestsChanged } from './events';
import { getCircle } from './service';
import type { CoupleRequestDto, CoupleRequestsDto } from './schemas';
import { isUniqueViolation } from '@/lib/sql';
import { toUserBrief, userBriefSelect } from '@/lib/users/brief';
import { normaliseLoginId } from '@/lib/accounts/schemas';
import { notifyCoupleAccepted, notifyCoupleRejected, notifyCoupleRequested, notifyCoupleRequestsClosed } from './couple-notify';

const REQUESTS_PER_HOUR: Limit = { name: 'couple-request', max: 30, windowSeconds: 60 * 60 };

const personSelect = { ...userBriefSelect, loginId: true } as const;

/**
 * Serialise everything that pairs these people (requests and accepts) until the
 * transaction ends. Sorted, so two transactions never wait on each other in a cycle.
 */
async function lockPeople(tx: Tx, userIds: string[]) {
  for (const id of [...new Set(userIds)].sort()) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`couple:${id}`}))`;
}

async function refuseIfPaired(tx: Tx, actorId: string, otherId: string) {
  const paired = await tx.circleMember.findMany({ where: { userId: { in: [actorId, otherId] }, role: 'PARTNER' }, select: { userId: true } });
  if (paired.some((p) => p.userId === actorId)) throw new AppError('conflict', 'errors.coupleYouArePaired');
  if (paired.length) throw new AppError('conflict', 'errors.coupleTheyArePaired');
}

export async function sendCoupleRequest(userId: string, loginId: string) {
  await hit(REQUESTS_PER_HOUR, userId);
  const target = await db.user.findUnique({ where: { loginId: normaliseLoginId(loginId) }, select: { id: true, deletedAt: true } });
  if (!target || target.deletedAt) throw new AppError('not_found', 'errors.coupleUserNotFound');
  if (target.id === userId) throw new AppError('bad_request', 'errors.coupleSelf');
  await Promise.all([settleCouplesOf(userId), settleCouplesOf(target.id)]);
  let request;
  try {
    request = await db.$transaction(async (tx) => {
      await lockPeople(tx, [userId, target.id]);
      await refuseIfPaired(tx, userId, target.id);
      const pending = await tx.coupleRequest.findFirst({
        where: { status: 'PENDING', OR: [{ fromId: userId, toId: target.id }, { fromId: target.id, toId: userId }] },
      });
      if (pending?.fromId === userId) throw new AppError('conflict', 'errors.coupleRequestDuplicate');
      if (pending) throw new AppError('conflict', 'errors.coupleRequestFromThem', { requestId: pending.id });
      return tx.coupleRequest.create({
        data: { fromId: userId, toId: target.id, createdAt: now() },
        include: { to: { select: personSelect }, from: { select: { displayName: true } } },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('conflict', 'errors.coupleRequestDuplicate');
    throw err;
  }
  await publishCoupleRequestsChanged([userId, target.id]);
  await notifyCoupleRequested(target.id, request.from.displayName);
  return toRequestDto(request.id, request.to, request.createdAt);
}

function toRequestDto(id: string, other: { id: string; loginId: string | null; displayName: string; avatarKey: string | null; deletedAt: Date | null }, createdAt: Date): CoupleRequestDto {
  return { id, user: { ...toUserBrief(other), loginId: other.loginId ?? '' }, createdAt: createdAt.toISOString() };
}

/** Pending requests both ways, newest first; requests from deleted accounts are left out. */
export async function listCoupleRequests(userId: string): Promise<CoupleRequestsDto> {
  await settleCouplesOf(userId);
  const rows = await db.coupleRequest.findMany({
    where: { status: 'PENDING', OR: [{ fromId: userId }, { toId: userId }] },
    orderBy: { createdAt: 'desc' },
    include: { from: { select: personSelect }, to: { select: personSelect } },
  });
  const live = rows.filter((r) => !r.from.deletedAt && !r.to.deletedAt);
  return {
    sent: live.filter((r) => r.fromId === userId).map((r) => toRequestDto(r.id, r.to, r.createdAt)),
    received: live.filter((r) => r.toId === userId).map((r) => toRequestDto(r.id, r.from, r.createdAt)),
  };
}

/** Reject (receiver) or cancel (sender): only a pending request changes. */
async function closeRequest(userId: string, requestId: string, side: 'fromId' | 'toId', status: 'REJECTED' | 'CANCELLED') {
  const request = await db.coupleRequest.findFirst({ where: { id: requestId, [side]: userId }, include: { to: { select: { displayName: true } } } });
  if (!request) throw notFound();
  const { count } = await db.coupleRequest.updateMany({ where: { id: requestId, status: 'PENDING' }, data: { status, decidedAt: now() } });
  if (!count) throw new AppError('conflict', 'errors.coupleRequestNotPending');
  await publishCoupleRequestsChanged([request.fromId, request.toId]);
  // A cancelled request is the sender's own doing: only a rejection is news to them.
  if (status === 'REJECTED') await notifyCoupleRejected(request.fromId, request.to.displayName);
}

export const rejectCoupleRequest = (userId: string, requestId: string) => closeRequest(userId, requestId, 'toId', 'REJECTED');
export const cancelCoupleRequest = (userId: string, requestId: string) => closeRequest(userId, requestId, 'fromId', 'CANCELLED');

/**
 * Accept: in one transaction the couple, its room and both partners, and every
 * other pending request of either person cleared.
 */
export async function acceptCoupleRequest(userId: string, requestId: string) {
  const request = await db.coupleRequest.findFirst({ where: { id: requestId, toId: userId } });
  if (!request) throw notFound();
  const pair = [request.fromId, request.toId];
  await Promise.all(pair.map(settleCouplesOf));
  let made;
  try {
    made = await db.$transaction(async (tx) => {
      await lockPeople(tx, pair);
      const fresh = await tx.coupleRequest.findUniqueOrThrow({ where: { id: requestId } });
      if (fresh.status !== 'PENDING') throw new AppError('conflict', 'errors.coupleRequestNotPending');
      await refuseIfPaired(tx, userId, request.fromId);
      const people = await tx.user.findMany({ where: { id: { in: pair } }, select: { id: true, displayName: true, deletedAt: true } });
      if (people.length !== 2 || people.some((p) => p.deletedAt)) throw notFound();
      const nameOf = (id: string) => people.find((p) => p.id === id)!.displayName;
      const at = now();
      await tx.coupleRequest.update({ where: { id: requestId }, data: { status: 'ACCEPTED', decidedAt: at } });
      const circle = await tx.circle.create({
        data: {
          kind: 'COUPLE',
          name: `${nameOf(request.fromId)} ♥ ${nameOf(request.toId)}`,
          members: { create: pair.map((id) => ({ userId: id, role: 'PARTNER' as const })) },
        },
      });
      const room = await createCircleRoom(tx, circle.id, pair);
      const others = { status: 'PENDING' as const, OR: [{ fromId: { in: pair } }, { toId: { in: pair } }] };
      const cleared = await tx.coupleRequest.findMany({ where: others, select: { fromId: true, toId: true } });
      await tx.coupleRequest.updateMany({ where: others, data: { status: 'CANCELLED', decidedAt: at } });
      // Someone else who had asked either of the two is told why their request vanished.
      const closed = cleared.filter((r) => !pair.includes(r.fromId)).map((r) => ({ fromId: r.fromId, toName: nameOf(r.toId) }));
      return { circleId: circle.id, roomId: room.id, touched: cleared.flatMap((r) => [r.fromId, r.toId]), closed, accepterName: nameOf(request.toId) };
    });
  } catch (err) {
    // The partial unique index (one PARTNER membership per person) is the last word.
    if (isUniqueViolation(err)) throw new AppError('conflict', 'errors.coupleAlreadyPaired');
    throw err;
  }
  await Promise.all([
    publishCirclesChanged(pair, made.circleId),
    publishCoupleRequestsChanged([...pair, ...made.touched]),
    publishRoomChanged(made.roomId, pair),
  ]);
  await Promise.all([notifyCoupleAccepted(request.fromId, made.accepterName, made.circleId), notifyCoupleRequestsClosed(made.closed)]);
  return getCircle(userId, made.circleId);
}
