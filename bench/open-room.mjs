// `npm run bench:open-room` — a cake's open room at scale: 2,000 members, 300 of them
// connected with pusher-js (subscribed to the room channel, authorised by the app as a
// member's tab is), members sending 20 messages a second through the real send route.
// Prints send → receive latency over every delivery and what one message costs the
// realtime server: events published per message, counted by a proxy between the app and
// Soketi's HTTP API (each channel of a multi-channel /events call counts as one), with
// Soketi's own metrics (HTTP calls, websocket frames sent) beside it. For comparison, a
// group room of the same size on the same load (the per-member `room-activity` path),
// and Soketi's floor: the same fan-out triggered directly, without the app.
// Writes bench/results/open-room-<timestamp>.json.
//
// Env: BENCH_SECONDS (measured phase, default 30), BENCH_MEMBERS (2000), BENCH_RECEIVERS (300),
// BENCH_RATE (messages per second, 20), BENCH_COMPARE_SECONDS (group-room phase, 10; 0 skips),
// MOA_DIST_DIR (build folder, default .next-bench; built if missing).
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Pusher from 'pusher';
import PusherClient from 'pusher-js';
import { ROOT, machine, openLoop, request, sessionCookie, sleep, startBenchApp, summary } from './lib/harness.mjs';
import { freePort } from '../scripts/lib/services.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 2000);
const RECEIVERS = Number(process.env.BENCH_RECEIVERS ?? 300);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const COMPARE_SECONDS = Number(process.env.BENCH_COMPARE_SECONDS ?? 10);
const SENDERS = 20;
const DIST = process.env.MOA_DIST_DIR ?? '.next-bench';
const id = () => `c${crypto.randomBytes(18).toString('hex').slice(0, 24)}`;
const log = (...a) => console.log('[bench]', ...a);

/** Counts what the app publishes: a pass-through proxy in front of Soketi's HTTP API. */
function countingProxy(target) {
  const counts = { requests: 0, events: 0, byName: {} };
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      counts.requests++;
      try {
        const json = JSON.parse(body.toString('utf8') || '{}');
        const events = Array.isArray(json.batch) ? json.batch.map((e) => [e.name, 1]) : json.name ? [[json.name, Array.isArray(json.channels) ? json.channels.length : 1]] : [];
        for (const [name, n] of events) {
          counts.events += n;
          counts.byName[name] = (counts.byName[name] ?? 0) + n;
        }
      } catch { /* not JSON: not an event */ }
      const up = http.request({ host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', () => { res.writeHead(502); res.end(); });
      up.end(body);
    });
  });
  return { counts, server };
}

/** Soketi's Prometheus counters, summed over labels. */
async function soketiMetrics(port) {
  const res = await request(`http://127.0.0.1:${port}/metrics`);
  const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
  const sum = (name) => text.split('\n').filter((l) => l.startsWith(name)).reduce((n, l) => n + Number(l.split(' ').pop()), 0);
  return { httpCalls: sum('soketi_http_calls_received_total'), wsSent: sum('soketi_ws_messages_sent_total') };
}

async function main() {
  // Soketi's metrics are off unless asked for (the harness passes our environment on).
  process.env.SOKETI_METRICS_ENABLED = 'true';
  const proxy = { counts: null, server: null };
  const app = await startBenchApp({
    dist: DIST, log,
    realtimeVia: async (soketi) => {
      const p = countingProxy(soketi.port);
      Object.assign(proxy, p);
      const port = await freePort();
      await new Promise((r) => p.server.listen(port, '127.0.0.1', r));
      return port;
    },
  });
  const cleanups = [app.stop, () => new Promise((r) => proxy.server.close(r))];
  const results = { date: new Date().toISOString(), machine: machine(), params: { SECONDS, MEMBERS, RECEIVERS, RATE, SENDERS, COMPARE_SECONDS } };
  try {
    const { base, soketi, db } = app;

    // 2,000 people, one show with its open room, and (for comparison) a group room of the same people.
    const users = Array.from({ length: MEMBERS }, (_, i) => ({ id: id(), loginId: `fan${i}` }));
    for (let i = 0; i < users.length; i += 500) {
      const chunk = users.slice(i, i + 500);
      await db.query(`INSERT INTO "User" (id, "loginId", "displayName", "passwordHash", "updatedAt") SELECT * , NULL, now() FROM unnest($1::text[], $2::text[], $2::text[])`, [chunk.map((u) => u.id), chunk.map((u) => u.loginId)]);
    }
    const showId = id();
    const openRoom = id();
    const groupRoom = id();
    await db.query(`INSERT INTO "Room" (id, kind, name, topic) VALUES ($1, 'OPEN', '레미제라블', $2)`, [openRoom, `show:${showId}`]);
    await db.query(`INSERT INTO "Show" (id, key, kind, title, "normTitle", "roomId") VALUES ($1, $2, 'MUSICAL', '레미제라블', '레미제라블', $3)`, [showId, `bench:${showId}`, openRoom]);
    await db.query(`INSERT INTO "Room" (id, kind, name) VALUES ($1, 'GROUP', '큰 그룹')`, [groupRoom]);
    for (const roomId of [openRoom, groupRoom]) {
      await db.query(`INSERT INTO "RoomMember" ("roomId", "userId") SELECT $1, unnest($2::text[])`, [roomId, users.map((u) => u.id)]);
    }
    const senders = users.slice(0, SENDERS);
    const receivers = users.slice(SENDERS, SENDERS + RECEIVERS);
    for (const u of [...senders, ...receivers]) u.cookie = await sessionCookie(u, db);
    log(`${MEMBERS} members in an open room and a group room; ${RECEIVERS} receivers connecting…`);

    // Receivers: one pusher-js connection each, subscribed to both rooms' channels through the app's auth route.
    const received = new Map(); // `${room}:${clientId}` -> receive times
    const clients = [];
    for (let i = 0; i < receivers.length; i += 25) {
      await Promise.all(receivers.slice(i, i + 25).map((r) => new Promise((resolve, reject) => {
        const c = new PusherClient(soketi.key, {
          cluster: 'mt1', wsHost: '127.0.0.1', wsPort: soketi.port, forceTLS: false, enabledTransports: ['ws'],
          channelAuthorization: {
            transport: 'ajax', endpoint: '/unused',
            customHandler: async ({ socketId, channelName }, cb) => {
              const res = await request(`${base}/api/realtime/auth`, { method: 'POST', headers: { cookie: r.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }).toString() });
              if (res.status !== 200) return cb(new Error(`auth ${res.status}`), null);
              cb(null, await res.json());
            },
          },
        });
        clients.push(c);
        let subscribed = 0;
        for (const roomId of [openRoom, groupRoom]) {
          const ch = c.subscribe(`private-room-${roomId}`);
          ch.bind('message', (m) => {
            const t = performance.now();
            const key = `${roomId}:${m.clientId}`;
            const list = received.get(key);
            if (list) list.push(t);
            else received.set(key, [t]);
          });
          ch.bind('pusher:subscription_succeeded', () => { if (++subscribed === 2) resolve(); });
          ch.bind('pusher:subscription_error', reject);
        }
      })));
    }
    cleanups.unshift(async () => clients.forEach((c) => c.disconnect()));
    log(`${clients.length} receivers subscribed`);

    const sendTo = async (roomId, i, tag) => {
      const u = senders[i % senders.length];
      const clientId = `${tag}-${i}-${crypto.randomBytes(4).toString('hex')}`;
      const t0 = performance.now();
      try {
        const res = await request(`${base}/api/rooms/${roomId}/messages`, { method: 'POST', headers: { cookie: u.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'TEXT', clientId, body: `오늘 공연 이야기 ${i}` }) });
        await res.arrayBuffer();
        return { clientId, t0, ack: performance.now() - t0, ok: res.status === 201 };
      } catch {
        // A kept-alive connection the server closed meanwhile (the load generator does not retry).
        return { clientId, t0, ack: performance.now() - t0, ok: false };
      }
    };

    // Warm-up (a cold server is several times slower per request; a running one is warm).
    for (let i = 0; i < 300; i++) {
      const r = await sendTo(openRoom, i, 'warm');
      if (!r.ok) throw new Error('warm-up send failed');
    }
    await sleep(1000);
    log('warmed up');

    async function phase(name, roomId, seconds) {
      const sent = [];
      const before = { proxy: { ...proxy.counts, byName: { ...proxy.counts.byName } }, soketi: await soketiMetrics(soketi.metricsPort) };
      const elapsed = await openLoop(RATE, Math.round(RATE * seconds), async (i) => sent.push(await sendTo(roomId, i, name)));
      // Until the app has published everything it will (a loaded server lags behind), at most 30 s more.
      for (let last = -1, i = 0; i < 30 && proxy.counts.events !== last; i++) {
        last = proxy.counts.events;
        await sleep(1000);
      }
      await sleep(1000);
      const after = { proxy: proxy.counts, soketi: await soketiMetrics(soketi.metricsPort) };
      const lat = [];
      let lost = 0;
      for (const s of sent) {
        const times = received.get(`${roomId}:${s.clientId}`) ?? [];
        lost += RECEIVERS - times.length;
        for (const t of times) lat.push(t - s.t0);
      }
      const n = sent.length;
      const perMessage = (a, b) => +((a - b) / n).toFixed(2);
      const byName = Object.fromEntries(Object.entries(after.proxy.byName).map(([k, v]) => [k, perMessage(v, before.proxy.byName[k] ?? 0)]).filter(([, v]) => v > 0));
      const out = {
        room: name, members: MEMBERS, receivers: RECEIVERS, rate: RATE, achievedRate: +(n / elapsed).toFixed(1), messages: n, errors: sent.filter((s) => !s.ok).length,
        deliveries: lat.length, lostDeliveries: lost, sendToReceiveMs: summary(lat), ackMs: summary(sent.map((s) => s.ack)),
        publishesPerMessage: perMessage(after.proxy.events, before.proxy.events), publishesByEvent: byName,
        realtimeHttpCallsPerMessage: perMessage(after.soketi.httpCalls, before.soketi.httpCalls),
        websocketFramesPerMessage: perMessage(after.soketi.wsSent, before.soketi.wsSent),
      };
      log(name, JSON.stringify(out));
      return out;
    }

    results.openRoom = await phase('open', openRoom, SECONDS);

    // Floor: the same fan-out triggered straight at Soketi (no app), as the receivers see it:
    // what Soketi and 300 connections in this one process cost, whatever the app does.
    const serverPusher = new Pusher({ appId: soketi.appId, key: soketi.key, secret: soketi.secret, host: '127.0.0.1', port: String(soketi.port), useTLS: false });
    const floorStarts = [];
    await openLoop(RATE, Math.round(RATE * Math.min(SECONDS, 15)), async (i) => {
      const clientId = `floor-${i}`;
      floorStarts.push({ clientId, t0: performance.now() });
      await serverPusher.trigger(`private-room-${openRoom}`, 'message', { clientId });
    });
    await sleep(2000);
    const floorLat = floorStarts.flatMap((s) => (received.get(`${openRoom}:${s.clientId}`) ?? []).map((t) => t - s.t0));
    results.soketiFloor = { rate: RATE, receivers: RECEIVERS, triggerToReceiveMs: summary(floorLat) };
    log('soketi floor', JSON.stringify(results.soketiFloor));
    if (COMPARE_SECONDS > 0) results.groupRoom = await phase('group', groupRoom, COMPARE_SECONDS);
    const target = results.openRoom.sendToReceiveMs.p95 <= 100 ? 'met' : 'not met';
    log(`open room: p95 send → receive ${results.openRoom.sendToReceiveMs.p95} ms (target ≤ 100 ms: ${target}; Soketi's own floor p95 ${results.soketiFloor.triggerToReceiveMs.p95} ms); ${results.openRoom.publishesPerMessage} publishes per message`
      + (results.groupRoom ? ` (a group room of the same size: ${results.groupRoom.publishesPerMessage})` : ''));

    const dir = path.join(ROOT, 'bench/results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `open-room-${results.date.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(results, null, 2));
    log('wrote', path.relative(ROOT, file));
  } finally {
    for (const c of cleanups) await Promise.resolve().then(c).catch(() => {});
  }
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
