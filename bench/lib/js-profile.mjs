// Where a page's main-thread JavaScript goes while it loads on a phone-like browser: Debian's
// chromium (playwright-core) at a Moto G-sized viewport with 4× CPU slowdown, V8's sampling
// profiler from navigation until the page has been idle, and each sample's self time mapped
// through the build's source maps to the source file (packages grouped) and function.
// Used by `BENCH_JS_PROFILE=1 npm run bench:lighthouse` (needs a MOA_SOURCE_MAPS=1 build).
import fs from 'node:fs';
import path from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromium } from 'playwright-core';
import { sourceGroup } from './sources.mjs';


/** A loader of source maps for the build's static chunks, by script URL. */
function sourceMaps(dist) {
  const cache = new Map();
  return (url) => {
    const m = url.match(/\/_next\/(static\/.+\.js)$/);
    if (!m) return null;
    if (!cache.has(m[1])) {
      const file = path.join(dist, m[1]);
      let map = null;
      try {
        const ref = fs.readFileSync(file, 'utf8').match(/sourceMappingURL=(\S+)\s*$/)?.[1];
        if (ref) map = new TraceMap(JSON.parse(fs.readFileSync(path.join(path.dirname(file), ref), 'utf8')));
      } catch {
        map = null;
      }
      cache.set(m[1], map);
    }
    return cache.get(m[1]);
  };
}

/** Self time per source group and per function, in ms of the slowed-down run. */
function attribute(profile, mapFor) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const groups = new Map();
  const fns = new Map();
  for (const [id, ms] of self) {
    const { callFrame: f } = byId.get(id);
    let where = f.url ? f.url.replace(/^https?:\/\/[^/]+/, '') : `(${f.functionName || 'native'})`; // e.g. ((program)), ((garbage collector))
    let fn = f.functionName || '(anonymous)';
    const map = f.url && mapFor(f.url);
    if (map) {
      const pos = originalPositionFor(map, { line: f.lineNumber + 1, column: f.columnNumber });
      if (pos.source) {
        where = sourceGroup(pos.source);
        fn = `${pos.name ?? fn} (${where}:${pos.line}${pos.name ? "" : `:${pos.column}`})`;
      }
    }
    groups.set(where, (groups.get(where) ?? 0) + ms);
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => [k, Math.round(v)]);
  groups.delete('((idle))');
  return { busyMs: Math.round([...groups.values()].reduce((a, b) => a + b, 0)), groups: top(groups, 25), functions: top(fns, 30) };
}

/** Profiles one page load; cookie is `name=value` for the signed-in pages. */
export async function profilePage(url, cookie, { dist, waitMs = 4000 }) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    if (cookie) {
      const [name, ...rest] = cookie.split(';')[0].split('=');
      await context.addCookies([{ name, value: rest.join('='), domain: new URL(url).hostname, path: '/' }]);
    }
    const page = await context.newPage();
    // A hydration mismatch makes React render the page again on the client: worth seeing here.
    const problems = [];
    page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text().slice(0, 300)}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message.slice(0, 300)}`));
    const prefetches = [];
    page.on('requestfinished', async (r) => {
      if (!r.headers()['next-router-prefetch']) return;
      const sizes = await r.sizes().catch(() => null);
      prefetches.push(`${new URL(r.url()).pathname}:${sizes ? Math.round(sizes.responseBodySize / 102.4) / 10 : '?'}K`);
    });
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`));
    // Every largest-contentful-paint candidate with what it is, to see which paint came last and why.
    await page.addInitScript(() => {
      const seen = [];
      Object.defineProperty(window, '__lcpCandidates', { value: seen });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const el = e.element;
          const what = el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.dataset?.testid ? `[${el.dataset.testid}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"` : '(removed)';
          seen.push(`${Math.round(e.startTime)} ms ${e.size} px² ${what}`);
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(waitMs);
    const { profile } = await cdp.send('Profiler.stop');
    const lcpCandidates = await page.evaluate(() => window.__lcpCandidates ?? []);
    return { ...attribute(profile, sourceMaps(dist)), problems, prefetches, lcpCandidates };
  } finally {
    await browser.close();
  }
}
