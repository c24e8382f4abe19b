// Couple request news for the notification center (push when away: notify() skips push
// for whoever has a Moa tab on screen). Called after the write committed; a failure here
// never undoes the request, it is only logged.
import { translator } from '@/lib/i18n/messages';
import { notify } from '@/lib/notifications/service';
import type { NotificationKind } from '@/lib/notifications/schemas';

type Key = 'received' | 'accepted' | 'rejected' | 'closed';
const KIND: Record<Key, NotificationKind> = { received: 'couple.request', accepted: 'couple.accepted', rejected: 'couple.request', closed: 'couple.request' };

async function send(userIds: string[], key: Key, name: string, url: string) {
  if (!userIds.length) return;
  try {
    await notify(userIds, {
      kind: KIND[key],
      title: (l) => translator(l)(`account.couple.${key}Title`),
      body: (l) => translator(l)(`account.couple.${key}Body`, { name }),
      url,
    });
  } catch (err) {
    console.warn('[moa] couple notice failed:', (err as Error).message);
  }
}

/** To the receiver: someone asked to be their couple (answered on Home). */
export const notifyCoupleRequested = (toId: string, fromName: string) => send([toId], 'received', fromName, '/');

/** To the sender: the receiver accepted; the couple's page is theirs now. */
export const notifyCoupleAccepted = (fromId: string, toName: string, circleId: string) => send([fromId], 'accepted', toName, `/circles/${circleId}`);

/** To the sender: the receiver said no. */
export const notifyCoupleRejected = (fromId: string, toName: string) => send([fromId], 'rejected', toName, '/');

/** To senders whose request closed because its receiver paired with someone else. */
export const notifyCoupleRequestsClosed = (senders: { fromId: string; toName: string }[]) =>
  Promise.all(senders.map((s) => send([s.fromId], 'closed', s.toName, '/')));
