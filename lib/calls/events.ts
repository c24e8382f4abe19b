// What the calls domain publishes, always after the write committed: the call DTO on
// the room channel, and a notification (push when away) to the people being rung.
import { publish } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';
import { translator } from '@/lib/i18n/messages';
import { notify, settleNotifications } from '@/lib/notifications/service';
import type { Locale } from '@/lib/i18n/config';
import { SIGNAL_EVENT, type CallDto, type CallSignal } from './schemas';

export const CALL_RINGING = 'call-ringing';
export const CALL_UPDATED = 'call-updated';

export const publishCallRinging = (call: CallDto) => publish(channels.room(call.roomId), CALL_RINGING, call);
export const publishCallUpdated = (call: CallDto) => publish(channels.room(call.roomId), CALL_UPDATED, call);
/** A WebRTC signal goes to the one other participant only, on their own channel. */
export const publishCallSignal = (userId: string, signal: CallSignal) => publish(channels.user(userId), SIGNAL_EVENT, signal);

/**
 * The ringing notification stops saying "탭해서 받기" once the call is settled: answered or
 * declined ones are read; a missed one stays unread (it is news) as a missed call. One
 * call rings in a room at a time, so every still-ringing `call` row of the room is this one's.
 */
export function settleCallNotifications(call: CallDto) {
  const outcome = call.status === 'ACTIVE' || call.status === 'ENDED' ? 'answered' : call.status === 'DECLINED' ? 'declined' : call.status === 'MISSED' ? 'missed' : null;
  if (!outcome) return Promise.resolve();
  const body = (locale: Locale) => (translator(locale) as unknown as (k: string) => string)(`shell.calls.${outcome}`);
  return settleNotifications({ kind: 'call', url: `/chat/${call.roomId}` }, { kind: `call.${outcome}`, body, read: outcome !== 'missed' });
}

export function notifyIncomingCall(userIds: string[], call: CallDto) {
  const text = (part: 'title' | 'body') => (locale: Locale) =>
    (translator(locale) as unknown as (k: string, v: Record<string, string>) => string)(`calls.notify.${part}`, { name: call.callerName });
  return notify(userIds, { kind: 'call', title: text('title'), body: text('body'), url: `/chat/${call.roomId}` });
}
