import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { skewAngle } from './deskew';
import { prepareImage } from './preprocess';

/**
 * Lines of "text" (short dashes, about as much ink as a ticket's print: a tenth of the
 * page) on paper, and a tall stripe at the left edge, as an SVG.
 */
function page({ width = 1200, height = 800, ink = '#222', paper = '#f5f2ea' } = {}) {
  let marks = '';
  for (let row = 0; row < 8; row++) {
    for (let x = 120; x < width - 150; x += 46) marks += `<rect x="${x}" y="${90 + row * 80}" width="${22 + ((x * 7 + row) % 9)}" height="18" fill="${ink}"/>`;
  }
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${paper}"/><rect x="30" y="20" width="22" height="${height - 40}" fill="#111"/>${marks}</svg>`);
}

const rawGrey = async (img: Buffer) => {
  const { data, info } = await sharp(img).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
};

describe('skewAngle', { timeout: 30_000 }, () => {
  it.each([6, -8, 3, 0])('finds a page turned by %s° (the edge stripe does not sway it)', async (deg) => {
    const turned = await sharp(await sharp(page()).png().toBuffer()).rotate(deg, { background: '#f5f2ea' }).resize({ width: 900 }).png().toBuffer();
    const { data, width, height } = await rawGrey(turned);
    expect(Math.abs(skewAngle(data, width, height) + deg)).toBeLessThanOrEqual(0.5);
  });

  it('says 0 when there is no text to go by', async () => {
    const { data, width, height } = await rawGrey(await sharp({ create: { width: 400, height: 300, channels: 3, background: '#ffffff' } }).png().toBuffer());
    expect(skewAngle(data, width, height)).toBe(0);
  });
});

describe('prepareImage', { timeout: 30_000 }, () => {
  it('stands a photo up by its EXIF orientation and levels it', async () => {
    const upright = await sharp(page()).png().toBuffer();
    // Stored turned a quarter, with orientation 6 saying so (as phone cameras do), and tilted 5°.
    const stored = await sharp(await sharp(upright).rotate(5, { background: '#f5f2ea' }).png().toBuffer()).rotate(270).withMetadata({ orientation: 6 }).jpeg().toBuffer();
    const p = await prepareImage(stored);
    expect(p.width).toBeGreaterThan(p.height);
    expect(Math.abs(p.angle + 5)).toBeLessThanOrEqual(0.6);
    expect(p.grey.length).toBe(p.width * p.height);
    // Scaled to about 3 megapixels.
    expect(p.width * p.height).toBeGreaterThan(2_500_000);
    expect(p.width * p.height).toBeLessThan(3_800_000);
  });

  it('turns light print on a dark ticket, and print under glare, into dark print on white', async () => {
    const night = await sharp(page({ ink: '#f4f4f8', paper: '#1b1d2b' })).png().toBuffer();
    const p = await prepareImage(night, { deskew: false });
    const dark = p.grey.filter((v) => v < 100).length / p.grey.length;
    // The marks (about a tenth of the page) are dark; the page is white.
    expect(dark).toBeGreaterThan(0.04);
    expect(dark).toBeLessThan(0.25);
    const glare = await sharp(await sharp(page({ ink: '#555' })).png().toBuffer())
      .composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><defs><radialGradient id="g"><stop offset="0" stop-color="#fff" stop-opacity="0.7"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs><rect width="1200" height="800" fill="url(#g)"/></svg>') }])
      .png().toBuffer();
    const g = await prepareImage(glare, { deskew: false });
    // Under the glare (the middle rows) the marks are still dark enough to be print.
    const mid = g.grey.subarray(Math.floor(g.height * 0.4) * g.width, Math.floor(g.height * 0.6) * g.width);
    expect(mid.filter((v) => v < 128).length).toBeGreaterThan(mid.length * 0.04);
  });

  it('keeps dark print on a pale ticket in dim light dark when told to invert only truly dark backgrounds', async () => {
    // Cream paper photographed in dim light: the paper itself is a dark grey (~90).
    const dim = await sharp(page({ ink: '#1a1a1a', paper: '#5c5a55' })).png().toBuffer();
    const share = (p: { grey: Uint8Array }) => p.grey.filter((v) => v < 100).length / p.grey.length;
    // The default takes that paper for a night-themed ticket: the marks end up light and barely any print is left.
    expect(share(await prepareImage(dim, { deskew: false }))).toBeLessThan(0.04);
    // The second preparation of a scan (read.ts PREPARATIONS) keeps the print.
    const kept = share(await prepareImage(dim, { deskew: false, invertBelow: 60 }));
    expect(kept).toBeGreaterThan(0.04);
    expect(kept).toBeLessThan(0.25);
  });

  it('refuses bytes it cannot decode and images too small to hold a ticket (422)', async () => {
    await expect(prepareImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).rejects.toMatchObject({ code: 'validation_failed' });
    const tiny = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
    await expect(prepareImage(tiny)).rejects.toBeInstanceOf(AppError);
  });
});
