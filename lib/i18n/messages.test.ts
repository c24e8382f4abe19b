import { describe, expect, it } from 'vitest';
import { MESSAGES } from './messages';
import { negotiateLocale } from './config';

const { ko, en } = MESSAGES;

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('message files', () => {
  it('Korean and English have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(ko).sort());
  });
  it('no message is empty', () => {
    for (const [name, file] of Object.entries({ ko, en })) {
      for (const k of keys(file)) expect(k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], file), `${name}:${k}`).not.toBe('');
    }
  });
});

describe('negotiateLocale', () => {
  it('is Korean unless English was chosen', () => {
    expect(negotiateLocale('en', 'ko')).toBe('en');
    expect(negotiateLocale(undefined, 'en')).toBe('en');
    expect(negotiateLocale('fr', 'fr')).toBe('ko');
    expect(negotiateLocale(undefined, null)).toBe('ko');
  });
});
