// `npm run bench:board` — grape board realtime against a production build on the embedded
// PostgreSQL and Soketi: real HTTP gives and attaches, real pusher-js screens in this
// process. Measures request → event on another family member's screen, and the database
// transactions per change with 2 and with 10 open screens per family (it must not grow).
// Prints every figure and writes bench/results/board-<timestamp>.json.
//
// Env: BENCH_FAMILIES (default 20), BENCH_RATE (changes per second, default 20),
// BENCH_CHANGES (per phase, default 300), MOA_DIST_DIR (build folder, default .next-bench; built if missing).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Pusher from 'pusher';
import PusherClient from 'pusher-js';
import { ROOT, latencies, machine, openLoop, sessionCookie, sleep, startBenchApp, summary } from './lib/harness.mjs';

const FAMILIES = Number(process.env.BENCH_FAMILIES ?? 20);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 300);
const DIST = process.env.MOA_DIST_DIR ?? '.next-bench';
const GOAL = 50;

const id = () => `c${crypto.randomBytes(12).toString('hex')}`;
const log = (...a) => console.log('[bench]', ...a);

async function main() {
  const results = { date: new Date().toISOString(), machine: machine(), params: { FAMILIES, RATE, CHANGES } };
  const app = await startBenchApp({ dist: DIST, log });
  const { base, db, soketi } = app;
  try {
    // Families straight into the database: a parent, a child, a wish and an open board (goal 50).
    const families = [];
    for (let i = 0; i < FAMILIES; i++) {
      const parent = { id: id(), loginId: `bparent${i}` };
      const child = { id: id(), loginId: `bchild${i}` };
      for (const u of [parent, child]) {
        await db.query('INSERT INTO "User" (id, "loginId", "displayName", "passwordHash", "updatedAt") VALUES ($1,$2,$2,NULL,now())', [u.id, u.loginId]);
        u.cookie = await sessionCookie(u, db);
      }
      const circleId = id();
      const wishId = id();
      const boardId = id();
      await db.query(`INSERT INTO "Circle" (id, kind, name) VALUES ($1, 'FAMILY', $2)`, [circleId, `벤치 가족 ${i}`]);
      await db.query(`INSERT INTO "CircleMember" ("circleId","userId",role) VALUES ($1,$2,'PARENT'),($1,$3,'CHILD')`, [circleId, parent.id, child.id]);
      await db.query(`INSERT INTO "Wish" (id, "circleId", "childId", name, status) VALUES ($1,$2,$3,'벤치 선물','ON_BOARD')`, [wishId, circleId, child.id]);
      await db.query(`INSERT INTO "Board" (id, "circleId", "childId", "wishId", goal, "startedById") VALUES ($1,$2,$3,$4,$5,$6)`, [boardId, circleId, child.id, wishId, GOAL, parent.id]);
      families.push({ circleId, boardId, parent, child, given: 0, attached: 0 });
    }

    // Screens: pusher-js connections subscribed to the family channel, authorized through our route.
    // seen: `${boardId}:given:${n}` / `${boardId}:attached:${n}` → first receive time on the watched screen.
    const seen = new Map();
    let deliveries = 0;
    const clients = [];
    function screen(family, who, watched) {
      return new Promise((resolve, reject) => {
        const c = new PusherClient(soketi.key, {
          cluster: 'mt1', wsHost: '127.0.0.1', wsPort: soketi.port, forceTLS: false, enabledTransports: ['ws'],
          channelAuthorization: {
            transport: 'ajax', endpoint: '/unused',
            customHandler: async ({ socketId, channelName }, cb) => {
              const res = await fetch(`${base}/api/realtime/auth`, { method: 'POST', headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ socket_id: socketId, channel_name: channelName }) });
              if (!res.ok) return cb(new Error(`auth ${res.status}`), null);
              cb(null, await res.json());
            },
          },
        });
        clients.push(c);
        const ch = c.subscribe(`private-circle-${family.circleId}`);
        ch.bind('board', ({ board, change }) => {
          deliveries++;
          if (!watched) return;
          const t = performance.now();
          const key = `${board.id}:${change.kind}:${change.kind === 'given' ? board.given : board.attached}`;
          if (!seen.has(key)) seen.set(key, t);
        });
        ch.bind('floor', ({ k }) => {
          if (watched && !seen.has(k)) seen.set(k, performance.now());
        });
        ch.bind('pusher:subscription_succeeded', resolve);
        ch.bind('pusher:subscription_error', reject);
      });
    }
    // The child's screen watches gives, the parent's watches attaches.
    const childScreens = families.map((f) => screen(f, f.child, true));
    const parentScreens = families.map((f) => screen(f, f.parent, true));
    await Promise.all([...childScreens, ...parentScreens]);
    log(`${families.length} families, ${clients.length} screens subscribed`);

    const xacts = async () => Number((await db.query(`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = 'bench'`)).rows[0].n);

    async function phase(name, kind, total, rate = RATE) {
      const starts = [];
      const ack = [];
      let errors = 0;
      const deliveriesBefore = deliveries;
      // An idle backend reports its counters to pg_stat within 10 s: let them settle.
      await sleep(11_000);
      const x0 = await xacts();
      const elapsed = await openLoop(rate, total, async (i) => {
        const f = families[i % families.length];
        const n = kind === 'given' ? ++f.given : ++f.attached;
        const who = kind === 'given' ? f.parent : f.child;
        const url = `${base}/api/families/${f.circleId}/boards/${f.boardId}/${kind === 'given' ? 'grapes' : 'attach'}`;
        const t0 = performance.now();
        starts.push([`${f.boardId}:${kind}:${n}`, t0]);
        try {
          const res = await fetch(url, { method: 'POST', headers: { cookie: who.cookie, 'content-type': 'application/json' }, body: kind === 'given' ? '{"count":1}' : undefined });
          await res.arrayBuffer();
          if (res.status !== 200) errors++;
        } catch {
          errors++;
        }
        ack.push(performance.now() - t0);
      });
      await sleep(11_000);
      const x1 = await xacts();
      const { lat, lost } = latencies(starts, seen);
      const out = {
        changes: total, targetRate: rate, achievedRate: +(total / elapsed).toFixed(1), errors, lost,
        screensPerFamily: clients.length / families.length,
        requestToOtherScreenMs: summary(lat), ackMs: summary(ack),
        eventsDelivered: deliveries - deliveriesBefore,
        dbTransactionsPerChange: +((x1 - x0) / total).toFixed(2),
      };
      log(name, JSON.stringify(out));
      return out;
    }

    results.warmup = await phase('warmup', 'given', families.length * 2, 10);

    // Soketi's own trigger-to-receive time at the same rate: the floor under every figure.
    const serverPusher = new Pusher({ appId: soketi.appId, key: soketi.key, secret: soketi.secret, host: '127.0.0.1', port: String(soketi.port), useTLS: false });
    const floorStarts = [];
    await openLoop(RATE, Math.min(CHANGES, 200), async (i) => {
      const f = families[i % families.length];
      const k = `floor-${i}`;
      floorStarts.push([k, performance.now()]);
      await serverPusher.trigger(`private-circle-${f.circleId}`, 'floor', { k });
    });
    await sleep(1000);
    results.soketiFloor = { rate: RATE, triggerToReceiveMs: summary(floorStarts.map(([k, t0]) => seen.get(k) - t0).filter((x) => !Number.isNaN(x))) };
    log('soketi floor', JSON.stringify(results.soketiFloor));

    const perPhase = Math.min(CHANGES, Math.floor((families.length * (GOAL - 2)) / 2));
    results.gives2Screens = await phase('gives, 2 screens/family', 'given', perPhase);
    // Eight more screens per family (other phones, a tablet): each change still costs the same in the database.
    await Promise.all(families.flatMap((f) => Array.from({ length: 8 }, (_, i) => screen(f, i % 2 ? f.parent : f.child, false))));
    log(`${clients.length} screens subscribed`);
    results.gives10Screens = await phase('gives, 10 screens/family', 'given', perPhase);
    results.attaches10Screens = await phase('attaches, 10 screens/family', 'attached', Math.min(CHANGES, families.reduce((a, f) => a + f.given, 0)));

    // The stored counts match what was acknowledged, and every change left one event row.
    const check = await db.query(`SELECT sum(given)::int AS given, sum(attached)::int AS attached,
      (SELECT sum(count)::int FROM "GrapeEvent" WHERE kind = 'GIVEN') AS "givenEvents",
      (SELECT sum(count)::int FROM "GrapeEvent" WHERE kind = 'ATTACHED') AS "attachedEvents" FROM "Board"`);
    results.consistency = check.rows[0];
    log('consistency', JSON.stringify(results.consistency));

    clients.forEach((c) => c.disconnect());
    fs.mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
    const file = path.join(ROOT, 'bench/results', `board-${results.date.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(results, null, 2));
    log('saved', path.relative(ROOT, file));
  } finally {
    await app.stop();
  }
}

await main();
process.exit(0);
