// The chat list as one statement: my active memberships with their room, the room's
// newest message (by the room's lastSeq, through the (roomId, seq) key), the active
// member count and at most four other members. Every lookup is by key, per room. The
// session check is part of it (as in the unread counts): no separate query for the caller.
import { statement } from '@/lib/sql';
import { liveUser, seen } from './statements';
import type { RoomSummaryDto } from './schemas';

export const listStatement = statement(
  'room_list',
  // $1 user, $2 session version, $3 device session, $4 time.
  `WITH ${seen('$1', '$3', '$4')},
   caller AS (SELECT u.id FROM "User" u WHERE u.id = $1 AND ${liveUser('u', '$2', '$3')})
   SELECT caller.id IS NOT NULL AS "userOk", x.* FROM (SELECT 1) one
   LEFT JOIN caller ON true
   LEFT JOIN LATERAL (
   SELECT r.id, r.kind, r.name, r."circleId", r."imageKey", r."lastSeq", r.topic,
     c.name AS "circleName", c.kind AS "circleKind", me."lastReadSeq", me.muted,
     (SELECT count(*)::int FROM "RoomMember" n WHERE n."roomId" = r.id AND n."leftAt" IS NULL AND n."bannedAt" IS NULL) AS "memberCount",
     (SELECT COALESCE(json_agg((SELECT json_build_array(u.id, u."displayName", u."avatarKey", u."deletedAt" IS NOT NULL) FROM "User" u WHERE u.id = f."userId") ORDER BY f."userId"), '[]'::json)
        FROM (SELECT o."userId" FROM "RoomMember" o
              WHERE o."roomId" = r.id AND o."leftAt" IS NULL AND o."bannedAt" IS NULL AND o."userId" <> $1
              ORDER BY o."userId" LIMIT 4) f) AS others,
     l.kind AS "lastKind", left(l.body, 80) AS "lastBody", l."stickerId" AS "lastSticker", l."deletedAt" IS NOT NULL AS "lastDeleted",
     l."createdAt" AS "lastAt", up."fileName" AS "lastFile", l."senderId" AS "lastSenderId",
     CASE WHEN s."deletedAt" IS NULL THEN s."displayName" ELSE '' END AS "lastSenderName"
   FROM "RoomMember" me
   JOIN "Room" r ON r.id = me."roomId"
   LEFT JOIN "Circle" c ON c.id = r."circleId"
   LEFT JOIN "Message" l ON l."roomId" = r.id AND l.seq = r."lastSeq" AND r."lastSeq" > 0
   LEFT JOIN "Upload" up ON up.id = l."uploadId"
   LEFT JOIN "User" s ON s.id = l."senderId"
   WHERE me."userId" = caller.id AND me."leftAt" IS NULL AND me."bannedAt" IS NULL
   ) x ON true
   ORDER BY x."lastAt" DESC NULLS LAST, x.id`,
);

type Kind = NonNullable<RoomSummaryDto['lastMessage']>['kind'];

/** One row per room; a caller in no room gets one row of nulls (id null), a dead session one with userOk false. */
export interface ListRow {
  userOk: boolean;
  id: string;
  kind: RoomSummaryDto['kind'];
  name: string | null;
  circleId: string | null;
  imageKey: string | null;
  lastSeq: number;
  topic: string | null;
  circleName: string | null;
  circleKind: 'FAMILY' | 'COUPLE' | null;
  lastReadSeq: number;
  muted: boolean;
  memberCount: number;
  /** [id, displayName, avatarKey, deleted] of up to four other active members, by id. */
  others: [string, string, string | null, boolean][];
  lastKind: Kind | null;
  lastBody: string | null;
  lastSticker: string | null;
  lastDeleted: boolean | null;
  lastAt: Date | null;
  lastFile: string | null;
  lastSenderId: string | null;
  lastSenderName: string | null;
}

/** The line's last message, as previewOf(toMessageDto(…)) makes it from a full row. */
export function listLast(r: ListRow): RoomSummaryDto['lastMessage'] {
  if (!r.lastKind || !r.lastAt) return null;
  // left(…, 80) counts code points, slice(0, 80) UTF-16 units: slicing the shorter text gives the same line.
  const preview = r.lastDeleted ? '' : r.lastKind === 'TEXT' ? (r.lastBody ?? '').slice(0, 80) : (r.lastFile ?? r.lastSticker ?? '');
  return { preview, kind: r.lastKind, at: r.lastAt.toISOString(), senderName: r.lastSenderId ? r.lastSenderName : null };
}
