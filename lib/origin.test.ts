import { describe, expect, it } from 'vitest';
import { isSameOrigin } from './origin';

const check = (headers: Record<string, string>, publicUrl?: string) => isSameOrigin(new Headers(headers), () => publicUrl);

describe('isSameOrigin', () => {
  it('trusts Sec-Fetch-Site when a browser sends it', () => {
    expect(check({ 'sec-fetch-site': 'same-origin', host: 'a:1' })).toBe(true);
    expect(check({ 'sec-fetch-site': 'none' })).toBe(true);
    expect(check({ 'sec-fetch-site': 'same-site', origin: 'http://a:1', host: 'a:1' })).toBe(false);
    expect(check({ 'sec-fetch-site': 'cross-site' })).toBe(false);
  });

  it('otherwise compares Origin with Host or the public URL', () => {
    expect(check({ origin: 'http://Localhost:3000', host: 'localhost:3000' })).toBe(true);
    expect(check({ origin: 'https://moa.example', host: '127.0.0.1:3000' }, 'https://moa.example/')).toBe(true);
    expect(check({ origin: 'https://evil.example', host: '127.0.0.1:3000' }, 'https://moa.example')).toBe(false);
    expect(check({ origin: 'null', host: 'a' })).toBe(false);
    expect(check({ origin: 'file://', host: 'a' })).toBe(false);
    expect(check({ origin: 'not a url', host: 'a' })).toBe(false);
  });

  it('lets programs without either header through', () => {
    expect(check({ host: 'a' })).toBe(true);
  });
});
