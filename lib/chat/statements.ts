// The send path's write as one SQL statement. Checking the session version and the
// membership, numbering the message under the room's row lock, storing it, marking
// the sender's own read position and reading back what the response and the
// realtime event need happen atomically in one round trip: no interactive
// transaction holding a pooled connection across several network waits.
import { newId, queryRows, statement, type Statement } from '@/lib/sql';
import { LAST_SEEN_EVERY_MS } from '@/lib/accounts/devices';
import { unansweredQuestionSql } from '@/lib/couple/gate';
import type { MessageRow } from './dto';
import { MAX_SEQ } from './schemas';
import { PUBLIC_ROOM_SQL } from './topics';

/** The session check of every hot statement: the user, live with this session version, and the device session, not signed out. */
export const liveUser = (u: string, sv: string, sid: string) => `${u}."deletedAt" IS NULL AND ${u}."sessionVersion" = ${sv}::int
        AND EXISTS (SELECT 1 FROM "Session" s WHERE s.id = ${sid}::text AND s."userId" = ${u}.id AND s."revokedAt" IS NULL)`;

/** Moves the device session's "last seen", at most once per LAST_SEEN_EVERY_MS (usually a no-op index probe). */
export const seen = (uid: string, sid: string, at: string) => `seen AS (
      UPDATE "Session" SET "lastSeenAt" = ${at}::timestamp
      WHERE id = ${sid}::text AND "userId" = ${uid} AND "revokedAt" IS NULL
        AND "lastSeenAt" < ${at}::timestamp - interval '${LAST_SEEN_EVERY_MS / 1000} seconds'
    )`;

/** Who is asking: the token's claims. */
interface Caller {
  userId: string;
  sessionVersion: number;
  /** The device session (`sid` claim). */
  sessionId: string;
}

export interface SendParams extends Caller {
  roomId: string;
  clientId: string;
  /** TEXT or STICKER; an attachment's kind comes from its sniffed type. */
  kind: 'TEXT' | 'STICKER' | null;
  body: string;
  stickerId: string | null;
  uploadId: string | null;
  /** A reply: the quoted message (checked: this room, visible to the sender, not deleted). */
  replyToId?: string | null;
  at: Date;
}

export interface SendOutcome {
  /** A live user with this session version and a live device session. */
  userOk: boolean;
  /** …who is an active member of the room. */
  memberOk: boolean;
  /** The upload is this user's, in this room and not yet sent (true without one). */
  uploadOk: boolean;
  /** The quoted message is usable (true without one). */
  replyOk: boolean;
  /** The latest join point among members: a quote at or before it is hidden from someone. */
  maxFromSeq: number;
  /** A couple question this member must answer first (nothing was stored), or null. */
  gateQuestionId: string | null;
  room: { id: string; kind: string; circleId: string | null } | null;
  /** Active members; none for a cake's room (thousands: nothing per member on its send path). */
  memberIds: string[];
  /** Other members who have not muted the room and have a push subscription somewhere. */
  pushCandidateIds: string[];
  message: MessageRow | null;
}

interface RawSend {
  userOk: boolean; memberOk: boolean; uploadOk: boolean; replyOk: boolean; gateQuestionId: string | null;
  roomKind: string | null; roomCircleId: string | null; memberIds: string[] | null; pushCandidateIds: string[] | null; maxFromSeq: number | null;
  id: string | null; seq: number | null; kind: string | null; body: string | null; stickerId: string | null;
  createdAt: Date | null;
  s_displayName: string | null; s_avatarKey: string | null; s_wornTitleId: string | null;
  u_key: string | null; u_thumbKey: string | null; u_fileName: string | null; u_mime: string | null;
  u_size: number | null; u_width: number | null; u_height: number | null; u_createdAt: Date | null;
  r_seq: number | null; r_kind: string | null; r_body: string | null; r_senderName: string | null; r_senderDeletedAt: Date | null; r_fileName: string | null;
}

/** Mirrors `kindForMime` for the statement: what an attachment shows as. */
const ATTACHMENT_KIND = `CASE WHEN up.mime ~ '^image/(jpeg|png|webp|gif|avif)$' THEN 'IMAGE'
  WHEN up.mime LIKE 'video/%' THEN 'VIDEO' ELSE 'FILE' END`;

// $1 user, $2 session version, $3 room, $4 upload (or null), $5 time, $6 new id,
// $7 client id, $8 kind (null for an attachment), $9 body, $10 sticker, $11 device session,
// $12 the quoted message of a reply (or null).
// `gate` is the couple question gate (lib/couple/gate.ts), asked only of a member so a
// refusal tells an outsider nothing; a gated send numbers and stores nothing.
const SEND = statement('chat_send', `
    WITH me AS (
      SELECT u.id, u."displayName", u."avatarKey", u."wornTitleId" FROM "User" u
      WHERE u.id = $1 AND ${liveUser('u', '$2', '$11')}
    ), ${seen('$1', '$11', '$5')}, mem AS (
      SELECT m."userId", m."fromSeq" FROM "RoomMember" m JOIN me ON me.id = m."userId"
      WHERE m."roomId" = $3 AND m."leftAt" IS NULL AND m."bannedAt" IS NULL
    ), rt AS (
      SELECT x.id, x.seq, x.kind::text AS kind, x.body, rs."displayName", rs."deletedAt" AS "senderDeletedAt", ru."fileName"
      FROM "Message" x JOIN mem ON x.seq > mem."fromSeq"
      LEFT JOIN "User" rs ON rs.id = x."senderId" LEFT JOIN "Upload" ru ON ru.id = x."uploadId"
      WHERE x.id = $12::text AND x."roomId" = $3 AND x."deletedAt" IS NULL AND x.kind <> 'SYSTEM'
    ), up AS (
      SELECT u.* FROM "Upload" u
      WHERE u.id = $4::text AND u."roomId" = $3 AND u."uploaderId" = $1
        AND NOT EXISTS (SELECT 1 FROM "Message" x WHERE x."uploadId" = u.id)
    ), gate AS (${unansweredQuestionSql('$1', '$3')}
        AND EXISTS (SELECT 1 FROM mem)
    ), room AS (
      UPDATE "Room" SET "lastSeq" = "lastSeq" + 1, "lastMessageAt" = GREATEST("lastMessageAt", $5::timestamp)
      WHERE id = $3 AND EXISTS (SELECT 1 FROM mem) AND NOT EXISTS (SELECT 1 FROM gate)
        AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM up)) AND ($12::text IS NULL OR EXISTS (SELECT 1 FROM rt))
      RETURNING id, "lastSeq", kind::text AS kind, "circleId", ${PUBLIC_ROOM_SQL('"Room"')} AS public
    ), msg AS (
      INSERT INTO "Message" (id, "roomId", seq, "senderId", "clientId", kind, body, "stickerId", "uploadId", "createdAt", "replyToId")
      SELECT $6, room.id, room."lastSeq", $1, $7,
        (CASE WHEN $4::text IS NULL THEN $8::text ELSE (SELECT ${ATTACHMENT_KIND} FROM up) END)::"MessageKind",
        $9, $10::text, $4::text, $5::timestamp, $12::text
      FROM room
      RETURNING id, seq, kind::text AS kind, body, "stickerId", "createdAt"
    ), mark AS (
      UPDATE "RoomMember" rm SET "lastReadSeq" = GREATEST(rm."lastReadSeq", msg.seq) FROM msg
      WHERE rm."roomId" = $3 AND rm."userId" = $1
    )
    SELECT EXISTS (SELECT 1 FROM me) AS "userOk", EXISTS (SELECT 1 FROM mem) AS "memberOk",
      ($4::text IS NULL OR EXISTS (SELECT 1 FROM up)) AS "uploadOk", ($12::text IS NULL OR EXISTS (SELECT 1 FROM rt)) AS "replyOk",
      (SELECT id FROM gate LIMIT 1) AS "gateQuestionId",
      room.kind AS "roomKind", room."circleId" AS "roomCircleId",
      ms."memberIds", ms."pushCandidateIds", ms."maxFromSeq",
      msg.id, msg.seq, msg.kind, msg.body, msg."stickerId", msg."createdAt",
      me."displayName" AS "s_displayName", me."avatarKey" AS "s_avatarKey", me."wornTitleId" AS "s_wornTitleId",
      up.key AS "u_key", up."thumbKey" AS "u_thumbKey", up."fileName" AS "u_fileName", up.mime AS "u_mime",
      up.size AS "u_size", up.width AS "u_width", up.height AS "u_height", up."createdAt" AS "u_createdAt",
      rt.seq AS "r_seq", rt.kind AS "r_kind", rt.body AS "r_body", rt."displayName" AS "r_senderName",
      rt."senderDeletedAt" AS "r_senderDeletedAt", rt."fileName" AS "r_fileName"
    FROM (SELECT 1) one
    LEFT JOIN room ON true LEFT JOIN msg ON true LEFT JOIN me ON true LEFT JOIN up ON true LEFT JOIN rt ON msg.id IS NOT NULL
    LEFT JOIN LATERAL (
      SELECT array_agg(a."userId") AS "memberIds", max(a."fromSeq") AS "maxFromSeq",
        array_agg(a."userId") FILTER (WHERE NOT a.muted AND a."userId" <> $1
          AND EXISTS (SELECT 1 FROM "PushSubscription" ps WHERE ps."userId" = a."userId")) AS "pushCandidateIds"
      FROM "RoomMember" a WHERE a."roomId" = room.id AND NOT room.public AND a."leftAt" IS NULL AND a."bannedAt" IS NULL
    ) ms ON true`);

export async function sendStatement(p: SendParams): Promise<SendOutcome> {
  const uploadId = p.uploadId;
  const [r] = await queryRows<RawSend>(SEND, [
    p.userId, p.sessionVersion, p.roomId, uploadId, p.at.toISOString(), newId(), p.clientId, p.kind, p.body, p.stickerId, p.sessionId,
    p.replyToId ?? null,
  ]);

  const room = r.roomKind ? { id: p.roomId, kind: r.roomKind, circleId: r.roomCircleId } : null;
  const message: MessageRow | null = r.id
    ? {
        id: r.id, roomId: p.roomId, seq: r.seq!, senderId: p.userId, clientId: p.clientId,
        kind: r.kind as MessageRow['kind'], body: r.body!, stickerId: r.stickerId, uploadId,
        systemKey: null, systemArgs: null, createdAt: r.createdAt!, deletedAt: null, replyToId: p.replyToId ?? null,
        sender: { id: p.userId, displayName: r.s_displayName!, avatarKey: r.s_avatarKey, deletedAt: null, wornTitleId: r.s_wornTitleId },
        replyTo: p.replyToId && r.r_seq !== null
          ? {
              id: p.replyToId, seq: r.r_seq, kind: r.r_kind as MessageRow['kind'], body: r.r_body!, deletedAt: null,
              sender: r.r_senderName === null ? null : { displayName: r.r_senderName, deletedAt: r.r_senderDeletedAt },
              upload: r.r_fileName === null ? null : { fileName: r.r_fileName },
            }
          : null,
        upload: uploadId && r.u_key
          ? {
              id: uploadId, roomId: p.roomId, uploaderId: p.userId, key: r.u_key, thumbKey: r.u_thumbKey, fileName: r.u_fileName!,
              mime: r.u_mime!, size: r.u_size!, width: r.u_width, height: r.u_height, createdAt: r.u_createdAt!,
            }
          : null,
      }
    : null;
  return {
    userOk: r.userOk, memberOk: r.memberOk, uploadOk: r.uploadOk, replyOk: r.replyOk, gateQuestionId: r.gateQuestionId, room,
    memberIds: r.memberIds ?? [], pushCandidateIds: r.pushCandidateIds ?? [], maxFromSeq: r.maxFromSeq ?? 0, message,
  };
}

/** A message row as the page statement returns it: sender and upload columns prefixed. */
interface RawPageRow {
  userOk: boolean; memberOk: boolean; fromSeq: number | null; hidden: boolean | null;
  id: string | null; seq: number | null; senderId: string | null; clientId: string | null; kind: string | null; body: string | null;
  stickerId: string | null; uploadId: string | null; systemKey: string | null; systemArgs: unknown; createdAt: Date | null; deletedAt: Date | null;
  s_displayName: string | null; s_avatarKey: string | null; s_deletedAt: Date | null; s_wornTitleId: string | null;
  u_roomId: string | null; u_uploaderId: string | null; u_key: string | null; u_thumbKey: string | null; u_fileName: string | null;
  u_mime: string | null; u_size: number | null; u_width: number | null; u_height: number | null; u_createdAt: Date | null;
  replyToId: string | null; r_seq: number | null; r_kind: string | null; r_body: string | null; r_deletedAt: Date | null;
  r_senderName: string | null; r_senderDeletedAt: Date | null; r_fileName: string | null;
  reactions: { code: string; count: number; mine: boolean }[] | null;
}

export interface PageParams extends Caller {
  roomId: string;
  /** Messages with seq > max(after, the member's first visible seq)… */
  after: number;
  /** …and seq < before (null: no upper bound), */
  before: number | null;
  /** newest first ('desc') or oldest first ('asc'), at most `take`. */
  order: 'asc' | 'desc';
  take: number;
  at: Date;
}

export interface PageOutcome {
  userOk: boolean;
  memberOk: boolean;
  /** Messages up to this seq are hidden from the member (joined a group later). */
  fromSeq: number;
  rows: MessageRow[];
  /** Messages of an open room the caller reported: their content is withheld (the seq stays, so pages have no holes). */
  hiddenIds: Set<string>;
}

// $1 user, $2 session version, $3 room, $4 after, $5 before, $6 take, $7 device session,
// $8 time. "No upper bound" is
// the largest int, not NULL: a prepared statement's generic plan must be a plain index
// range on (roomId, seq) either way (with `$5 IS NULL OR seq < $5` it scanned from the end).
const pageText = (order: 'ASC' | 'DESC') => `
    WITH me AS (
      SELECT u.id FROM "User" u WHERE u.id = $1 AND ${liveUser('u', '$2', '$7')}
    ), ${seen('$1', '$7', '$8')}, rk AS (
      SELECT r.kind::text AS kind, ${PUBLIC_ROOM_SQL('r')} AS public FROM "Room" r WHERE r.id = $3
    ), mem AS (
      SELECT m."fromSeq" FROM "RoomMember" m JOIN me ON me.id = m."userId"
      WHERE m."roomId" = $3 AND m."leftAt" IS NULL AND m."bannedAt" IS NULL
      UNION ALL
      -- A public open room (a cake's) is read by anyone signed in, whole, except the banned.
      SELECT 0 FROM me JOIN rk ON rk.public
      WHERE NOT EXISTS (SELECT 1 FROM "RoomMember" b WHERE b."roomId" = $3 AND b."userId" = me.id AND (b."leftAt" IS NULL OR b."bannedAt" IS NOT NULL))
    )
    SELECT EXISTS (SELECT 1 FROM me) AS "userOk", mem."fromSeq" IS NOT NULL AS "memberOk", mem."fromSeq",
      (rk.kind = 'OPEN' AND EXISTS (SELECT 1 FROM "Report" rp WHERE rp."reporterId" = $1 AND rp.target = 'MESSAGE' AND rp."targetId" = pg.id)) AS hidden,
      pg.id, pg.seq, pg."senderId", pg."clientId", pg.kind, pg.body, pg."stickerId", pg."uploadId", pg."systemKey", pg."systemArgs",
      pg."createdAt", pg."deletedAt", pg."replyToId",
      r.seq AS "r_seq", r.kind::text AS "r_kind", r.body AS "r_body", r."deletedAt" AS "r_deletedAt",
      rs."displayName" AS "r_senderName", rs."deletedAt" AS "r_senderDeletedAt", ru."fileName" AS "r_fileName", rx.reactions,
      s."displayName" AS "s_displayName", s."avatarKey" AS "s_avatarKey", s."deletedAt" AS "s_deletedAt", s."wornTitleId" AS "s_wornTitleId",
      u."roomId" AS "u_roomId", u."uploaderId" AS "u_uploaderId", u.key AS "u_key", u."thumbKey" AS "u_thumbKey", u."fileName" AS "u_fileName",
      u.mime AS "u_mime", u.size AS "u_size", u.width AS "u_width", u.height AS "u_height", u."createdAt" AS "u_createdAt"
    FROM (SELECT 1) one
    LEFT JOIN mem ON true
    LEFT JOIN rk ON true
    LEFT JOIN LATERAL (
      SELECT x.id, x.seq, x."senderId", x."clientId", x.kind::text AS kind, x.body, x."stickerId", x."uploadId", x."systemKey", x."systemArgs",
        x."createdAt", x."deletedAt", x."replyToId"
      FROM "Message" x
      WHERE x."roomId" = $3 AND x.seq > GREATEST(mem."fromSeq", $4::int) AND x.seq < $5::int
      ORDER BY x.seq ${order}
      LIMIT $6::int
    ) pg ON mem."fromSeq" IS NOT NULL
    LEFT JOIN "User" s ON s.id = pg."senderId"
    LEFT JOIN "Upload" u ON u.id = pg."uploadId"
    -- A reply's quote: the original (its content is dropped by toReplyRef when deleted or before fromSeq).
    LEFT JOIN "Message" r ON r.id = pg."replyToId"
    LEFT JOIN "User" rs ON rs.id = r."senderId"
    LEFT JOIN "Upload" ru ON ru.id = r."uploadId"
    -- Reactions per code, at most six rows per message, from the (messageId, userId) key.
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('code', g.code, 'count', g.n, 'mine', g.mine)) AS reactions
      FROM (
        SELECT mr.code, count(*)::int AS n, bool_or(mr."userId" = $1) AS mine
        FROM "MessageReaction" mr WHERE mr."messageId" = pg.id AND pg."deletedAt" IS NULL GROUP BY mr.code
      ) g
    ) rx ON true
    ORDER BY pg.seq ${order}`;
const PAGE: Record<PageParams['order'], Statement> = {
  asc: statement('chat_page_asc', pageText('ASC')),
  desc: statement('chat_page_desc', pageText('DESC')),
};

/**
 * One page of history with the session and membership checks in the same statement:
 * the keyset range scan on (roomId, seq) plus the senders and uploads, one round trip.
 */
export async function pageStatement(p: PageParams): Promise<PageOutcome> {
  const rows = await queryRows<RawPageRow>(PAGE[p.order], [
    p.userId, p.sessionVersion, p.roomId, p.after, p.before ?? MAX_SEQ, p.take, p.sessionId, p.at.toISOString(),
  ]);
  const head = rows[0];
  return {
    userOk: head.userOk,
    memberOk: head.memberOk,
    fromSeq: head.fromSeq ?? 0,
    hiddenIds: new Set(rows.filter((r) => r.hidden && r.id).map((r) => r.id!)),
    rows: rows.filter((r) => r.id !== null).map((r) => ({
      id: r.id!, roomId: p.roomId, seq: r.seq!, senderId: r.senderId, clientId: r.clientId, kind: r.kind as MessageRow['kind'],
      body: r.body!, stickerId: r.stickerId, uploadId: r.uploadId, systemKey: r.systemKey,
      systemArgs: r.systemArgs as MessageRow['systemArgs'], createdAt: r.createdAt!, deletedAt: r.deletedAt, replyToId: r.replyToId,
      replyTo: r.replyToId && r.r_seq !== null
        ? {
            id: r.replyToId, seq: r.r_seq, kind: r.r_kind as MessageRow['kind'], body: r.r_body!, deletedAt: r.r_deletedAt,
            sender: r.r_senderName === null ? null : { displayName: r.r_senderName, deletedAt: r.r_senderDeletedAt },
            upload: r.r_fileName === null ? null : { fileName: r.r_fileName },
          }
        : null,
      reactionRows: r.reactions ?? [],
      sender: r.senderId ? { id: r.senderId, displayName: r.s_displayName!, avatarKey: r.s_avatarKey, deletedAt: r.s_deletedAt, wornTitleId: r.s_wornTitleId } : null,
      upload: r.uploadId && r.u_key
        ? {
            id: r.uploadId, roomId: r.u_roomId!, uploaderId: r.u_uploaderId, key: r.u_key, thumbKey: r.u_thumbKey, fileName: r.u_fileName!,
            mime: r.u_mime!, size: r.u_size!, width: r.u_width, height: r.u_height, createdAt: r.u_createdAt!,
          }
        : null,
    })),
  };
}

export interface UnreadOutcome {
  userOk: boolean;
  /** `quiet`: a muted cake room (no pushes there), whose unread count stays out of the tab's total. */
  rooms: { roomId: string; lastSeq: number; lastReadSeq: number; open: boolean; quiet: boolean }[];
}

// $1 user, $2 session version, $3 device session, $4 time.
const UNREAD = statement('chat_unread', `
    WITH ${seen('$1', '$3', '$4')}
    SELECT me.id IS NOT NULL AS "userOk", rm."roomId", r."lastSeq", rm."lastReadSeq",
      r.kind = 'OPEN' AS open, (${PUBLIC_ROOM_SQL('r')} AND rm.muted) AS quiet
    FROM (SELECT 1) one
    LEFT JOIN "User" me ON me.id = $1 AND ${liveUser('me', '$2', '$3')}
    LEFT JOIN "RoomMember" rm ON rm."userId" = me.id AND rm."leftAt" IS NULL AND rm."bannedAt" IS NULL
    LEFT JOIN "Room" r ON r.id = rm."roomId"`);

/** Every active room's last seq and the user's read position, with the session check. */
export async function unreadStatement(p: Caller & { at: Date }): Promise<UnreadOutcome> {
  const rows = await queryRows<{ userOk: boolean; roomId: string | null; lastSeq: number | null; lastReadSeq: number | null; open: boolean | null; quiet: boolean | null }>(UNREAD, [
    p.userId, p.sessionVersion, p.sessionId, p.at.toISOString(),
  ]);
  return {
    userOk: rows[0].userOk,
    rooms: rows.filter((r) => r.roomId !== null).map((r) => ({ roomId: r.roomId!, lastSeq: r.lastSeq!, lastReadSeq: r.lastReadSeq!, open: !!r.open, quiet: !!r.quiet })),
  };
}
