import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError, toErrorResponse } from './errors';
import { signUpSchema } from './accounts/schemas';

describe('toErrorResponse', () => {
  it('translates an AppError key with its details', () => {
    const r = toErrorResponse(new AppError('rate_limited', 'errors.rateLimited', { minutes: 3, retryAfterSeconds: 170 }), 'en');
    expect(r.status).toBe(429);
    expect(r.body.error).toEqual({ code: 'rate_limited', message: 'Too many attempts. Try again in 3 min.', details: { minutes: 3, retryAfterSeconds: 170 } });
  });

  it('maps zod errors to 422 with a readable message per field', () => {
    const err = signUpSchema.safeParse({ loginId: 'a', displayName: 'x', password: 'with space' }).error!;
    const r = toErrorResponse(err, 'ko');
    expect(r.status).toBe(422);
    expect(r.body.error.details?.fields).toEqual({ loginId: '아이디는 3~20자여야 해요.', password: '비밀번호에 공백을 넣을 수 없어요.' });
  });

  it('falls back to a generic field message for untranslated zod issues', () => {
    const err = z.object({ n: z.number() }).safeParse({ n: 'x' }).error!;
    expect(toErrorResponse(err, 'en').body.error.message).toBe('Please check n.');
  });

  it('maps Prisma codes and hides unknown errors behind a 500', () => {
    expect(toErrorResponse({ code: 'P2025' }).status).toBe(404);
    expect(toErrorResponse({ code: 'P2002' }).status).toBe(409);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const r = toErrorResponse(new Error('secret detail'), 'en');
    expect(r.status).toBe(500);
    expect(r.body.error.message).not.toContain('secret');
    spy.mockRestore();
  });
});
