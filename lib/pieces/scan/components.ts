// Connected dark shapes of a greyscale image, and clearing the ones that cannot be
// print: a barcode's bars, a QR code, a ruled line, a frame around a poster. Left in,
// tesseract reads them as rows of debris and lets them spoil the layout of real lines
// next to them (a title beside a poster frame came back misread).

export interface Shape { x0: number; y0: number; x1: number; y1: number; pixels: number[] }

/** Every 4-connected shape of pixels darker than `threshold`, passed to `visit` as found. */
export function eachShape(data: Uint8Array, width: number, height: number, threshold: number, visit: (s: Shape) => void) {
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  for (let start = 0; start < data.length; start++) {
    if (data[start] >= threshold || seen[start]) continue;
    seen[start] = 1;
    let top = 0;
    stack[top++] = start;
    const pixels: number[] = [];
    let x0 = width, x1 = 0, y0 = height, y1 = 0;
    while (top) {
      const i = stack[--top];
      pixels.push(i);
      const x = i % width;
      const y = (i - x) / width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      if (x > 0 && !seen[i - 1] && data[i - 1] < threshold) { seen[i - 1] = 1; stack[top++] = i - 1; }
      if (x < width - 1 && !seen[i + 1] && data[i + 1] < threshold) { seen[i + 1] = 1; stack[top++] = i + 1; }
      if (y > 0 && !seen[i - width] && data[i - width] < threshold) { seen[i - width] = 1; stack[top++] = i - width; }
      if (y < height - 1 && !seen[i + width] && data[i + width] < threshold) { seen[i + width] = 1; stack[top++] = i + width; }
    }
    visit({ x0, y0, x1, y1, pixels });
  }
}

/**
 * Paint white the shapes that cannot be characters: bars far thinner than tall (a
 * barcode), blobs several times the height of the print around them (a QR code, a
 * frame, an edge stripe) and long flat rules. "Print" is the median height of all
 * shapes, so a close-up photo's large digits are kept. Shapes are found on a half-size
 * copy (a quarter of the work on the event loop) and cleared, with a pixel of margin,
 * at full size. Returns how many shapes were cleared.
 */
export function clearNonText(data: Uint8Array, width: number, height: number, { threshold = 128 } = {}): number {
  const hw = Math.max(1, width >> 1);
  const hh = Math.max(1, height >> 1);
  const half = new Uint8Array(hw * hh);
  for (let y = 0; y < hh; y++) {
    for (let x = 0; x < hw; x++) {
      const i = 2 * y * width + 2 * x;
      half[y * hw + x] = Math.min(data[i], data[i + 1] ?? 255, data[i + width] ?? 255, data[i + width + 1] ?? 255);
    }
  }
  const shapes: Shape[] = [];
  eachShape(half, hw, hh, threshold, (s) => {
    // Specks say nothing about the size of the print.
    if (s.pixels.length >= 6) shapes.push(s);
  });
  const heights = shapes.map((s) => s.y1 - s.y0 + 1).sort((a, b) => a - b);
  const print = heights[Math.floor(heights.length / 2)] ?? 0;
  let cleared = 0;
  const thinTall = shapes.filter((s) => s.y1 - s.y0 + 1 > (s.x1 - s.x0 + 1) * 9 && s.y1 - s.y0 + 1 > print * 2);
  const tall = new Set(thinTall);
  for (const s of shapes) {
    const w = s.x1 - s.x0 + 1;
    const h = s.y1 - s.y0 + 1;
    // A barcode's bar stands among many like it; a lone thin stroke is print: the ㅣ of
    // 이 or the 1 in a large title, which is 2–3 times the body text's height.
    const bar = tall.has(s) && barNeighbours(s, thinTall) >= 4;
    // A blob is wide as well as tall (a QR code, a logo), or far taller than any print
    // (an edge stripe); a stroke as thin as print is part of a large title.
    const blob = h > print * 3.5 && h > hh * 0.04 && (w > print * 1.5 || h > print * 8) && !inLine(s, shapes, print);
    const rule = w > hw * 0.2 && h < w / 12;
    if (!bar && !blob && !rule) continue;
    cleared++;
    for (const i of s.pixels) {
      const x = (i % hw) * 2;
      const y = Math.floor(i / hw) * 2;
      for (let dy = -1; dy <= 2; dy++) {
        for (let dx = -1; dx <= 2; dx++) {
          const fx = x + dx;
          const fy = y + dy;
          if (fx >= 0 && fy >= 0 && fx < width && fy < height) data[fy * width + fx] = 255;
        }
      }
    }
  }
  return cleared + clearRules(data, width, height, half, hw, hh, Math.max(print * 6, hw * 0.05));
}

/**
 * A syllable of a large title drawn as one connected shape (구, 거: the ㄱ touching its
 * vowel in bold type) is as tall and wide as a small logo; unlike one it stands in a line
 * of print: two or more shapes beside it (not over it) whose middles lie within its
 * height and that are no taller. Only for shapes up to 8 times the print's height (a QR
 * code or an edge stripe is far taller, and text beside a stripe must not save it).
 */
function inLine(s: Shape, shapes: Shape[], print: number): boolean {
  const h = s.y1 - s.y0 + 1;
  const w = s.x1 - s.x0 + 1;
  // A syllable is about square and solid; a seat box's frame is hollow, often wide, and holds its value.
  if (h > print * 8 || w > h * 1.6 || s.pixels.length < w * h * 0.12) return false;
  let n = 0;
  for (const t of shapes) {
    if (t === s) continue;
    if (t.x0 > s.x0 && t.x1 < s.x1 && t.y0 > s.y0 && t.y1 < s.y1) return false;
    if (t.x1 >= s.x0 - 1 && t.x0 <= s.x1 + 1) continue;
    if (t.x1 < s.x0 - h * 1.5 || t.x0 > s.x1 + h * 1.5) continue;
    const mid = (t.y0 + t.y1) / 2;
    if (mid < s.y0 || mid > s.y1 || t.y1 - t.y0 + 1 > h * 1.2) continue;
    if (++n >= 2) return true;
  }
  return false;
}

/** Other thin tall shapes beside `s` (overlapping it vertically, within ¾ of its height across). */
function barNeighbours(s: Shape, bars: Shape[]): number {
  const h = s.y1 - s.y0 + 1;
  const cx = (s.x0 + s.x1) / 2;
  let n = 0;
  for (const b of bars) {
    if (b === s || Math.abs((b.x0 + b.x1) / 2 - cx) > h * 0.75) continue;
    if (Math.min(b.y1, s.y1) - Math.max(b.y0, s.y0) > h * 0.5) n++;
  }
  return n;
}

/**
 * Straight runs of ink longer than `min` pixels, across or down: the edges of a ticket,
 * of a seat's box, a table's lines. Found as runs, not shapes, because such lines are
 * often faint and broken (a shape finder sees specks); no stroke of a character is that
 * long. Runs are found on the half-size copy and cleared at full size. Returns how many.
 */
function clearRules(data: Uint8Array, width: number, height: number, half: Uint8Array, hw: number, hh: number, min: number, threshold = 200): number {
  let cleared = 0;
  // A run of half-size pixels [a, b] on line `at`, across or down: cleared 2 px either side.
  const wipe = (across: boolean, at: number, a: number, b: number) => {
    cleared++;
    for (let t = a * 2; t <= b * 2 + 1; t++) {
      for (let d = at * 2 - 1; d <= at * 2 + 2; d++) {
        const [x, y] = across ? [t, d] : [d, t];
        if (x >= 0 && y >= 0 && x < width && y < height) data[y * width + x] = 255;
      }
    }
  };
  const scan = (across: boolean) => {
    const lines = across ? hh : hw;
    const length = across ? hw : hh;
    for (let at = 0; at < lines; at++) {
      let start = -1;
      for (let t = 0; t <= length; t++) {
        const dark = t < length && half[across ? at * hw + t : t * hw + at] < threshold;
        if (dark && start < 0) start = t;
        if (!dark && start >= 0) {
          if (t - start >= min) wipe(across, at, start, t - 1);
          start = -1;
        }
      }
    }
  };
  scan(true);
  scan(false);
  return cleared;
}
