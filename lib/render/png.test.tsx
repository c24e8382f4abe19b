import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { printable, renderPng } from './png';

describe('renderPng', () => {
  it('draws Korean text from the bundled font into a PNG of the asked size', async () => {
    const box = (text: string) => (
      <div style={{ display: 'flex', width: '100%', height: '100%', background: '#ffffff', color: '#000000', fontSize: 96, fontFamily: 'Pretendard', alignItems: 'center', justifyContent: 'center' }}>{text}</div>
    );
    const png = await renderPng(box('레미제라블'), { width: 600, height: 300 });
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 600, 300]);
    // Glyphs were drawn: a good share of the pixels are dark, and an empty box has none.
    const dark = async (p: Buffer) => {
      const { data } = await sharp(p).greyscale().raw().toBuffer({ resolveWithObject: true });
      return data.filter((v) => v < 128).length / data.length;
    };
    expect(await dark(png)).toBeGreaterThan(0.03);
    expect(await dark(await renderPng(box(''), { width: 600, height: 300 }))).toBe(0);
  }, 30_000); // the first render reads the fonts and starts satori: seconds on a busy machine

  it('drops emoji, which the font cannot draw', () => {
    expect(printable('최고🎉의 공연❤️ 👍🏻')).toBe('최고의 공연 ');
  });
});
