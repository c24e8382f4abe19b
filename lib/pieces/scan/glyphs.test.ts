import fs from 'node:fs/promises';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '@/lib/render/png';
import { classify, DIGITS, glyphTemplates, LATIN, splitGlyphs, type Gray } from './glyphs';

/** A line of text drawn grey on off-white (like a prepared photo), as raw grey pixels. */
async function line(text: string, font: string, size = 40): Promise<Gray> {
  const extra = font === 'Noto Sans' ? [{ name: 'Noto Sans', data: await fs.readFile(path.join(process.cwd(), 'node_modules/harfbuzzjs/test/fonts/noto/NotoSans-Regular.ttf')), weight: 400 as const, style: 'normal' as const }] : [];
  const el = { type: 'div', props: { style: { display: 'flex', width: 900, height: 80, background: '#f4f1ea', color: '#333', fontSize: size, fontFamily: font, alignItems: 'center', paddingLeft: 20, letterSpacing: 2 }, children: text } };
  const svg = await satori(el as unknown as React.ReactNode, { width: 900, height: 80, fonts: [...(await loadFonts()), ...extra] });
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

async function read(text: string, font: string) {
  const img = await line(text, font);
  const templates = await glyphTemplates();
  return splitGlyphs(img, { x0: 0, y0: 0, x1: img.width, y1: img.height }).map((g) => classify(g, templates, LATIN + DIGITS)?.char ?? '?').join('');
}

describe('glyph reader', () => {
  it('reads capitals and digits in the bundled font', async () => {
    expect(await read('ABCDEFGHJKLMNOPQRSTUVWXYZ', 'Pretendard')).toBe('ABCDEFGHJKLMNOPQRSTUVWXYZ');
    expect(await read('0123456789', 'Pretendard')).toBe('0123456789');
  }, 30_000);

  it('tells apart the pairs the Korean model confuses (B/8, O/0, S/5, D/0, I/1)', async () => {
    expect(await read('B8 O0 S5 D0 I1 Z2 G6', 'Pretendard')).toBe('B8O0S5D0I1Z2G6');
  }, 30_000);

  it('mostly reads a typeface it has no templates for (Noto Sans)', async () => {
    const want = 'ABCDEFGHKLMNPRSTUVWXYZ';
    const got = await read(want, 'Noto Sans');
    const right = [...want].filter((c, i) => got[i] === c).length;
    expect(got.length).toBe(want.length);
    expect(right / want.length).toBeGreaterThanOrEqual(0.85);
  }, 30_000);

  it('finds no glyphs in blank paper and keeps a thin capital I', async () => {
    const blank = await line('', 'Pretendard');
    expect(splitGlyphs(blank, { x0: 0, y0: 0, x1: blank.width, y1: blank.height })).toEqual([]);
    expect(await read('VIP', 'Pretendard')).toBe('VIP');
  }, 30_000);
});
