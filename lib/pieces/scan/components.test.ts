import { describe, expect, it } from 'vitest';
import { clearNonText } from './components';

/** A white page with dark rectangles [x, y, w, h]. */
function page(width: number, height: number, rects: number[][]) {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, w, h] of rects) for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) data[y * width + x] = 0;
  return data;
}
const inkAt = (data: Uint8Array, width: number, x: number, y: number) => data[y * width + x] < 128;

describe('clearNonText', () => {
  // Body text: many 20 px shapes, so "print" is 20 px high.
  const body = Array.from({ length: 40 }, (_, i) => [20 + (i % 20) * 30, 20 + Math.floor(i / 20) * 40, 14, 20]);

  it('clears a barcode (many thin bars side by side)', () => {
    const bars = Array.from({ length: 12 }, (_, i) => [100 + i * 8, 200, 4, 60]);
    const data = page(800, 400, [...body, ...bars]);
    clearNonText(data, 800, 400);
    for (const [x, y] of bars) expect(inkAt(data, 800, x + 1, y + 30)).toBe(false);
    expect(inkAt(data, 800, 25, 30)).toBe(true);
  });

  it('keeps a lone thin stroke of large print (the ㅣ of 이 in a title)', () => {
    const title = [[300, 200, 40, 50], [350, 200, 4, 56], [420, 200, 40, 50], [470, 196, 4, 60]];
    const data = page(800, 400, [...body, ...title]);
    clearNonText(data, 800, 400);
    expect(inkAt(data, 800, 351, 230)).toBe(true);
    expect(inkAt(data, 800, 471, 230)).toBe(true);
  });

  it('keeps a stroke four times the body text’s height, clears a QR-like blob and an edge stripe', () => {
    const data = page(800, 600, [...body, [300, 200, 6, 80], [500, 200, 80, 80], [780, 0, 10, 600]]);
    clearNonText(data, 800, 600);
    expect(inkAt(data, 800, 302, 240)).toBe(true);
    expect(inkAt(data, 800, 540, 240)).toBe(false);
    expect(inkAt(data, 800, 785, 300)).toBe(false);
  });

  it('keeps a large title syllable drawn as one shape among the smaller shapes of its line', () => {
    // 작은 구름 in bold: 구 one 80 × 80 shape; the other syllables' parts are 30–50 px high.
    const line = [[300, 210, 30, 40], [335, 200, 8, 80], [390, 205, 40, 30], [390, 245, 40, 30], [530, 210, 60, 30], [530, 250, 60, 25]];
    const syllable = [440, 200, 80, 80];
    const data = page(800, 600, [...body, ...line, syllable]);
    clearNonText(data, 800, 600);
    expect(inkAt(data, 800, 460, 240)).toBe(true);
    // A seat box's frame in a row of boxes is hollow and holds its value: cleared.
    const frame = [[600, 200, 80, 4], [600, 276, 80, 4], [600, 200, 4, 80], [676, 200, 4, 80]];
    const boxed = page(800, 600, [...body, ...line, ...frame, [630, 225, 20, 30]]);
    clearNonText(boxed, 800, 600);
    expect(inkAt(boxed, 800, 601, 240)).toBe(false);
    expect(inkAt(boxed, 800, 640, 240)).toBe(true);
    // The same shape alone is a logo or a QR code.
    const lone = page(800, 600, [...body, syllable]);
    clearNonText(lone, 800, 600);
    expect(inkAt(lone, 800, 460, 240)).toBe(false);
  });
});
