// Menu suggestions (메뉴 추천): five dishes for now, from the bundled catalogue of Korean
// delivery dishes, scored by the time of day and the season in Korea, the local weather
// when known, and the categories the person ordered lately. Pure: the caller passes the
// clock, the weather and the history, so every rule is testable.
import type { FoodCategory } from '@/lib/generated/prisma/enums';
import { kstParts } from '@/lib/weather/base-time';
import type { SlotWeather } from '@/lib/weather/kma';
import DISHES from './dishes.json';

export type WeatherFit = 'rain' | 'snow' | 'cold' | 'hot' | 'mild';
export type MealTime = 'm' | 'l' | 'a' | 'd' | 'n';
export interface Dish {
  ko: string;
  en: string;
  category: FoodCategory;
  weather: WeatherFit[];
  times: MealTime[];
}
export const dishes = DISHES as Dish[];

export type Reason = 'rain' | 'snow' | 'hot' | 'cold' | 'season' | 'time' | 'recent';
export interface Suggestion {
  dish: Dish;
  reasons: Reason[];
  score: number;
}

/** Morning 05–10, lunch 10–14, afternoon 14–17, dinner 17–21, late night 21–05 (Korea time). */
export function mealTime(at: Date): MealTime {
  const { h } = kstParts(at);
  if (h >= 5 && h < 10) return 'm';
  if (h >= 10 && h < 14) return 'l';
  if (h >= 14 && h < 17) return 'a';
  if (h >= 17 && h < 21) return 'd';
  return 'n';
}

/** What the season asks for: summer hot, winter cold, spring and autumn mild. */
export function seasonFit(at: Date): WeatherFit {
  const { m } = kstParts(at);
  if (m >= 6 && m <= 8) return 'hot';
  if (m === 12 || m <= 2) return 'cold';
  return 'mild';
}

/** What the weather asks for, strongest first: precipitation, then temperature. */
export function weatherFits(w: Pick<SlotWeather, 'precip' | 'temp'> | null): WeatherFit[] {
  if (!w) return [];
  const fits: WeatherFit[] = [];
  if (w.precip === 'snow') fits.push('snow', 'cold');
  else if (w.precip && w.precip !== 'none') fits.push('rain');
  if (w.temp !== null && w.temp >= 27) fits.push('hot');
  else if (w.temp !== null && w.temp <= 5 && !fits.includes('cold')) fits.push('cold');
  return fits;
}

// A small stable hash: the same person gets the same five for the same hour, and
// different people (and hours) see some variety among equally good dishes.
function jitter(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

export interface MenuInput {
  at: Date;
  weather: Pick<SlotWeather, 'precip' | 'temp'> | null;
  /** Categories of the posts the person wrote or joined lately, newest first. */
  recentCategories: readonly FoodCategory[];
  /** Varies the order among equals (e.g. the user id). */
  seed: string;
  count?: number;
}

export function suggestMenus({ at, weather, recentCategories, seed, count = 5 }: MenuInput): Suggestion[] {
  const time = mealTime(at);
  const season = seasonFit(at);
  const fits = weatherFits(weather);
  const recent = new Set(recentCategories.slice(0, 5));
  const hourSeed = `${seed}:${Math.floor(at.getTime() / 3_600_000)}`;
  const scored = dishes.map((dish): Suggestion => {
    const reasons: Reason[] = [];
    let score = jitter(`${hourSeed}:${dish.ko}`);
    if (dish.times.includes(time)) {
      score += 3;
      reasons.push('time');
    } else score -= 3;
    for (const fit of fits) {
      if (fit !== 'mild' && dish.weather.includes(fit)) {
        score += fit === 'rain' || fit === 'snow' ? 5 : 4;
        reasons.push(fit);
      }
    }
    // The season counts only where the weather did not already speak for it.
    if (dish.weather.includes(season) && !reasons.includes(season as Reason)) {
      score += 2;
      if (season !== 'mild') reasons.push('season');
    }
    if (recent.has(dish.category)) {
      score += 1.5;
      reasons.push('recent');
    }
    return { dish, reasons, score };
  });
  scored.sort((a, b) => b.score - a.score);
  // Five different categories: a suggestion is a choice, not five kinds of chicken.
  const out: Suggestion[] = [];
  const used = new Set<FoodCategory>();
  for (const s of scored) {
    if (used.has(s.dish.category)) continue;
    used.add(s.dish.category);
    out.push(s);
    if (out.length === count) break;
  }
  return out;
}
