import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientIpFrom, LOOPBACK } from './client-ip';

const h = (init: Record<string, string>) => new Headers(init);
const none = { hops: 0, vercel: false };
const one = { hops: 1, vercel: false };

describe('clientIpFrom', () => {
  it('trusts no header by default (0 hops): a forged X-Forwarded-For is ignored', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '203.0.113.9' }), none)).toBe(LOOPBACK);
    expect(clientIpFrom(h({ 'x-real-ip': '203.0.113.9', 'x-vercel-forwarded-for': '203.0.113.8' }), none)).toBe(LOOPBACK);
  });

  it('with one trusted proxy takes the entry it appended (the rightmost), not the leftmost', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '203.0.113.9' }), one)).toBe('203.0.113.9');
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }), one)).toBe('203.0.113.9');
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.2.3.4, 198.51.100.1, 203.0.113.9' }), { hops: 2, vercel: false })).toBe('198.51.100.1');
  });

  it('falls back to loopback when the chain is shorter than the hops or not an address', () => {
    expect(clientIpFrom(h({}), one)).toBe(LOOPBACK);
    expect(clientIpFrom(h({ 'x-forwarded-for': '203.0.113.9' }), { hops: 2, vercel: false })).toBe(LOOPBACK);
    expect(clientIpFrom(h({ 'x-forwarded-for': 'not-an-ip' }), one)).toBe(LOOPBACK);
    expect(clientIpFrom(h({ 'x-forwarded-for': `${'1'.repeat(500)}` }), one)).toBe(LOOPBACK);
  });

  it('reads IPv6 and drops ports and brackets', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '2001:DB8::1' }), one)).toBe('2001:db8::1');
    expect(clientIpFrom(h({ 'x-forwarded-for': '[2001:db8::1]:443' }), one)).toBe('2001:db8::1');
    expect(clientIpFrom(h({ 'x-forwarded-for': '203.0.113.9:5555' }), one)).toBe('203.0.113.9');
  });

  it("on Vercel believes the platform's headers, not X-Forwarded-For", () => {
    const vercel = { hops: 0, vercel: true };
    expect(clientIpFrom(h({ 'x-vercel-forwarded-for': '203.0.113.7', 'x-forwarded-for': '6.6.6.6' }), vercel)).toBe('203.0.113.7');
    expect(clientIpFrom(h({ 'x-real-ip': '203.0.113.6', 'x-forwarded-for': '6.6.6.6' }), vercel)).toBe('203.0.113.6');
    expect(clientIpFrom(h({ 'x-forwarded-for': '6.6.6.6' }), vercel)).toBe(LOOPBACK);
  });

  it('reads next-auth style plain header objects too', () => {
    expect(clientIpFrom({ 'x-forwarded-for': '203.0.113.9' }, one)).toBe('203.0.113.9');
    expect(clientIpFrom(undefined, one)).toBe(LOOPBACK);
  });
});

describe('clientIp under the configured trust', () => {
  const saved = { ...process.env };
  afterEach(() => { process.env = { ...saved }; });
  async function ipWith(vars: Record<string, string>) {
    process.env = {
      DATABASE_URL: 'postgresql://unused@127.0.0.1:1/unused', NEXTAUTH_SECRET: 'unit-secret-0123456789abcdef',
      PUSHER_APP_ID: 'a', PUSHER_KEY: 'k', PUSHER_SECRET: 's', ...vars,
    } as unknown as NodeJS.ProcessEnv;
    vi.resetModules();
    const { clientIp } = await import('./client-ip');
    return clientIp({ headers: h({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9', 'x-vercel-forwarded-for': '203.0.113.5' }) });
  }

  it('TRUSTED_PROXY_HOPS unset (0) ignores the header; 1 takes the rightmost entry; VERCEL uses its header', async () => {
    expect(await ipWith({})).toBe(LOOPBACK);
    expect(await ipWith({ TRUSTED_PROXY_HOPS: '1' })).toBe('203.0.113.9');
    expect(await ipWith({ TRUSTED_PROXY_HOPS: '2' })).toBe('6.6.6.6');
    expect(await ipWith({ VERCEL: '1', TRUSTED_PROXY_HOPS: '1' })).toBe('203.0.113.5');
  });
});
