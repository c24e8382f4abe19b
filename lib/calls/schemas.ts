// Call shapes shared by server and client.
import { z } from 'zod';
import { idSchema } from '@/lib/schemas';

export { HEARTBEAT_MS, RING_MS, SIGNAL_EVENT, STALE_MS } from './constants';

export const callParams = z.object({ callId: idSchema });
export const roomCallParams = z.object({ roomId: idSchema, callId: idSchema });

export type CallStatus = 'RINGING' | 'ACTIVE' | 'ENDED' | 'MISSED' | 'DECLINED';

export interface CallDto {
  id: string;
  roomId: string;
  callerId: string;
  callerName: string;
  /** Who answered; null while ringing or when nobody did. */
  answeredById: string | null;
  /** Their name, for the caller's in-call screen. */
  answeredByName: string | null;
  status: CallStatus;
  createdAt: string;
  /** When an unanswered call becomes missed (server clock). */
  ringUntil: string;
  answeredAt: string | null;
  endedAt: string | null;
}

const iceServerSchema = z.object({
  urls: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  username: z.string().optional(),
  credential: z.string().optional(),
});
export const iceServersSchema = z.array(iceServerSchema);
export type IceServer = z.infer<typeof iceServerSchema>;

/** What the browser needs to pick and set up the media path. Never includes secrets. */
export type MediaConfig =
  | { mode: 'livekit' }
  | { mode: 'direct'; iceServers: IceServer[]; loopbackOnly: boolean };

export interface CallResponse {
  call: CallDto | null;
  media: MediaConfig;
}

export interface TokenDto {
  url: string;
  token: string;
  expiresAt: string;
}

/** A description with all its candidates is a few KB; Pusher events stay well under 100 KB. */
const MAX_SDP = 32_000;
export const callSignalSchema = z.object({
  type: z.enum(['ready', 'offer', 'answer']),
  sdp: z.string().max(MAX_SDP).optional(),
});
export type CallSignalInput = z.infer<typeof callSignalSchema>;
export interface CallSignal extends CallSignalInput {
  callId: string;
  roomId: string;
  from: string;
}
