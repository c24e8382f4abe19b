import { describe, expect, it } from 'vitest';
import { isCalendarDate, isoDate, line, text, url, verbatim } from './schemas';

describe('text helpers refuse control characters', () => {
  it('line(): no NUL, other C0/C1 controls, DEL or line breaks; trimmed', () => {
    expect(line().parse('  포도네  ')).toBe('포도네');
    for (const bad of ['a\u0000b', 'a\u0001', 'a\nb', 'a\tb', 'a\rb', 'a\u007fb', 'a\u0085b', 'a\u2028b', '\u001b[31m']) {
      const r = line().safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0].message).toBe('validation.oneLine');
    }
  });

  it('text(): line breaks and tabs are fine, NUL and other controls are not', () => {
    expect(text().parse(' 첫 줄\n\t둘째 줄\r\n ')).toBe('첫 줄\n\t둘째 줄');
    for (const bad of ['a\u0000b', 'a\u0007', 'a\u000bb', 'a\u000cb', 'a\u007f', 'a\u009b']) {
      const r = text().safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0].message).toBe('validation.controlChars');
    }
  });

  it('verbatim() keeps spaces; url() refuses a NUL the URL parser would accept', () => {
    expect(verbatim().parse(' pass word ')).toBe(' pass word ');
    expect(verbatim().safeParse('pass\u0000').success).toBe(false);
    expect(url({ protocol: /^https$/ }).safeParse('https://shop.example/item').success).toBe(true);
    expect(url({ protocol: /^https$/ }).safeParse('https://shop.example/\u0000').success).toBe(false);
  });

  it('keeps the type message for non-strings', () => {
    expect(line('validation.displayNameRequired').safeParse(3).error?.issues[0].message).toBe('validation.displayNameRequired');
  });
});

describe('isoDate()', () => {
  it('accepts real calendar days only', () => {
    for (const good of ['2024-02-29', '2026-02-28', '2026-12-31', '2000-01-01']) expect(isCalendarDate(good), good).toBe(true);
    for (const bad of ['2024-13-01', '2026-02-30', '2026-02-29', '2026-00-10', '2026-04-31', '2026-1-01', '26-01-01', '2026-01-01T00:00', '', '1999-12-31', '３０２６-01-01']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it('gives its message key', () => {
    expect(isoDate().safeParse('2024-13-01').error?.issues[0].message).toBe('validation.date');
    expect(isoDate('missions.validation.startsOn').safeParse(20240101).error?.issues[0].message).toBe('missions.validation.startsOn');
  });
});
