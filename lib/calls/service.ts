// Video calls in circle rooms (family, couple): ring → accept/decline → hang up, or
// missed after RING_MS. Every transition is a conditional update (status must still be
// what we expect), so two taps or two timers never post two chat lines.
import { db, type Tx } from '@/lib/db';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { AppError, notFound } from '@/lib/errors';
import { env } from '@/lib/env';
import { getMembershipOrThrow, activeMemberIds } from '@/lib/chat/access';
import { systemMessage } from '@/lib/chat/room-tx';
import { toMessageDto, type MessageRow } from '@/lib/chat/dto';
import { publishMessage } from '@/lib/chat/events';
import type { CallStatus as DbStatus } from '@/lib/generated/prisma/client';
import { formatDuration } from './duration';
import { liveKitSettings, mintLiveKitToken } from './livekit';
import { notifyIncomingCall, publishCallRinging, publishCallSignal, publishCallUpdated, settleCallNotifications } from './events';
import { iceServersSchema, RING_MS, STALE_MS, type CallDto, type CallSignalInput, type IceServer, type CallResponse, type MediaConfig, type TokenDto } from './schemas';

type CallRow = { id: string; roomId: string; callerId: string; answeredById: string | null; status: DbStatus; createdAt: Date; answeredAt: Date | null; aliveAt: Date | null; endedAt: Date | null };

async function toDto(c: CallRow): Promise<CallDto> {
  // Both names in one query: heartbeats read this every few seconds.
  const people = await db.user.findMany({ where: { id: { in: c.answeredById ? [c.callerId, c.answeredById] : [c.callerId] } }, select: { id: true, displayName: true } });
  const caller = people.find((u) => u.id === c.callerId);
  const answerer = c.answeredById ? people.find((u) => u.id === c.answeredById) : null;
  return {
    id: c.id,
    roomId: c.roomId,
    callerId: c.callerId,
    callerName: caller?.displayName ?? '',
    answeredById: c.answeredById,
    answeredByName: answerer?.displayName ?? null,
    status: c.status,
    createdAt: c.createdAt.toISOString(),
    ringUntil: new Date(c.createdAt.getTime() + RING_MS).toISOString(),
    answeredAt: c.answeredAt?.toISOString() ?? null,
    endedAt: c.endedAt?.toISOString() ?? null,
  };
}

export function mediaConfig(): MediaConfig {
  if (liveKitSettings()) return { mode: 'livekit' };
  const e = env();
  let iceServers: IceServer[] = [];
  if (e.ICE_SERVERS) {
    try {
      iceServers = iceServersSchema.parse(JSON.parse(e.ICE_SERVERS));
    } catch {
      console.warn('[moa] ICE_SERVERS is not a JSON array of RTCIceServer; ignoring it');
    }
  }
  // Test runs (offline, loopback only) keep just the loopback candidates.
  return { mode: 'direct', iceServers, loopbackOnly: e.MOA_TEST_HOOKS === '1' };
}

export { formatDuration };

async function circleMembership(userId: string, roomId: string) {
  const m = await getMembershipOrThrow(userId, roomId);
  // Calls exist only in family and couple rooms; elsewhere the resource does not exist.
  if (m.room.kind !== 'CIRCLE') throw notFound();
  return m;
}

/** Move a call from one status to another; returns the chat line it posts, or null if it lost the race. */
async function transition(callId: string, from: DbStatus, to: DbStatus, line: (c: CallRow, at: Date) => [string, Record<string, string>] | null, answeredById?: string) {
  return db.$transaction(async (tx: Tx) => {
    const at = now();
    const data = to === 'ACTIVE' ? { status: to, answeredAt: at, aliveAt: at, answeredById } : { status: to, endedAt: at };
    const { count } = await tx.call.updateMany({ where: { id: callId, status: from }, data });
    if (count !== 1) return null;
    const call = await tx.call.findUniqueOrThrow({ where: { id: callId } });
    const l = line(call, at);
    const message = l ? await systemMessage(tx, call.roomId, l[0], l[1]) : null;
    return { call, message };
  });
}

async function publishChange(done: { call: CallRow; message: MessageRow | null } | null) {
  if (!done) return;
  const dto = await toDto(done.call);
  await publishCallUpdated(dto);
  // After the response, and never failing the call: a notification left saying
  // "탭해서 받기" is the lesser harm.
  defer(() => settleCallNotifications(dto));
  if (done.message) await publishMessage(toMessageDto(done.message), await activeMemberIds(done.call.roomId));
}

const missedLine = (c: CallRow): [string, Record<string, string>] => ['call-missed', { callerId: c.callerId }];

/** The length of an active call, up to the last sign of life when nobody hung up. */
const endedLine = (c: CallRow, at: Date): [string, Record<string, string>] => {
  const start = (c.answeredAt ?? at).getTime();
  const stale = c.aliveAt && at.getTime() > c.aliveAt.getTime() + STALE_MS;
  return ['call-ended', { duration: formatDuration((stale ? c.aliveAt!.getTime() : at.getTime()) - start) }];
};

/**
 * Settle a call on whoever touches it first, by its stored times: a ringing call past
 * its deadline becomes missed; an active call no device has kept alive for STALE_MS
 * (both browsers crashed or lost their network) ends, so the room can call again.
 */
async function expireIfDue(call: CallRow): Promise<CallRow> {
  const t = now().getTime();
  let done = null;
  if (call.status === 'RINGING' && t >= call.createdAt.getTime() + RING_MS) {
    done = await transition(call.id, 'RINGING', 'MISSED', missedLine);
  } else if (call.status === 'ACTIVE' && t > (call.aliveAt ?? call.answeredAt ?? call.createdAt).getTime() + STALE_MS) {
    done = await transition(call.id, 'ACTIVE', 'ENDED', endedLine);
  } else {
    return call;
  }
  await publishChange(done);
  return done?.call ?? (await db.call.findUniqueOrThrow({ where: { id: call.id } }));
}

/** A device in the active call is still there; returns the call as it now stands. */
export async function heartbeatCall(userId: string, roomId: string, callId: string): Promise<CallResponse> {
  const call = await getCallOrThrow(userId, roomId, callId);
  if (call.status === 'ACTIVE') await db.call.updateMany({ where: { id: callId, status: 'ACTIVE' }, data: { aliveAt: now() } });
  return { call: await toDto(call), media: mediaConfig() };
}

async function getCallOrThrow(userId: string, roomId: string, callId: string) {
  await circleMembership(userId, roomId);
  const call = await db.call.findFirst({ where: { id: callId, roomId } });
  if (!call) throw notFound();
  return expireIfDue(call);
}

/** The room's ringing or active call, if any. */
export async function getCurrentCall(userId: string, roomId: string): Promise<CallResponse> {
  await circleMembership(userId, roomId);
  const open = await db.call.findMany({ where: { roomId, status: { in: ['RINGING', 'ACTIVE'] } }, orderBy: { createdAt: 'desc' } });
  let current: CallRow | null = null;
  for (const c of open) {
    const fresh = await expireIfDue(c);
    if (!current && (fresh.status === 'RINGING' || fresh.status === 'ACTIVE')) current = fresh;
  }
  return { call: current ? await toDto(current) : null, media: mediaConfig() };
}

export async function startCall(userId: string, roomId: string): Promise<CallResponse> {
  const { call: existing } = await getCurrentCall(userId, roomId);
  if (existing) throw new AppError('conflict', 'calls.errors.busy');
  const call = await db.call.create({ data: { roomId, callerId: userId, createdAt: now() } });
  const dto = await toDto(call);
  await publishCallRinging(dto);
  const others = (await activeMemberIds(roomId)).filter((id) => id !== userId);
  await notifyIncomingCall(others, dto);
  return { call: dto, media: mediaConfig() };
}

export async function acceptCall(userId: string, roomId: string, callId: string): Promise<CallResponse> {
  const call = await getCallOrThrow(userId, roomId, callId);
  if (call.callerId === userId || call.status !== 'RINGING') throw new AppError('conflict', 'calls.errors.notRinging');
  // The conditional update makes the first answer the only one: whoever lost the race gets 409.
  const done = await transition(callId, 'RINGING', 'ACTIVE', () => ['call-started', {}], userId);
  if (!done) throw new AppError('conflict', 'calls.errors.notRinging');
  await publishChange(done);
  return { call: await toDto(done.call), media: mediaConfig() };
}

export async function declineCall(userId: string, roomId: string, callId: string): Promise<CallResponse> {
  const call = await getCallOrThrow(userId, roomId, callId);
  if (call.callerId === userId || call.status !== 'RINGING') throw new AppError('conflict', 'calls.errors.notRinging');
  const done = await transition(callId, 'RINGING', 'DECLINED', () => ['call-declined', {}]);
  await publishChange(done);
  return { call: await toDto(done?.call ?? call), media: mediaConfig() };
}

/** Hang up: ends an active call (with its length), or cancels one still ringing (missed). */
export async function hangUpCall(userId: string, roomId: string, callId: string): Promise<CallResponse> {
  const call = await getCallOrThrow(userId, roomId, callId);
  let done = null;
  if (call.status === 'ACTIVE') {
    if (!isParticipant(call, userId)) throw notParticipant();
    done = await transition(callId, 'ACTIVE', 'ENDED', endedLine);
  } else if (call.status === 'RINGING' && call.callerId === userId) {
    done = await transition(callId, 'RINGING', 'MISSED', missedLine);
  } else if (call.status === 'RINGING') {
    done = await transition(callId, 'RINGING', 'DECLINED', () => ['call-declined', {}]);
  }
  await publishChange(done);
  return { call: await toDto(done?.call ?? call), media: mediaConfig() };
}

/** The caller and whoever answered: the only two in an answered call. */
const isParticipant = (c: CallRow, userId: string) => c.callerId === userId || c.answeredById === userId;
const notParticipant = () => new AppError('forbidden', 'calls.errors.notParticipant');

/**
 * Relay one WebRTC signal from a participant of the active call to the other one, on
 * that person's own channel. The sender is the signed-in user, never a field the client
 * wrote, and nobody else in the room receives the description.
 */
export async function signalCall(userId: string, roomId: string, callId: string, readSignal: () => Promise<CallSignalInput>): Promise<{ ok: true }> {
  const call = await getCallOrThrow(userId, roomId, callId);
  if (call.status !== 'ACTIVE') throw new AppError('conflict', 'calls.errors.notActive');
  if (!isParticipant(call, userId)) throw notParticipant();
  // The body is read only once the caller may signal: outsiders get 404 whatever they send.
  const signal = await readSignal();
  const to = call.callerId === userId ? call.answeredById! : call.callerId;
  await publishCallSignal(to, { callId, roomId, from: userId, type: signal.type, ...(signal.sdp ? { sdp: signal.sdp } : {}) });
  return { ok: true };
}

/** The client's ring timer fired; only the stored deadline decides whether it is missed. */
export async function timeoutCall(userId: string, roomId: string, callId: string): Promise<CallResponse> {
  const call = await getCallOrThrow(userId, roomId, callId);
  return { call: await toDto(call), media: mediaConfig() };
}

/** A LiveKit token for one call's room; 404 when LiveKit is not configured or for outsiders. */
export async function getCallToken(userId: string, callId: string): Promise<TokenDto> {
  const settings = liveKitSettings();
  if (!settings) throw notFound();
  const row = await db.call.findUnique({ where: { id: callId } });
  if (!row) throw notFound();
  const call = await getCallOrThrow(userId, row.roomId, callId);
  if (call.status !== 'ACTIVE' && call.status !== 'RINGING') throw new AppError('conflict', 'calls.errors.notRinging');
  const { token, expiresAt } = mintLiveKitToken(settings, userId, call.id, now().getTime());
  return { url: settings.url, token, expiresAt: expiresAt.toISOString() };
}
