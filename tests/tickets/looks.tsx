// Colour themes, font choices and small drawing parts shared by the ticket layouts.
import type { CSSProperties, ReactNode } from 'react';
import { int, type Rng } from './data';

export interface Theme { name: string; bg: string; fg: string; accent: string; muted: string; panel: string }
export const THEMES: readonly Theme[] = [
  { name: 'grape', bg: '#f6f0ff', fg: '#2b1745', accent: '#6b3fa0', muted: '#7d6b93', panel: '#e9dcfb' },
  { name: 'night', bg: '#1b1d2b', fg: '#f4f4f8', accent: '#f0c36b', muted: '#a3a6bd', panel: '#2a2d42' },
  { name: 'cherry', bg: '#fff1f3', fg: '#3a1119', accent: '#d6336c', muted: '#8c5a66', panel: '#ffd9e1' },
  { name: 'mint', bg: '#eefaf5', fg: '#12372a', accent: '#1f9d6b', muted: '#5d7f72', panel: '#d3f1e4' },
  { name: 'sunset', bg: '#fff4e6', fg: '#3d2310', accent: '#e8590c', muted: '#8a6a52', panel: '#ffe3c4' },
  { name: 'mono', bg: '#ffffff', fg: '#111111', accent: '#111111', muted: '#666666', panel: '#eeeeee' },
];

/**
 * Pretendard is the only Korean typeface on hand offline; variety comes from its two
 * weights and from Latin and digit glyphs drawn in Geist or Noto Sans (satori takes a
 * glyph from the next font when the first lacks it, so Hangul falls through to Pretendard).
 */
export const FONTS = ['Pretendard', 'Geist', 'Noto Sans'] as const;
/**
 * A second Hangul typeface for a set that checks the scan is not fitted to Pretendard:
 * Nanum Gothic (OFL), from @fontsource/nanum-gothic's WOFF files (a dev dependency; the
 * app never draws with it). In such a set it takes Pretendard's place, as the look's font
 * and as the Hangul fallback of the Latin ones.
 */
export type Hangul = 'Pretendard' | 'Nanum Gothic';
export type Font = (typeof FONTS)[number] | 'Nanum Gothic';

export interface Look { theme: Theme; font: Font; scale: number; bold: boolean }

export const px = (look: Look, n: number) => Math.round(n * look.scale);

export function Row({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <div style={{ display: 'flex', flexDirection: 'row', alignItems: 'center', ...style }}>{children}</div>;
}

export function Col({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return <div style={{ display: 'flex', flexDirection: 'column', ...style }}>{children}</div>;
}

export function Text({ children, size, color, weight = 400, style }: { children: ReactNode; size: number; color: string; weight?: 400 | 700; style?: CSSProperties }) {
  return <div style={{ display: 'flex', fontSize: size, color, fontWeight: weight, ...style }}>{children}</div>;
}

/** A barcode: bars of random widths (a scanner cares, OCR should not read it as text). */
export function Barcode({ r, width, height, color, vertical = false }: { r: Rng; width: number; height: number; color: string; vertical?: boolean }) {
  const bars: ReactNode[] = [];
  let used = 0;
  const span = vertical ? height : width;
  for (let i = 0; used < span - 8; i++) {
    const w = int(r, 1, 4) * 2;
    const gap = int(r, 1, 3) * 2;
    bars.push(<div key={i} style={{ display: 'flex', background: color, ...(vertical ? { height: w, width: '100%', marginBottom: gap } : { width: w, height: '100%', marginRight: gap }) }} />);
    used += w + gap;
  }
  return <div style={{ display: 'flex', flexDirection: vertical ? 'column' : 'row', width, height, overflow: 'hidden' }}>{bars}</div>;
}

/** A QR-like square of random modules with the three finder squares. */
export function Qr({ r, size, color, bg }: { r: Rng; size: number; color: string; bg: string }) {
  const n = 25;
  const cell = Math.floor(size / n);
  const finder = (x: number, y: number) => (x < 7 && y < 7) || (x >= n - 7 && y < 7) || (x < 7 && y >= n - 7);
  const dark = (x: number, y: number) => {
    if (finder(x, y)) {
      const fx = x >= n - 7 ? x - (n - 7) : x;
      const fy = y >= n - 7 ? y - (n - 7) : y;
      return fx === 0 || fx === 6 || fy === 0 || fy === 6 || (fx >= 2 && fx <= 4 && fy >= 2 && fy <= 4);
    }
    return r() < 0.5;
  };
  const rows: ReactNode[] = [];
  for (let y = 0; y < n; y++) {
    const cells: ReactNode[] = [];
    for (let x = 0; x < n; x++) cells.push(<div key={x} style={{ display: 'flex', width: cell, height: cell, background: dark(x, y) ? color : bg }} />);
    rows.push(<div key={y} style={{ display: 'flex', flexDirection: 'row' }}>{cells}</div>);
  }
  return <div style={{ display: 'flex', flexDirection: 'column', padding: cell * 2, background: bg }}>{rows}</div>;
}

/** Split a seat string into the labelled boxes a concert ticket prints ("R석 3층 B구역 5열 7번"). */
export function seatBoxes(seat: string): { label: string; value: string }[] {
  return seat.split(' ').map((part) => {
    if (part === '플로어') return { label: '층', value: '플로어' };
    const m = /^(.+?)(석|층|구역|열|번|관)$/.exec(part);
    if (!m) return { label: '', value: part };
    const label = { 석: '등급', 층: '층', 구역: '구역', 열: '열', 번: '번', 관: '관' }[m[2]]!;
    return m[2] === '석' ? { label, value: part } : { label, value: m[1] };
  });
}
