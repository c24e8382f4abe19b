import { describe, expect, it, vi, afterEach } from 'vitest';
import { listTimeLabel } from './format';

describe('chat list time label', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the time for a message of today (Seoul) and the month and day otherwise', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T10:00:00.000Z'));
    expect(listTimeLabel('2026-03-01T05:07:00.000Z', 'ko')).toBe('오후 2:07');
    expect(listTimeLabel('2026-02-28T15:00:00.000Z', 'ko')).toBe('오전 12:00'); // 1 March in Seoul
    expect(listTimeLabel('2026-02-20T05:07:00.000Z', 'ko')).toBe('2월 20일');
    expect(listTimeLabel('2026-02-20T05:07:00.000Z', 'en')).toBe('Feb 20');
  });
});
