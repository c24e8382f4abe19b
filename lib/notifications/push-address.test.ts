import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isPublicAddress, postPinned, resolvePushAddress, type Lookup } from './push-address';

describe('isPublicAddress', () => {
  it.each(['142.250.196.106', '8.8.8.8', '1.1.1.1', '2607:f8b0:4004:c1b::5f', '2a00:1450:4001:82b::200a', '::ffff:8.8.8.8'])('public: %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each([
    ['10.1.2.3', 'private'], ['172.16.0.1', 'private'], ['172.31.255.255', 'private'], ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'], ['127.8.8.8', 'loopback'], ['::1', 'loopback'],
    ['169.254.169.254', 'link-local (cloud metadata)'], ['fe80::1', 'link-local'],
    ['fc00::1', 'ULA'], ['fd12:3456::1', 'ULA'],
    ['224.0.0.1', 'multicast'], ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'], ['::', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT'], ['198.18.0.1', 'benchmarking'], ['240.0.0.1', 'reserved'], ['255.255.255.255', 'broadcast'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'], ['::ffff:127.0.0.1', 'IPv4-mapped loopback'], ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local, hex'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, hex'], ['64:ff9b::a00:1', 'NAT64 of a private address'],
    ['2001:db8::1', 'documentation'], ['not-an-ip', 'not an address'],
  ])('refused: %s (%s)', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});

const answers = (...addresses: string[]): Lookup => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('resolvePushAddress', () => {
  const url = new URL('https://push.example.com/send/abc');

  it('takes a name whose every address is public, and returns the one to connect to', async () => {
    await expect(resolvePushAddress(url, { lookup: answers('142.250.196.106', '2607:f8b0:4004:c1b::5f') })).resolves.toEqual({ address: '142.250.196.106', family: 4 });
  });

  it('refuses a public-looking name that resolves inside the network, even with one public answer beside it', async () => {
    await expect(resolvePushAddress(url, { lookup: answers('10.0.0.5') })).rejects.toMatchObject({ reason: 'not_public' });
    await expect(resolvePushAddress(url, { lookup: answers('142.250.196.106', '169.254.169.254') })).rejects.toMatchObject({ reason: 'not_public' });
    await expect(resolvePushAddress(url, { lookup: answers('::ffff:192.168.0.1') })).rejects.toMatchObject({ reason: 'not_public' });
  });

  it('a name that does not resolve is not refused for good (DNS may be down)', async () => {
    await expect(resolvePushAddress(url, { lookup: async () => { throw new Error('ENOTFOUND'); } })).rejects.toMatchObject({ reason: 'unresolved' });
  });

  it('checks IP literals without asking DNS', async () => {
    const never: Lookup = async () => { throw new Error('asked DNS'); };
    await expect(resolvePushAddress(new URL('https://[::1]/x'), { lookup: never })).rejects.toMatchObject({ reason: 'not_public' });
    await expect(resolvePushAddress(new URL('https://0.0.0.0/x'), { lookup: never })).rejects.toMatchObject({ reason: 'not_public' });
  });

  it('test mode lets loopback through (the push mock), nothing else', async () => {
    const local = new URL('http://127.0.0.1:9999/notify/x');
    await expect(resolvePushAddress(local, { allowLoopback: true })).resolves.toEqual({ address: '127.0.0.1', family: 4 });
    await expect(resolvePushAddress(local)).rejects.toMatchObject({ reason: 'not_public' });
    await expect(resolvePushAddress(url, { lookup: answers('10.0.0.5'), allowLoopback: true })).rejects.toMatchObject({ reason: 'not_public' });
  });
});

describe('postPinned', () => {
  it('connects to the checked address whatever the name would resolve to now (no second lookup)', async () => {
    const seen: { host?: string; body: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => { seen.push({ host: req.headers.host, body }); res.statusCode = 201; res.end('ok'); });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    try {
      // This name does not exist; only the pinned address makes the connection possible.
      const url = new URL(`http://push.invalid:${port}/send`);
      const res = await postPinned(url, { address: '127.0.0.1', family: 4 }, { 'content-type': 'application/octet-stream' }, new TextEncoder().encode('hi'), 5_000);
      expect(res.status).toBe(201);
      expect(seen).toEqual([{ host: `push.invalid:${port}`, body: 'hi' }]);
    } finally {
      server.close();
    }
  });
});
