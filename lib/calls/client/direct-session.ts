// A direct WebRTC peer connection. Signalling is one offer and one answer, each with
// all its ICE candidates (no trickle), relayed by the server to the other participant only.
import { keepLoopbackCandidates } from './transport';
import { setTracks, type MediaSession, type SessionOptions } from './session';
import type { CallSignal } from '../schemas';

const GATHER_MS = 3000;
const READY_EVERY_MS = 1500;

function gathered(pc: RTCPeerConnection) {
  return new Promise<void>((resolve) => {
    if (pc.iceGatheringState === 'complete') return resolve();
    const done = () => {
      if (pc.iceGatheringState !== 'complete') return;
      pc.removeEventListener('icegatheringstatechange', done);
      resolve();
    };
    pc.addEventListener('icegatheringstatechange', done);
    setTimeout(resolve, GATHER_MS);
  });
}

export function createDirectSession(o: SessionOptions): MediaSession {
  if (o.media.mode !== 'direct') throw new Error('direct session needs a direct media config');
  const { loopbackOnly, iceServers } = o.media;
  const pc = new RTCPeerConnection({ iceServers });
  for (const t of o.local.getTracks()) pc.addTrack(t, o.local);
  const remote = new MediaStream();
  pc.ontrack = (e) => {
    remote.addTrack(e.track);
    o.onRemote(new MediaStream(remote.getTracks()));
  };
  pc.onconnectionstatechange = () => {
    if (pc.connectionState === 'connected') o.onState('connected');
    else if (pc.connectionState === 'failed') o.onState('failed');
  };
  o.onState('connecting');

  let closed = false;
  let offer: string | null = null;
  let answer: string | null = null;
  let offering: Promise<void> | null = null;
  let answering = false;
  let readyTimer: ReturnType<typeof setInterval> | null = null;
  const send = (type: CallSignal['type'], sdp?: string) => !closed && o.send(sdp === undefined ? { type } : { type, sdp });
  const local = async () => {
    await gathered(pc);
    const sdp = pc.localDescription?.sdp ?? '';
    return loopbackOnly ? keepLoopbackCandidates(sdp) : sdp;
  };

  // The caller offers once; a repeated "ready" (the answer got lost) resends the same offer.
  async function sendOffer() {
    if (answer !== null || closed) return;
    if (offer !== null) return void send('offer', offer);
    offering ??= (async () => {
      await pc.setLocalDescription(await pc.createOffer());
      offer = await local();
      send('offer', offer);
    })();
    await offering;
  }

  async function onOffer(sdp: string) {
    if (readyTimer) clearInterval(readyTimer);
    if (answer !== null) return void send('answer', answer);
    if (answering) return;
    answering = true;
    await pc.setRemoteDescription({ type: 'offer', sdp });
    await pc.setLocalDescription(await pc.createAnswer());
    answer = await local();
    send('answer', answer);
  }

  async function onAnswer(sdp: string) {
    if (answer !== null || pc.signalingState !== 'have-local-offer') return;
    answer = sdp;
    await pc.setRemoteDescription({ type: 'answer', sdp });
  }

  return {
    async activate() {
      if (o.role === 'caller') return sendOffer();
      // The callee keeps saying "ready" until an offer comes, so a caller that missed
      // the accept event (or subscribed late) still starts the exchange.
      if (readyTimer) return;
      send('ready');
      readyTimer = setInterval(() => send('ready'), READY_EVERY_MS);
    },
    handleSignal(sig) {
      const fail = (err: unknown) => {
        console.warn('[moa] call signal failed', err);
        o.onState('failed');
      };
      if (sig.type === 'ready' && o.role === 'caller') void sendOffer().catch(fail);
      else if (sig.type === 'offer' && o.role === 'callee' && sig.sdp) void onOffer(sig.sdp).catch(fail);
      else if (sig.type === 'answer' && o.role === 'caller' && sig.sdp) void onAnswer(sig.sdp).catch(fail);
    },
    async replaceVideoTrack(track) {
      const sender = pc.getSenders().find((s) => s.track?.kind === 'video');
      await sender?.replaceTrack(track);
    },
    setMic: (on) => setTracks(o.local, 'audio', on),
    setCamera: (on) => setTracks(o.local, 'video', on),
    close() {
      closed = true;
      if (readyTimer) clearInterval(readyTimer);
      pc.close();
    },
  };
}
