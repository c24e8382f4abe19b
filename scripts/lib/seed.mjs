// Demo data, seeded once per database: two families, two couples and friends.
// Plain SQL through `pg` so it runs before (and without) the app's build.
import crypto from 'node:crypto';
import pg from 'pg';
import { hash } from '@node-rs/argon2';

export const DEMO_PASSWORD = 'moa-demo-1234';
const MARKER = 'seed:demo:v1';

const USERS = [
  ['parent1', '김엄마'], ['child1', '김하늘'],
  ['parent2', '박아빠'], ['child2', '박바다'], ['child3', '박별'],
  ['couple1a', '이준호'], ['couple1b', '최서연'],
  ['couple2a', '정민수'], ['couple2b', '한지우'],
];

const CIRCLES = [
  { kind: 'FAMILY', name: '하늘이네', members: [['parent1', 'PARENT'], ['child1', 'CHILD']] },
  { kind: 'FAMILY', name: '바다네', members: [['parent2', 'PARENT'], ['child2', 'CHILD'], ['child3', 'CHILD']] },
  { kind: 'COUPLE', name: '준호 ♥ 서연', members: [['couple1a', 'PARTNER'], ['couple1b', 'PARTNER']] },
  { kind: 'COUPLE', name: '민수 ♥ 지우', members: [['couple2a', 'PARTNER'], ['couple2b', 'PARTNER']] },
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
    for (const c of CIRCLES) {
      const circleId = id();
      await client.query('INSERT INTO "Circle" (id, kind, name) VALUES ($1, $2, $3)', [circleId, c.kind, c.name]);
      for (const [loginId, role] of c.members) {
        await client.query('INSERT INTO "CircleMember" ("circleId", "userId", role) VALUES ($1, $2, $3)', [circleId, ids[loginId], role]);
      }
    }
    for (const [a, b] of FRIENDS) {
      for (const [owner, friend] of [[a, b], [b, a]]) {
        await client.query('INSERT INTO "Friendship" ("ownerId", "friendId") VALUES ($1, $2) ON CONFLICT DO NOTHING', [ids[owner], ids[friend]]);
      }
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
