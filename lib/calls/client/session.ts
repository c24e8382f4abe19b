// The media side of a call, whichever way it travels.
import type { CallSignal, CallSignalInput, MediaConfig } from '../schemas';
import { chooseTransport } from './transport';

export interface SessionOptions {
  callId: string;
  me: string;
  /** The caller sends the offer; the callee answers. */
  role: 'caller' | 'callee';
  local: MediaStream;
  media: MediaConfig;
  send: (signal: CallSignalInput) => void;
  onRemote: (stream: MediaStream) => void;
  onState: (state: 'connecting' | 'connected' | 'failed') => void;
}

export interface MediaSession {
  /** Both sides are in: start exchanging media (safe to call more than once). */
  activate(): Promise<void>;
  handleSignal(signal: CallSignal): void;
  replaceVideoTrack(track: MediaStreamTrack): Promise<void>;
  setMic(on: boolean): void;
  setCamera(on: boolean): void;
  close(): void;
}

/** Open the media session; livekit-client is loaded here only, when a call starts. */
export async function openSession(opts: SessionOptions): Promise<MediaSession> {
  if (chooseTransport(opts.media) === 'livekit') {
    const { createLiveKitSession } = await import('./livekit-session');
    return createLiveKitSession(opts);
  }
  const { createDirectSession } = await import('./direct-session');
  return createDirectSession(opts);
}

export function setTracks(local: MediaStream, kind: 'audio' | 'video', on: boolean) {
  for (const t of local.getTracks()) if (t.kind === kind) t.enabled = on;
}
