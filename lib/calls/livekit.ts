// LiveKit access tokens, signed here with node:crypto (HS256) rather than pulling in
// livekit-server-sdk: the token is a plain JWT with a video grant.
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';

export interface LiveKitSettings {
  url: string;
  apiKey: string;
  apiSecret: string;
}

export const TOKEN_TTL_S = 600;

/** The configured LiveKit server, or null when calls go peer to peer. */
export function liveKitSettings(): LiveKitSettings | null {
  const e = env();
  if (!e.LIVEKIT_URL || !e.LIVEKIT_API_KEY || !e.LIVEKIT_API_SECRET) return null;
  return { url: e.LIVEKIT_URL, apiKey: e.LIVEKIT_API_KEY, apiSecret: e.LIVEKIT_API_SECRET };
}

const b64url = (v: string | Buffer) => Buffer.from(v).toString('base64url');

/** A token that lets `identity` join exactly one LiveKit room for TTL seconds. */
export function mintLiveKitToken(s: LiveKitSettings, identity: string, room: string, nowMs: number, ttlS = TOKEN_TTL_S) {
  const iat = Math.floor(nowMs / 1000);
  const header = { alg: 'HS256', typ: 'JWT' };
  const claims = {
    iss: s.apiKey,
    sub: identity,
    nbf: iat,
    iat,
    exp: iat + ttlS,
    jti: `${identity}-${iat}`,
    video: { roomJoin: true, room, canPublish: true, canSubscribe: true },
  };
  const body = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const sig = createHmac('sha256', s.apiSecret).update(body).digest('base64url');
  return { token: `${body}.${sig}`, expiresAt: new Date((iat + ttlS) * 1000) };
}
