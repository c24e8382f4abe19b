// What the circles domain publishes, always after the write committed. Events only
// say what changed; clients refetch through the same GET routes (nothing to trust).
import { publish, publishToUsers } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';

/** A circle's members, name or breakup state changed (or the circle is gone). */
export const publishCirclesChanged = (userIds: string[], circleId: string) =>
  Promise.all([
    publishToUsers(userIds, 'circles-changed', { circleId }),
    publish(channels.circle(circleId), 'circle-changed', { circleId }),
  ]);

/** Couple requests were sent, decided or cleared between these people. */
export const publishCoupleRequestsChanged = (userIds: string[]) =>
  publishToUsers([...new Set(userIds)], 'couple-requests-changed', {});
