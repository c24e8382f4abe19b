// What the couple tools publish, always after the write committed. Events only say
// which part changed; clients refetch it through the same GET routes.
import { publish } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';

export type CouplePart = 'questions' | 'words' | 'events' | 'settings';

export const publishCoupleChanged = (circleId: string, part: CouplePart) =>
  publish(channels.circle(circleId), 'couple-changed', { circleId, part });
