// Local weather for a dong: the KMA forecast for its grid cell, cached per cell for an
// hour in KV so a neighbourhood full of people costs KMA one call an hour per cell.
import { env } from '@/lib/env';
import { kv as loadKv } from '@/lib/kv';
import { now } from '@/lib/clock';
import { findArea } from '@/lib/areas/data';
import { kmaGrid, type GridCell } from './grid';
import { currentSlot, latestRun } from './base-time';
import { forecastUrl, parseForecast, pickSlot, type SlotWeather } from './kma';

const CACHE_SECONDS = 3600;
const TIMEOUT_MS = 3000;

interface Cached {
  slots: SlotWeather[];
}

export interface LocalWeather extends SlotWeather {
  cell: GridCell;
}

export const weatherEnabled = () => Boolean(env().KMA_SERVICE_KEY);

async function fetchSlots(cell: GridCell, at: Date, fetchImpl: typeof fetch): Promise<SlotWeather[]> {
  const e = env();
  const url = forecastUrl(e.KMA_BASE_URL, e.KMA_SERVICE_KEY!, latestRun(at), cell);
  const res = await fetchImpl(url, { signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-store' });
  if (!res.ok) throw new Error(`KMA HTTP ${res.status}`);
  return [...parseForecast(await res.text()).values()];
}

/**
 * The weather now in a dong, or null when weather is not configured, the dong is
 * unknown, or KMA cannot answer (a failure is logged and the box is simply absent).
 */
export async function localWeather(areaCode: string, fetchImpl: typeof fetch = fetch): Promise<LocalWeather | null> {
  if (!weatherEnabled()) return null;
  const area = findArea(areaCode);
  if (!area) return null;
  const cell = kmaGrid(area.lat, area.lon);
  const at = now();
  const slotNow = currentSlot(at);
  const kv = await loadKv();
  const key = `weather:v1:${cell.nx}:${cell.ny}`;
  try {
    const cached = await kv.get<Cached>(key);
    let slot = cached ? pickSlot(cached.slots, slotNow) : null;
    if (!slot) {
      const slots = await fetchSlots(cell, at, fetchImpl);
      await kv.set(key, { slots } satisfies Cached, { ttlSeconds: CACHE_SECONDS });
      slot = pickSlot(slots, slotNow);
    }
    return slot ? { ...slot, cell } : null;
  } catch (err) {
    console.warn('[moa] weather unavailable:', (err as Error).message);
    return null;
  }
}
