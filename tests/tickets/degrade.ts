// Make a clean rendered ticket look photographed: laid on a table, seen at an angle
// (a real projective warp), turned, with glare, low light, blur, sensor noise, JPEG
// compression and sometimes stored sideways with an EXIF orientation tag, as phones do.
// Every choice comes from the seeded rng and is recorded, so a failure can be traced.
import sharp, { type OutputInfo } from 'sharp';
import { chance, int, pick, type Rng } from './data';

export interface Degradation {
  kind: 'photo' | 'screenshot';
  thermal?: boolean;
  perspective?: number;
  rotate?: number;
  glare?: number;
  lowLight?: number;
  blur?: number;
  noise?: number;
  width: number;
  quality: number;
  exifOrientation?: 6 | 8;
}

const between = (r: Rng, a: number, b: number) => +(a + r() * (b - a)).toFixed(2);

/** Pick the degradations for one image. Screenshots stay sharp; photos get a random mix. */
export function planDegradation(r: Rng, screenshot: boolean, thermal: boolean): Degradation {
  if (screenshot) return { kind: 'screenshot', width: pick(r, [1080, 1170, 1242]), quality: int(r, 70, 92) };
  return {
    kind: 'photo',
    thermal: thermal || undefined,
    perspective: chance(r, 0.6) ? between(r, 0.02, 0.07) : undefined,
    rotate: (chance(r, 0.5) ? 1 : -1) * between(r, 3, 10),
    glare: chance(r, 0.4) ? between(r, 0.3, 0.7) : undefined,
    lowLight: chance(r, 0.3) ? between(r, 0.45, 0.7) : undefined,
    blur: chance(r, 0.5) ? between(r, 0.5, 1.6) : undefined,
    noise: chance(r, 0.6) ? between(r, 3, 12) : undefined,
    width: pick(r, [1600, 2000, 2400, 3000]),
    quality: int(r, 45, 85),
    exifOrientation: chance(r, 0.2) ? pick(r, [6, 8] as const) : undefined,
  };
}

/** Solve the 8 unknowns of the homography taking `from` points to `to` points. */
function homography(from: number[][], to: number[][]): number[] {
  const a: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i];
    const [u, v] = to[i];
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(a[r][c]) > Math.abs(a[p][c])) p = r;
    [a[c], a[p]] = [a[p], a[c]];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = a[r][c] / a[c][c];
      for (let k = c; k < 9; k++) a[r][k] -= f * a[c][k];
    }
  }
  return a.map((row, i) => row[8] / row[i]);
}

/** Warp RGB pixels so the image's corners move inwards by up to `amount` of its size. */
function perspective(data: Buffer, w: number, h: number, amount: number, r: Rng, bg: number[]): Buffer {
  const j = () => r() * amount;
  const dst = [[j() * w, j() * h], [w - j() * w, j() * h], [w - j() * w, h - j() * h], [j() * w, h - j() * h]];
  // Map each output pixel back to where it came from (the inverse warp).
  const m = homography(dst, [[0, 0], [w, 0], [w, h], [0, h]]);
  const out = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const d = m[6] * x + m[7] * y + 1;
      const sx = Math.round((m[0] * x + m[1] * y + m[2]) / d);
      const sy = Math.round((m[3] * x + m[4] * y + m[5]) / d);
      const o = (y * w + x) * 3;
      const inside = sx >= 0 && sy >= 0 && sx < w && sy < h;
      const s = (sy * w + sx) * 3;
      for (let c = 0; c < 3; c++) out[o + c] = inside ? data[s + c] : bg[c];
    }
  }
  return out;
}

function gaussian(r: Rng) {
  return Math.sqrt(-2 * Math.log(r() || 1e-9)) * Math.cos(2 * Math.PI * r());
}

export async function degrade(png: Buffer, plan: Degradation, r: Rng): Promise<Buffer> {
  if (plan.kind === 'screenshot') {
    return sharp(png).resize({ width: plan.width }).flatten({ background: '#ffffff' }).jpeg({ quality: plan.quality }).toBuffer();
  }
  let img = sharp(png).flatten({ background: '#ffffff' });
  const meta = await sharp(png).metadata();
  if (plan.thermal) {
    // Thermal printers draw coarse dots: halve the resolution without smoothing.
    img = sharp(await img.resize({ width: Math.round(meta.width! / 2.5), kernel: 'nearest' }).png().toBuffer()).resize({ width: meta.width!, kernel: 'nearest' });
  }
  // Lay the ticket on a table: a margin of a plain, slightly textured surface.
  const table = pick(r, [[118, 96, 74], [186, 180, 170], [64, 66, 72], [150, 122, 92]]);
  const mx = Math.round(meta.width! * between(r, 0.06, 0.16));
  const my = Math.round(meta.height! * between(r, 0.08, 0.2));
  let { data, info }: { data: Buffer; info: OutputInfo } = await sharp(await img.png().toBuffer())
    .extend({ top: my, bottom: my, left: mx, right: mx, background: { r: table[0], g: table[1], b: table[2] } })
    .removeAlpha().raw().toBuffer({ resolveWithObject: true });
  if (plan.perspective) data = perspective(data, info.width, info.height, plan.perspective, r, table);
  let out = sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
    .rotate(plan.rotate ?? 0, { background: { r: table[0], g: table[1], b: table[2] } });
  ({ data, info } = await out.raw().toBuffer({ resolveWithObject: true }));
  const W = info.width;
  const H = info.height;
  if (plan.glare) {
    const cx = Math.round(W * between(r, 0.2, 0.8));
    const cy = Math.round(H * between(r, 0.2, 0.8));
    const rad = Math.round(Math.max(W, H) * between(r, 0.25, 0.5));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><defs><radialGradient id="g" cx="${cx}" cy="${cy}" r="${rad}" gradientUnits="userSpaceOnUse"><stop offset="0" stop-color="#fff" stop-opacity="${plan.glare}"/><stop offset="0.5" stop-color="#fff" stop-opacity="${(plan.glare * 0.55).toFixed(2)}"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
    data = await sharp(data, { raw: { width: W, height: H, channels: 3 } }).composite([{ input: Buffer.from(svg) }]).removeAlpha().raw().toBuffer();
  }
  if (plan.noise) {
    const n = plan.noise;
    for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, data[i] + gaussian(r) * n));
  }
  out = sharp(data, { raw: { width: W, height: H, channels: 3 } });
  if (plan.lowLight) out = out.modulate({ brightness: plan.lowLight, saturation: 0.8 }).tint({ r: 255, g: 214, b: 170 });
  if (plan.blur) out = out.blur(plan.blur);
  out = sharp(await out.png().toBuffer()).resize({ width: plan.width });
  // A phone holding the sensor sideways stores the pixels turned and says so in EXIF.
  if (plan.exifOrientation === 6) out = sharp(await out.png().toBuffer()).rotate(270).withMetadata({ orientation: 6 });
  if (plan.exifOrientation === 8) out = sharp(await out.png().toBuffer()).rotate(90).withMetadata({ orientation: 8 });
  return out.jpeg({ quality: plan.quality }).toBuffer();
}
