// The colours of each ticket theme. Plain hex values only: the same numbers are used by
// satori on the server and by the browser's live preview, and mixed here in JS (the
// notches of a ticket take the colour the backdrop gradient has at their height).
import type { Theme } from './looks';

export interface Palette {
  /** Backdrop gradient, top to bottom. */
  bg: [string, string];
  /** The ticket paper and the ink printed on it. */
  paper: string;
  ink: string;
  /** Secondary text on paper. */
  muted: string;
  /** Hairlines and quiet fills on paper. */
  line: string;
  /** The theme's strong colour (chips, header blocks, filled stars) and text on it. */
  accent: string;
  onAccent: string;
  /** Text straight on the backdrop. */
  onBg: string;
  /** Empty stars. */
  starOff: string;
}

export const PALETTES: Record<Theme, Palette> = {
  grape: {
    bg: ['#4b2380', '#a678e0'], paper: '#fbf8ff', ink: '#2a1447', muted: '#75659a', line: '#e4daf3',
    accent: '#7444b4', onAccent: '#ffffff', onBg: '#ffffff', starOff: '#ddd2ee',
  },
  night: {
    bg: ['#070b1f', '#2b3480'], paper: '#151b3d', ink: '#f3f4ff', muted: '#a3a9d6', line: '#2c3466',
    accent: '#ffd166', onAccent: '#1b1a2e', onBg: '#f3f4ff', starOff: '#39406f',
  },
  cherry: {
    bg: ['#ffc2d4', '#f06292'], paper: '#fff7f9', ink: '#4d0f27', muted: '#9c5a72', line: '#f6d5df',
    accent: '#d81b60', onAccent: '#ffffff', onBg: '#4d0f27', starOff: '#f3cfdb',
  },
  mint: {
    bg: ['#d4f7ea', '#3fbf98'], paper: '#f6fffb', ink: '#0b3a2d', muted: '#4f8373', line: '#cdeee2',
    accent: '#0e9f76', onAccent: '#ffffff', onBg: '#0b3a2d', starOff: '#cfe9df',
  },
  sunset: {
    bg: ['#ffb36b', '#c2417a'], paper: '#fffaf3', ink: '#3e1a10', muted: '#9a6250', line: '#f6e1cf',
    accent: '#ee5d36', onAccent: '#ffffff', onBg: '#ffffff', starOff: '#f3dccb',
  },
  mono: {
    bg: ['#f1f1f1', '#bdbdbd'], paper: '#ffffff', ink: '#111111', muted: '#6b6b6b', line: '#e3e3e3',
    accent: '#111111', onAccent: '#ffffff', onBg: '#111111', starOff: '#dedede',
  },
};

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The colour between a and b at t (0..1), as #rrggbb. */
export function mix(a: string, b: string, t: number): string {
  const [x, y] = [channels(a), channels(b)];
  const k = Math.min(1, Math.max(0, t));
  return `#${x.map((v, i) => Math.round(v + (y[i] - v) * k).toString(16).padStart(2, '0')).join('')}`;
}

/** The same colour with an alpha, as rgba() (both renderers read it). */
export function alpha(hex: string, a: number): string {
  return `rgba(${channels(hex).join(', ')}, ${a})`;
}

/** The backdrop: the theme gradient, or the AI art under a veil of the theme's colours. */
export function backdrop(p: Palette): string {
  return `linear-gradient(180deg, ${p.bg[0]} 0%, ${p.bg[1]} 100%)`;
}
