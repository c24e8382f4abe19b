import { describe, expect, it } from 'vitest';
import { wantsDemo } from './seed.mjs';

describe('demo accounts (published password)', () => {
  it('are made by `npm run dev`, and by `npm start` only with MOA_DEMO=1', () => {
    expect(wantsDemo('dev', {})).toBe(true);
    expect(wantsDemo('start', {})).toBe(false);
    expect(wantsDemo('start', { MOA_DEMO: '0' })).toBe(false);
    expect(wantsDemo('start', { MOA_DEMO: '1' })).toBe(true);
  });
});
