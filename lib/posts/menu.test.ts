import { describe, expect, it } from 'vitest';
import { dishes, mealTime, seasonFit, suggestMenus, weatherFits } from './menu';

const kst = (iso: string) => new Date(`${iso}+09:00`);
const CATEGORIES = ['JOKBAL_BOSSAM', 'JJIM_TANG', 'JAPANESE', 'PIZZA', 'MEAT', 'WESTERN', 'CHICKEN', 'CHINESE', 'ASIAN', 'BAEKBAN_NOODLE', 'DOSIRAK', 'BUNSIK', 'CAFE_DESSERT', 'FAST_FOOD'];

describe('the dish catalogue', () => {
  it('has at least 150 dishes over all 14 categories, each tagged', () => {
    expect(dishes.length).toBeGreaterThanOrEqual(150);
    expect(new Set(dishes.map((d) => d.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(dishes.map((d) => d.ko)).size).toBe(dishes.length);
    for (const d of dishes) {
      expect(d.weather.length, d.ko).toBeGreaterThan(0);
      expect(d.times.length, d.ko).toBeGreaterThan(0);
      expect(d.en, d.ko).toMatch(/^[\x20-\x7e\u00c0-\u00ff]+$/);
    }
  });
});

describe('clock and weather rules', () => {
  it('reads the meal time and the season in Korea time', () => {
    expect(mealTime(kst('2026-12-06T00:30:00'))).toBe('n');
    expect(mealTime(kst('2026-12-06T07:00:00'))).toBe('m');
    expect(mealTime(kst('2026-12-06T12:00:00'))).toBe('l');
    expect(mealTime(kst('2026-12-06T18:00:00'))).toBe('d');
    expect(mealTime(new Date('2026-12-06T03:00:00Z'))).toBe('l'); // noon KST
    expect(seasonFit(kst('2026-07-01T12:00:00'))).toBe('hot');
    expect(seasonFit(kst('2026-01-01T12:00:00'))).toBe('cold');
    expect(seasonFit(kst('2026-04-01T12:00:00'))).toBe('mild');
  });
  it('turns the forecast into what it asks for', () => {
    expect(weatherFits(null)).toEqual([]);
    expect(weatherFits({ precip: 'rain', temp: 18 })).toEqual(['rain']);
    expect(weatherFits({ precip: 'shower', temp: 30 })).toEqual(['rain', 'hot']);
    expect(weatherFits({ precip: 'snow', temp: -2 })).toEqual(['snow', 'cold']);
    expect(weatherFits({ precip: 'none', temp: 31 })).toEqual(['hot']);
    expect(weatherFits({ precip: 'none', temp: 3 })).toEqual(['cold']);
    expect(weatherFits({ precip: 'none', temp: 15 })).toEqual([]);
  });
});

describe('suggestMenus', () => {
  const base = { recentCategories: [], seed: 'user-1' } as const;
  it('gives five dishes of five different categories', () => {
    const out = suggestMenus({ ...base, at: kst('2026-12-06T12:00:00'), weather: null });
    expect(out).toHaveLength(5);
    expect(new Set(out.map((s) => s.dish.category)).size).toBe(5);
  });
  it('rain brings rainy-day dishes (칼국수, 파전, 짬뽕…) and says why', () => {
    const out = suggestMenus({ ...base, at: kst('2026-05-06T12:00:00'), weather: { precip: 'rain', temp: 16 } });
    expect(out.filter((s) => s.dish.weather.includes('rain')).length).toBeGreaterThanOrEqual(4);
    expect(out[0].reasons).toContain('rain');
  });
  it('heat brings cold dishes (냉면, 콩국수, 빙수…)', () => {
    const out = suggestMenus({ ...base, at: kst('2026-08-06T13:00:00'), weather: { precip: 'none', temp: 33 } });
    expect(out.filter((s) => s.dish.weather.includes('hot')).length).toBeGreaterThanOrEqual(4);
  });
  it('cold brings warm soups (국밥, 찌개…) even without weather, from the season alone', () => {
    const out = suggestMenus({ ...base, at: kst('2026-01-10T19:00:00'), weather: null });
    expect(out.filter((s) => s.dish.weather.includes('cold')).length).toBeGreaterThanOrEqual(4);
    expect(out.every((s) => !s.reasons.includes('rain'))).toBe(true);
  });
  it('suits the hour: nothing for breakfast at midnight (00:30 KST works)', () => {
    const out = suggestMenus({ ...base, at: kst('2026-12-06T00:30:00'), weather: { precip: 'none', temp: -1 } });
    expect(out).toHaveLength(5);
    expect(out.every((s) => s.dish.times.includes('n'))).toBe(true);
  });
  it('leans to categories the person ordered lately', () => {
    const at = kst('2026-04-10T18:00:00');
    const without = suggestMenus({ ...base, at, weather: null });
    const withRecent = suggestMenus({ ...base, at, weather: null, recentCategories: ['CHICKEN', 'PIZZA'] });
    expect(withRecent.map((s) => s.dish.category)).toEqual(expect.arrayContaining(['CHICKEN', 'PIZZA']));
    expect(withRecent.find((s) => s.dish.category === 'CHICKEN')?.reasons).toContain('recent');
    expect(without).not.toEqual(withRecent);
  });
  it('is stable for a person within an hour and varies between people', () => {
    const at = kst('2026-04-10T12:10:00');
    const a1 = suggestMenus({ ...base, at, weather: null }).map((s) => s.dish.ko);
    const a2 = suggestMenus({ ...base, at: kst('2026-04-10T12:40:00'), weather: null }).map((s) => s.dish.ko);
    expect(a2).toEqual(a1);
    const others = ['u2', 'u3', 'u4', 'u5'].map((seed) => suggestMenus({ at, weather: null, recentCategories: [], seed }).map((s) => s.dish.ko).join());
    expect(new Set([a1.join(), ...others]).size).toBeGreaterThan(1);
  });
});
