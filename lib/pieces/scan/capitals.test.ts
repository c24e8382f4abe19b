// The English model's second opinion on seat capitals, in typefaces the letter templates
// are not drawn in (they are drawn in Pretendard only), as the scan cuts them out.
import fs from 'node:fs/promises';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { capitalsReader } from './capitals';
import { splitGlyphs } from './glyphs';
import { createPool } from './pool';

const letters = createPool({ size: 1, maxWaiting: 4, idleMs: 60_000, timeoutMs: 60_000, lang: 'eng' });
afterAll(() => letters.close());

// Latin typefaces that ship inside installed packages.
const FACES = [
  ['Geist', 'next/dist/compiled/@vercel/og/Geist-Regular.ttf'],
  ['Noto Sans', 'harfbuzzjs/test/fonts/noto/NotoSans-Regular.ttf'],
] as const;

/** A word drawn dark grey on white, 34 px capitals, as one grey image. */
async function drawn(text: string, face: (typeof FACES)[number]) {
  const data = await fs.readFile(path.join(process.cwd(), 'node_modules', face[1]));
  const el = { type: 'div', props: { style: { display: 'flex', width: 240, height: 80, background: '#fff', color: '#222', fontSize: 48, fontFamily: face[0], alignItems: 'center', paddingLeft: 30 }, children: text } };
  const svg = await satori(el as unknown as React.ReactNode, { width: 240, height: 80, fonts: [{ name: face[0], data, weight: 400, style: 'normal' }] });
  const { data: px, info } = await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(px), width: info.width, height: info.height };
}

describe('capitalsReader', () => {
  it.each(FACES.flatMap((face) => ['F', 'R', 'C', 'VIP', 'G'].map((text) => [text, face[0]] as const)))('reads %s in %s', async (text, name) => {
    const img = await drawn(text, FACES.find((f) => f[0] === name)!);
    const glyphs = splitGlyphs(img, { x0: 2, y0: 2, x1: img.width - 2, y1: img.height - 2 });
    const box = { x0: glyphs[0].x0, x1: glyphs[glyphs.length - 1].x1, y0: Math.min(...glyphs.map((g) => g.y0)), y1: Math.max(...glyphs.map((g) => g.y1)) };
    const read = await capitalsReader(img, letters)(box);
    expect(read?.text).toBe(text);
    expect(read!.confidence).toBeGreaterThan(0.6);
  }, 60_000);

  it('gives up quietly when the English worker cannot answer (the templates then decide)', async () => {
    const dead = createPool({ size: 1, maxWaiting: 0, idleMs: 1_000, timeoutMs: 1, lang: 'eng' });
    const img = await drawn('F', FACES[0]);
    await expect(capitalsReader(img, dead)({ x0: 20, x1: 80, y0: 10, y1: 70 })).resolves.toBeNull();
    await dead.close();
  }, 60_000);
});
