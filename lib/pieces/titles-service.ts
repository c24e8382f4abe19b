// Titles (칭호) a person earns from their pieces: evaluated after a piece is written (the
// pieces service calls `evaluateTitles`) and again whenever the titles are listed, so a
// missed evaluation catches up. Earned titles are kept for good: deleting or editing a
// piece never takes one back (it was earned at the time, and a trophy that vanishes
// feels like a bug). Each newly earned title is announced once through the
// notification center, committed in the same transaction as the title itself.
import { db } from '@/lib/db';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { translator } from '@/lib/i18n/messages';
import { deliverNotifications, storeNotifications, type NotifyInput } from '@/lib/notifications/service';
import { TITLE_IDS, checkTitles, isTitleId, type PieceFacts, type TitleId } from './titles';
import { titleHow, titleName } from './title-labels';
import type { MyTitlesDto } from './stats-schemas';

export const TITLES_URL = '/pieces/stats#titles';

/** The facts the rules need, one small row per piece (no review text is read). */
function loadFacts(userId: string) {
  return db.$queryRaw<PieceFacts[]>`
    SELECT "showId", "kind"::text AS "kind", to_char("date", 'YYYY-MM-DD') AS "date", "time", "venue", "price", "rating",
           (COALESCE(btrim("review"), '') <> '') AS "hasReview"
    FROM "Piece" WHERE "ownerId" = ${userId}`;
}

const heldTitles = (userId: string) => db.userTitle.findMany({ where: { userId }, select: { titleId: true, earnedAt: true } });

function announcement(fresh: TitleId[]): NotifyInput {
  if (fresh.length === 1) {
    const [id] = fresh;
    return {
      kind: 'title',
      title: (l) => translator(l)('titles.notify.one', { name: titleName(id, l) }),
      body: (l) => translator(l)('titles.notify.oneBody', { how: titleHow(id, l) }),
      url: TITLES_URL,
    };
  }
  return {
    kind: 'title',
    title: (l) => translator(l)('titles.notify.many', { count: fresh.length }),
    body: (l) => translator(l)('titles.notify.manyBody', { names: fresh.map((id) => titleName(id, l)).join(', ') }),
    url: TITLES_URL,
  };
}

/**
 * Store the earned titles not held yet and announce them. Concurrent calls meet on the
 * (userId, titleId) key: ON CONFLICT DO NOTHING returns only the rows this call created,
 * so each title is stored and announced exactly once.
 */
async function storeEarned(userId: string, earned: TitleId[], held: { titleId: string }[]): Promise<TitleId[]> {
  const have = new Set(held.map((h) => h.titleId));
  const missing = earned.filter((id) => !have.has(id));
  if (!missing.length) return [];
  const earnedAt = now();
  const { fresh, rows } = await db.$transaction(async (tx) => {
    const created = await tx.userTitle.createManyAndReturn({
      data: missing.map((titleId) => ({ userId, titleId, earnedAt })),
      skipDuplicates: true,
      select: { titleId: true },
    });
    const ids = new Set(created.map((c) => c.titleId));
    const fresh = TITLE_IDS.filter((id) => ids.has(id));
    return { fresh, rows: fresh.length ? await storeNotifications(tx, [userId], announcement(fresh)) : [] };
  });
  deliverNotifications(rows);
  return fresh;
}

/** Evaluate every rule over the person's pieces; returns the titles earned just now (usually none). */
export async function evaluateTitles(userId: string): Promise<TitleId[]> {
  const [facts, held] = await Promise.all([loadFacts(userId), heldTitles(userId)]);
  return storeEarned(userId, TITLE_IDS.filter((id) => checkTitles(facts)[id].earned), held);
}

/** Every title with whether I hold it, since when, and how far along I am. */
export async function listMyTitles(userId: string, locale: Locale): Promise<MyTitlesDto> {
  const [facts, firstHeld, user] = await Promise.all([
    loadFacts(userId),
    heldTitles(userId),
    db.user.findUnique({ where: { id: userId }, select: { wornTitleId: true } }),
  ]);
  const progress = checkTitles(facts);
  const fresh = await storeEarned(userId, TITLE_IDS.filter((id) => progress[id].earned), firstHeld);
  const held = new Map((fresh.length ? await heldTitles(userId) : firstHeld).map((h) => [h.titleId, h.earnedAt]));
  return {
    titles: TITLE_IDS.map((id) => {
      const earnedAt = held.get(id) ?? null;
      // A title kept after its pieces were deleted shows as complete.
      const { have, need } = progress[id];
      return { id, name: titleName(id, locale), how: titleHow(id, locale), earned: !!earnedAt, earnedAt: earnedAt?.toISOString() ?? null, have: earnedAt ? need : have, need };
    }),
    wornTitleId: isTitleId(user?.wornTitleId) && held.has(user.wornTitleId) ? user.wornTitleId : null,
  };
}

const wear = (userId: string, titleId: TitleId) =>
  db.user.updateMany({ where: { id: userId, titles: { some: { titleId } } }, data: { wornTitleId: titleId } });

/** Wear one of my earned titles next to my name, or none (null). */
export async function wearTitle(userId: string, titleId: string | null): Promise<{ wornTitleId: TitleId | null }> {
  if (titleId === null) {
    await db.user.update({ where: { id: userId }, data: { wornTitleId: null } });
    return { wornTitleId: null };
  }
  if (!isTitleId(titleId)) throw new AppError('validation_failed', 'titles.errors.unknownTitle');
  // The condition is in the update itself: only a title I hold can be worn.
  let { count } = await wear(userId, titleId);
  if (!count) {
    // Earned by my pieces but not stored yet (a missed evaluation): catch up, then wear it.
    // Checked first, so a refused request stores nothing.
    const [facts, held] = await Promise.all([loadFacts(userId), heldTitles(userId)]);
    const progress = checkTitles(facts);
    if (!progress[titleId].earned) throw new AppError('validation_failed', 'titles.errors.notEarned');
    await storeEarned(userId, TITLE_IDS.filter((id) => progress[id].earned), held);
    ({ count } = await wear(userId, titleId));
  }
  if (!count) throw new AppError('validation_failed', 'titles.errors.notEarned');
  return { wornTitleId: titleId };
}
