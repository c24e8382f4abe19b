// `npm run bench:share` — the shared piece page and its preview image against a production
// build on the embedded PostgreSQL.
//  1. /p/<token> without a cookie (what a messenger's crawler and a friend's phone send):
//     warmed up, then BENCH_PAGES sequential requests, p50/p95/p99 (target p95 ≤ 50 ms).
//  2. The preview image (og, 1200×630) of BENCH_PIECES pieces, each of another layout and
//     theme, half with a photo: the first request draws it (target ≤ 400 ms), the next
//     ones are served from storage (p50/p95); and the 1080×1920 story image's first draw.
//     Server CPU per page and per render is printed too: wall times on a shared machine
//     mostly measure the queue for a core.
// Prints every figure and writes bench/results/share-<timestamp>.json.
//
// Env: BENCH_PAGES (default 500), BENCH_PIECES (default 12), BENCH_CACHED (per piece,
// default 20), MOA_DIST_DIR (build folder, default .next-bench; built if missing).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { ROOT, cpuByProgram, machine, request, startBenchApp, summary } from './lib/harness.mjs';

const PAGES = Number(process.env.BENCH_PAGES ?? 500);
const PIECES = Number(process.env.BENCH_PIECES ?? 12);
const CACHED = Number(process.env.BENCH_CACHED ?? 20);
const DIST = process.env.MOA_DIST_DIR ?? '.next-bench';
const LAYOUTS = ['classic', 'stub', 'polaroid', 'minimal'];
const THEMES = ['grape', 'night', 'cherry', 'mint', 'sunset', 'mono'];
const id = () => `c${crypto.randomBytes(12).toString('hex')}`;
const log = (...a) => console.log('[bench]', ...a);

/** CPU ms the server side (app and database, not this client) has used so far: a figure a busy machine inflates far less than wall time. */
function serverCpu() {
  const { ['bench client']: _client, ...rest } = cpuByProgram();
  return Object.values(rest).reduce((a, b) => a + b, 0);
}

async function timed(url) {
  const t0 = performance.now();
  const res = await request(url);
  const body = Buffer.from(await res.arrayBuffer());
  return { ms: performance.now() - t0, status: res.status, body };
}

/** A photo-like JPEG as the piece's main photo, written where the app's disk storage reads it. */
async function storePhoto(storageDir, key, hue) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect width="100%" height="100%" fill="hsl(${hue},60%,35%)"/><circle cx="800" cy="520" r="380" fill="hsl(${hue + 150},80%,70%)"/></svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 84 }).toBuffer();
  fs.mkdirSync(path.dirname(path.join(storageDir, key)), { recursive: true });
  fs.writeFileSync(path.join(storageDir, key), jpeg);
  fs.writeFileSync(path.join(storageDir, `${key}.type`), 'image/jpeg');
}

async function main() {
  const results = { date: new Date().toISOString(), machine: machine(), params: { PAGES, PIECES, CACHED } };
  const app = await startBenchApp({ dist: DIST, log });
  const { base, db, env } = app;
  try {
    const owner = id();
    await db.query(`INSERT INTO "User" (id, "loginId", "displayName", "passwordHash", "updatedAt") VALUES ($1, 'sharer', '포도알', NULL, now())`, [owner]);
    const show = id();
    await db.query(`INSERT INTO "Show" (id, key, kind, title, "normTitle", year) VALUES ($1, 'typed:MUSICAL:2026:레미제라블', 'MUSICAL', '레미제라블', '레미제라블', 2026)`, [show]);
    const pieces = [];
    for (let i = 0; i < PIECES; i++) {
      const piece = { id: id(), token: crypto.randomBytes(24).toString('base64url'), layout: LAYOUTS[i % 4], theme: THEMES[i % 6], photo: i % 2 === 0 ? `pieces/bench/photo${i}` : null };
      if (piece.photo) await storePhoto(env.STORAGE_DIR, piece.photo, i * 30);
      await db.query(
        `INSERT INTO "Piece" (id, "ownerId", "showId", kind, title, date, time, venue, "cast", seat, price, rating, review, layout, theme, "photoKey", "isPublic", "shareToken", "updatedAt")
         VALUES ($1, $2, $3, 'MUSICAL', $4, '2026-03-14', '19:30', '블루스퀘어 신한카드홀', ARRAY['홍광호','박은태','전미도'], '1층 B구역 7열 12번', 150000, 9, $5, $6, $7, $8, true, $9, now())`,
        [piece.id, owner, show, i % 3 ? '레미제라블' : '뮤지컬 〈레미제라블〉 25주년 기념 월드투어 서울 앙코르', '마지막 넘버에서 온몸에 소름이 돋았다. 다음 시즌에도 꼭 다시 보고 싶어요!', piece.layout, piece.theme, piece.photo, piece.token],
      );
      pieces.push(piece);
    }

    // 1. The page, warm.
    const first = pieces[0];
    for (let i = 0; i < 30; i++) if ((await timed(`${base}/p/${first.token}`)).status !== 200) throw new Error('share page did not answer 200');
    const pageMs = [];
    const cpu0 = serverCpu();
    for (let i = 0; i < PAGES; i++) pageMs.push((await timed(`${base}/p/${pieces[i % PIECES].token}`)).ms);
    results.page = { ...summary(pageMs), serverCpuMs: +((serverCpu() - cpu0) / PAGES).toFixed(2) };
    log(`/p/<token> warm: p50 ${results.page.p50} ms, p95 ${results.page.p95} ms, p99 ${results.page.p99} ms (n=${PAGES}); server CPU ${results.page.serverCpuMs} ms per page`);
    // For scale on a busy machine: the smallest page of the app (no data), same server, same client.
    for (let i = 0; i < 30; i++) await timed(`${base}/login`);
    const loginMs = [];
    const cpu1 = serverCpu();
    for (let i = 0; i < PAGES; i++) loginMs.push((await timed(`${base}/login`)).ms);
    results.loginPage = { ...summary(loginMs), serverCpuMs: +((serverCpu() - cpu1) / PAGES).toFixed(2) };
    log(`/login (baseline) warm: p50 ${results.loginPage.p50} ms, p95 ${results.loginPage.p95} ms; server CPU ${results.loginPage.serverCpuMs} ms per page`);

    // 2. Preview images: first draw, then served from storage.
    const firstOg = [];
    const cachedOg = [];
    const firstStory = [];
    const ogCpu = [];
    const storyCpu = [];
    for (const piece of pieces) {
      const html = (await timed(`${base}/p/${piece.token}`)).body.toString('utf8');
      const og = new URL(/<meta property="og:image" content="([^"]+)"/.exec(html)[1]).pathname;
      const c0 = serverCpu();
      const drawn = await timed(base + og);
      ogCpu.push(serverCpu() - c0);
      const meta = await sharp(drawn.body).metadata();
      if (drawn.status !== 200 || meta.width !== 1200 || meta.height !== 630) throw new Error(`og image ${drawn.status} ${meta.width}×${meta.height}`);
      firstOg.push(drawn.ms);
      for (let i = 0; i < CACHED; i++) cachedOg.push((await timed(base + og)).ms);
      const story = og.replace(/-og\.png$/, '-story.png');
      const c1 = serverCpu();
      firstStory.push((await timed(base + story)).ms);
      storyCpu.push(serverCpu() - c1);
      log(`${piece.layout}/${piece.theme}${piece.photo ? ' +photo' : ''}: og first ${drawn.ms.toFixed(0)} ms (CPU ${ogCpu.at(-1)} ms), story first ${firstStory.at(-1).toFixed(0)} ms (CPU ${storyCpu.at(-1)} ms)`);
    }
    // The very first render of a process also starts satori and reads the fonts: reported apart.
    results.coldFirstOg = { ms: +firstOg[0].toFixed(2), serverCpuMs: ogCpu[0] };
    results.ogFirst = { ...summary(firstOg.slice(1)), serverCpuMs: summary(ogCpu.slice(1)) };
    results.ogCached = summary(cachedOg);
    results.storyFirst = { ...summary(firstStory), serverCpuMs: summary(storyCpu) };
    log(`og first render (process cold): ${results.coldFirstOg.ms.toFixed(0)} ms, CPU ${results.coldFirstOg.serverCpuMs} ms`);
    log(`og first render (warm process): p50 ${results.ogFirst.p50} ms, p95 ${results.ogFirst.p95} ms, max ${results.ogFirst.max} ms; server CPU p50 ${results.ogFirst.serverCpuMs.p50} ms, max ${results.ogFirst.serverCpuMs.max} ms (n=${PIECES - 1})`);
    log(`og from cache: p50 ${results.ogCached.p50} ms, p95 ${results.ogCached.p95} ms (n=${cachedOg.length})`);
    log(`story first render: p50 ${results.storyFirst.p50} ms, p95 ${results.storyFirst.p95} ms, max ${results.storyFirst.max} ms; server CPU p50 ${results.storyFirst.serverCpuMs.p50} ms`);
    results.machineAfter = machine();

    const out = path.join(ROOT, 'bench/results', `share-${results.date.replace(/[:.]/g, '-')}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(results, null, 2));
    log(`written ${path.relative(ROOT, out)}`);
  } finally {
    await app.stop();
  }
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
