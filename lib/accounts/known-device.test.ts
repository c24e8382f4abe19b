import { describe, expect, it } from 'vitest';
import { cookieValue } from '@/lib/cookies';
import { decodeKnownDevice, encodeKnownDevice, rememberAccount } from './known-device';

const secret = 'unit-test-secret-0123456789abcdef';

describe('known device cookie', () => {
  it('round-trips and remembers the newest accounts first, without duplicates', () => {
    const one = rememberAccount(null, 'u1');
    const two = rememberAccount(one, 'u2');
    const again = rememberAccount(two, 'u1');
    expect(again.id).toBe(one.id);
    expect(again.userIds).toEqual(['u1', 'u2']);
    expect(decodeKnownDevice(encodeKnownDevice(again, secret), secret)).toEqual(again);
  });

  it('refuses a forged, re-signed or malformed value', () => {
    const value = encodeKnownDevice({ id: 'd', userIds: ['victim'] }, secret);
    expect(decodeKnownDevice(value, `${secret}-other`)).toBeNull();
    const [, mac] = value.split('.');
    const forged = `${Buffer.from(JSON.stringify({ d: 'd', u: ['someone-else'] })).toString('base64url')}.${mac}`;
    expect(decodeKnownDevice(forged, secret)).toBeNull();
    expect(decodeKnownDevice('junk', secret)).toBeNull();
    expect(decodeKnownDevice(`${value}.x`, secret)).toBeNull();
    expect(decodeKnownDevice(undefined, secret)).toBeNull();
  });

  it('is found in a Cookie header by exact name', () => {
    expect(cookieValue('a=1; moa-device=abc.def; b=2', 'moa-device')).toBe('abc.def');
    expect(cookieValue('xmoa-device=no', 'moa-device')).toBeNull();
    expect(cookieValue(undefined, 'moa-device')).toBeNull();
  });
});
