// Small display helpers for chat (Korea time). The labels come from lib/i18n/datetime.ts, not
// Intl: the server's and the browser's ICU spell them differently (a hydration mismatch).
import { seoulDay, seoulMonthDay, seoulTime } from '@/lib/i18n/datetime';
import { kstDay } from '@/lib/missions/schedule';

export { seoulTime as timeLabel, seoulDay as dayLabel };

/** The Korean calendar day of a message ('YYYY-MM-DD'), for the day separators. */
export const dayKey = (iso: string) => kstDay(new Date(iso));

export function listTimeLabel(iso: string, locale: string) {
  return dayKey(iso) === kstDay(new Date()) ? seoulTime(iso, locale) : seoulMonthDay(iso, locale);
}

export function formatBytes(n: number) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
