// Media through a LiveKit server. This module (and livekit-client with it) is imported
// dynamically by session.ts, so it never weighs on a page's first load.
import { Room, RoomEvent, Track, type LocalTrackPublication, type RemoteTrack } from 'livekit-client';
import { api } from '@/lib/api-client';
import type { TokenDto } from '../schemas';
import { setTracks, type MediaSession, type SessionOptions } from './session';

export function createLiveKitSession(o: SessionOptions): MediaSession {
  const room = new Room({ adaptiveStream: true, dynacast: true });
  const remote = new MediaStream();
  const pubs: LocalTrackPublication[] = [];
  let joining: Promise<void> | null = null;
  let closed = false;

  room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack) => {
    remote.addTrack(track.mediaStreamTrack);
    o.onRemote(new MediaStream(remote.getTracks()));
  });
  room.on(RoomEvent.TrackUnsubscribed, (track: RemoteTrack) => {
    remote.removeTrack(track.mediaStreamTrack);
    o.onRemote(new MediaStream(remote.getTracks()));
  });
  room.on(RoomEvent.Disconnected, () => !closed && o.onState('failed'));

  async function join() {
    o.onState('connecting');
    const { url, token } = await api<TokenDto>(`/api/calls/${o.callId}/token`);
    await room.connect(url, token);
    for (const t of o.local.getTracks()) {
      pubs.push(await room.localParticipant.publishTrack(t, { source: t.kind === 'video' ? Track.Source.Camera : Track.Source.Microphone }));
    }
    o.onState('connected');
  }

  const pub = (kind: 'audio' | 'video') => pubs.find((p) => p.kind === (kind === 'audio' ? Track.Kind.Audio : Track.Kind.Video));

  return {
    activate() {
      joining ??= join().catch((err) => {
        console.warn('[moa] LiveKit connect failed', err);
        o.onState('failed');
      });
      return joining;
    },
    handleSignal() {
      // LiveKit does its own signalling.
    },
    async replaceVideoTrack(track) {
      await pub('video')?.videoTrack?.replaceTrack(track);
    },
    setMic(on) {
      setTracks(o.local, 'audio', on);
      void (on ? pub('audio')?.unmute() : pub('audio')?.mute());
    },
    setCamera(on) {
      setTracks(o.local, 'video', on);
      void (on ? pub('video')?.unmute() : pub('video')?.mute());
    },
    close() {
      closed = true;
      void room.disconnect();
    },
  };
}
