// Renders every ticket layout × theme in both formats to PNG files, to look at them:
//   node scripts/render-tickets.mjs [outDir=/tmp/moa-tickets] [sample|all] [layout|all] [theme|all]
// The samples cover a portrait poster, a landscape ticket photo, no picture, a very long
// title with emoji and many cast members, English labels, and an AI-style background.
import fs from 'node:fs/promises';
import path from 'node:path';
import { createJiti } from 'jiti';

const ROOT = path.resolve(import.meta.dirname, '..');
const jiti = createJiti(import.meta.url, { alias: { '@': ROOT }, jsx: { runtime: 'automatic' } });
const { renderPng } = await jiti.import('@/lib/render/png.ts');
const { ticketElement, FORMATS } = await jiti.import('@/lib/pieces/render/ticket.tsx');
const { LAYOUTS, THEMES } = await jiti.import('@/lib/pieces/render/looks.ts');
const sharp = (await import('sharp')).default;

const out = process.argv[2] ?? '/tmp/moa-tickets';
const [only, onlyLayout, onlyTheme] = process.argv.slice(3).map((a) => (a === 'all' ? undefined : a));

/** A made-up picture: an SVG of shapes (no text: sharp's SVG text would need system fonts). */
async function picture(width, height, hue) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},70%,25%)"/><stop offset="1" stop-color="hsl(${hue + 40},80%,60%)"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.5}" cy="${height * 0.38}" r="${Math.min(width, height) * 0.28}" fill="hsl(${hue + 180},90%,75%)" opacity="0.85"/>
    <rect x="${width * 0.1}" y="${height * 0.72}" width="${width * 0.8}" height="${height * 0.06}" fill="#ffffff" opacity="0.8"/>
    <rect x="${width * 0.2}" y="${height * 0.82}" width="${width * 0.6}" height="${height * 0.03}" fill="#ffffff" opacity="0.6"/>
  </svg>`;
  const jpg = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
  const small = await sharp(jpg).resize(24, 24, { fit: 'inside' }).jpeg({ quality: 70 }).toBuffer();
  return { image: `data:image/jpeg;base64,${jpg.toString('base64')}`, imageSmall: `data:image/jpeg;base64,${small.toString('base64')}` };
}

const base = {
  locale: 'ko', kind: 'MUSICAL', date: '2026-03-14', time: '19:30', venue: '블루스퀘어 신한카드홀', seat: '1층 B구역 7열 12번', price: 150000,
  cast: ['홍광호', '박은태', '전미도'], rating: 9, review: '마지막 넘버에서 온몸에 소름이 돋았다. 다음 시즌에도 꼭 다시 보고 싶어요!',
  owner: { name: '포도알', title: '회전문 관객' }, image: null, art: null, serial: '4F2A19',
};
const SAMPLES = {
  poster: async () => ({ ...base, title: '레미제라블', ...(await picture(600, 860, 260)) }),
  photo: async () => ({ ...base, kind: 'CONCERT', title: '아이유 HEREH WORLD TOUR', venue: '서울월드컵경기장', seat: 'VIP석 G1구역 3열', price: 198000, rating: 10, cast: [], ...(await picture(1200, 800, 20)) }),
  plain: async () => ({ ...base, kind: 'MOVIE', title: '괴물', time: null, venue: 'CGV 용산아이파크몰 IMAX관', seat: 'H12', price: 18000, rating: 7, cast: ['송강호'], review: null }),
  long: async () => ({ ...base, kind: 'PLAY', title: '🎭 연극 〈오이디푸스〉 — 세계 초연 25주년 기념 특별 내한공연 앙코르 무대 (부제: 운명을 향한 마지막 여정)', cast: ['김철수', '이영희', '박민수', '최지우', '정우성', '한지민', '조승우'], review: '🔥🔥 ' + '대사 한 줄 한 줄이 너무 좋아서 잊을 수가 없다. '.repeat(8), owner: { name: '아주아주긴닉네임을가진관객님입니다', title: '공연장의 터줏대감 마스터' }, seat: '2층 C블록 발코니석 가장 끝 23번 좌석', price: 1234567 }),
  english: async () => ({ ...base, locale: 'en', kind: 'OTHER', title: 'Cirque du Soleil: KOOZA', venue: 'Jamsil Sports Complex Big Top', seat: 'Premium R12', price: 120000, rating: 8, cast: [], review: 'Unbelievable acrobatics — the wheel of death was terrifying and beautiful.', owner: { name: 'grapefan', title: null }, ...(await picture(700, 1000, 200)) }),
  art: async () => ({ ...base, title: '오페라의 유령', rating: 6, art: (await picture(1080, 1920, 300)).image, ...(await picture(600, 860, 320)) }),
};

/** All layouts (rows) × themes (columns) of one sample and format in one picture, to compare at a glance. */
async function contactSheet(name, format) {
  const [w, h] = format === 'story' ? [270, 480] : [400, 210];
  const composites = [];
  for (const [r, layout] of LAYOUTS.entries()) {
    for (const [c, theme] of THEMES.entries()) {
      composites.push({ input: await sharp(path.join(out, `${name}-${layout}-${theme}-${format}.png`)).resize(w, h).toBuffer(), left: c * w, top: r * h });
    }
  }
  await sharp({ create: { width: w * THEMES.length, height: h * LAYOUTS.length, channels: 3, background: '#ffffff' } }).composite(composites).png().toFile(path.join(out, `sheet-${name}-${format}.png`));
}

await fs.mkdir(out, { recursive: true });
let slowest = 0;
for (const [name, make] of Object.entries(SAMPLES)) {
  if (only && only !== name) continue;
  let count = 0;
  const data = await make();
  for (const layout of LAYOUTS.filter((l) => !onlyLayout || l === onlyLayout)) {
    for (const theme of THEMES.filter((t) => !onlyTheme || t === onlyTheme)) {
      for (const format of Object.keys(FORMATS)) {
        const t0 = performance.now();
        const png = await renderPng(ticketElement(data, { layout, theme }, format), FORMATS[format]);
        slowest = Math.max(slowest, performance.now() - t0);
        await fs.writeFile(path.join(out, `${name}-${layout}-${theme}-${format}.png`), png);
        count += 1;
      }
    }
  }
  console.log(`${name}: ${count} images`);
  if (!onlyLayout && !onlyTheme) for (const format of Object.keys(FORMATS)) await contactSheet(name, format);
}
console.log(`written to ${out}; slowest render ${slowest.toFixed(0)} ms`);
