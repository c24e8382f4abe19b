import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '@/lib/render/png';
import type { Gray } from './glyphs';
import type { OcrLine } from './rows';
import { mendStrokes, strokeTwins, syllableBoxes } from './syllables';

/** A title drawn bold, grey on off-white and slightly blurred (like a prepared photo). */
async function title(text: string, size = 56): Promise<Gray> {
  const el = { type: 'div', props: { style: { display: 'flex', width: 700, height: 110, background: '#f4f1ea', color: '#333', fontSize: size, fontWeight: 700, fontFamily: 'Pretendard', alignItems: 'center', paddingLeft: 30 }, children: text } };
  const svg = await satori(el as unknown as React.ReactNode, { width: 700, height: 110, fonts: await loadFonts() });
  const { data, info } = await sharp(Buffer.from(svg)).flatten({ background: '#fff' }).blur(0.8).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** What OCR said of the line: its text and a box round the print (tesseract's boxes are loose). */
const said = (text: string, x1 = 600): OcrLine => ({ text, confidence: 0.9, box: { x0: 24, y0: 22, x1, y1: 88 }, words: [] });

describe('stroke twins', () => {
  it('are the syllables one short stroke away', () => {
    expect(strokeTwins('낮').sort()).toEqual(['낯', '냦'].sort());
    expect(strokeTwins('빛')).toEqual(['빚']);
    expect(strokeTwins('거').sort()).toEqual(['겨', '커'].sort());
    expect(strokeTwins('름')).toEqual([]);
    expect(strokeTwins('A')).toEqual([]);
  });
});

describe('mendStrokes', () => {
  it('puts back the stroke OCR dropped (낮선 → 낯선, 빚의 → 빛의)', async () => {
    expect((await mendStrokes(said('낮선 겨울'), await title('낯선 겨울'))).text).toBe('낯선 겨울');
    expect((await mendStrokes(said('연극 빚의 거울'), await title('연극 빛의 거울'))).text).toBe('연극 빛의 거울');
    // A mark standing alone beside the title is one piece of ink like a syllable, or ink the cut left out.
    expect((await mendStrokes(said('ᆞ 빚의 거울'), await title('· 빛의 거울'))).text).toBe('ᆞ 빛의 거울');
    expect((await mendStrokes(said('、 낮선 겨울'), await title('낯선 겨울'))).text).toBe('、 낯선 겨울');
  }, 30_000);

  it('leaves a right reading alone, also where a twin exists (낮은, 정원, 거울)', async () => {
    for (const t of ['낮은 정원', '빚의 거울', '작은 구름', '겨울소리']) {
      const line = said(t);
      expect(await mendStrokes(line, await title(t))).toBe(line);
    }
  }, 30_000);

  it('leaves a line alone when its ink cannot be matched to its syllables one to one', async () => {
    // A syllable lost in the reading, and a speck read as a mark: nothing is guessed.
    const short = said('낮선 울');
    expect(await mendStrokes(short, await title('낯선 겨울'))).toBe(short);
    const speck = said('낮선 、 겨울');
    expect(await mendStrokes(speck, await title('낯선 겨울'))).toBe(speck);
    const glued = said('낮선 겨울1');
    expect(await mendStrokes(glued, await title('낯선 겨울1'))).toBe(glued);
  }, 30_000);
});

describe('syllableBoxes', () => {
  it('finds one box per syllable, with the word gap where the text has its space', async () => {
    const img = await title('빛의 거울');
    expect(syllableBoxes(img, said('').box, [2, 2])?.length).toBe(4);
    // The same ink read as one word of four, or as words split elsewhere, does not fit.
    expect(syllableBoxes(img, said('').box, [1, 3])).toBeNull();
    expect(syllableBoxes(img, said('').box, [3])).toBeNull();
  }, 30_000);
});
