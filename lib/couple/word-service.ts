// The weekly word ranking: per-person daily noun counts (kept by the send path's
// after-hook and taken back when a message is deleted: message-hooks.ts), read back over
// the last seven Korean days minus the couple's excluded words.
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { queryRows, statement } from '@/lib/sql';
import { addDays, kstDay } from '@/lib/missions/schedule';
import { DEFAULT_STOP_WORDS } from './nouns';
import { getCoupleMemberOrThrow } from './access';
import { publishCoupleChanged } from './events';
import type { WordsDto } from './schemas';
import { toUserBrief } from '@/lib/users/brief';

// The whole ranking screen in one statement: the couple's members (only when $5 is one
// of them, in a live couple: otherwise no rows at all, a 404), the stop list (the defaults
// they kept plus the words they excluded), and each partner's top $4 nouns since day $2.
// $1 circle, $2 first day, $3 default stop words, $4 top N, $5 the asking user.
const RANKING = statement('couple_words_rank', `
  WITH ok AS (
    SELECT 1 FROM "CircleMember" m JOIN "Circle" c ON c.id = m."circleId"
    WHERE m."circleId" = $1 AND m."userId" = $5 AND c.kind = 'COUPLE' AND c."dissolvedAt" IS NULL
  ),
  rules AS (SELECT word, excluded, "createdAt" FROM "CoupleWordRule" WHERE "circleId" = $1 AND EXISTS (SELECT 1 FROM ok)),
  stop AS (
    SELECT d AS word FROM unnest($3::text[]) AS d WHERE d NOT IN (SELECT word FROM rules WHERE NOT excluded)
    UNION SELECT word FROM rules WHERE excluded
  ),
  ranked AS (
    SELECT "userId", word, total::int AS count, rank::int AS rank FROM (
      SELECT "userId", word, total, row_number() OVER (PARTITION BY "userId" ORDER BY total DESC, word COLLATE "C") AS rank
      FROM (
        SELECT "userId", word, SUM(count) AS total FROM "WordCount"
        WHERE "circleId" = $1 AND day >= $2::date AND word NOT IN (SELECT word FROM stop) AND EXISTS (SELECT 1 FROM ok)
        GROUP BY "userId", word
      ) s
    ) r WHERE rank <= $4
  )
  SELECT 'member' AS t, u.id AS "userId", u."displayName" AS word, u."avatarKey" AS avatar, u."deletedAt" IS NOT NULL AS flag, 0 AS count, 0 AS rank, m."joinedAt" AS at
    FROM "CircleMember" m JOIN "User" u ON u.id = m."userId" WHERE m."circleId" = $1 AND EXISTS (SELECT 1 FROM ok)
  UNION ALL SELECT 'rank', "userId", word, NULL, false, count, rank, NULL FROM ranked
  UNION ALL SELECT 'rule', NULL, word, NULL, excluded, 0, 0, "createdAt" FROM rules`);

interface RankingRow {
  t: 'member' | 'rank' | 'rule';
  userId: string | null; word: string; avatar: string | null; flag: boolean; count: number; rank: number; at: Date | null;
}

/** The couple's stop list from its rules: the words they excluded (newest first), then the defaults they kept. */
function stopList(rules: { word: string; excluded: boolean; at: Date }[]) {
  const restored = new Set(rules.filter((r) => !r.excluded).map((r) => r.word));
  const added = rules.filter((r) => r.excluded).sort((a, b) => b.at.getTime() - a.at.getTime()).map((r) => r.word);
  const defaults = DEFAULT_STOP_WORDS.filter((w) => !restored.has(w) && !added.includes(w));
  return [...added.map((word) => ({ word, isDefault: DEFAULT_STOP_WORDS.includes(word) })), ...defaults.map((word) => ({ word, isDefault: true }))];
}

/** Top N nouns of each partner over the last 7 days (today and the six before, Korea time), me first. */
export async function getRanking(actorId: string, circleId: string, top: number): Promise<WordsDto> {
  const to = kstDay(now());
  const from = addDays(to, -6);
  const rows = await queryRows<RankingRow>(RANKING, [circleId, from, DEFAULT_STOP_WORDS, top, actorId]);
  const members = rows.filter((r) => r.t === 'member').sort((a, b) => (a.userId === actorId ? -1 : b.userId === actorId ? 1 : a.at!.getTime() - b.at!.getTime()));
  if (!members.length) throw notFound();
  return {
    from,
    to,
    top,
    rankings: members.map((m) => ({
      user: toUserBrief({ id: m.userId!, displayName: m.word, avatarKey: m.avatar, deletedAt: m.flag ? new Date(0) : null }),
      words: rows.filter((r) => r.t === 'rank' && r.userId === m.userId).sort((a, b) => a.rank - b.rank).map((r) => ({ rank: r.rank, word: r.word, count: r.count })),
    })),
    excluded: stopList(rows.filter((r) => r.t === 'rule').map((r) => ({ word: r.word, excluded: r.flag, at: r.at! }))),
  };
}

/** Exclude a word from this couple's ranking (both see it go at once). */
export async function excludeWord(actorId: string, circleId: string, word: string) {
  await getCoupleMemberOrThrow(actorId, circleId);
  const w = word.trim();
  await db.coupleWordRule.upsert({
    where: { circleId_word: { circleId, word: w } },
    create: { circleId, word: w, excluded: true, createdById: actorId, createdAt: now() },
    update: { excluded: true, createdById: actorId, createdAt: now() },
  });
  await publishCoupleChanged(circleId, 'words');
}

/** Bring a word back: an excluded word's rule goes; a default stop word gets a "restored" rule. */
export async function restoreWord(actorId: string, circleId: string, word: string) {
  await getCoupleMemberOrThrow(actorId, circleId);
  const w = word.trim();
  if (DEFAULT_STOP_WORDS.includes(w)) {
    await db.coupleWordRule.upsert({
      where: { circleId_word: { circleId, word: w } },
      create: { circleId, word: w, excluded: false, createdById: actorId, createdAt: now() },
      update: { excluded: false, createdById: actorId, createdAt: now() },
    });
  } else {
    await db.coupleWordRule.deleteMany({ where: { circleId, word: w } });
  }
  await publishCoupleChanged(circleId, 'words');
}
