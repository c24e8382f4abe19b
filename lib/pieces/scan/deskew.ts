// How far a photographed ticket is turned, from the text itself: lines of print make
// the row profile of dark pixels peaky when projected at the right angle (every line
// falls into few rows), flat otherwise. A coarse sweep then a fine one, on a small copy.
import { eachShape } from './components';

/**
 * Dark pixels of a small greyscale image (0 = black) as centred x, y pairs, keeping
 * only print-sized marks: connected shapes no taller than 6% of the image and no wider
 * than 12%. A ticket's coloured edge stripe, a barcode or the table's edge would
 * otherwise outweigh the text lines (and they need not be level with them).
 */
function darkPoints(data: Uint8Array, width: number, height: number, threshold: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  eachShape(data, width, height, threshold, (s) => {
    if (s.y1 - s.y0 > height * 0.06 || s.x1 - s.x0 > width * 0.12) return;
    for (const i of s.pixels) {
      xs.push((i % width) - width / 2);
      ys.push(Math.floor(i / width) - height / 2);
    }
  });
  return { xs, ys };
}

function profileScore(xs: number[], ys: number[], degrees: number, rows: number) {
  const a = (degrees * Math.PI) / 180;
  const sin = Math.sin(a);
  const cos = Math.cos(a);
  const bins = new Float64Array(rows);
  const half = rows / 2;
  for (let i = 0; i < xs.length; i++) {
    const r = Math.round(ys[i] * cos - xs[i] * sin + half);
    if (r >= 0 && r < rows) bins[r]++;
  }
  let s = 0;
  for (let i = 0; i < rows; i++) s += bins[i] * bins[i];
  return s;
}

/**
 * The angle (degrees, clockwise positive as sharp's rotate takes it) that makes the
 * text level, searched within ±`limit`; 0 when there is too little text to tell.
 */
export function skewAngle(data: Uint8Array, width: number, height: number, { limit = 15, threshold = 110 } = {}): number {
  const { xs, ys } = darkPoints(data, width, height, threshold);
  if (xs.length < 200) return 0;
  const rows = Math.ceil(Math.hypot(width, height)) + 2;
  let best = 0;
  let bestScore = -1;
  const sweep = (from: number, to: number, step: number) => {
    for (let d = from; d <= to + 1e-9; d += step) {
      const s = profileScore(xs, ys, d, rows);
      if (s > bestScore) {
        bestScore = s;
        best = d;
      }
    }
  };
  sweep(-limit, limit, 1);
  const coarse = best;
  sweep(coarse - 1, coarse + 1, 0.1);
  // The projection turns the points by -angle; sharp turns the image by +angle.
  return -Math.round(best * 10) / 10;
}
