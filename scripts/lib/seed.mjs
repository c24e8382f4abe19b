// Demo data, seeded once per database: two families, two couples and friends.
// Plain SQL through `pg` so it runs before (and without) the app's build.
import crypto from 'node:crypto';
import pg from 'pg';
import { hash } from '@node-rs/argon2';

export const DEMO_PASSWORD = 'moa-demo-1234'; // also named on the login page in demo mode (lib/env.ts)

/**
 * Demo accounts share a published password, so they are made only for `npm run dev`
 * or when asked for with MOA_DEMO=1 — never by `npm start` into whatever database
 * DATABASE_URL names. (The login page shows the hint under the same rule: lib/env.ts.)
 */
export const wantsDemo = (command, env) => command === 'dev' || env.MOA_DEMO === '1';
const MARKER = 'seed:demo:v1';

const USERS = [
  ['parent1', '김엄마'], ['child1', '김하늘'],
  ['parent2', '박아빠'], ['child2', '박바다'], ['child3', '박별'],
  ['couple1a', '이준호'], ['couple1b', '최서연'],
  ['couple2a', '정민수'], ['couple2b', '한지우'],
];

const CIRCLES = [
  { kind: 'FAMILY', name: '하늘이네', members: [['parent1', 'PARENT'], ['child1', 'CHILD']],
    chat: [['parent1', '하늘아, 숙제 다 했니?'], ['child1', '네! 방금 끝냈어요 😊'], ['parent1', '잘했어! 포도알 하나 줄게 🍇']] },
  { kind: 'FAMILY', name: '바다네', members: [['parent2', 'PARENT'], ['child2', 'CHILD'], ['child3', 'CHILD']],
    chat: [['parent2', '오늘 저녁은 카레야'], ['child3', '와 신난다!']] },
  { kind: 'COUPLE', name: '준호 ♥ 서연', members: [['couple1a', 'PARTNER'], ['couple1b', 'PARTNER']],
    chat: [['couple1a', '오늘 영화 어땠어?'], ['couple1b', '너무 좋았어! 다음에 또 보자']] },
  { kind: 'COUPLE', name: '민수 ♥ 지우', members: [['couple2a', 'PARTNER'], ['couple2b', 'PARTNER']],
    chat: [['couple2b', '주말에 뭐 할까?']] },
];

const FRIENDS = [['parent1', 'parent2'], ['couple1a', 'couple2a'], ['parent1', 'couple1b'], ['couple1b', 'couple2b']];

// Same shape as Prisma's cuid(): lower-case letters and digits, 25 characters.
const id = () => `c${crypto.randomBytes(18).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '').padEnd(24, '0').slice(0, 24)}`;

/** Returns the demo logins if it seeded now, null if the database was seeded before. */
export async function seedDemoData(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const done = await client.query('SELECT 1 FROM "KvEntry" WHERE key = $1', [MARKER]);
    if (done.rowCount) return null;
    const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    await client.query('BEGIN');
    const ids = {};
    for (const [loginId, name] of USERS) {
      const existing = await client.query('SELECT id FROM "User" WHERE "loginId" = $1', [loginId]);
      if (existing.rowCount) { ids[loginId] = existing.rows[0].id; continue; }
      ids[loginId] = id();
      await client.query(
        'INSERT INTO "User" (id, "loginId", "displayName", "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())',
        [ids[loginId], loginId, name, passwordHash],
      );
    }
    const room = (kind, extra = {}) => {
      const roomId = id();
      return client.query(
        'INSERT INTO "Room" (id, kind, "circleId", "directKey") VALUES ($1, $2, $3, $4) RETURNING id',
        [roomId, kind, extra.circleId ?? null, extra.directKey ?? null],
      ).then(() => roomId);
    };
    const say = async (roomId, members, lines) => {
      // Everyone has read all but the last line, so the demo shows an unread badge and a "1".
      let seq = 0;
      for (const [loginId, body] of lines) {
        seq += 1;
        await client.query(
          `INSERT INTO "Message" (id, "roomId", seq, "senderId", "clientId", kind, body, "createdAt")
           VALUES ($1, $2, $3, $4, $5, 'TEXT', $6, now() - make_interval(mins => $7))`,
          [id(), roomId, seq, ids[loginId], `seed-${seq}`, body, (lines.length - seq) * 3],
        );
      }
      await client.query('UPDATE "Room" SET "lastSeq" = $2, "lastMessageAt" = now() WHERE id = $1', [roomId, seq]);
      for (const loginId of members) {
        const sentLast = lines.at(-1)?.[0] === loginId;
        await client.query('INSERT INTO "RoomMember" ("roomId", "userId", "lastReadSeq") VALUES ($1, $2, $3)', [roomId, ids[loginId], sentLast ? seq : Math.max(0, seq - 1)]);
      }
    };
    for (const c of CIRCLES) {
      const circleId = id();
      await client.query('INSERT INTO "Circle" (id, kind, name) VALUES ($1, $2, $3)', [circleId, c.kind, c.name]);
      for (const [loginId, role] of c.members) {
        await client.query('INSERT INTO "CircleMember" ("circleId", "userId", role) VALUES ($1, $2, $3)', [circleId, ids[loginId], role]);
      }
      await say(await room('CIRCLE', { circleId }), c.members.map(([l]) => l), c.chat);
    }
    for (const [a, b] of FRIENDS) {
      for (const [owner, friend] of [[a, b], [b, a]]) {
        await client.query('INSERT INTO "Friendship" ("ownerId", "friendId") VALUES ($1, $2) ON CONFLICT DO NOTHING', [ids[owner], ids[friend]]);
      }
      await say(await room('DIRECT', { directKey: [ids[a], ids[b]].sort().join(':') }), [a, b], [[a, '안녕하세요! 모아에서 만나니 반가워요.']]);
    }
    await client.query(`INSERT INTO "KvEntry" (key, value) VALUES ($1, '"done"')`, [MARKER]);
    await client.query('COMMIT');
    return { password: DEMO_PASSWORD, loginIds: USERS.map(([l]) => l) };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
