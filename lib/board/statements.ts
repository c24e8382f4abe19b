// The board's writes, each one SQL statement: the conditional UPDATE that enforces the
// rules, the GrapeEvent insert and the read-back of the board with its gift happen
// atomically, under the row lock, in a single round trip. Zero rows means a rule
// said no (the caller works out which); the CHECK "Board_counts_valid" is the backstop.
import { Prisma } from '@/lib/generated/prisma/client';
import { newId, type Sql } from '@/lib/sql';
import type { BoardRow, WishRow } from './dto';


/** One row of PROJECTION: the board's columns, then the wish's prefixed with `w_`. */
type RawBoard = Omit<BoardRow, 'wish' | 'wishId'> & { [K in keyof WishRow as `w_${K}`]: WishRow[K] };

/** Board `b` joined with wish `w`, flattened so one row carries both. */
const PROJECTION = Prisma.sql`
  b.id, b."circleId", b."childId", b.goal, b.given, b.attached, b.status::text AS status, b."startedById",
  b."createdAt", b."fullAt", b."giftGivenAt", b."cancelledAt", b."cancelledById",
  w.id AS "w_id", w."circleId" AS "w_circleId", w."childId" AS "w_childId", w.name AS "w_name", w."imageUrl" AS "w_imageUrl",
  w.price AS "w_price", w.link AS "w_link", w.source AS "w_source", w."sourceId" AS "w_sourceId", w.status::text AS "w_status",
  w."createdAt" AS "w_createdAt", w."givenAt" AS "w_givenAt", w."removedAt" AS "w_removedAt"`;

function toRow(r: RawBoard): BoardRow {
  const board: Record<string, unknown> = {};
  const wish: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) {
    if (k.startsWith('w_')) wish[k.slice(2)] = v;
    else board[k] = v;
  }
  return { ...(board as Omit<BoardRow, 'wish' | 'wishId'>), wishId: wish.id as string, wish: wish as WishRow };
}

const one = (rows: RawBoard[]) => (rows.length ? toRow(rows[0]) : null);

/** `given += count` on an ACTIVE board if it stays within the goal; records a GIVEN event. */
export async function giveStatement(sql: Sql, p: { boardId: string; circleId: string | null; count: number; actorId: string; missionRunId: string | null; at: Date }) {
  return one(await sql.$queryRaw<RawBoard[]>`
    WITH b AS (
      UPDATE "Board" SET given = given + ${p.count}::int
      WHERE id = ${p.boardId} AND (${p.circleId}::text IS NULL OR "circleId" = ${p.circleId}::text)
        AND status = 'ACTIVE' AND given + ${p.count}::int <= goal
      RETURNING *
    ), e AS (
      INSERT INTO "GrapeEvent" (id, "boardId", kind, count, "actorId", "missionRunId", "createdAt")
      SELECT ${newId()}, b.id, 'GIVEN'::"GrapeEventKind", ${p.count}::int, ${p.actorId}, ${p.missionRunId}::text, ${p.at}::timestamp FROM b
    )
    SELECT ${PROJECTION} FROM b JOIN "Wish" w ON w.id = b."wishId"`);
}

/**
 * `attached += k` by the board's own child while grapes wait, k = min(count, waiting);
 * the last one makes it GIFT_TIME. The row is locked first so k is computed from the
 * newest counts (a concurrent attach waits, then sees what is left). Returns k too.
 */
export async function attachStatement(sql: Sql, p: { boardId: string; circleId: string; childId: string; count: number; at: Date }) {
  const rows = await sql.$queryRaw<(RawBoard & { k: number })[]>`
    WITH cur AS (
      SELECT id, LEAST(${p.count}::int, given - attached) AS k FROM "Board"
      WHERE id = ${p.boardId} AND "circleId" = ${p.circleId} AND "childId" = ${p.childId}
        AND status = 'ACTIVE' AND attached < given
      FOR UPDATE
    ), b AS (
      UPDATE "Board" SET attached = "Board".attached + cur.k,
        status = CASE WHEN "Board".attached + cur.k = "Board".goal THEN 'GIFT_TIME'::"BoardStatus" ELSE "Board".status END,
        "fullAt" = CASE WHEN "Board".attached + cur.k = "Board".goal THEN ${p.at}::timestamp ELSE "Board"."fullAt" END
      FROM cur WHERE "Board".id = cur.id AND "Board".status = 'ACTIVE' AND "Board".attached + cur.k <= "Board".given
      RETURNING "Board".*, cur.k
    ), e AS (
      INSERT INTO "GrapeEvent" (id, "boardId", kind, count, "actorId", "createdAt")
      SELECT ${newId()}, b.id, 'ATTACHED'::"GrapeEventKind", b.k, ${p.childId}, ${p.at}::timestamp FROM b
    )
    SELECT ${PROJECTION}, b.k FROM b JOIN "Wish" w ON w.id = b."wishId"`;
  if (!rows.length) return null;
  const { k, ...raw } = rows[0];
  return { row: toRow(raw as RawBoard), count: Number(k) };
}

/**
 * Put a WISHED gift of one of the family's current children on a new board. The
 * partial unique index "Board_one_open_per_child_per_family" refuses a second open board
 * for the child in this family (a child in two families may have one in each).
 */
export async function startStatement(sql: Sql, p: { circleId: string; wishId: string; goal: number; actorId: string; at: Date }) {
  return one(await sql.$queryRaw<RawBoard[]>`
    WITH w AS (
      UPDATE "Wish" SET status = 'ON_BOARD'
      WHERE id = ${p.wishId} AND "circleId" = ${p.circleId} AND status = 'WISHED' AND "removedAt" IS NULL
        AND "childId" IN (SELECT "userId" FROM "CircleMember" WHERE "circleId" = ${p.circleId} AND role = 'CHILD')
      RETURNING *
    ), b AS (
      INSERT INTO "Board" (id, "circleId", "childId", "wishId", goal, "startedById", "createdAt")
      SELECT ${newId()}, w."circleId", w."childId", w.id, ${p.goal}::int, ${p.actorId}, ${p.at}::timestamp FROM w
      RETURNING *
    )
    SELECT ${PROJECTION} FROM b JOIN w ON w.id = b."wishId"`);
}

/** GIFT_TIME → DONE, and the wish becomes GIVEN, together. */
export async function giftStatement(sql: Sql, p: { boardId: string; circleId: string; at: Date }) {
  return one(await sql.$queryRaw<RawBoard[]>`
    WITH b AS (
      UPDATE "Board" SET status = 'DONE', "giftGivenAt" = ${p.at}::timestamp
      WHERE id = ${p.boardId} AND "circleId" = ${p.circleId} AND status = 'GIFT_TIME'
      RETURNING *
    ), w AS (
      UPDATE "Wish" SET status = 'GIVEN', "givenAt" = ${p.at}::timestamp
      FROM b WHERE "Wish".id = b."wishId"
      RETURNING "Wish".*
    )
    SELECT ${PROJECTION} FROM b JOIN w ON w.id = b."wishId"`);
}

/**
 * A parent takes back a board started by mistake: an open board (ACTIVE or GIFT_TIME)
 * becomes CANCELLED and its wish goes back to WISHED, together. A given gift is final.
 * Its GrapeEvents stay: the grapes were earned and remain in the calendar.
 */
export async function cancelStatement(sql: Sql, p: { boardId: string; circleId: string; actorId: string; at: Date }) {
  return one(await sql.$queryRaw<RawBoard[]>`
    WITH b AS (
      UPDATE "Board" SET status = 'CANCELLED', "cancelledAt" = ${p.at}::timestamp, "cancelledById" = ${p.actorId}
      WHERE id = ${p.boardId} AND "circleId" = ${p.circleId} AND status IN ('ACTIVE', 'GIFT_TIME')
      RETURNING *
    ), w AS (
      UPDATE "Wish" SET status = 'WISHED'
      FROM b WHERE "Wish".id = b."wishId"
      RETURNING "Wish".*
    )
    SELECT ${PROJECTION} FROM b JOIN w ON w.id = b."wishId"`);
}
