// `npm run bench:lighthouse` — the main screens' first load on a phone: Lighthouse 12
// (mobile preset: simulated 4G, 4× CPU slowdown, Moto G-sized screen) with Debian's
// chromium against a production build on throwaway PostgreSQL + Soketi, signed in as a
// person with friends, rooms with messages, pieces and a group order in their dong.
// Pages: /login (signed out), /, /chat, a room, /pieces, /neighbourhood, /me, and a
// piece's public share page /p/<token> (signed out). For each: performance score, LCP,
// TBT, CLS, accessibility score, the JavaScript the page's HTML asks for before it can
// run (first-load JS, gzipped here so the figure does not depend on how it was served;
// `noModule` polyfills apart, as no module-running browser fetches them)
// and the script bytes Lighthouse saw transferred. Lantern simulates the throttling from
// the trace it records, so a busy machine still inflates CPU-bound figures (TBT, LCP):
// the load average is printed and stored with the table.
// Writes bench/results/lighthouse-<timestamp>.json.
//
// Env: BENCH_RUNS (runs per page, median reported; default 1), BENCH_PAGES (comma list of
// page names to run, default all), BENCH_SERVER=next-start (serve with plain `next start`,
// i.e. without the compressed static files of scripts/serve.mjs, as before issue 12),
// MOA_DIST_DIR (build folder, default .next-bench; built if missing), BENCH_BYTES_ONLY=1
// (no Lighthouse: seed, serve, and print each page's first-load JS and HTML size, with
// the gzipped size of every script the page asks for; seconds instead of minutes;
// BENCH_SAVE_HTML=<dir> also keeps each page's HTML there),
// BENCH_BARE=1 (instead of Moa: build bench/bare-next — one page, a heading and a
// paragraph, the repo's own next/react — if missing, serve it with `next start` and run
// the same Lighthouse settings on it: the floor on this machine; writes lighthouse-bare-*),
// BENCH_KEEP_BUILD=1 (serve the build in MOA_DIST_DIR as it is, even if made from other
// sources: a before build kept beside an after one), BENCH_COMPARE=<dist>,<dist>[,…]
// (those builds served side by side and every page's runs alternated between them; writes
// lighthouse-compare-*; the way to compare builds on a machine whose load moves),
// BENCH_DISABLE_FEATURES (chromium features added to chrome-launcher's disabled list; default
// `-RenderDocument`, see chromeFlags), BENCH_CHROME_FLAGS (more chromium switches),
// BENCH_JS_PROFILE=1 (no Lighthouse: each page's main-thread JavaScript under a 4× slowdown
// by source file and function, through the source maps of a MOA_SOURCE_MAPS=1 build;
// writes js-profile-*), BENCH_BLOCK (URL patterns Lighthouse blocks, comma list), BENCH_TRACE_DIR (save each run's
// trace there). Each run also stores what the unthrottled trace saw (`observed`: first paint,
// LCP candidates, script evaluations, requests).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { ROOT, machine, request, sessionCookie, startBenchApp } from './lib/harness.mjs';
import { startBareApp } from './lib/bare-next.mjs';
import { profilePage } from './lib/js-profile.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const ONLY = process.env.BENCH_PAGES?.split(',').filter(Boolean);
const DIST = process.env.MOA_DIST_DIR ?? '.next-bench';
const id = () => `c${crypto.randomBytes(12).toString('hex')}`;
const log = (...a) => console.log('[bench]', ...a);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The person Lighthouse signs in as, and what they have. */
async function seed(base, db) {
  const users = ['me', 'friend1', 'friend2', 'friend3'].map((loginId, i) => ({ id: id(), loginId, name: ['포도알', '김민지', '이서준', '박하늘'][i] }));
  for (const u of users) await db.query('INSERT INTO "User" (id, "loginId", "displayName", "passwordHash", "updatedAt") VALUES ($1,$2,$3,NULL,now())', [u.id, u.loginId, u.name]);
  const [me, ...friends] = users;
  for (const f of friends) await db.query('INSERT INTO "Friendship" ("ownerId","friendId") VALUES ($1,$2),($2,$1)', [me.id, f.id]);
  for (const u of users) u.cookie = await sessionCookie(u, db);
  const call = async (u, p, method, body) => {
    const res = await request(base + p, { method, headers: { cookie: u.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${method} ${p}: ${res.status} ${Buffer.from(await res.arrayBuffer()).toString()}`);
    return res.json();
  };
  // Rooms with a page of conversation each; the first is the room Lighthouse opens.
  const rooms = [];
  for (let r = 0; r < 6; r++) {
    const { roomId } = await call(me, '/api/rooms', 'POST', { name: `모임 ${r + 1}`, memberIds: friends.map((f) => f.id) });
    for (let i = 0; i < 40; i++) {
      const from = [me, ...friends][i % 4];
      await call(from, `/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: `lh-${r}-${i}-${id()}`, body: `${from.name}의 메시지 ${i + 1}: 이번 주말 공연 같이 볼 사람? 자리 아직 남았대요.` });
    }
    rooms.push(roomId);
  }
  // Pieces (one public, shared) and a group order in my dong.
  const show = id();
  await db.query(`INSERT INTO "Show" (id, key, kind, title, "normTitle", year) VALUES ($1, 'typed:MUSICAL:2026:레미제라블', 'MUSICAL', '레미제라블', '레미제라블', 2026)`, [show]);
  const token = crypto.randomBytes(24).toString('base64url');
  for (let i = 0; i < 8; i++) {
    await db.query(
      `INSERT INTO "Piece" (id, "ownerId", "showId", kind, title, date, time, venue, "cast", seat, price, rating, review, layout, theme, "isPublic", "shareToken", "updatedAt")
       VALUES ($1, $2, $3, 'MUSICAL', '레미제라블', $4, '19:30', '블루스퀘어 신한카드홀', ARRAY['홍광호','박은태'], '1층 B구역 7열 12번', 150000, 9, '마지막 넘버에서 온몸에 소름이 돋았다.', 'classic', 'grape', $5, $6, now())`,
      [id(), me.id, show, `2026-0${1 + (i % 9)}-14`, i === 0, i === 0 ? token : null],
    );
  }
  await call(me, '/api/me/area', 'PUT', { areaCode: '1111051500' });
  await call(me, '/api/posts', 'POST', { title: '족발 같이 시켜요', category: 'JOKBAL_BOSSAM', wanted: 4, deadline: new Date(Date.now() + 3 * 3600_000).toISOString(), place: '청운효자동 주민센터 앞' });
  return { me, room: rooms[0], token };
}

const kib = (n) => +(n / 1024).toFixed(1);

/** gzipped bytes of the scripts a page's HTML loads (what the page needs before it runs), and of the HTML itself. */
async function firstLoadJs(base, page, cookie) {
  const res = await request(base + page, { headers: cookie ? { cookie } : {} });
  const html = Buffer.from(await res.arrayBuffer()).toString('utf8');
  // BENCH_SAVE_HTML=<dir>: keep each page's HTML as served, to read what the browser parsed.
  if (process.env.BENCH_SAVE_HTML) fs.writeFileSync(path.join(process.env.BENCH_SAVE_HTML, `${page.replace(/[^a-z0-9]+/gi, '_') || 'root'}.html`), html);
  // A `noModule` script (Next.js's polyfills, 38.7 KiB gzipped) is never fetched by a browser
  // that runs modules, i.e. every browser Moa supports: counted apart, as the bare-page
  // baseline (132 KiB) does not include it either.
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => ({ src: m[1].replace(/&amp;/g, '&'), noModule: /\snomodule\b/i.test(m[0]) }));
  const srcs = [...new Set(tags.filter((t) => !t.noModule).map((t) => t.src))];
  const legacy = [...new Set(tags.filter((t) => t.noModule).map((t) => t.src))];
  const gz = async (src) => zlib.gzipSync(Buffer.from(await (await request(new URL(src, base).href)).arrayBuffer())).length;
  const chunks = {};
  for (const src of srcs) chunks[src] = await gz(src);
  let legacyBytes = 0;
  for (const src of legacy) legacyBytes += await gz(src);
  const bytes = Object.values(chunks).reduce((a, b) => a + b, 0);
  return { status: res.status, scripts: srcs.length, kib: kib(bytes), noModuleKiB: kib(legacyBytes), htmlKiB: kib(Buffer.byteLength(html)), htmlGzKiB: kib(zlib.gzipSync(html).length), chunks };
}

/** BENCH_BYTES_ONLY=1: first-load JS and HTML per page, no browser. */
async function bytesOnly(base, pages, results, save) {
  for (const [name, p, cookie] of pages) {
    const { chunks, ...row } = await firstLoadJs(base, p, cookie);
    if (row.status !== 200) throw new Error(`${p}: ${row.status} (signed out or redirected?)`);
    results.pages[name] = { ...row, chunksGzKiB: Object.fromEntries(Object.entries(chunks).map(([src, n]) => [src, kib(n)])) };
    log(`${name.padEnd(13)} first-load JS ${String(row.kib).padStart(6)} KiB gz in ${row.scripts} scripts (+${row.noModuleKiB} KiB noModule)  HTML ${row.htmlKiB} KiB (${row.htmlGzKiB} KiB gz)`);
  }
  save();
}

/** The LCP element's markup and its phases (TTFB, load delay, load time, render delay), or why there are none. */
function lcpElement(audit) {
  const [element, phases] = audit?.details?.items ?? [];
  if (!element) return audit ? `none (${audit.scoreDisplayMode}: ${audit.errorMessage ?? ''})` : 'audit missing';
  return { snippet: element.items?.[0]?.node?.snippet, phases: Object.fromEntries((phases?.items ?? []).map((i) => [i.phase, Math.round(i.timing)])) };
}

const short = (u) => (u ?? '').replace(/^https?:\/\/[^/]+/, '');

async function audit(chrome, url, cookie) {
  const { lhr, artifacts } = await lighthouse(url, {
    port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
    blockedUrlPatterns: process.env.BENCH_BLOCK ? process.env.BENCH_BLOCK.split(',') : undefined,
  });
  const a = lhr.audits;
  if (process.env.BENCH_TRACE_DIR) {
    const file = path.join(process.env.BENCH_TRACE_DIR, `${new URL(url).pathname.replace(/\W+/g, '_')}-${Date.now()}.json`);
    fs.writeFileSync(file, JSON.stringify(artifacts.Trace));
  }
  const scripts = a['resource-summary']?.details?.items?.find((i) => i.resourceType === 'script');
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    lcpMs: a['largest-contentful-paint'].numericValue == null ? null : Math.round(a['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(a['total-blocking-time'].numericValue),
    cls: +a['cumulative-layout-shift'].numericValue.toFixed(3),
    fcpMs: Math.round(a['first-contentful-paint'].numericValue),
    scriptTransferKiB: +((scripts?.transferSize ?? 0) / 1024).toFixed(1),
    finalUrl: lhr.finalDisplayedUrl,
    // What ran on the main thread (where TBT comes from): per script, per kind of work, the long tasks.
    bootup: (a['bootup-time']?.details?.items ?? []).slice(0, 8).map((i) => ({ url: short(i.url), total: Math.round(i.total), scripting: Math.round(i.scripting), parse: Math.round(i.scriptParseCompile) })),
    mainThread: Object.fromEntries((a['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.group, Math.round(i.duration)])),
    longTasks: (a['long-tasks']?.details?.items ?? []).slice(0, 10).map((i) => ({ url: short(i.url), start: Math.round(i.startTime), ms: Math.round(i.duration) })),
    lcpElement: lcpElement(a['largest-contentful-paint-element']),
    observed: observedPaints(artifacts?.Trace?.traceEvents ?? []),
  };
}

/**
 * What the unthrottled trace Lighthouse simulates from saw, in ms after navigation: first
 * contentful paint, every LCP candidate (size in px², text or image) and the script
 * evaluations over 5 ms. Lantern's LCP takes every CPU task that ended before the observed
 * LCP, so a candidate painted after the scripts ran puts their (4× slowed) time into LCP.
 * (The LCP-element audit fails with this chromium: its trace lacks `frame_sequence`.)
 */
function observedPaints(events) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith('http'));
  if (!nav) return null;
  const ms = (e) => Math.round((e.ts - nav.ts) / 1000);
  const after = events.filter((e) => e.ts >= nav.ts);
  const fcp = after.find((e) => e.name === 'firstContentfulPaint');
  const requests = new Map();
  for (const e of after) {
    const d = e.args?.data;
    if (!d?.requestId) continue;
    if (e.name === 'ResourceSendRequest') requests.set(d.requestId, { url: short(d.url), sent: ms(e) });
    const r = requests.get(d.requestId);
    if (r && e.name === 'ResourceReceiveResponse') r.response = ms(e);
    if (r && e.name === 'ResourceFinish') r.finished = ms(e);
  }
  const dcl = after.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame);
  return {
    fcp: fcp ? ms(fcp) : null,
    domContentLoaded: dcl ? ms(dcl) : null,
    requests: [...requests.values()].filter((r) => !/\.(png|svg|ico|woff2?)$/.test(r.url)).slice(0, 12),
    lcpCandidates: after.filter((e) => e.name === 'largestContentfulPaint::Candidate').map((e) => ({ at: ms(e), size: e.args.data.size, type: e.args.data.type, node: e.args.data.nodeId })),
    scripts: after.filter((e) => e.name === 'EvaluateScript' && e.dur > 5000).map((e) => ({ at: ms(e), ms: Math.round(e.dur / 1000), url: short(e.args.data?.url) })),
  };
}

async function main() {
  const results = { date: new Date().toISOString(), machine: machine(), params: { RUNS, DIST, server: process.env.BENCH_SERVER ?? 'serve.mjs' }, pages: {} };
  const app = await startBenchApp({ dist: DIST, log, nextStart: process.env.BENCH_SERVER === 'next-start' });
  let chrome;
  const out = path.join(ROOT, 'bench/results', `${process.env.BENCH_BYTES_ONLY === '1' ? 'first-load' : 'lighthouse'}-${results.date.replace(/[:.]/g, '-')}.json`);
  const save = () => {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, JSON.stringify(results, null, 2));
  };
  try {
    const { base, db } = app;
    const { me, room, token } = await seed(base, db);
    const pages = pageList(me, room, token);
    // Every page once before measuring: the server's first render of a route compiles nothing, but loads its code.
    for (const [, p, cookie] of pages) await (await request(base + p, { headers: cookie ? { cookie } : {} })).arrayBuffer();
    if (process.env.BENCH_JS_PROFILE === '1') return await jsProfiles(base, pages, results, out.replace('lighthouse-', 'js-profile-'));
    if (process.env.BENCH_BYTES_ONLY === '1') {
      results.params.bytesOnly = true;
      await bytesOnly(base, pages, results, save);
      log(`written ${path.relative(ROOT, out)}`);
      return;
    }
    chrome = await launchChrome();
    await measure(chrome, base, pages, results, save);
    results.machineAfter = machine();
    save();
    log(`written ${path.relative(ROOT, out)}`);
  } finally {
    await chrome?.kill();
    await app.stop();
  }
}

/**
 * chrome-launcher's flags with BENCH_DISABLE_FEATURES added to its own --disable-features list
 * (a second --disable-features switch would replace that list, not extend it); `-Name` takes
 * Name off that list. The default, `-RenderDocument`, gives back Chrome's own default
 * navigation: chrome-launcher 1.2 turns RenderDocument off for Lighthouse's CI, and with this
 * chromium (156) that reused frame then often presents its first paint only ~1.3 s after
 * navigation (paint frozen while the scripts run), which put every hydration task into the
 * simulated LCP: the same build read LCP ~2.2 s or ~4.5 s run to run. Puppeteer dropped the
 * same switch in 2026 to use Chrome's default. BENCH_DISABLE_FEATURES= (empty) keeps
 * chrome-launcher's list as it is.
 */
function chromeFlags() {
  const extra = (process.env.BENCH_DISABLE_FEATURES ?? '-RenderDocument').split(',').filter(Boolean);
  const features = (list) => [...list.split(',').filter((x) => !extra.includes(`-${x}`)), ...extra.filter((x) => !x.startsWith('-'))].join(',');
  const flags = chromeLauncher.Launcher.defaultFlags().map((f) => (f.startsWith('--disable-features=') ? `--disable-features=${features(f.slice(19))}` : f));
  return [...flags, '--no-sandbox', '--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-gpu', ...(process.env.BENCH_CHROME_FLAGS ?? '').split(' ').filter(Boolean)];
}
const launchChrome = () => chromeLauncher.launch({ chromePath: '/usr/bin/chromium', ignoreDefaultFlags: true, chromeFlags: chromeFlags() });

/** BENCH_JS_PROFILE=1: each page's main-thread JavaScript by source file (lib/js-profile.mjs), BENCH_RUNS loads each. */
async function jsProfiles(base, pages, results, out) {
  for (const [name, p, cookie] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await profilePage(base + p, cookie, { dist: path.join(ROOT, DIST) }));
    results.pages[name] = runs;
    fs.writeFileSync(out, JSON.stringify(results, null, 2));
    log(`${name}: busy ${runs.map((r) => r.busyMs).join(' / ')} ms (4× slowdown); top: ${runs[0].groups.slice(0, 8).map(([g, ms]) => `${g} ${ms}`).join(', ')}`);
    for (const problem of new Set(runs.flatMap((r) => r.problems))) log(`  ${name}: ${problem}`);
    log(`  ${name}: largest-paint candidates ${runs.map((r) => `[${r.lcpCandidates.join(' | ')}]`).join(' ')}`);
    log(`  ${name}: ${runs[0].prefetches.length} route prefetches (${[...new Set(runs[0].prefetches)].join(' ')})`);
  }
  log(`written ${path.relative(ROOT, out)}`);
}

/** One Lighthouse run; a run without a score (no LCP) or a DevTools timeout is tried once more. */
function auditOnce(chrome, name, url, cookie) {
  return audit(chrome, url, cookie).then((r) => (r.lcpMs === null || Number.isNaN(r.lcpMs) ? Promise.reject(new Error('no LCP in this run')) : r)).catch((err) => {
    log(`${name}: ${err.message.split('\n')[0]}; trying again`);
    return audit(chrome, url, cookie);
  });
}

/** The medians of a page's runs, its first-load JS and the load average now. */
async function rowOf(runs, base, p, cookie) {
  const pick = (k) => median(runs.map((r) => r[k]));
  const row = { performance: pick('performance'), lcpMs: pick('lcpMs'), tbtMs: pick('tbtMs'), cls: pick('cls'), fcpMs: pick('fcpMs'), accessibility: pick('accessibility'), scriptTransferKiB: pick('scriptTransferKiB'), firstLoadJsGzKiB: (await firstLoadJs(base, p, cookie)).kib, loadAvg: machine().loadAvg, finalUrl: runs[0].finalUrl, runs };
  if (new URL(row.finalUrl).pathname !== p) throw new Error(`${p} ended at ${row.finalUrl} (signed out or redirected?)`);
  return row;
}

const line = (name, row) => `${name.padEnd(13)} perf ${String(row.performance).padStart(3)}  LCP ${(row.lcpMs / 1000).toFixed(2)} s  TBT ${row.tbtMs} ms  CLS ${row.cls}  a11y ${row.accessibility}  first-load JS ${row.firstLoadJsGzKiB} KiB gz  scripts sent ${row.scriptTransferKiB} KiB  (load ${row.loadAvg[0]})`;

/** Lighthouse on each page RUNS times; the median per figure goes into results.pages, saved page by page. */
async function measure(chrome, base, pages, results, save) {
  for (const [name, p, cookie] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await auditOnce(chrome, name, base + p, cookie));
    results.pages[name] = await rowOf(runs, base, p, cookie);
    save(); // page by page: a later failure keeps what was measured
    log(line(name, results.pages[name]));
  }
}

/**
 * BENCH_COMPARE=<dist>,<dist>[,…]: the builds in those folders (as they are), each served on
 * its own seeded database at the same time, and every page's runs alternated between them
 * (A, B, A, B…), so a machine whose load changes during the run loads each build alike.
 * Writes lighthouse-compare-*.json with one results.builds[<dist>].pages per build.
 */
async function compare(dists) {
  const results = { date: new Date().toISOString(), machine: machine(), params: { RUNS, compare: dists }, builds: {} };
  const out = path.join(ROOT, 'bench/results', `lighthouse-compare-${results.date.replace(/[:.]/g, '-')}.json`);
  const save = () => fs.writeFileSync(out, JSON.stringify(results, null, 2));
  process.env.BENCH_KEEP_BUILD = '1';
  const apps = [];
  let chrome;
  try {
    for (const dist of dists) {
      const app = await startBenchApp({ dist, log });
      apps.push(app);
      const { me, room, token } = await seed(app.base, app.db);
      app.pages = pageList(me, room, token);
      for (const [, p, cookie] of app.pages) await (await request(app.base + p, { headers: cookie ? { cookie } : {} })).arrayBuffer();
      results.builds[dist] = { pages: {} };
    }
    chrome = await launchChrome();
    for (let k = 0; k < apps[0].pages.length; k++) {
      const name = apps[0].pages[k][0];
      const runs = apps.map(() => []);
      for (let i = 0; i < RUNS; i++) {
        for (const [j, app] of apps.entries()) runs[j].push(await auditOnce(chrome, name, app.base + app.pages[k][1], app.pages[k][2]));
      }
      for (const [j, app] of apps.entries()) {
        const row = await rowOf(runs[j], app.base, app.pages[k][1], app.pages[k][2]);
        results.builds[dists[j]].pages[name] = row;
        log(`${dists[j].padEnd(14)} ${line(name, row)}`);
      }
      save();
    }
    results.machineAfter = machine();
    save();
    log(`written ${path.relative(ROOT, out)}`);
  } finally {
    await chrome?.kill();
    for (const app of apps) await app.stop();
  }
}

/** The main screens, signed in as the seeded person where they need it; BENCH_PAGES picks some. */
function pageList(me, room, token) {
  return [
    ['login', '/login', null], ['home', '/', me.cookie], ['chat', '/chat', me.cookie], ['room', `/chat/${room}`, me.cookie],
    ['pieces', '/pieces', me.cookie], ['neighbourhood', '/neighbourhood', me.cookie], ['me', '/me', me.cookie], ['share', `/p/${token}`, null],
  ].filter(([name]) => !ONLY || ONLY.includes(name));
}

/** BENCH_BARE=1: the same Lighthouse settings on a bare Next.js page. */
async function bare() {
  const results = { date: new Date().toISOString(), machine: machine(), params: { RUNS, bare: true, server: 'next start' }, pages: {} };
  const out = path.join(ROOT, 'bench/results', `lighthouse-bare-${results.date.replace(/[:.]/g, '-')}.json`);
  const save = () => fs.writeFileSync(out, JSON.stringify(results, null, 2));
  const app = await startBareApp({ log });
  let chrome;
  try {
    chrome = await launchChrome();
    await measure(chrome, app.base, [['bare', '/', null]], results, save);
    results.machineAfter = machine();
    save();
    log(`written ${path.relative(ROOT, out)}`);
  } finally {
    await chrome?.kill();
    await app.stop();
  }
}

(process.env.BENCH_BARE === '1' ? bare() : process.env.BENCH_COMPARE ? compare(process.env.BENCH_COMPARE.split(',').filter(Boolean)) : main()).then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
