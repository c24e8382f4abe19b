import { describe, expect, it } from 'vitest';
import { allAreas, findArea } from './data';
import { areasWithin, distanceKm, listDongs, listSido, listSigungu, searchAreas } from './service';

const SEOGYO = '1144066000'; // 서울 마포구 서교동

describe('areas data', () => {
  it('has the 3,512 dongs with unique 10-digit codes and centroids inside Korea', () => {
    const list = allAreas();
    expect(list).toHaveLength(3512);
    expect(new Set(list.map((a) => a.code)).size).toBe(3512);
    for (const a of list) {
      expect(a.code).toMatch(/^\d{10}$/);
      expect(a.lat).toBeGreaterThan(33);
      expect(a.lat).toBeLessThan(38.7);
      expect(a.lon).toBeGreaterThan(124.5);
      expect(a.lon).toBeLessThan(131.9);
    }
  });
  it('walks 시/도 → 시/군/구 → 읍/면/동', () => {
    expect(listSido()).toHaveLength(17);
    expect(listSigungu('서울특별시')).toContain('마포구');
    expect(listDongs('서울특별시', '마포구').map((a) => a.dong)).toContain('서교동');
  });
});

describe('distances', () => {
  it('measures centroid distance (서교동 → 연남동 under 1 km, → 합정동 about 1.6 km, → 부산 about 325 km)', () => {
    const seogyo = findArea(SEOGYO)!;
    const yeonnam = searchAreas('마포구 연남동')[0];
    expect(distanceKm(seogyo, yeonnam)).toBeGreaterThan(0.7);
    expect(distanceKm(seogyo, yeonnam)).toBeLessThan(1);
    const hapjeong = searchAreas('마포구 합정동')[0];
    expect(distanceKm(seogyo, hapjeong)).toBeGreaterThan(1.4);
    expect(distanceKm(seogyo, hapjeong)).toBeLessThan(1.8);
    const busan = searchAreas('부산 중구 중앙동')[0];
    expect(distanceKm(seogyo, busan)).toBeGreaterThan(300);
    expect(distanceKm(seogyo, busan)).toBeLessThan(350);
  });
  it('lists the dongs within a radius, nearest first, itself at 0, growing with the radius', () => {
    const one = areasWithin(SEOGYO, 1);
    const three = areasWithin(SEOGYO, 3);
    const five = areasWithin(SEOGYO, 5);
    expect(one[0]).toMatchObject({ area: { code: SEOGYO }, distanceKm: 0 });
    expect(one.length).toBeLessThan(three.length);
    expect(three.length).toBeLessThan(five.length);
    expect(five.every((n, i) => i === 0 || n.distanceKm >= five[i - 1].distanceKm)).toBe(true);
    expect(five.every((n) => n.distanceKm <= 5)).toBe(true);
    // Nothing within 5 km of Seoul is in Busan.
    expect(five.some((n) => n.area.sido === '부산광역시')).toBe(false);
    // Brute force agrees with the latitude-box shortcut.
    const brute = allAreas().filter((a) => distanceKm(findArea(SEOGYO)!, a) <= 5).length;
    expect(five).toHaveLength(brute);
  });
  it('knows no neighbours of an unknown code', () => {
    expect(areasWithin('0000000000', 3)).toEqual([]);
  });
});

describe('searchAreas', () => {
  it('matches every word anywhere in the full name, exact dong names first', () => {
    expect(searchAreas('서교동').map((a) => a.code)).toContain(SEOGYO);
    expect(searchAreas('마포 서교')[0].code).toBe(SEOGYO);
    expect(searchAreas('  ')).toEqual([]);
    expect(searchAreas('없는동네이름')).toEqual([]);
    expect(searchAreas('동', 5)).toHaveLength(5);
  });
});
