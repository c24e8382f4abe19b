// Pure decisions of the call client, kept apart from the browser APIs so they can be tested.
import type { CallDto, CallSignal, MediaConfig } from '../schemas';

export type Transport = 'livekit' | 'direct';

/** LiveKit when the server has it configured, otherwise a direct peer connection. */
export function chooseTransport(media: MediaConfig): Transport {
  return media.mode === 'livekit' ? 'livekit' : 'direct';
}

const LOOPBACK = new Set(['127.0.0.1', '::1']);

/**
 * Drop every ICE candidate that is not on the loopback interface. Used only in test
 * runs: headless browsers on one offline machine reach each other only there.
 * If nothing would be left, the description is returned unchanged.
 */
export function keepLoopbackCandidates(sdp: string): string {
  const lines = sdp.split('\r\n');
  const isCandidate = (l: string) => l.startsWith('a=candidate:');
  const keep = lines.filter((l) => !isCandidate(l) || LOOPBACK.has(l.split(' ')[4] ?? ''));
  return keep.some(isCandidate) ? keep.join('\r\n') : sdp;
}

/**
 * Should this client act on a signal? Only one for its own call, from the other
 * participant (the caller or whoever answered), never from itself or a bystander.
 */
export function acceptsSignal(sig: Partial<CallSignal> | null | undefined, call: Pick<CallDto, 'id' | 'callerId' | 'answeredById'> | null, me: string): sig is CallSignal {
  if (!sig || !call || sig.callId !== call.id || typeof sig.from !== 'string' || sig.from === me) return false;
  return sig.from === call.callerId || sig.from === call.answeredById;
}

export type CallPhase = 'idle' | 'outgoing' | 'incoming' | 'active';

/** What this person's screen shows for the room's current call. */
export function phaseOf(call: CallDto | null, me: string, joined: boolean): CallPhase {
  if (!call) return 'idle';
  if (call.status === 'RINGING') return call.callerId === me ? 'outgoing' : joined ? 'active' : 'incoming';
  if (call.status === 'ACTIVE') return joined ? 'active' : 'idle';
  return 'idle';
}
