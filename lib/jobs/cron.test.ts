import { beforeAll, describe, expect, it } from 'vitest';
import { setUnitEnv } from '@/tests/helpers/unit-env';

let requireCron: typeof import('./cron').requireCron;
beforeAll(async () => {
  setUnitEnv({ CRON_SECRET: 'cron-secret-1234' });
  ({ requireCron } = await import('./cron'));
});

const withAuth = (authorization: string) => new Request('http://x/api/cron/cleanup', { headers: { authorization } });

describe('requireCron', () => {
  it('passes the right secret', () => {
    expect(() => requireCron(withAuth('Bearer cron-secret-1234'))).not.toThrow();
  });

  it('answers 404 (never throws anything else) for a wrong secret of any length or alphabet', () => {
    // Same number of characters as the real header, but 'é' is two bytes in UTF-8.
    const sameChars = `Bearer cron-secret-123é`;
    expect(sameChars.length).toBe('Bearer cron-secret-1234'.length);
    for (const bad of [sameChars, 'Bearer cron-secret-123\u00ff', 'Bearer nope', '', 'Bearer cron-secret-12345']) {
      expect(() => requireCron(withAuth(bad)), bad).toThrow(expect.objectContaining({ code: 'not_found' }));
    }
  });
});
