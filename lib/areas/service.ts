// Neighbourhoods: picking a dong (by 시/도 → 시/군/구 → 읍/면/동 or by name) and the
// dongs within a radius of it, by centroid distance.
import { allAreas, findArea, type Area } from './data';

export const RADII_KM = [1, 3, 5] as const;
export type RadiusKm = (typeof RADII_KM)[number];

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance between two centroids (haversine), in km. */
export function distanceKm(a: Pick<Area, 'lat' | 'lon'>, b: Pick<Area, 'lat' | 'lon'>): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface NearbyArea {
  area: Area;
  distanceKm: number;
}

const nearbyCache = new Map<string, NearbyArea[]>();
/** The dongs whose centroid lies within `radiusKm` of `code`'s (itself included, at 0), nearest first. */
export function areasWithin(code: string, radiusKm: RadiusKm): NearbyArea[] {
  const key = `${code}:${radiusKm}`;
  const hit = nearbyCache.get(key);
  if (hit) return hit;
  const home = findArea(code);
  if (!home) return [];
  const out: NearbyArea[] = [];
  // A cheap latitude box first: one degree of latitude is ~111 km everywhere.
  const latSpan = radiusKm / 111 + 0.01;
  for (const area of allAreas()) {
    if (Math.abs(area.lat - home.lat) > latSpan) continue;
    const d = area.code === code ? 0 : distanceKm(home, area);
    if (d <= radiusKm) out.push({ area, distanceKm: d });
  }
  out.sort((a, b) => a.distanceKm - b.distanceKm || a.area.code.localeCompare(b.area.code));
  if (nearbyCache.size > 5000) nearbyCache.clear();
  nearbyCache.set(key, out);
  return out;
}

const unique = (xs: string[]) => [...new Set(xs)];

export const listSido = () => unique(allAreas().map((a) => a.sido));
export const listSigungu = (sido: string) => unique(allAreas().filter((a) => a.sido === sido).map((a) => a.sigungu));
export const listDongs = (sido: string, sigungu: string) => allAreas().filter((a) => a.sido === sido && a.sigungu === sigungu);

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
/** Dongs whose full name contains every word of the query ("서교", "마포 서교", "부산 중앙동"). */
export function searchAreas(query: string, limit = 20): Area[] {
  const words = query.normalize('NFC').split(/\s+/).map(fold).filter(Boolean);
  if (!words.length) return [];
  const out: Area[] = [];
  for (const a of allAreas()) {
    const name = fold(`${a.sido}${a.sigungu}${a.dong}`);
    if (words.every((w) => name.includes(w))) {
      out.push(a);
      if (out.length >= limit) break;
    }
  }
  // Exact dong-name matches first ("중앙동" before "중앙1동").
  return out.sort((x, y) => Number(words.includes(fold(y.dong))) - Number(words.includes(fold(x.dong))));
}

export function areaLabel(a: Area): string {
  return a.sigungu ? `${a.sido} ${a.sigungu} ${a.dong}` : `${a.sido} ${a.dong}`;
}
