import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog/all';
import { matchingPool } from './offline';
import { AGE_BANDS, AREAS, PLACES, SUGGESTION_COUNT } from './types';

const AGE_OF = { '3-5': 4, '6-8': 7, '9-12': 10, '13-15': 14 } as const;

describe('bundled mission catalog', () => {
  it('holds at least 150 missions with unique ids and titles, each valid as a mission', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CATALOG.map((m) => m.id)).size).toBe(CATALOG.length);
    expect(new Set(CATALOG.map((m) => m.title)).size).toBe(CATALOG.length);
    for (const m of CATALOG) {
      expect(m.title.length, m.id).toBeGreaterThan(0);
      expect(m.title.length, m.id).toBeLessThanOrEqual(60);
      expect(m.description.length, m.id).toBeLessThanOrEqual(500);
      expect(m.reward, m.id).toBeGreaterThanOrEqual(1);
      expect(m.reward, m.id).toBeLessThanOrEqual(10);
      expect(m.places.length && m.bands.length, m.id).toBeTruthy();
      expect(m.places.every((p) => PLACES.includes(p)) && m.bands.every((b) => AGE_BANDS.includes(b)), m.id).toBe(true);
    }
  });

  it('every age band, place and area has enough exact matches to rotate through', () => {
    for (const band of AGE_BANDS) {
      for (const place of PLACES) {
        for (const area of AREAS) {
          const exact = CATALOG.filter((m) => m.area === area && m.places.includes(place) && m.bands.includes(band));
          expect(exact.length, `${band} ${place} ${area}`).toBeGreaterThanOrEqual(SUGGESTION_COUNT + 2);
          expect(matchingPool({ age: AGE_OF[band], place, area })).toEqual(exact);
        }
      }
    }
  });
});
