// The push service URL comes from a browser, and the server POSTs to it: a name that
// resolves to an internal address (or is made to, between our check and the connect:
// DNS rebinding) would let anyone make the server call into its own network. So every
// send resolves the name itself, refuses unless every address is public, and connects
// to the address it checked (the name still goes to TLS for SNI and the certificate).
import dns from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

const blocked = new net.BlockList();
for (const [prefix, bits] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24],
  ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) blocked.addSubnet(prefix, bits, 'ipv4');
for (const [prefix, bits] of [
  ['::', 128], ['::1', 128], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
  // IPv4 inside IPv6 (mapped, compatible, NAT64, 6to4) is judged by its IPv4 below; these
  // prefixes themselves are refused when the IPv4 cannot be read out.
  ['64:ff9b::', 96], ['2002::', 16],
] as const) blocked.addSubnet(prefix, bits, 'ipv6');

const isLoopback = (ip: string) => (net.isIPv4(ip) ? ip.startsWith('127.') : ip === '::1' || embeddedIPv4(ip)?.startsWith('127.') === true);

/** The IPv4 inside an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 IPv6 address. */
function embeddedIPv4(ip: string): string | null {
  const m = ip.toLowerCase().match(/^(?:::ffff:|::|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/);
  if (!m) return null;
  if (m[1]) return m[1];
  const hi = parseInt(m[2], 16);
  const lo = parseInt(m[3], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** A public unicast address: not private, loopback, link-local, ULA, multicast, unspecified, reserved or documentation. */
export function isPublicAddress(ip: string): boolean {
  if (net.isIPv4(ip)) return !blocked.check(ip, 'ipv4');
  if (!net.isIPv6(ip)) return false;
  const v4 = embeddedIPv4(ip);
  if (v4) return isPublicAddress(v4);
  return !blocked.check(ip, 'ipv6');
}

export type Lookup = (host: string) => Promise<{ address: string; family: number }[]>;
const systemLookup: Lookup = (host) => dns.lookup(host, { all: true, verbatim: true });

export class PushAddressError extends Error {
  constructor(message: string, readonly reason: 'unresolved' | 'not_public') {
    super(message);
  }
}

/**
 * The address to connect to for this URL: every address the name resolves to must be
 * public (one private answer is enough to refuse: a rebinding name mixes them).
 * `allowLoopback` is the test mode (MOA_TEST_HOOKS=1: the push mock on 127.0.0.1).
 */
export async function resolvePushAddress(url: URL, { lookup = systemLookup, allowLoopback = false } = {}) {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host) ? [{ address: host, family: net.isIP(host) }] : await lookup(host).catch(() => []);
  if (!addresses.length) throw new PushAddressError(`${host} does not resolve`, 'unresolved');
  for (const a of addresses) {
    if (!isPublicAddress(a.address) && !(allowLoopback && isLoopback(a.address))) throw new PushAddressError(`${host} resolves to a non-public address`, 'not_public');
  }
  return addresses[0];
}

export interface PinnedResponse {
  status: number;
}

/**
 * POST to `url` over a connection to `pinned` only: the socket never asks DNS again.
 * No redirects are followed (node:http never does).
 */
export function postPinned(url: URL, pinned: { address: string; family: number }, headers: Record<string, string>, body: Uint8Array, timeoutMs: number) {
  const lookup: net.LookupFunction = (_host, opts, cb) => {
    // Node asks for all addresses when it may race IPv4 and IPv6 (autoSelectFamily).
    if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    else cb(null, pinned.address, pinned.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<PinnedResponse>((resolve, reject) => {
    const req = client.request(url, { method: 'POST', headers: { ...headers, 'content-length': String(body.byteLength) }, lookup, timeout: timeoutMs }, (res) => {
      res.resume(); // drain: only the status matters
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('push request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
