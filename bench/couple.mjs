// `npm run bench:couple` — the couple word ranking against a production build on the
// embedded PostgreSQL and Soketi.
//  1. Ranking latency: a couple whose room holds 100,000 messages (30 days, both partners,
//     lines and their nouns from the labelled chat sets in tests/data), counts stored as
//     the after-send hook stores them; GET /words?top=10 and top=3, sequential, p50/p95/p99.
//  2. Extra server CPU per send: the same lines at the same open-loop rate into an
//     ordinary room (a 1:1 room: no couple work) and into the couple room, with
//     questions on (ALWAYS) and every bank question already asked and answered by both,
//     so each couple send pays the whole steady-state path — the question gate in the
//     send statement, noun extraction, the counting upsert and, for a line with a
//     keyword, the question state read — without a question ever opening and gating the
//     run (asking one is a few hundred times in a couple's life). Phases alternate
//     (plain, couple, couple, plain, …) in one server process; the figure is the median
//     of the per-round differences of the server's CPU per send, with their spread.
// Prints every figure and writes bench/results/couple-<timestamp>.json.
//
// Env: BENCH_MESSAGES (default 100000), BENCH_RATE (sends/s, default 100), BENCH_SENDS
// (per phase, default 1000), BENCH_ROUNDS (plain+couple pairs, default 10), MOA_DIST_DIR
// (build folder, default .next-bench; built if missing).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, cpuByProgram, cpuPerOp, machine, openLoop, request, sessionCookie, sleep, startBenchApp, summary } from './lib/harness.mjs';

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100_000);
const RATE = Number(process.env.BENCH_RATE ?? 100);
const SENDS = Number(process.env.BENCH_SENDS ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const DIST = process.env.MOA_DIST_DIR ?? '.next-bench';
const DAYS = 30;
const id = () => `c${crypto.randomBytes(12).toString('hex')}`;
const log = (...a) => console.log('[bench]', ...a);
const kstDay = (ms) => new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);

/** Chat lines with their gold nouns (what the extractor is measured against). */
function corpus() {
  const lines = [];
  for (const f of ['nouns-labelled.tsv', 'nouns-heldout.tsv']) {
    for (const row of fs.readFileSync(path.join(ROOT, 'tests/data', f), 'utf8').split('\n')) {
      if (!row.trim() || row.startsWith('#')) continue;
      const [line, gold = ''] = row.split('\t');
      lines.push({ line, nouns: gold.split(',').map((s) => s.trim()).filter(Boolean) });
    }
  }
  return lines;
}

async function main() {
  const results = { date: new Date().toISOString(), machine: machine(), params: { MESSAGES, RATE, SENDS, ROUNDS, DAYS } };
  const app = await startBenchApp({ dist: DIST, log });
  const { base, db } = app;
  try {
    const users = ['ba', 'bb', 'bc', 'bd'].map((loginId) => ({ id: id(), loginId }));
    for (const u of users) {
      await db.query('INSERT INTO "User" (id, "loginId", "displayName", "passwordHash", "updatedAt") VALUES ($1,$2,$2,NULL,now())', [u.id, u.loginId]);
      u.cookie = await sessionCookie(u, db);
    }
    const [a, b, c, d] = users;
    const circleId = id();
    const coupleRoom = id();
    const directRoom = id();
    await db.query(`INSERT INTO "Circle" (id, kind, name) VALUES ($1, 'COUPLE', '벤치 커플')`, [circleId]);
    await db.query(`INSERT INTO "CircleMember" ("circleId","userId",role) VALUES ($1,$2,'PARTNER'),($1,$3,'PARTNER')`, [circleId, a.id, b.id]);
    // Questions on, every one of the bank already asked and answered by both (see the top).
    await db.query(`INSERT INTO "CoupleSettings" ("circleId", "questionFrequency", "updatedAt") VALUES ($1, 'ALWAYS', now())`, [circleId]);
    const bank = JSON.parse(fs.readFileSync(path.join(ROOT, 'lib/couple/questions.json'), 'utf8'));
    const asked = bank.groups.flatMap((g) => g.questions.map((q) => ({ id: id(), questionId: q.id, groupId: g.id, keyword: g.words[0] })));
    await db.query(`INSERT INTO "CoupleQuestion" (id, "circleId", "questionId", "groupId", keyword, "askedAt", "revealedAt")
      SELECT x.id, $1, x.q, x.g, x.k, now() - interval '40 days', now() - interval '40 days' FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS x(id, q, g, k)`,
    [circleId, asked.map((q) => q.id), asked.map((q) => q.questionId), asked.map((q) => q.groupId), asked.map((q) => q.keyword)]);
    await db.query(`INSERT INTO "CoupleAnswer" ("coupleQuestionId", "userId", body, "createdAt")
      SELECT q, u, '응', now() - interval '40 days' FROM unnest($1::text[]) AS q CROSS JOIN unnest($2::text[]) AS u`, [asked.map((q) => q.id), [a.id, b.id]]);
    await db.query(`INSERT INTO "Room" (id, kind, "circleId") VALUES ($1, 'CIRCLE', $2)`, [coupleRoom, circleId]);
    await db.query(`INSERT INTO "Room" (id, kind, "directKey") VALUES ($1, 'DIRECT', $2)`, [directRoom, [c.id, d.id].sort().join(':')]);
    await db.query('INSERT INTO "RoomMember" ("roomId","userId") VALUES ($1,$2),($1,$3),($4,$5),($4,$6)', [coupleRoom, a.id, b.id, directRoom, c.id, d.id]);

    // 100,000 messages over 30 days and their word counts (per person and Korea day).
    log(`seeding ${MESSAGES} messages…`);
    const lines = corpus();
    const now = Date.now();
    const counts = new Map();
    const batch = [];
    const flush = async () => {
      if (!batch.length) return;
      const cols = [[], [], [], [], [], []];
      for (const r of batch) r.forEach((v, i) => cols[i].push(v));
      await db.query(`INSERT INTO "Message" (id, "roomId", seq, "senderId", kind, body, "createdAt")
        SELECT x.id, $1, x.seq, x.sender, 'TEXT', x.body, x.at FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::timestamp[]) AS x(id, seq, sender, body, at)`,
      [coupleRoom, cols[0], cols[1], cols[2], cols[3], cols[4]]);
      batch.length = 0;
    };
    for (let i = 0; i < MESSAGES; i++) {
      const at = now - DAYS * 86_400_000 + Math.floor((i / MESSAGES) * DAYS * 86_400_000);
      const sender = i % 3 === 0 ? b : a;
      const { line, nouns } = lines[i % lines.length];
      batch.push([id(), i + 1, sender.id, line, new Date(at).toISOString()]);
      for (const w of nouns) {
        const key = `${kstDay(at)}|${sender.id}|${w}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (batch.length === 5000) await flush();
    }
    await flush();
    await db.query('UPDATE "Room" SET "lastSeq" = $2, "lastMessageAt" = now() WHERE id = $1', [coupleRoom, MESSAGES]);
    const rows = [...counts].map(([k, n]) => [...k.split('|'), n]);
    for (let i = 0; i < rows.length; i += 5000) {
      const part = rows.slice(i, i + 5000);
      await db.query(`INSERT INTO "WordCount" ("circleId", day, "userId", word, count)
        SELECT $1, x.day::date, x.u, x.w, x.n FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS x(day, u, w, n)`,
      [circleId, part.map((r) => r[0]), part.map((r) => r[1]), part.map((r) => r[2]), part.map((r) => r[3])]);
    }
    await db.query('ANALYZE "WordCount"');
    results.seed = { messages: MESSAGES, wordCountRows: rows.length, distinctLines: lines.length };
    log(`seeded: ${rows.length} word-count rows`);

    // 1. Ranking latency.
    const get = async (top) => {
      const t0 = performance.now();
      const res = await request(`${base}/api/circles/${circleId}/words?top=${top}`, { headers: { cookie: a.cookie } });
      if (res.status !== 200) throw new Error(`ranking ${res.status}`);
      const body = await res.json();
      return { ms: performance.now() - t0, body };
    };
    for (let i = 0; i < 100; i++) await get(10);
    for (const top of [10, 3]) {
      const lat = [];
      let sample;
      for (let i = 0; i < 500; i++) {
        const r = await get(top);
        lat.push(r.ms);
        sample = r.body;
      }
      results[`rankingTop${top}`] = summary(lat);
      results[`rankingTop${top}`].sample = sample.rankings.map((x) => x.words.slice(0, 3).map((w) => `${w.word}:${w.count}`).join(' '));
      log(`GET /words?top=${top} (100k messages): ${JSON.stringify(results[`rankingTop${top}`])}`);
    }

    // 2. Extra server CPU per send: ordinary room vs couple room, alternating phases.
    // A send that fails on the network (a kept-alive socket closed under us) is retried, as
    // the outbox would; failures are counted and reported, never hidden. Any other answer
    // than 201 (a 409 from the gate, say) stops the run.
    let netRetries = 0;
    const send = async (room, who, tag, i) => {
      const body = JSON.stringify({ kind: 'TEXT', clientId: `${tag}-${i}-${crypto.randomBytes(4).toString('hex')}`, body: lines[i % lines.length].line });
      for (let attempt = 0; ; attempt++) {
        try {
          const res = await request(`${base}/api/rooms/${room}/messages`, { method: 'POST', headers: { cookie: who.cookie, 'content-type': 'application/json' }, body });
          if (res.status !== 201) throw new Error(`${tag} send ${res.status}`);
          return;
        } catch (err) {
          if (!err.code || attempt >= 3) throw err;
          netRetries++;
        }
      }
    };
    const rooms = { plain: [directRoom, c, d], couple: [coupleRoom, a, b] };
    const scalar = async (sql, args) => Number(Object.values((await db.query(sql, args)).rows[0])[0]);
    const countSum = () => scalar('SELECT COALESCE(SUM(count), 0) FROM "WordCount" WHERE "circleId" = $1', [circleId]);
    const questionRows = () => scalar('SELECT count(*) FROM "CoupleQuestion" WHERE "circleId" = $1', [circleId]);
    const [counted0, questions0] = [await countSum(), await questionRows()];
    log('warming up…');
    await openLoop(RATE, 2000, (i) => { const [room, p, q] = rooms[i % 2 ? 'plain' : 'couple']; return send(room, i % 4 < 2 ? p : q, 'warm', i); });
    await sleep(1000);
    const rounds = [];
    for (let r = 0; r < ROUNDS; r++) {
      const round = {};
      for (const kind of r % 2 ? ['couple', 'plain'] : ['plain', 'couple']) {
        const [room, p, q] = rooms[kind];
        const before = cpuByProgram();
        await openLoop(RATE, SENDS, (i) => send(room, i % 2 ? q : p, `${kind}${r}`, i));
        await sleep(500); // after-send hooks finish in the background
        round[kind] = cpuPerOp(before, cpuByProgram(), SENDS);
      }
      round.extraServerMs = +((round.couple['next server'] ?? 0) - (round.plain['next server'] ?? 0)).toFixed(3);
      rounds.push(round);
      log(`round ${r + 1}/${ROUNDS} (load ${os.loadavg()[0].toFixed(2)}): server CPU ms per send plain ${round.plain['next server']}, couple ${round.couple['next server']}, extra ${round.extraServerMs}`);
    }
    // Quantiles interpolated between neighbours (ten samples: the median is the mean of the middle two).
    const q = (xs, f) => {
      const s = [...xs].sort((x, y) => x - y);
      const k = (s.length - 1) * f;
      return s[Math.floor(k)] + (s[Math.ceil(k)] - s[Math.floor(k)]) * (k - Math.floor(k));
    };
    const mean = (xs) => xs.reduce((x, y) => x + y, 0) / xs.length;
    // 95% bootstrap interval of a statistic of the rounds: how far the figure could move by chance.
    const interval = (xs, stat) => {
      const resampled = Array.from({ length: 4000 }, () => stat(Array.from(xs, () => xs[Math.floor(Math.random() * xs.length)])));
      return [+q(resampled, 0.025).toFixed(3), +q(resampled, 0.975).toFixed(3)];
    };
    const spread = (xs) => ({
      median: +q(xs, 0.5).toFixed(3), p25: +q(xs, 0.25).toFixed(3), p75: +q(xs, 0.75).toFixed(3), min: +Math.min(...xs).toFixed(3), max: +Math.max(...xs).toFixed(3),
      mean: +mean(xs).toFixed(3), median95: interval(xs, (s) => q(s, 0.5)), mean95: interval(xs, mean),
    });
    const server = (kind) => rounds.map((r) => r[kind]['next server'] ?? 0);
    results.cpuPerSendRounds = rounds;
    results.serverCpuPerSendMs = { plain: spread(server('plain')), couple: spread(server('couple')) };
    results.extraServerCpuPerSendMs = spread(rounds.map((r) => r.extraServerMs));
    results.extraPostgresCpuPerSendMs = spread(rounds.map((r) => (r.couple.postgres ?? 0) - (r.plain.postgres ?? 0)));
    // The couple sends really counted, and no question opened (none left to ask).
    results.wordsCounted = (await countSum()) - counted0;
    results.questionsAsked = (await questionRows()) - questions0;
    results.networkRetries = netRetries;
    results.loadAvgAfter = machine().loadAvg;
    log(`server CPU per send, median of ${ROUNDS} rounds: plain ${results.serverCpuPerSendMs.plain.median} ms, couple ${results.serverCpuPerSendMs.couple.median} ms`);
    const x = results.extraServerCpuPerSendMs;
    log(`extra server CPU per couple-room send: median ${x.median} ms (95% interval ${x.median95.join('…')}; p25 ${x.p25}, p75 ${x.p75}, min ${x.min}, max ${x.max}), mean ${x.mean} ms (95% interval ${x.mean95.join('…')})`);
    log(`postgres: extra CPU per couple-room send, median ${results.extraPostgresCpuPerSendMs.median} ms; nouns counted ${results.wordsCounted}, questions asked ${results.questionsAsked}`);
  } finally {
    await app.stop();
  }
  const file = path.join(ROOT, 'bench/results', `couple-${results.date.replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  log(`wrote ${path.relative(ROOT, file)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
