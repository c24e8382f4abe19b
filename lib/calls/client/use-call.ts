'use client';

// One room's call as this device sees it: the ringing/active call from the server
// (kept fresh by room-channel events), this device's camera and microphone, and the
// media session once it joins.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '@/lib/api-client';
import { channels } from '@/lib/realtime/channels';
import { useChannel } from '@/lib/realtime/client';
import { HEARTBEAT_MS, RING_MS, SIGNAL_EVENT } from '../constants';
import type { CallDto, CallResponse, CallSignal, CallSignalInput, MediaConfig } from '../schemas';
import { openSession, type MediaSession } from './session';
import { acceptsSignal, phaseOf } from './transport';
import { getLocalMedia, useSwitchCamera } from './local-media';

export type CallNotice = 'declined' | 'ended' | 'missed' | 'mediaError' | 'failed' | 'busy';
const RETRY_MS = 5000;
const live = (c: CallDto | null) => !!c && (c.status === 'RINGING' || c.status === 'ACTIVE');

export function useCall(roomId: string, me: string) {
  const [call, setCall] = useState<CallDto | null>(null);
  const [joined, setJoined] = useState(false);
  const [local, setLocal] = useState<MediaStream | null>(null);
  const [remote, setRemote] = useState<MediaStream | null>(null);
  const [link, setLink] = useState<'connecting' | 'connected' | 'failed'>('connecting');
  const [mic, setMic] = useState(true);
  const [cam, setCam] = useState(true);
  const [notice, setNotice] = useState<CallNotice | null>(null);
  const session = useRef<MediaSession | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const current = useRef<CallDto | null>(null);
  // Counts the changes applied here: an answer to a fetch sent before one of them may
  // describe the call as it was before (the GET sent on opening the room, answered
  // after the ringing event had arrived, would end a call that is ringing).
  const changes = useRef(0);
  const base = `/api/rooms/${roomId}/calls`;

  const teardown = useCallback(() => {
    session.current?.close();
    session.current = null;
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
    setLocal(null);
    setRemote(null);
    setJoined(false);
    setMic(true);
    setCam(true);
  }, []);

  const apply = useCallback((next: CallDto | null) => {
    const prev = current.current;
    if (next && !live(next)) {
      if (prev?.id !== next.id) return;
      teardown();
      if (next.status !== 'ENDED' || prev.status === 'ACTIVE') setNotice(next.status === 'DECLINED' ? 'declined' : next.status === 'MISSED' ? 'missed' : 'ended');
      next = null;
    }
    changes.current++;
    current.current = next;
    setCall(next);
    if (next?.status === 'ACTIVE') void session.current?.activate();
  }, [teardown]);

  const refetch = useCallback(function fetchCall() {
    const asked = changes.current;
    void api<CallResponse>(base)
      .then((r) => {
        if (changes.current !== asked) return fetchCall(); // overtaken: ask again
        apply(r.call ?? (current.current ? { ...current.current, status: 'ENDED' } : null));
      })
      .catch(() => {});
  }, [base, apply]);
  useEffect(refetch, [refetch]);

  useChannel(channels.room(roomId), {
    'call-ringing': (d) => apply(d as CallDto),
    'call-updated': (d) => apply(d as CallDto),
  }, refetch);
  // Signals come only from the server, on this person's own channel, with the sender it authenticated.
  useChannel(channels.user(me), {
    [SIGNAL_EVENT]: (d) => {
      if (acceptsSignal(d as CallSignal, current.current, me)) session.current?.handleSignal(d as CallSignal);
    },
  });

  // The ring timer: ask the server to settle the call; only its stored deadline counts.
  const ringingId = call?.status === 'RINGING' ? call.id : null;
  useEffect(() => {
    if (!ringingId) return;
    let timer: ReturnType<typeof setTimeout>;
    const fire = () => {
      void api<CallResponse>(`${base}/${ringingId}/timeout`, { json: {} }).then((r) => apply(r.call)).catch(() => {});
      timer = setTimeout(fire, RETRY_MS);
    };
    timer = setTimeout(fire, RING_MS);
    return () => clearTimeout(timer);
  }, [ringingId, base, apply]);

  // While this device is in an active call, tell the server now and then: a call that
  // nobody keeps alive (every browser crashed) is ended by the server.
  const activeId = joined && call?.status === 'ACTIVE' ? call.id : null;
  useEffect(() => {
    if (!activeId) return;
    const timer = setInterval(() => {
      void api<CallResponse>(`${base}/${activeId}/heartbeat`, { json: {} }).then((r) => apply(r.call)).catch(() => {});
    }, HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [activeId, base, apply]);

  async function join(res: CallResponse, role: 'caller' | 'callee', media: MediaStream) {
    apply(res.call);
    setJoined(true);
    const callId = res.call!.id;
    const send = (s: CallSignalInput) => void api(`${base}/${callId}/signal`, { json: s }).catch(() => {});
    const s = await openSession({ callId: res.call!.id, me, role, local: media, media: res.media as MediaConfig, send, onRemote: setRemote, onState: setLink });
    if (current.current?.id !== res.call!.id) return s.close();
    session.current = s;
    if (role === 'callee' || current.current.status === 'ACTIVE') await s.activate();
  }

  async function withMedia(role: 'caller' | 'callee', request: () => Promise<CallResponse>) {
    setNotice(null);
    const media = await getLocalMedia().catch(() => null);
    if (!media) return setNotice('mediaError');
    stream.current = media;
    setLocal(media);
    try {
      await join(await request(), role, media);
    } catch (err) {
      teardown();
      setNotice((err as { status?: number }).status === 409 ? 'busy' : 'failed');
    }
  }

  const start = () => withMedia('caller', () => api<CallResponse>(base, { json: {} }));
  const accept = (id: string) => withMedia('callee', () => api<CallResponse>(`${base}/${id}/accept`, { json: {} }));
  const decline = (id: string) => api<CallResponse>(`${base}/${id}/decline`, { json: {} }).then((r) => apply(r.call)).catch(refetch);
  const hangUp = (id: string) => {
    teardown();
    return api<CallResponse>(`${base}/${id}/hangup`, { json: {} }).then((r) => apply(r.call)).catch(refetch);
  };

  // Leaving the room or closing the tab mid-call hangs up, so the other side is not left waiting.
  useEffect(() => {
    const leave = () => {
      const c = current.current;
      if (c && session.current) navigator.sendBeacon(`${base}/${c.id}/hangup`);
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
      session.current?.close();
      stream.current?.getTracks().forEach((t) => t.stop());
    };
  }, [base]);

  // A notice (declined, ended, …) fades after a few seconds.
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [notice]);

  const switcher = useSwitchCamera(stream, session, cam, local, setLocal);

  return {
    call,
    phase: phaseOf(call, me, joined),
    local,
    remote,
    link,
    mic,
    cam,
    notice,
    canSwitch: switcher.canSwitch,
    start,
    accept,
    decline,
    hangUp,
    switchCamera: switcher.switchCamera,
    toggleMic: () => { session.current?.setMic(!mic); setMic(!mic); },
    toggleCam: () => { session.current?.setCamera(!cam); setCam(!cam); },
  };
}
