// What "내 데이터 내려받기" holds: JSON for my profile, circles, the messages I sent,
// my pieces and posts, then the files I uploaded. Messages are read a page at a time,
// room by room along the (roomId, seq) index, so no query or buffer grows with history.
import { db } from '@/lib/db';
import { storage } from '@/lib/storage';
import { jsonArrayChunks, jsonChunks, type ZipEntry } from './zip-stream';

const PAGE = 500;

async function profile(userId: string) {
  const u = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return {
    id: u.id, loginId: u.loginId, displayName: u.displayName, statusMessage: u.statusMessage, locale: u.locale,
    birthday: u.birthday?.toISOString().slice(0, 10) ?? null, email: u.email, emailVerifiedAt: u.emailVerifiedAt,
    areaCode: u.areaCode, postRadiusKm: u.postRadiusKm, createdAt: u.createdAt,
    consent: { at: u.consentAt, termsVersion: u.termsVersion, privacyVersion: u.privacyVersion },
    under14: u.under14, guardianConsentAt: u.guardianConsentAt,
  };
}

async function circles(userId: string) {
  const rows = await db.circleMember.findMany({ where: { userId }, include: { circle: { select: { id: true, kind: true, name: true, createdAt: true, dissolvedAt: true } } }, orderBy: { joinedAt: 'asc' } });
  return rows.map((m) => ({ ...m.circle, role: m.role, joinedAt: m.joinedAt }));
}

async function* messagePages(userId: string): AsyncGenerator<unknown[]> {
  const rooms = await db.roomMember.findMany({ where: { userId }, select: { roomId: true, room: { select: { kind: true, name: true } } }, orderBy: { roomId: 'asc' } });
  for (const r of rooms) {
    let after = -1;
    for (;;) {
      const rows = await db.message.findMany({
        where: { roomId: r.roomId, seq: { gt: after }, senderId: userId },
        orderBy: { seq: 'asc' },
        take: PAGE,
        select: { id: true, seq: true, kind: true, body: true, stickerId: true, createdAt: true, deletedAt: true, upload: { select: { id: true, fileName: true } } },
      });
      if (!rows.length) break;
      after = rows[rows.length - 1].seq;
      yield rows.map((m) => ({
        id: m.id, roomId: r.roomId, roomKind: r.room.kind, roomName: r.room.name, kind: m.kind, createdAt: m.createdAt,
        ...(m.deletedAt ? { deletedAt: m.deletedAt } : { body: m.body, stickerId: m.stickerId, file: m.upload ? `files/uploads/${m.upload.id}-${safeName(m.upload.fileName)}` : null }),
      }));
      if (rows.length < PAGE) break;
    }
  }
}

async function* rowPages<T>(page: (cursor: string | undefined) => Promise<(T & { id: string })[]>): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  for (;;) {
    const rows = await page(cursor);
    if (!rows.length) return;
    yield rows;
    if (rows.length < PAGE) return;
    cursor = rows[rows.length - 1].id;
  }
}

const after = (cursor: string | undefined) => (cursor ? { id: { gt: cursor } } : {});

/** A file name that is safe as one path segment inside the ZIP. */
export const safeName = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120) || 'file';

async function* stored(key: string): AsyncGenerator<Uint8Array> {
  const obj = await storage().get(key);
  if (!obj) return;
  for await (const chunk of obj.body as unknown as AsyncIterable<Uint8Array>) yield chunk;
}

async function* files(userId: string): AsyncGenerator<ZipEntry> {
  const me = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { avatarKey: true, backgroundKey: true } });
  if (me.avatarKey) yield { name: 'files/profile/avatar', compress: false, chunks: stored(me.avatarKey) };
  if (me.backgroundKey) yield { name: 'files/profile/background', compress: false, chunks: stored(me.backgroundKey) };
  for await (const page of rowPages((c) => db.upload.findMany({ where: { uploaderId: userId, message: { isNot: null }, ...after(c) }, orderBy: { id: 'asc' }, take: PAGE, select: { id: true, key: true, fileName: true } }))) {
    for (const u of page) yield { name: `files/uploads/${u.id}-${safeName(u.fileName)}`, compress: false, chunks: stored(u.key) };
  }
  for await (const page of rowPages((c) => db.pieceFile.findMany({ where: { ownerId: userId, pieceId: { not: null }, ...after(c) }, orderBy: { id: 'asc' }, take: PAGE, select: { id: true, key: true, pieceId: true } }))) {
    for (const f of page) yield { name: `files/pieces/${f.pieceId}/${f.id}`, compress: false, chunks: stored(f.key) };
  }
}

/** Every entry of my export, in order. */
export async function* exportEntries(userId: string): AsyncGenerator<ZipEntry> {
  yield { name: 'profile.json', compress: true, chunks: jsonChunks(await profile(userId)) };
  yield { name: 'circles.json', compress: true, chunks: jsonChunks(await circles(userId)) };
  yield { name: 'messages.json', compress: true, chunks: jsonArrayChunks(messagePages(userId)) };
  yield {
    name: 'pieces.json', compress: true,
    chunks: jsonArrayChunks(rowPages((c) => db.piece.findMany({ where: { ownerId: userId, ...after(c) }, orderBy: { id: 'asc' }, take: PAGE, include: { show: { select: { title: true } }, files: { select: { id: true } } } }))),
  };
  yield {
    name: 'posts.json', compress: true,
    chunks: jsonArrayChunks(rowPages((c) => db.post.findMany({ where: { authorId: userId, deletedAt: null, ...after(c) }, orderBy: { id: 'asc' }, take: PAGE }))),
  };
  yield* files(userId);
}
