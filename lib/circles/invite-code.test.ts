import { describe, expect, it } from 'vitest';
import { generateInviteCode } from './invite-code';
import { INVITE_ALPHABET, joinFamilySchema } from './schemas';

describe('invite codes', () => {
  it('are 8 symbols from an alphabet without 0/O/1/I, and differ each time', () => {
    expect(INVITE_ALPHABET).not.toMatch(/[01OI]/);
    expect(new Set(INVITE_ALPHABET).size).toBe(32);
    const codes = Array.from({ length: 500 }, generateInviteCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('are read in any case, with spaces or dashes', () => {
    expect(joinFamilySchema.parse({ code: ' abcd-efgh ' }).code).toBe('ABCDEFGH');
    expect(joinFamilySchema.parse({ code: 'ab cd ef gh' }).code).toBe('ABCDEFGH');
  });

  it('refuses what cannot be a code with a message key', () => {
    const key = (code: unknown) => joinFamilySchema.safeParse({ code }).error?.issues[0].message;
    expect(key('')).toBe('validation.inviteCodeRequired');
    expect(key('   ')).toBe('validation.inviteCodeRequired');
    expect(key('ABC')).toBe('validation.inviteCodeFormat');
    expect(key('ABCDEFGHJ')).toBe('validation.inviteCodeFormat');
    expect(key(12345678)).toBe('validation.inviteCodeRequired');
  });
});
