// Likes (찜) as one conditional statement each: the like row and the piece's likeCount
// change together, only for a public piece of someone else, so the count stays exact
// under any number of concurrent likes (the increment runs under the piece's row lock;
// a second like by the same person finds the row and changes nothing).
import { queryRows, statement } from '@/lib/sql';

interface RawLike {
  found: boolean;
  own: boolean;
  changed: boolean;
  likeCount: number | null;
  showId: string | null;
  ownerId: string | null;
}

// $1 piece, $2 user, $3 time.
const LIKE = statement('piece_like', `
    WITH p AS (
      SELECT id, "ownerId", "showId", "likeCount" FROM "Piece" WHERE id = $1 AND "isPublic"
    ), ins AS (
      INSERT INTO "PieceLike" ("pieceId", "userId", "createdAt")
      SELECT id, $2, $3::timestamp FROM p WHERE "ownerId" <> $2
      ON CONFLICT DO NOTHING
      RETURNING "pieceId"
    ), upd AS (
      UPDATE "Piece" SET "likeCount" = "likeCount" + 1 WHERE id IN (SELECT "pieceId" FROM ins) RETURNING "likeCount"
    )
    SELECT EXISTS (SELECT 1 FROM p) AS found, COALESCE((SELECT "ownerId" = $2 FROM p), false) AS own,
      EXISTS (SELECT 1 FROM upd) AS changed,
      COALESCE((SELECT "likeCount" FROM upd), (SELECT "likeCount" FROM p)) AS "likeCount",
      (SELECT "showId" FROM p) AS "showId", (SELECT "ownerId" FROM p) AS "ownerId"`);

// $1 piece, $2 user. A piece that turned private is not seen: its likes stay for when it is public again.
const UNLIKE = statement('piece_unlike', `
    WITH p AS (
      SELECT id, "ownerId", "showId", "likeCount" FROM "Piece" WHERE id = $1 AND "isPublic"
    ), del AS (
      DELETE FROM "PieceLike" WHERE "pieceId" IN (SELECT id FROM p) AND "userId" = $2 RETURNING "pieceId"
    ), upd AS (
      UPDATE "Piece" SET "likeCount" = "likeCount" - 1 WHERE id IN (SELECT "pieceId" FROM del) RETURNING "likeCount"
    )
    SELECT EXISTS (SELECT 1 FROM p) AS found, false AS own, EXISTS (SELECT 1 FROM upd) AS changed,
      COALESCE((SELECT "likeCount" FROM upd), (SELECT "likeCount" FROM p)) AS "likeCount",
      (SELECT "showId" FROM p) AS "showId", (SELECT "ownerId" FROM p) AS "ownerId"`);

export type LikeOutcome = RawLike;

export async function likeStatement(pieceId: string, userId: string, at: Date): Promise<LikeOutcome> {
  const [r] = await queryRows<RawLike>(LIKE, [pieceId, userId, at.toISOString()]);
  return r;
}

export async function unlikeStatement(pieceId: string, userId: string): Promise<LikeOutcome> {
  const [r] = await queryRows<RawLike>(UNLIKE, [pieceId, userId]);
  return r;
}
