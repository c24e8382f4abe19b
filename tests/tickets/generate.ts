// The ticket scan test set: `count` tickets from `seed`, each drawn in one of four
// layouts with lib/render/png.ts (satori + the bundled fonts) and then made to look
// photographed (degrade.ts). The same seed gives the same images and the same truth.
import fs from 'node:fs/promises';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { loadFonts } from '@/lib/render/png';
import { chance, pick, rng, ticket, type Kind, type Rng, type Ticket } from './data';
import { degrade, planDegradation, type Degradation } from './degrade';
import { draw, type LayoutName } from './layouts';
import { FONTS, THEMES, type Hangul, type Look } from './looks';
import { printTitle } from './print';

/**
 * Bump when a change alters the generated images or their truth (the benchmark caches by it).
 * 4: the Nanum Gothic set (606e797) draws each ticket's font before its theme, which gave
 * every seed other themes and fonts; that commit did not bump the version, so images cached
 * before it and drawn after it differed under one name (docs/benchmarks.md, session 12).
 */
export const SET_VERSION = 4;

export interface TicketImage {
  id: string;
  layout: LayoutName;
  look: { theme: string; font: string; scale: number; bold: boolean };
  degradation: Degradation;
  truth: Ticket;
  jpeg: Buffer;
}

const LAYOUTS: readonly LayoutName[] = ['paper', 'mobile', 'cinema', 'concert'];
const KINDS: Record<LayoutName, readonly Kind[]> = {
  paper: ['MUSICAL', 'MUSICAL', 'PLAY', 'CONCERT'],
  mobile: ['MUSICAL', 'PLAY', 'CONCERT', 'MOVIE'],
  cinema: ['MOVIE'],
  concert: ['CONCERT', 'CONCERT', 'MUSICAL'],
};

type Fonts = Awaited<ReturnType<typeof loadFonts>>;
let extraFonts: Promise<{ name: string; data: Buffer; weight: 400; style: 'normal' }[]> | undefined;
// Latin-and-digit typefaces that ship inside installed packages (no system fonts needed).
function latinFonts() {
  const nm = path.join(process.cwd(), 'node_modules');
  extraFonts ??= Promise.all([
    ['Geist', 'next/dist/compiled/@vercel/og/Geist-Regular.ttf'],
    ['Noto Sans', 'harfbuzzjs/test/fonts/noto/NotoSans-Regular.ttf'],
  ].map(async ([name, file]) => ({ name, data: await fs.readFile(path.join(nm, file)), weight: 400 as const, style: 'normal' as const })));
  return extraFonts;
}

let nanum: Promise<Fonts> | undefined;
// Its full Korean subset, regular and bold: Hangul, Latin and digits (no ₩: Pretendard's).
function nanumFonts(): Promise<Fonts> {
  const dir = path.join(process.cwd(), 'node_modules/@fontsource/nanum-gothic/files');
  nanum ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({ name: 'Nanum Gothic', data: await fs.readFile(path.join(dir, `nanum-gothic-korean-${weight}-normal.woff`)), weight, style: 'normal' as const })),
  ) as Promise<Fonts>;
  return nanum;
}

async function render(element: React.ReactElement, width: number, height: number, fonts: Fonts) {
  const svg = await satori(element, { width, height, fonts: [...fonts, ...(await latinFonts())] });
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The clean ticket as a PNG. A Hangul face other than Pretendard comes first, so Latin fonts fall back to it. */
export async function drawTicket(layout: LayoutName, truth: Ticket, r: Rng, look: Look, title = printTitle(truth, r), hangul: Hangul = 'Pretendard') {
  const drawn = draw(layout, truth, r, look, title);
  const fonts = hangul === 'Pretendard' ? await loadFonts() : ([...(await nanumFonts()), ...(await loadFonts())] as Fonts);
  return render(drawn.element, drawn.width, drawn.height, fonts);
}

/** One ticket image; `index`, `seed` and the Hangul typeface alone decide everything about it. */
export async function makeTicket(seed: number, index: number, hangul: Hangul = 'Pretendard'): Promise<TicketImage> {
  const r = rng(seed * 100_003 + index);
  const layout = LAYOUTS[index % LAYOUTS.length];
  const truth = ticket(r, pick(r, KINDS[layout]));
  const font = pick(r, FONTS);
  const look: Look = { theme: pick(r, THEMES), font: font === 'Pretendard' ? hangul : font, scale: +(0.85 + r() * 0.3).toFixed(2), bold: chance(r, 0.3) };
  const png = await drawTicket(layout, truth, r, look, undefined, hangul);
  const degradation = planDegradation(r, layout === 'mobile' && chance(r, 0.75), layout === 'cinema' && chance(r, 0.5));
  const jpeg = await degrade(png, degradation, r);
  const id = `${seed}-${String(index).padStart(3, '0')}-${layout}`;
  return { id, layout, look: { ...look, theme: look.theme.name }, degradation, truth, jpeg };
}

/** A photo of a given ticket (integration fixtures): plain theme, Pretendard, the given damage. */
export async function photoOf(truth: Ticket, layout: LayoutName, degradation: Degradation, seed = 7): Promise<Buffer> {
  const r = rng(seed);
  const look: Look = { theme: THEMES.find((t) => t.name === 'mono')!, font: 'Pretendard', scale: 1, bold: false };
  return degrade(await drawTicket(layout, truth, r, look, truth.title), degradation, r);
}

export async function makeTicketSet(seed: number, count: number): Promise<TicketImage[]> {
  const out: TicketImage[] = [];
  for (let i = 0; i < count; i++) out.push(await makeTicket(seed, i));
  return out;
}

/** Write the images and, beside each, its expected fields and how it was made. */
export async function writeTicketSet(dir: string, set: TicketImage[]) {
  await fs.mkdir(dir, { recursive: true });
  for (const t of set) {
    await fs.writeFile(path.join(dir, `${t.id}.jpg`), t.jpeg);
    const { jpeg: _jpeg, ...meta } = t;
    await fs.writeFile(path.join(dir, `${t.id}.json`), `${JSON.stringify(meta, null, 2)}\n`);
  }
}
