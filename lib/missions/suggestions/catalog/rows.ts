// Compact rows for the bundled catalog: places as letters (h = home, o = outside,
// s = school) and age bands as digits (1 = 3–5, 2 = 6–8, 3 = 9–12, 4 = 13–15).
import { AGE_BANDS, type Area, type CatalogMission, type Place } from '../types';

export type Row = [id: string, title: string, description: string, reward: number, places: string, bands: string];

const PLACE_OF: Record<string, Place> = { h: 'home', o: 'outside', s: 'school' };

export function fromRows(area: Area, rows: Row[]): CatalogMission[] {
  return rows.map(([id, title, description, reward, places, bands]) => ({
    id,
    title,
    description,
    reward,
    area,
    places: [...places].map((p) => PLACE_OF[p]),
    bands: [...bands].map((b) => AGE_BANDS[Number(b) - 1]),
  }));
}
