// The KMA short-term forecast (단기예보, getVilageFcst): request and response shape.
import { z } from 'zod';
import type { GridCell } from './grid';
import type { ForecastRun } from './base-time';

export type Sky = 'clear' | 'partly' | 'cloudy';
export type Precip = 'none' | 'rain' | 'sleet' | 'snow' | 'shower';

export interface SlotWeather {
  /** "YYYYMMDDHH00" Korea time. */
  slot: string;
  sky: Sky | null;
  precip: Precip | null;
  /** °C */
  temp: number | null;
  /** Chance of precipitation, %. */
  pop: number | null;
}

const SKY: Record<string, Sky> = { '1': 'clear', '3': 'partly', '4': 'cloudy' };
const PTY: Record<string, Precip> = { '0': 'none', '1': 'rain', '2': 'sleet', '3': 'snow', '4': 'shower' };

const itemSchema = z.object({
  category: z.string(),
  fcstDate: z.string().regex(/^\d{8}$/),
  fcstTime: z.string().regex(/^\d{4}$/),
  fcstValue: z.union([z.string(), z.number()]).transform(String),
});
const responseSchema = z.object({
  response: z.object({
    header: z.object({ resultCode: z.string(), resultMsg: z.string().optional() }),
    body: z.object({ items: z.object({ item: z.union([z.array(itemSchema), itemSchema]) }) }).optional(),
  }),
});

export class KmaError extends Error {}

export function forecastUrl(baseUrl: string, serviceKey: string, run: ForecastRun, cell: GridCell): string {
  const params = new URLSearchParams({
    pageNo: '1',
    // Every category for the first few hours of the run: the current hour is at most
    // 3 h 10 min after the run's base time.
    numOfRows: '100',
    dataType: 'JSON',
    base_date: run.baseDate,
    base_time: run.baseTime,
    nx: String(cell.nx),
    ny: String(cell.ny),
  });
  // data.go.kr hands out the key in a decoded and an encoded form; accept either.
  const key = serviceKey.includes('%') ? serviceKey : encodeURIComponent(serviceKey);
  return `${baseUrl.replace(/\/$/, '')}/getVilageFcst?serviceKey=${key}&${params}`;
}

/** The forecast slots of a response, keyed "YYYYMMDDHH00". Throws KmaError on an error answer. */
export function parseForecast(text: string): Map<string, SlotWeather> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Key and quota errors come back as XML whatever dataType asked for.
    const reason = /<returnAuthMsg>([^<]*)<\/returnAuthMsg>/.exec(text)?.[1] ?? 'not JSON';
    throw new KmaError(`KMA answered ${reason}`);
  }
  const parsed = responseSchema.safeParse(json);
  if (!parsed.success) throw new KmaError('KMA answer has an unexpected shape');
  const { header, body } = parsed.data.response;
  if (header.resultCode !== '00') throw new KmaError(`KMA answered ${header.resultCode} ${header.resultMsg ?? ''}`.trim());
  const raw = body?.items.item;
  const items = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const slots = new Map<string, SlotWeather>();
  for (const it of items) {
    const slot = `${it.fcstDate}${it.fcstTime}`;
    let s = slots.get(slot);
    if (!s) slots.set(slot, (s = { slot, sky: null, precip: null, temp: null, pop: null }));
    const num = Number(it.fcstValue);
    if (it.category === 'SKY') s.sky = SKY[it.fcstValue] ?? null;
    else if (it.category === 'PTY') s.precip = PTY[it.fcstValue] ?? null;
    else if (it.category === 'TMP' && Number.isFinite(num)) s.temp = num;
    else if (it.category === 'POP' && Number.isFinite(num)) s.pop = num;
  }
  return slots;
}

/** The slot to show: the current hour's, or the nearest later one the run has. */
export function pickSlot(slots: Iterable<SlotWeather>, current: string): SlotWeather | null {
  let best: SlotWeather | null = null;
  for (const s of slots) if (s.slot >= current && (!best || s.slot < best.slot)) best = s;
  return best;
}
