'use client';

// The device's camera and microphone, and switching between front and back cameras.
import { useEffect, useState, type RefObject } from 'react';
import type { MediaSession } from './session';

type Facing = 'user' | 'environment';

export function getLocalMedia(facingMode: Facing = 'user') {
  return navigator.mediaDevices.getUserMedia({ audio: true, video: { facingMode } });
}

export function useSwitchCamera(stream: RefObject<MediaStream | null>, session: RefObject<MediaSession | null>, cam: boolean, local: MediaStream | null, setLocal: (s: MediaStream) => void) {
  const [canSwitch, setCanSwitch] = useState(false);
  const [facing, setFacing] = useState<Facing>('user');
  const hasStream = !!local;

  // Only offer switching when there is more than one camera (labels are known after permission).
  useEffect(() => {
    if (!hasStream) return;
    void navigator.mediaDevices.enumerateDevices().then((ds) => setCanSwitch(ds.filter((d) => d.kind === 'videoinput').length > 1)).catch(() => {});
  }, [hasStream]);

  async function switchCamera() {
    const s = stream.current;
    if (!s) return;
    const next: Facing = facing === 'user' ? 'environment' : 'user';
    const fresh = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { exact: next } } }).catch(() => null);
    const track = fresh?.getVideoTracks()[0];
    if (!track) return;
    track.enabled = cam;
    await session.current?.replaceVideoTrack(track);
    for (const old of s.getVideoTracks()) {
      s.removeTrack(old);
      old.stop();
    }
    s.addTrack(track);
    setFacing(next);
    setLocal(new MediaStream(s.getTracks()));
  }

  return { canSwitch, switchCamera };
}
