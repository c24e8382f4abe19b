// What the calls domain publishes, always after the write committed: the call DTO on
// the room channel, and a notification (push when away) to the people being rung.
import { publish } from '@/lib/realtime/server';
import { channels } from '@/lib/realtime/channels';
import { translator } from '@/lib/i18n/messages';
import { notify } from '@/lib/notifications/service';
import type { Locale } from '@/lib/i18n/config';
import { SIGNAL_EVENT, type CallDto, type CallSignal } from './schemas';

export const CALL_RINGING = 'call-ringing';
export const CALL_UPDATED = 'call-updated';

export const publishCallRinging = (call: CallDto) => publish(channels.room(call.roomId), CALL_RINGING, call);
export const publishCallUpdated = (call: CallDto) => publish(channels.room(call.roomId), CALL_UPDATED, call);
/** A WebRTC signal goes to the one other participant only, on their own channel. */
export const publishCallSignal = (userId: string, signal: CallSignal) => publish(channels.user(userId), SIGNAL_EVENT, signal);

export function notifyIncomingCall(userIds: string[], call: CallDto) {
  const text = (part: 'title' | 'body') => (locale: Locale) =>
    (translator(locale) as unknown as (k: string, v: Record<string, string>) => string)(`calls.notify.${part}`, { name: call.callerName });
  return notify(userIds, { kind: 'call', title: text('title'), body: text('body'), url: `/chat/${call.roomId}` });
}
