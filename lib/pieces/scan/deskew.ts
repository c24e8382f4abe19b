// How far a photographed ticket is turned, from the text itself: lines of print make
// the row profile of dark pixels peaky when projected at the right angle (every line
// falls into few rows), flat otherwise. A coarse sweep then a fine one, on a small copy.

/** Dark pixels of a small greyscale image (0 = black) as x, y pairs, centred. */
function darkPoints(data: Uint8Array, width: number, height: number, threshold: number) {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[y * width + x] < threshold) {
        xs.push(x - width / 2);
        ys.push(y - height / 2);
      }
    }
  }
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
