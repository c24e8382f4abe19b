// Circles: listing, families and their invite codes. Couples live in
// couple-requests.ts (pairing) and breakup.ts (disconnecting).
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { now } from '@/lib/clock';
import { check, hit, type Limit } from '@/lib/rate-limit';
import { addMember, createCircleRoom, systemMessage } from '@/lib/chat/room-tx';
import { toMessageDto } from '@/lib/chat/dto';
import { publishMessage, publishRoomChanged } from '@/lib/chat/events';
import { getCircleOrThrow, getFamilyAsParentOrThrow } from './access';
import { circleInclude, toCircleDto, toInviteDto } from './dto';
import { settleCouplesOf } from './dissolve';
import { publishCirclesChanged } from './events';
import { INVITE_TTL_MS, generateInviteCode } from './invite-code';
import type { CircleDetailDto, CircleDto, InviteDto, InviteRole } from './schemas';

/** Wrong codes per person before a pause: 40 bits are not guessable, this keeps it so. */
const JOIN_FAILURES: Limit = { name: 'family-join', max: 10, windowSeconds: 15 * 60 };

/** The circles a user belongs to, oldest first, as Home's cards show them. */
export async function listMyCircles(userId: string): Promise<CircleDto[]> {
  await settleCouplesOf(userId);
  const circles = await db.circle.findMany({
    where: { dissolvedAt: null, members: { some: { userId } } },
    orderBy: { createdAt: 'asc' },
    include: circleInclude,
  });
  const at = now();
  return circles.map((c) => toCircleDto(c, userId, at));
}

/** One circle for its page; parents of a family also see the codes still open. */
export async function getCircle(userId: string, circleId: string): Promise<CircleDetailDto> {
  await settleCouplesOf(userId);
  const circle = await getCircleOrThrow(userId, circleId);
  const dto = toCircleDto(circle, userId, now());
  const invites =
    circle.kind === 'FAMILY' && dto.myRole === 'PARENT'
      ? await db.familyInvite.findMany({
          where: { circleId, usedAt: null, expiresAt: { gt: now() } },
          orderBy: { createdAt: 'desc' },
        })
      : [];
  return { ...dto, invites: invites.map(toInviteDto) };
}

/**
 * A new code for one role. The previous unused code for that role stops working
 * (it is expired now), so a parent can hold one code for a child and one for a parent.
 */
async function issueInvite(tx: Tx, circleId: string, role: InviteRole, createdById: string): Promise<InviteDto> {
  const at = now();
  await tx.familyInvite.updateMany({ where: { circleId, role, usedAt: null, expiresAt: { gt: at } }, data: { expiresAt: at } });
  const expiresAt = new Date(at.getTime() + INVITE_TTL_MS);
  // A collision with a stored code is all but impossible; skipDuplicates keeps the transaction usable if it happens.
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = generateInviteCode();
    const { count } = await tx.familyInvite.createMany({ data: [{ code, circleId, role, createdById, createdAt: at, expiresAt }], skipDuplicates: true });
    if (count === 1) return toInviteDto({ code, role, expiresAt });
  }
  throw new Error('could not draw a free invite code');
}

/** Create a family with its room; the creator is its first parent and gets a code for a child. */
export async function createFamily(userId: string, name: string) {
  const { circleId, invite } = await db.$transaction(async (tx) => {
    const circle = await tx.circle.create({ data: { kind: 'FAMILY', name, members: { create: { userId, role: 'PARENT' } } } });
    await createCircleRoom(tx, circle.id, [userId]);
    return { circleId: circle.id, invite: await issueInvite(tx, circle.id, 'CHILD', userId) };
  });
  await publishCirclesChanged([userId], circleId);
  return { circle: await getCircle(userId, circleId), invite };
}

export async function createInvite(userId: string, circleId: string, role: InviteRole) {
  const circle = await getFamilyAsParentOrThrow(userId, circleId);
  const invite = await db.$transaction((tx) => issueInvite(tx, circleId, role, userId));
  await publishCirclesChanged(
    circle.members.filter((m) => m.role === 'PARENT').map((m) => m.userId),
    circleId,
  );
  return invite;
}

const codeError = (key: string) => new AppError('not_found', key);

/** Use a code: single use, 24 hours, joins with the role the inviting parent chose. */
export async function joinFamily(userId: string, code: string) {
  await check(JOIN_FAILURES, userId);
  let joined;
  try {
    joined = await db.$transaction(async (tx) => {
      const at = now();
      const invite = await tx.familyInvite.findUnique({ where: { code }, include: { circle: { include: { room: true, members: true } } } });
      if (!invite || invite.circle.kind !== 'FAMILY' || invite.circle.dissolvedAt) throw codeError('errors.inviteCodeInvalid');
      if (invite.usedAt) throw codeError('errors.inviteCodeUsed');
      if (invite.expiresAt <= at) throw codeError('errors.inviteCodeExpired');
      const circleId = invite.circleId;
      if (invite.circle.members.some((m) => m.userId === userId)) throw new AppError('conflict', 'errors.alreadyInFamily');
      // Two people racing for one code: the row lock lets exactly one of them through.
      const { count } = await tx.familyInvite.updateMany({ where: { code, usedAt: null, expiresAt: { gt: at } }, data: { usedAt: at, usedById: userId } });
      if (!count) throw codeError('errors.inviteCodeUsed');
      await tx.circleMember.create({ data: { circleId, userId, role: invite.role } });
      // A child joining by a parent's code is covered by that parent's consent (under 14s need one).
      if (invite.role === 'CHILD') await tx.user.updateMany({ where: { id: userId, guardianConsentAt: null }, data: { guardianConsentById: invite.createdById, guardianConsentAt: at } });
      // Circles seeded without a room get theirs now.
      const roomId = invite.circle.room?.id ?? (await createCircleRoom(tx, circleId, invite.circle.members.map((m) => m.userId))).id;
      await addMember(tx, roomId, userId);
      const me = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { displayName: true } });
      const message = await systemMessage(tx, roomId, 'joined', { name: me.displayName });
      return { circleId, roomId, message, memberIds: [...invite.circle.members.map((m) => m.userId), userId] };
    });
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') await hit(JOIN_FAILURES, userId);
    throw err;
  }
  await Promise.all([
    publishMessage(toMessageDto(joined.message), joined.memberIds),
    publishRoomChanged(joined.roomId, joined.memberIds),
    publishCirclesChanged(joined.memberIds, joined.circleId),
  ]);
  return getCircle(userId, joined.circleId);
}
