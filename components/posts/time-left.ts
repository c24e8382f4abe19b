// "2시간 10분 남음": the time to a deadline, in the person's words.
export function timeLeftParts(deadlineIso: string, nowMs: number) {
  const ms = new Date(deadlineIso).getTime() - nowMs;
  if (ms <= 0) return null;
  const minutes = Math.ceil(ms / 60_000);
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const values: Record<string, number> = d > 0 ? { d, h } : h > 0 ? { h, m } : { n: m };
  return { key: d > 0 ? ('days' as const) : h > 0 ? ('hours' as const) : ('minutes' as const), values };
}
