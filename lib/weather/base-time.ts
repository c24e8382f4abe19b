// Which short-term forecast run to ask for. Runs start at 02, 05, … 23 o'clock Korea time
// and are published about 10 minutes later; before 02:10 the newest run is the previous
// day's 23:00. Everything is computed from the instant given, never from the server's
// time zone or an assumption that it is past 02:00 (Mealbuddy's picker crashed before).
const KST_MS = 9 * 3600_000;
const RUN_HOURS = [2, 5, 8, 11, 14, 17, 20, 23];
const PUBLISH_DELAY_MIN = 10;

const pad = (v: number, w = 2) => String(v).padStart(w, '0');
/** The Korea-time calendar fields of an instant. */
export function kstParts(at: Date) {
  const k = new Date(at.getTime() + KST_MS);
  return { y: k.getUTCFullYear(), m: k.getUTCMonth() + 1, d: k.getUTCDate(), h: k.getUTCHours(), min: k.getUTCMinutes() };
}
const ymd = (p: { y: number; m: number; d: number }) => `${p.y}${pad(p.m)}${pad(p.d)}`;

export interface ForecastRun {
  /** YYYYMMDD */
  baseDate: string;
  /** HHMM */
  baseTime: string;
}

export function latestRun(at: Date): ForecastRun {
  const p = kstParts(at);
  const minutes = p.h * 60 + p.min;
  const hour = [...RUN_HOURS].reverse().find((h) => minutes >= h * 60 + PUBLISH_DELAY_MIN);
  if (hour !== undefined) return { baseDate: ymd(p), baseTime: `${pad(hour)}00` };
  // Before 02:10: yesterday's 23:00 run (a day earlier in Korea time, month and year safe).
  return { baseDate: ymd(kstParts(new Date(at.getTime() - 24 * 3600_000))), baseTime: '2300' };
}

/** "YYYYMMDDHH00" of the Korea-time hour an instant falls in: the forecast slot to show. */
export function currentSlot(at: Date): string {
  const p = kstParts(at);
  return `${ymd(p)}${pad(p.h)}00`;
}
