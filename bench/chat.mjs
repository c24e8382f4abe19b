// `npm run bench:chat` — chat performance against a production build on the embedded
// PostgreSQL and Soketi: real HTTP sends, real pusher-js receivers in this process.
// Also prints what one send costs the machine in CPU, by program, against the cheapest
// request the app answers. Prints every figure and writes bench/results/chat-<timestamp>.json.
//
// Saturation (issue 12): server CPU per send with the server saturated against the same
// for the framework's floor (POST /api/bench/floor, MOA_BENCH_ROUTES), and their ratio.
// Overload: 1,500 sends/s offered for 10 s, retried after each 503 as the outbox does:
// memory, 503s and that every message arrived exactly once.
//
// Env: BENCH_SECONDS (per load phase, default 20), BENCH_ROOMS (default 100),
// BENCH_WARM_SENDS (sends before measuring, default 4000), WEB_CONCURRENCY (server processes),
// BENCH_PHASES (comma list of latency, saturation, overload, history, lists; default all),
// BENCH_SATURATION_SECONDS (per kind of request, default 15, split over BENCH_SATURATION_ROUNDS
// rounds, default 3), MOA_DIST_DIR (build folder, default .next-bench; built if missing).
// BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the server (bench/lib/harness.mjs).
// BENCH_SERVER_NODE=/path/to/node serves the app and the bare floor app with another Node.js.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Pusher from 'pusher';
import PusherClient from 'pusher-js';
import http from 'node:http';
import { offer, saturate, sumRounds } from './lib/saturate.mjs';
import { ROOT, cpuByProgram, cpuPerOp, labelProgram, latencies, machine, openLoop as openLoopN, processTree, request, sessionCookie, sleep, startBenchApp, summary } from './lib/harness.mjs';
import { startBareApp } from './lib/bare-next.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ROOMS = Number(process.env.BENCH_ROOMS ?? 100);
const DIST = process.env.MOA_DIST_DIR ?? '.next-bench';
const PHASES = new Set((process.env.BENCH_PHASES ?? 'latency,saturation,overload,history,lists').split(','));
const SATURATION_SECONDS = Number(process.env.BENCH_SATURATION_SECONDS ?? 15);
const SATURATION_ROUNDS = Number(process.env.BENCH_SATURATION_ROUNDS ?? 3);
const id = () => `c${crypto.randomBytes(18).toString('hex').slice(0, 24)}`;
const log = (...a) => console.log('[bench]', ...a);
/** Open loop for `seconds` at `rate` per second. */
const openLoop = (rate, seconds, op) => openLoopN(rate, Math.round(rate * seconds), op);

function rssMiB(pid) {
  // The server is `next start` plus its children; sum their resident memory.
  let total = 0;
  for (const p of processTree(pid)) {
    try {
      const m = fs.readFileSync(`/proc/${p}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
      if (m) total += Number(m[1]);
    } catch { /* exited */ }
  }
  return total / 1024;
}

async function main() {
  // The floor route exists only with this set (app/api/bench/floor/route.ts).
  process.env.MOA_BENCH_ROUTES = '1';
  const app = await startBenchApp({ dist: DIST, log });
  const cleanups = [app.stop];
  const results = { date: new Date().toISOString(), machine: machine(), params: { SECONDS, ROOMS, WARM_SENDS: Number(process.env.BENCH_WARM_SENDS ?? 4000), WEB_CONCURRENCY: Number(process.env.WEB_CONCURRENCY ?? 1) } };
  try {
    const { base, soketi, server, db } = app;

    // Users, direct rooms (2 members each) and tokens, written straight to the database.
    const users = Array.from({ length: ROOMS * 2 }, (_, i) => ({ id: id(), loginId: `bench${i}` }));
    for (const u of users) await db.query('INSERT INTO "User" (id, "loginId", "displayName", "passwordHash", "updatedAt") VALUES ($1,$2,$3,NULL,now())', [u.id, u.loginId, u.loginId]);
    const rooms = [];
    for (let i = 0; i < ROOMS; i++) {
      const roomId = id();
      const [a, b] = [users[2 * i], users[2 * i + 1]];
      await db.query(`INSERT INTO "Room" (id, kind, "directKey") VALUES ($1, 'DIRECT', $2)`, [roomId, [a.id, b.id].sort().join(':')]);
      await db.query('INSERT INTO "RoomMember" ("roomId","userId") VALUES ($1,$2),($1,$3)', [roomId, a.id, b.id]);
      rooms.push({ id: roomId, sender: a, receiver: b });
    }
    for (const u of users) u.cookie = await sessionCookie(u, db);

    // Receivers: one pusher-js connection per receiving user, subscribed to its room.
    const received = new Map(); // clientId -> receive time
    let duplicates = 0;
    const clients = [];
    await Promise.all(rooms.map((r) => new Promise((resolve, reject) => {
      const c = new PusherClient(soketi.key, {
        cluster: 'mt1', wsHost: '127.0.0.1', wsPort: soketi.port, forceTLS: false, enabledTransports: ['ws'],
        channelAuthorization: {
          transport: 'ajax', endpoint: '/unused',
          customHandler: async ({ socketId, channelName }, cb) => {
            const res = await request(`${base}/api/realtime/auth`, { method: 'POST', headers: { cookie: r.receiver.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }).toString() });
            if (res.status !== 200) return cb(new Error(`auth ${res.status}`), null);
            cb(null, await res.json());
          },
        },
      });
      clients.push(c);
      const ch = c.subscribe(`private-room-${r.id}`);
      ch.bind('message', (m) => {
        const t = performance.now();
        if (received.has(m.clientId)) duplicates++;
        else received.set(m.clientId, t);
      });
      ch.bind('floor', (m) => {
        const t = performance.now();
        if (!received.has(m.k)) received.set(m.k, t);
      });
      ch.bind('pusher:subscription_succeeded', resolve);
      ch.bind('pusher:subscription_error', reject);
    })));
    cleanups.unshift(async () => clients.forEach((c) => c.disconnect()));
    log(`${rooms.length} rooms, ${clients.length} receivers subscribed`);

    const serverPusher = new Pusher({ appId: soketi.appId, key: soketi.key, secret: soketi.secret, host: '127.0.0.1', port: String(soketi.port), useTLS: false });

    async function sendPhase(name, rate, seconds) {
      const starts = new Map();
      const ack = [];
      let errors = 0;
      const errorSamples = []; // what the first failed sends saw (the load generator does not retry)
      const baseRss = rssMiB(server.pid);
      let peakRss = baseRss;
      const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssMiB(server.pid)); }, 250);
      const cpuBefore = cpuByProgram();
      const elapsed = await openLoop(rate, seconds, async (i) => {
        const r = rooms[i % rooms.length];
        const clientId = `${name}-${i}-${crypto.randomBytes(4).toString('hex')}`;
        const t0 = performance.now();
        starts.set(clientId, t0);
        try {
          const res = await request(`${base}/api/rooms/${r.id}/messages`, { method: 'POST', headers: { cookie: r.sender.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'TEXT', clientId, body: `벤치마크 메시지 ${i}` }) });
          await res.arrayBuffer();
          if (res.status !== 201) {
            errors++;
            if (errorSamples.length < 5) errorSamples.push(`HTTP ${res.status}`);
          }
        } catch (err) {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(err.message);
        }
        ack.push(performance.now() - t0);
      });
      // How busy each program was (CPU ms per second; two cores = 2,000).
      const busy = cpuPerOp(cpuBefore, cpuByProgram(), elapsed);
      await sleep(2000); // let the last events arrive
      clearInterval(sampler);
      const { lat, lost } = latencies(starts, received);
      const stored = Number((await db.query(`SELECT count(*) FROM "Message" WHERE "clientId" LIKE $1`, [`${name}-%`])).rows[0].count);
      const out = { targetRate: rate, achievedRate: +(starts.size / elapsed).toFixed(1), sent: starts.size, stored, delivered: lat.length, lost, errors, ...(errors ? { errorSamples } : {}), sendToReceiveMs: summary(lat), ackMs: summary(ack), serverRssMiB: { before: +baseRss.toFixed(1), peak: +peakRss.toFixed(1) }, cpuMsPerSecond: busy };
      log(name, JSON.stringify(out));
      return out;
    }

    // Warm up: the first few thousand requests run on cold code (module loading, the JIT
    // still compiling); a send cost ~5.6 ms of server CPU over the first 3,000 and ~3.2 ms
    // after. A long-running server is in the warm state, so that is what is measured.
    // Closed loop, four at a time, so nothing queues while it is still slow.
    const WARM = results.params.WARM_SENDS;
    // The server's resident memory along the way (MiB): started, warm, after each phase.
    results.serverRssMiB = { started: +rssMiB(server.pid).toFixed(1) };
    let warmed = 0;
    await Promise.all([0, 1, 2, 3].map(async () => {
      while (warmed < WARM) {
        const i = warmed++;
        const r = rooms[i % rooms.length];
        const res = await request(`${base}/api/rooms/${r.id}/messages`, { method: 'POST', headers: { cookie: r.sender.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'TEXT', clientId: `warmup-${i}-${crypto.randomBytes(4).toString("hex")}`, body: `준비 ${i}` }) });
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`warm-up send answered ${res.status}`);
      }
    }));
    results.serverRssMiB.warm = +rssMiB(server.pid).toFixed(1);
    log(`warmed up with ${WARM} sends; server RSS ${results.serverRssMiB.started} MiB at start, ${results.serverRssMiB.warm} MiB warm`);
    const post = (r, clientId, body, agent) => request(`${base}/api/rooms/${r.id}/messages`, { method: 'POST', agent, headers: { cookie: r.sender.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'TEXT', clientId, body }) });

    // Latency first, on a server that has not yet been saturated or overloaded (a server
    // that has just drained an overload is still collecting its garbage).
    if (PHASES.has('latency')) {
      results.at50 = await sendPhase('r50', 50, Math.min(SECONDS, 10));

      // Floor: Soketi's own trigger-to-receive latency at the same rate.
      const floorStarts = new Map();
      await openLoop(200, Math.min(SECONDS, 10), async (i) => {
        const r = rooms[i % rooms.length];
        const k = `floor-${i}`;
        floorStarts.set(k, performance.now());
        await serverPusher.trigger(`private-room-${r.id}`, 'floor', { k });
      });
      await sleep(1000);
      const floorLat = [...floorStarts].map(([k, t0]) => received.get(k) - t0).filter((x) => !Number.isNaN(x));
      results.soketiFloor = { rate: 200, triggerToReceiveMs: summary(floorLat) };
      log('soketi floor', JSON.stringify(results.soketiFloor));

      // What one send costs the machine, by program, at a rate every part keeps up with;
      // and the same for the cheapest request the app answers (an anonymous 401), which is
      // the framework's floor. (Per-request figures at 100/s include each program's fixed
      // background work spread over those requests.)
      const costAt = async (rate, seconds, op) => {
        const before = cpuByProgram();
        await openLoop(rate, seconds, op);
        await sleep(500);
        return cpuPerOp(before, cpuByProgram(), Math.round(rate * seconds));
      };
      results.cpuMsPerSend = await costAt(100, 5, async (i) => {
        const r = rooms[i % rooms.length];
        const res = await request(`${base}/api/rooms/${r.id}/messages`, { method: 'POST', headers: { cookie: r.sender.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'TEXT', clientId: `cost-${i}-${crypto.randomBytes(4).toString('hex')}`, body: `비용 측정 ${i}` }) });
        await res.arrayBuffer();
      });
      results.cpuMsPerFloorRequest = await costAt(100, 5, async () => {
        const res = await request(`${base}/api/rooms/unread`);
        await res.arrayBuffer();
      });
      log('cpu ms per send at 100/s', JSON.stringify(results.cpuMsPerSend), 'per anonymous 401', JSON.stringify(results.cpuMsPerFloorRequest));

      results.at200 = await sendPhase('r200', 200, SECONDS);
      results.at200.ratioToFloor = { p50: +(results.at200.sendToReceiveMs.p50 / results.soketiFloor.triggerToReceiveMs.p50).toFixed(2), p99: +(results.at200.sendToReceiveMs.p99 / results.soketiFloor.triggerToReceiveMs.p99).toFixed(2) };
      results.at500 = await sendPhase('r500', 500, SECONDS);
      results.at1000 = await sendPhase('r1000', 1000, SECONDS);
      results.at1000.duplicatesSeen = duplicates;

      // Memory a minute after the load stops.
      const memSamples = [];
      for (let s = 0; s < 60; s += 5) { memSamples.push(rssMiB(server.pid)); await sleep(5000); }
      results.memoryAfterMinuteMiB = +rssMiB(server.pid).toFixed(1);
      log('server RSS one minute after load', results.memoryAfterMinuteMiB, 'MiB');
    }

    if (PHASES.has('saturation')) {
      // As many sends as one server process takes, then as many floor requests (the same
      // JSON read and answered, nothing else); warmed up the same way first.
      // Two floors: a fixed path, and a path with a dynamic segment like a send's
      // (/api/bench/floor/<roomId>): Next.js's own cost of matching the segment is part of
      // any send's floor, not of the app's work. Both ratios are printed.
      const floorAt = (path) => async (i) => {
        const res = await request(`${base}${path}`, { method: 'POST', headers: { cookie: rooms[0].sender.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'TEXT', clientId: `floor-${i}`, body: `바닥 ${i}` }) });
        await res.arrayBuffer();
        return res.status === 201;
      };
      const floor = floorAt('/api/bench/floor');
      const dynFloor = floorAt(`/api/bench/floor/${rooms[0].id}`);
      for (let i = 0; i < WARM; i += 4) await Promise.all([0, 1, 2, 3].map((k) => floor(i + k)));
      for (let i = 0; i < WARM; i += 4) await Promise.all([0, 1, 2, 3].map((k) => dynFloor(i + k)));
      const send = async (i) => {
        const res = await post(rooms[i % rooms.length], `sat-${i}-${crypto.randomBytes(4).toString('hex')}`, `포화 ${i}`);
        await res.arrayBuffer();
        return res.status === 201;
      };
      // The issue's own floor too: a bare Next.js app (bench/bare-next, no middleware, no
      // headers, nothing in front) whose POST /api/floor parses the JSON and answers JSON,
      // served by plain `next start` beside the app, so the app's own per-request cost is seen.
      const bare = await startBareApp({ log });
      cleanups.unshift(bare.stop);
      labelProgram(bare.pid, 'bare next server');
      const bareFloor = async (i) => {
        const res = await request(`${bare.base}/api/floor`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'TEXT', clientId: `floor-${i}`, body: `바닥 ${i}` }) });
        await res.arrayBuffer();
        return res.status === 201;
      };
      for (let i = 0; i < WARM; i += 4) await Promise.all([0, 1, 2, 3].map((k) => bareFloor(i + k)));
      // In rounds (send, floor, dynamic floor, bare floor, then again), each kind's figure
      // summed over its rounds: the machine's speed drifts by ±20% over minutes here, and
      // a drift between two long phases would land in their ratio.
      const kinds = { send: [send], floor: [floor], dynamicFloor: [dynFloor], bareFloor: [bareFloor, 'bare next server'] };
      const rounds = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
      for (let r = 0; r < SATURATION_ROUNDS; r++) {
        for (const [k, [op, program]] of Object.entries(kinds)) rounds[k].push(await saturate(SATURATION_SECONDS / SATURATION_ROUNDS, op, 32, program));
      }
      const [sends, floors, dynFloors, bareFloors] = Object.values(rounds).map(sumRounds);
      const ratio = (f) => +(sends.serverCpuMsPerRequest / f.serverCpuMsPerRequest).toFixed(2);
      const roundRatios = (k) => rounds.send.map((x, i) => +(x.serverCpuMsPerRequest / rounds[k][i].serverCpuMsPerRequest).toFixed(2));
      results.saturation = {
        send: sends, floor: floors, dynamicFloor: dynFloors, bareFloor: bareFloors, ratio: ratio(floors), ratioToDynamicFloor: ratio(dynFloors), ratioToBareFloor: ratio(bareFloors),
        floorToBareFloor: +(floors.serverCpuMsPerRequest / bareFloors.serverCpuMsPerRequest).toFixed(2),
        roundRatios: { floor: roundRatios('floor'), dynamicFloor: roundRatios('dynamicFloor'), bareFloor: roundRatios('bareFloor') }, rounds,
        appMsPerSend: +(sends.serverCpuMsPerRequest - floors.serverCpuMsPerRequest).toFixed(2), loadAvg: machine().loadAvg,
      };
      results.serverRssMiB.afterSaturation = +rssMiB(server.pid).toFixed(1);
      log(`saturated: send ${sends.perSecond}/s, ${sends.serverCpuMsPerRequest} ms server CPU each (${sends.failed} failed); floor ${floors.perSecond}/s, ${floors.serverCpuMsPerRequest} ms each; ratio ${results.saturation.ratio}×; floor with a dynamic segment ${dynFloors.perSecond}/s, ${dynFloors.serverCpuMsPerRequest} ms each; ratio ${results.saturation.ratioToDynamicFloor}× (load ${results.saturation.loadAvg[0]})`);
      log(`bare Next.js floor ${bareFloors.perSecond}/s, ${bareFloors.serverCpuMsPerRequest} ms each (${bareFloors.failed} failed): send ÷ bare floor ${results.saturation.ratioToBareFloor}×, the app's floor ÷ bare floor ${results.saturation.floorToBareFloor}×`);
      log(`send ÷ floor by round ${results.saturation.roundRatios.floor.join(', ')}; ÷ bare floor by round ${results.saturation.roundRatios.bareFloor.join(', ')}`);
    }

    if (PHASES.has('overload')) {
      // 1,500 sends/s for 10 s, each its own connection as phones would be (no client-side
      // queue hiding the excess), retried after a 503 with the same client id.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 5000 });
      const baseRss = rssMiB(server.pid);
      let peakRss = baseRss;
      const sampler = setInterval(() => { peakRss = Math.max(peakRss, rssMiB(server.pid)); }, 200);
      const dupBefore = duplicates;
      const ids = [];
      const out = await offer(1500, 10, async (i, attempt) => {
        const r = rooms[i % rooms.length];
        ids[i] ??= `over-${i}-${crypto.randomBytes(4).toString('hex')}`;
        try {
          const res = await post(r, ids[i], `과부하 ${i}`, agent);
          await res.arrayBuffer();
          return { status: res.status, retryAfter: Number(res.headers['retry-after']) || 0 };
        } catch {
          return { status: 0, attempt };
        }
        // The app's outbox never gives up while the app is open; the bench stops retrying a
        // message after three minutes so a broken server cannot hang it.
      }, { giveUpSeconds: 180 });
      await sleep(3000);
      clearInterval(sampler);
      agent.destroy();
      const stored = (await db.query(`SELECT "clientId", count(*)::int AS n FROM "Message" WHERE "clientId" LIKE 'over-%' GROUP BY 1`)).rows;
      const deliveredOnce = ids.filter((k) => received.has(k)).length;
      results.overload = {
        ...out, serverRssMiB: { before: +baseRss.toFixed(1), peak: +peakRss.toFixed(1) },
        stored: stored.length, storedTwice: stored.filter((r) => r.n > 1).length, delivered: deliveredOnce, duplicatesDelivered: duplicates - dupBefore,
        exactlyOnce: stored.length === out.offered && deliveredOnce === out.offered && duplicates === dupBefore && stored.every((r) => r.n === 1),
        loadAvg: machine().loadAvg,
      };
      log('overload 1,500/s × 10 s', JSON.stringify(results.overload));
    }

    if (PHASES.has('history')) {

      // History: one room with 100,000 messages; random 50-message pages.
      const big = rooms[0];
      await db.query(`INSERT INTO "Message" (id, "roomId", seq, "senderId", kind, body, "createdAt")
        SELECT 'h' || md5(random()::text || g), $1, (SELECT "lastSeq" FROM "Room" WHERE id = $1) + g, $2, 'TEXT', '기록 메시지 ' || g, now() - make_interval(secs => 100000 - g)
        FROM generate_series(1, 100000) g`, [big.id, big.sender.id]);
      await db.query(`UPDATE "Room" SET "lastSeq" = (SELECT max(seq) FROM "Message" WHERE "roomId" = $1) WHERE id = $1`, [big.id]);
      await db.query('ANALYZE "Message"');
      const maxSeq = Number((await db.query('SELECT "lastSeq" FROM "Room" WHERE id = $1', [big.id])).rows[0].lastSeq);
      // Steady state, as for sends: the first requests of a route compile its code paths.
      for (let i = 0; i < 100; i++) await (await request(`${base}/api/rooms/${big.id}/messages?limit=50&before=${50 + Math.floor(Math.random() * (maxSeq - 50))}`, { headers: { cookie: big.sender.cookie } })).arrayBuffer();
      const hist = [];
      for (let i = 0; i < 300; i++) {
        const before = 50 + Math.floor(Math.random() * (maxSeq - 50));
        const t0 = performance.now();
        const res = await request(`${base}/api/rooms/${big.id}/messages?limit=50&before=${before}`, { headers: { cookie: big.sender.cookie } });
        const body = await res.json();
        hist.push(performance.now() - t0);
        if (body.messages.length !== 50) throw new Error('history page was not 50 messages');
    }
    results.historyPage = { roomMessages: maxSeq, pageSize: 50, ms: summary(hist) };
    log('history page', JSON.stringify(results.historyPage));
    }

    if (PHASES.has('lists')) {

      // Unread counts: one user in 200 rooms.
      const heavy = users[0];
      const extra = Array.from({ length: 200 - 1 }, () => id());
      for (const rid of extra) {
        await db.query(`INSERT INTO "Room" (id, kind, name, "lastSeq") VALUES ($1, 'GROUP', 'bench', 3)`, [rid]);
        await db.query('INSERT INTO "RoomMember" ("roomId","userId","lastReadSeq") VALUES ($1,$2,1)', [rid, heavy.id]);
        await db.query(`INSERT INTO "Message" (id, "roomId", seq, "senderId", kind, body) VALUES ($2||'1',$1,1,$3,'TEXT','하나'),($2||'2',$1,2,$3,'TEXT','둘'),($2||'3',$1,3,$3,'TEXT','셋')`, [rid, rid.slice(0, 20), heavy.id]);
    }
    // The tab badge's endpoint (what the target is about), then the full chat list for scale.
    const timeGets = async (url, check) => {
      for (let i = 0; i < 100; i++) await (await request(`${base}${url}`, { headers: { cookie: heavy.cookie } })).arrayBuffer();
      const ms = [];
      const cpu0 = cpuByProgram();
      for (let i = 0; i < 200; i++) {
        const t0 = performance.now();
        const res = await request(`${base}${url}`, { headers: { cookie: heavy.cookie } });
        const body = await res.json();
        ms.push(performance.now() - t0);
        check(body);
      }
      // CPU per request (server, PostgreSQL): what a loaded machine inflates far less than wall time.
      return { ...summary(ms), cpuMsPerRequest: cpuPerOp(cpu0, cpuByProgram(), 200), loadAvg: machine().loadAvg };
    };
    results.unreadCounts = {
      rooms: 200,
      endpoint: 'GET /api/rooms/unread',
      ms: await timeGets('/api/rooms/unread', (body) => {
        if (Object.keys(body.rooms).length !== 200) throw new Error(`expected 200 rooms, got ${Object.keys(body.rooms).length}`);
        if (body.totalUnread < 199 * 2) throw new Error(`unexpected total ${body.totalUnread}`);
      }),
    };
    log('unread counts (GET /api/rooms/unread)', JSON.stringify(results.unreadCounts));
    results.roomList = {
      rooms: 200,
      endpoint: 'GET /api/rooms',
      ms: await timeGets('/api/rooms', (body) => {
        if (body.rooms.length !== 200) throw new Error(`expected 200 rooms, got ${body.rooms.length}`);
      }),
    };
    log('chat list with previews (GET /api/rooms)', JSON.stringify(results.roomList));
    }

    fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
    const file = path.join(ROOT, 'bench/results', `chat-${results.date.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(results, null, 2));
    log('saved', path.relative(ROOT, file));
  } finally {
    for (const c of cleanups) await c().catch(() => {});
  }
}

await main();
process.exit(0);
