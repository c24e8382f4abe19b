// What a couple-room message costs after it is stored or deleted. Every message in a
// couple room pays this, so it is kept to one noun extraction and at most one
// statement: the nouns are counted for the ranking and, when one of them is a keyword
// of the question bank, the same statement reads what deciding on a question needs.
// The question gate is no part of this: the send statement checks it (gate.ts).
import { now } from '@/lib/clock';
import { queryRows, statement } from '@/lib/sql';
import { kstDay, kstDayStart } from '@/lib/missions/schedule';
import type { AfterDelete, AfterSend } from '@/lib/chat/hooks';
import { extractNouns } from './nouns';
import { isCoupleCircle } from './access';
import { askQuestion, keywordGroups, questionToAsk, type QuestionState } from './question-service';

/** Distinct nouns of a message with how often each occurs in it. */
export function tally(nouns: readonly string[]) {
  const counts = new Map<string, number>();
  for (const w of nouns) if (w.length <= 30) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

// One round trip per message with nouns: add them to the sender's counts of the day
// and, only when the message holds a keyword ($8 not empty), read the frequency, whether
// a question is open or was asked today, and which of the keywords' questions and groups
// this couple already had (only those: a couple may have had hundreds).
// $1 circle, $2 user, $3 day, $4 words, $5 counts (same length), $6 start of today (Korea),
// $7 the keywords' question ids, $8 their group ids.
const COUNT_AND_STATE = statement('couple_after_send', `
  WITH counted AS (
    INSERT INTO "WordCount" ("circleId", "userId", day, word, count)
    SELECT $1, $2, $3::date, t.w, t.c FROM unnest($4::text[], $5::int[]) AS t(w, c)
    ON CONFLICT ("circleId", day, "userId", word) DO UPDATE SET count = "WordCount".count + EXCLUDED.count
  )
  SELECT COALESCE((SELECT "questionFrequency"::text FROM "CoupleSettings" WHERE "circleId" = $1), 'ALWAYS') AS frequency,
    EXISTS (SELECT 1 FROM "CoupleQuestion" WHERE "circleId" = $1 AND "revealedAt" IS NULL) AS "hasOpen",
    EXISTS (SELECT 1 FROM "CoupleQuestion" WHERE "circleId" = $1 AND "askedAt" >= $6::timestamp) AS "askedToday",
    ARRAY(SELECT "questionId" FROM "CoupleQuestion" WHERE "circleId" = $1 AND "questionId" = ANY($7::text[])) AS "questionIds",
    ARRAY(SELECT DISTINCT "groupId" FROM "CoupleQuestion" WHERE "circleId" = $1 AND "groupId" = ANY($8::text[])) AS "groupIds"
  WHERE cardinality($8::text[]) > 0`);

// Take counts back: rows that reach zero go, the others shrink (disjoint rows, one statement).
// $1 circle, $2 user, $3 day, $4 words, $5 counts.
const TAKE_BACK = statement('couple_words_take_back', `
  WITH t AS (SELECT * FROM unnest($4::text[], $5::int[]) AS t(w, c)),
  gone AS (
    DELETE FROM "WordCount" wc USING t
    WHERE wc."circleId" = $1 AND wc."userId" = $2 AND wc.day = $3::date AND wc.word = t.w AND wc.count <= t.c
  )
  UPDATE "WordCount" wc SET count = wc.count - t.c FROM t
  WHERE wc."circleId" = $1 AND wc."userId" = $2 AND wc.day = $3::date AND wc.word = t.w AND wc.count > t.c`);

// Counting publishes nothing: the ranking screen refetches on the room's own `message` and
// `message-deleted` events (published for every send anyway), a moment after they arrive.

/**
 * After a text message is stored in a couple room: count its nouns, and ask a question
 * right after it when it holds a keyword. A line without nouns costs no query.
 */
export async function afterCoupleSend({ actorId, room, message, memberIds }: AfterSend) {
  if (room.kind !== 'CIRCLE' || !room.circleId || message.kind !== 'TEXT') return;
  const nouns = extractNouns(message.body);
  if (!nouns.length || !(await isCoupleCircle(room.circleId))) return;
  const counts = tally(nouns);
  const groups = keywordGroups(nouns);
  const [state] = await queryRows<QuestionState>(COUNT_AND_STATE, [
    room.circleId, actorId, kstDay(new Date(message.createdAt)), [...counts.keys()], [...counts.values()],
    kstDayStart(kstDay(now())).toISOString(),
    groups.flatMap((g) => g.group.questions.map((q) => q.id)), groups.map((g) => g.group.id),
  ]);
  const pick = state && questionToAsk(state, groups);
  if (pick) await askQuestion(room.circleId, room.id, pick, message.seq, memberIds);
}

/** After a text message is deleted: its words leave the counts of the day it was sent. */
export async function afterCoupleDelete({ room, message }: AfterDelete) {
  if (room.kind !== 'CIRCLE' || !room.circleId || message.kind !== 'TEXT' || !message.senderId) return;
  const counts = tally(extractNouns(message.body));
  if (!counts.size || !(await isCoupleCircle(room.circleId))) return;
  await queryRows(TAKE_BACK, [room.circleId, message.senderId, kstDay(message.createdAt), [...counts.keys()], [...counts.values()]]);
}
