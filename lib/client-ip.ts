// The one place that decides a request's client address (rate limits, the address a
// device session records). Whom to believe is configuration, never the caller's say:
// any client can write `X-Forwarded-For`, so its leftmost entry means nothing unless a
// proxy we trust wrote what comes after it.
import { isIP } from 'node:net';
import { env } from '@/lib/env';

/** What stands in for the socket address: Next.js route handlers never see the socket, and the server binds to loopback. */
export const LOOPBACK = '127.0.0.1';

export interface ProxyTrust {
  /** Proxies in front of the app that each append the address they saw (0: none). */
  hops: number;
  /** On Vercel the platform sets `x-vercel-forwarded-for` / `x-real-ip` itself. */
  vercel: boolean;
}

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const v = headers[name];
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v.join(',') : null;
}

/** An address, or null when the value is not one (a port or brackets are dropped). */
function address(raw: string | null | undefined): string | null {
  let v = (raw ?? '').trim();
  if (v.startsWith('[')) v = v.slice(1, v.indexOf(']') > 0 ? v.indexOf(']') : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(v)) v = v.slice(0, v.lastIndexOf(':'));
  return isIP(v) ? v.toLowerCase() : null;
}

/**
 * The client address under a trust setting. With `hops` trusted proxies the entry the
 * outermost of them appended is the `hops`-th from the right of `X-Forwarded-For`;
 * everything left of it is the client's own claim. Fewer entries than hops (a request
 * that bypassed a proxy) or a value that is not an address: the loopback default.
 */
export function clientIpFrom(headers: HeaderSource, trust: ProxyTrust): string {
  if (trust.vercel) {
    const platform = address(header(headers, 'x-vercel-forwarded-for')?.split(',')[0]) ?? address(header(headers, 'x-real-ip'));
    return platform ?? LOOPBACK;
  }
  if (trust.hops <= 0) return LOOPBACK;
  const chain = (header(headers, 'x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (chain.length < trust.hops) return LOOPBACK;
  return address(chain[chain.length - trust.hops]) ?? LOOPBACK;
}

export const proxyTrust = (): ProxyTrust => ({ hops: env().TRUSTED_PROXY_HOPS, vercel: !!env().VERCEL });

/** This request's client address under the configured trust. */
export const clientIp = (req: { headers: HeaderSource }) => clientIpFrom(req.headers, proxyTrust());
