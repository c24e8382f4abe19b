// Breaking up: either partner starts a seven-day countdown, either may cancel it.
// The deadline is stored; dissolve.ts ends the couple when it passes.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { now } from '@/lib/clock';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getCoupleOrThrow } from './access';
import { settleCouplesOf } from './dissolve';
import { publishCirclesChanged } from './events';
import { getCircle } from './service';

export const DISCONNECT_DELAY_MS = 7 * 24 * 60 * 60 * 1000;

/** Change the countdown only from the expected state; anything else is a clear 409. */
async function setCountdown(userId: string, circleId: string, from: Prisma.CircleWhereInput, to: Prisma.CircleUpdateManyMutationInput, refusal: string) {
  await settleCouplesOf(userId);
  const couple = await getCoupleOrThrow(userId, circleId);
  const { count } = await db.circle.updateMany({ where: { id: circleId, dissolvedAt: null, ...from }, data: to });
  if (!count) throw new AppError('conflict', refusal);
  await publishCirclesChanged(couple.members.map((m) => m.userId), circleId);
  return getCircle(userId, circleId);
}

export const startDisconnect = (userId: string, circleId: string) =>
  setCountdown(
    userId,
    circleId,
    { disconnectAt: null },
    { disconnectById: userId, disconnectAt: new Date(now().getTime() + DISCONNECT_DELAY_MS) },
    'errors.disconnectAlreadyPending',
  );

/** Cancelling when nothing is pending (say, both partners pressed it) is refused. */
export const cancelDisconnect = (userId: string, circleId: string) =>
  setCountdown(userId, circleId, { disconnectAt: { gt: now() } }, { disconnectById: null, disconnectAt: null }, 'errors.disconnectNotPending');
