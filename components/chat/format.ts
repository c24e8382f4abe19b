// Small display helpers for chat (Korea time). The labels come from lib/i18n/datetime.ts, not
// Intl: the server's and the browser's ICU spell them differently (a hydration mismatch).
import { seoulDay, seoulMonthDay, seoulTime } from '@/lib/i18n/datetime';

export function timeLabel(iso: string, locale: string) {
  return seoulTime(iso, locale);
}

export function dayKey(iso: string) {
  return new Date(new Date(iso).getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

export function dayLabel(iso: string, locale: string) {
  return seoulDay(iso, locale);
}

export function listTimeLabel(iso: string, locale: string) {
  return dayKey(iso) === dayKey(new Date().toISOString()) ? timeLabel(iso, locale) : seoulMonthDay(iso, locale);
}

export function formatBytes(n: number) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
