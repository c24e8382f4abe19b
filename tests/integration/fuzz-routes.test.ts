// Every route handler under generated input — path ids, query strings, bodies, content
// types and sizes — as an anonymous caller, an outsider and a member of a family and its
// room. The bar: no response is a 500, and a refused request (4xx) writes no row.
// The table must name every handler on disk; a new route without a row fails here.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Client, newUser, uniqueId } from '../helpers/client';
import { makeFamily, startBoard, type User } from '../helpers/family';
import { makeImage } from '../helpers/images';
import { anyField, contentType, day, discoverRoutes, headerValue, idFrom, int, jsonBody, query, strangeId, text } from '../helpers/fuzz';
import { db } from '@/lib/db';
import { makePiece } from '../helpers/pieces';
import { renderHash } from '@/lib/pieces/render/hash';
import { ticketSelect } from '@/lib/pieces/render/source';
import { CATEGORY_IDS } from '@/lib/board/schemas';
import { SHOW_KINDS } from '@/lib/shows/schemas';
import { resolveTypedShow } from '@/lib/shows/service';

import { makePiece as makeCakePiece, makeShow } from '../helpers/cakes';

type A<T = unknown> = fc.Arbitrary<T>;
const ROOT = path.resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

interface Fixtures {
  parent: User; child: User; outsider: User;
  circleId: string; roomId: string; messageId: string; wishId: string; boardId: string; missionId: string; day: string;
  uploadId: string; callId: string; requestId: string; notificationId: string; png: Uint8Array<ArrayBuffer>;
  /** The child is also in a couple (with someone outside the family), with an open question and an event. */
  coupleId: string; questionId: string; eventId: string; icsToken: string;
  /** A device session of someone who is not an actor (revoking it is always someone else's). */
  sessionId: string;
  /** A group order by the parent (in 서교동), the child joined. */
  postId: string;
  /** The parent's piece, with its main photo. */
  pieceId: string; pieceFileId: string;
  /** The child's shared year card (a piece in 2025): its token and its og image's file name. */
  statsToken: string; statsCardFile: string;
  /** The parent's second piece's current story image file name (ticket images, share links, AI art); its id replaces pieceId. */
  ticketFile: string;

  /** A cake: its show, a public piece of the outsider's, its open room (the parent joined) and a message there. */
  showId: string; cakePieceId: string; openRoomId: string; openMessageId: string;
}

/** How a route takes its input; every field is optional. */
interface Spec {
  params?: Record<string, A<string>>;
  query?: Record<string, A<string>>;
  json?: Record<string, A>;
  multipart?: string;
  form?: Record<string, A>;
  headers?: Record<string, A<string>>;
}

const s = (a: A<number>) => a.map(String);

// Group orders: areas, posts and their rooms' membership.
function postRows(f: Fixtures): Record<string, Spec> {
  const post = { postId: idFrom(f.postId) };
  const areaCode = fc.oneof(fc.constantFrom('1144066000', '2635051000', '0000000000', '11440'), text);
  const radius = fc.oneof(fc.constantFrom(1, 3, 5, 2, -1), anyField);
  const fields = {
    title: text, body: text, category: fc.oneof(fc.constantFrom('CHICKEN', 'PIZZA', 'SUSHI'), text), restaurant: text, menu: text,
    wanted: fc.oneof(fc.integer({ min: -2, max: 12 }), anyField), deadline: fc.oneof(fc.constantFrom(new Date(Date.now() + 3600_000).toISOString(), '2026-13-01T10:00:00Z', '2000-01-01T00:00:00Z'), text),
    place: text, deliveryFee: fc.oneof(int, fc.constant(null)), minOrder: fc.oneof(int, fc.constant(null)),
  };
  return {
    'GET /api/me/area': {},
    'PUT /api/me/area': { json: { areaCode, radiusKm: radius } },
    'GET /api/areas': { query: { sido: fc.oneof(fc.constantFrom('서울특별시', '부산광역시'), text), sigungu: fc.oneof(fc.constantFrom('마포구', '중구'), text) } },
    'GET /api/areas/search': { query: { q: text } },
    'GET /api/posts': { query: { category: text, status: fc.oneof(fc.constantFrom('recruiting', 'closed', 'all'), text), order: fc.oneof(fc.constantFrom('newest', 'deadline'), text), radiusKm: s(int), cursor: text, limit: s(int) } },
    'POST /api/posts': { json: fields },
    'GET /api/posts/menu': {},
    'GET /api/posts/[postId]': { params: post },
    'PATCH /api/posts/[postId]': { params: post, json: fields },
    'DELETE /api/posts/[postId]': { params: post },
    'POST /api/posts/[postId]/status': { params: post, json: { action: fc.oneof(fc.constantFrom('close', 'reopen', 'deliver'), text) } },
    'GET /api/posts/[postId]/members': { params: post },
    'POST /api/posts/[postId]/members/me': { params: post },
    'DELETE /api/posts/[postId]/members/me': { params: post },
    'POST /api/posts/[postId]/bans/[userId]': { params: { ...post, userId: idFrom(f.child.id, f.parent.id, f.outsider.id) } },
    'DELETE /api/posts/[postId]/bans/[userId]': { params: { ...post, userId: idFrom(f.child.id, f.parent.id, f.outsider.id) } },
  };
}
const bool = fc.oneof(fc.boolean(), anyField);

function table(f: Fixtures): Record<string, Spec> {
  const ids = [f.circleId, f.roomId, f.messageId, f.wishId, f.boardId, f.missionId, f.uploadId, f.callId, f.requestId, f.notificationId, f.parent.id, f.child.id];
  const anyId = idFrom(...ids);
  const circle = { circleId: idFrom(f.circleId) };
  const board = { ...circle, boardId: idFrom(f.boardId) };
  const mission = { ...circle, missionId: idFrom(f.missionId) };
  const run = { ...mission, day: day(f.day) };
  const room = { roomId: idFrom(f.roomId) };
  const call = { ...room, callId: idFrom(f.callId) };
  const user = { userId: idFrom(f.child.id, f.parent.id, f.outsider.id) };
  const kind = { kind: fc.oneof(fc.constantFrom('avatar', 'background'), strangeId) };
  const loginId = fc.oneof(text, fc.constantFrom(f.child.loginId, f.parent.loginId, f.outsider.loginId), fc.stringMatching(/^[a-z0-9_]{3,20}$/));
  const missionFields = {
    childId: idFrom(f.child.id, f.parent.id), title: text, description: text, reward: int, startsOn: day(), dueOn: day(),
    repeat: fc.constantFrom('NONE', 'DAILY', 'WEEKLY', 'YEARLY'), weekdays: fc.array(int, { maxLength: 8 }),
  };
  const callbackUrl = fc.oneof(text, fc.constantFrom('https://evil.example', '/', '/chat', 'javascript:alert(1)', 'key', ' '));
  const cron = { headers: { authorization: headerValue(`Bearer ${process.env.CRON_SECRET}`) } };
  const none: Spec = {};
  const statsYear = fc.oneof(fc.constantFrom('2025', '2024', '1999', '3000', '20255', '-1', '2025.5', ''), text);

  const show = { showId: idFrom(f.showId) };
  // Likes: someone else's public piece and the actor's own (the parent's, private).
  const likeable = { pieceId: idFrom(f.cakePieceId, f.pieceId) };
  // Couple routes: the couple's id, and the family's (a circle that is not a couple).
  const couple = { circleId: idFrom(f.coupleId, f.circleId) };
  const question = { ...couple, questionId: idFrom(f.questionId) };
  const coupleEvent = { ...couple, eventId: idFrom(f.eventId) };
  const eventFields = { title: text, date: day(), time: fc.oneof(fc.constantFrom('12:30', '25:00', '9:00'), text), memo: text, isDDay: bool };
  const piece = { pieceId: idFrom(f.pieceId) };
  const pieceFields = {
    kind: fc.constantFrom('MOVIE', 'MUSICAL', 'OPERA'), title: text, date: day('2026-03-14'), time: fc.oneof(fc.constantFrom('19:30', '25:00'), text),
    venue: text, cast: fc.array(text, { maxLength: 3 }), seat: text, price: fc.oneof(int, fc.constantFrom(1.5, 100_000_001)), companions: text,
    rating: fc.oneof(int, fc.constantFrom(7.5, 11)), review: text, note: text, photoId: idFrom(f.pieceFileId), photoIds: fc.array(idFrom(f.pieceFileId), { maxLength: 2 }),
    layout: fc.constantFrom('classic', 'nope'), theme: fc.constantFrom('grape', 'nope'), isPublic: bool, catalogKey: text,
  };
  return {
    'GET /api/calendar-feeds/[token]': { params: { token: fc.oneof(fc.constant(f.icsToken), strangeId, text) } },
    'GET /api/circles/[circleId]/couple': { params: couple },
    'PATCH /api/circles/[circleId]/couple': { params: couple, json: { questionFrequency: fc.constantFrom('ALWAYS', 'DAILY', 'OFF', 'NEVER'), startDate: fc.oneof(day(), fc.constant(null)) } },
    'GET /api/circles/[circleId]/questions': { params: couple, query: { q: text } },
    'GET /api/circles/[circleId]/questions/[questionId]': { params: question },
    'POST /api/circles/[circleId]/questions/[questionId]/answers': { params: question, json: { body: text } },
    'GET /api/circles/[circleId]/words': { params: couple, query: { top: fc.oneof(fc.constantFrom('3', '5', '10', '7'), text) } },
    'POST /api/circles/[circleId]/words/exclusions': { params: couple, json: { word: text } },
    'DELETE /api/circles/[circleId]/words/exclusions': { params: couple, query: { word: text } },
    'GET /api/circles/[circleId]/couple-events': { params: couple, query: { month: fc.oneof(fc.constantFrom('2026-02', '2024-13', '2026-00', '1999-12'), text) } },
    'POST /api/circles/[circleId]/couple-events': { params: couple, json: eventFields },
    'PATCH /api/circles/[circleId]/couple-events/[eventId]': { params: coupleEvent, json: eventFields },
    'DELETE /api/circles/[circleId]/couple-events/[eventId]': { params: coupleEvent },
    'GET /api/circles/[circleId]/calendar-feed': { params: couple },
    'POST /api/circles/[circleId]/calendar-feed': { params: couple },
    'GET /api/pieces': { query: { month: fc.oneof(fc.constantFrom('2026-03', '2024-13', '2026-00'), text), kind: fc.oneof(fc.constantFrom('MUSICAL', 'OPERA'), text), cursor: fc.oneof(fc.constantFrom(`2026-03-14~${f.pieceId}`, `2026-13-45~${f.pieceId}`), text), limit: s(int) } },
    'POST /api/pieces': { json: pieceFields },
    'GET /api/pieces/[pieceId]': { params: piece },
    'PATCH /api/pieces/[pieceId]': { params: piece, json: pieceFields },
    'DELETE /api/pieces/[pieceId]': { params: piece },
    'POST /api/pieces/files': { multipart: 'file' },
    'GET /api/pieces/files/[fileId]': { params: { fileId: idFrom(f.pieceFileId) }, query: { variant: fc.oneof(fc.constantFrom('full', 'thumb'), text) } },
    'GET /api/accounts/availability': { query: { loginId } },
    'PUT /api/accounts/locale': { json: { locale: fc.constantFrom('ko', 'en', 'fr') } },
    'GET /api/accounts/me': none,
    'GET /api/accounts/sessions': none,
    'DELETE /api/accounts/sessions': none,
    'DELETE /api/accounts/sessions/[sessionId]': { params: { sessionId: idFrom(f.sessionId) } },
    'DELETE /api/accounts/me': { json: { password: text } },
    'PUT /api/accounts/password': { json: { currentPassword: text, newPassword: text } },
    'POST /api/accounts': { json: { loginId, displayName: text, password: text, email: text, acceptTerms: bool, acceptPrivacy: bool, under14: bool } },
    'GET /api/accounts/email': none,
    'PUT /api/accounts/email': { json: { email: fc.oneof(fc.constantFrom('a@example.com', 'not-an-address'), text), password: text } },
    'POST /api/accounts/email/verify': { json: { token: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), text) } },
    'POST /api/accounts/password/forgot': { json: { identifier: fc.oneof(loginId, text) } },
    'POST /api/accounts/password/reset': { json: { token: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), text), newPassword: text } },
    'GET /api/accounts/export': none,
    'POST /api/accounts/export': none,
    'GET /api/accounts/export/[exportId]': { params: { exportId: idFrom(f.circleId) }, query: { exp: s(int), sig: text } },
    'GET /api/auth/[...nextauth]': {
      params: { nextauth: fc.oneof(fc.constantFrom('session', 'csrf', 'providers', 'signin', 'signout', 'error', 'callback/credentials', 'signin/credentials', '_log'), strangeId) },
      query: { callbackUrl, error: text },
    },
    'POST /api/auth/[...nextauth]': {
      params: { nextauth: fc.oneof(fc.constantFrom('callback/credentials', 'signin/credentials', 'signout', '_log', 'session'), strangeId) },
      query: { callbackUrl },
      form: { csrfToken: text, loginId, password: text, json: fc.constantFrom('true', 'false'), callbackUrl },
    },
    'GET /api/calls/[callId]/token': { params: { callId: idFrom(f.callId) } },
    'GET /api/catalog/search': { query: { q: text, category: fc.oneof(fc.constantFrom(...CATEGORY_IDS), text), limit: s(int) } },
    'POST /api/circles/[circleId]/disconnect': { params: circle },
    'DELETE /api/circles/[circleId]/disconnect': { params: circle },
    'POST /api/circles/[circleId]/invites': { params: circle, json: { role: fc.constantFrom('PARENT', 'CHILD', 'PARTNER') } },
    'GET /api/circles/[circleId]': { params: circle },
    'POST /api/circles/join': { json: { code: fc.oneof(text, fc.stringMatching(/^[A-Z2-9]{8}$/)) } },
    'GET /api/circles': none,
    'POST /api/circles': { json: { name: text } },
    'POST /api/couple/requests/[requestId]/accept': { params: { requestId: idFrom(f.requestId) } },
    'POST /api/couple/requests/[requestId]/reject': { params: { requestId: idFrom(f.requestId) } },
    'DELETE /api/couple/requests/[requestId]': { params: { requestId: idFrom(f.requestId) } },
    'GET /api/couple/requests': none,
    'POST /api/couple/requests': { json: { loginId } },
    'GET /api/cron/cleanup': cron,
    'GET /api/cron/couples': cron,
    'GET /api/cron/missions': cron,
    'GET /api/cron/posts': cron,
    ...postRows(f),
    'POST /api/families/[circleId]/boards/[boardId]/attach': { params: board, json: { count: fc.oneof(int, fc.constant('all'), text) } },
    'POST /api/families/[circleId]/boards/[boardId]/cancel': { params: board },
    'POST /api/families/[circleId]/boards/[boardId]/gift': { params: board },
    'POST /api/families/[circleId]/boards/[boardId]/grapes': { params: board, json: { count: int } },
    'GET /api/families/[circleId]/boards/[boardId]': { params: board },
    'GET /api/families/[circleId]/boards': { params: circle },
    'POST /api/families/[circleId]/boards': { params: circle, json: { wishId: idFrom(f.wishId), goal: int } },
    'GET /api/families/[circleId]/calendar': { params: circle, query: { month: fc.oneof(fc.constantFrom('2026-02', '2024-13', '2026-00', '1999-12'), text), childId: idFrom(f.child.id) } },
    'PATCH /api/families/[circleId]/missions/[missionId]': { params: mission, json: missionFields },
    'DELETE /api/families/[circleId]/missions/[missionId]': { params: mission },
    'POST /api/families/[circleId]/missions/[missionId]/runs/[day]/approve': { params: run },
    'GET /api/families/[circleId]/missions/[missionId]/runs/[day]/photo': { params: run, query: { variant: fc.oneof(fc.constantFrom('original', 'thumb'), text) } },
    'POST /api/families/[circleId]/missions/[missionId]/runs/[day]/reject': { params: run, json: { reason: text } },
    'POST /api/families/[circleId]/missions/[missionId]/runs/[day]/submit': { params: run, multipart: 'photo' },
    'GET /api/families/[circleId]/missions': { params: circle, query: { childId: idFrom(f.child.id) } },
    'POST /api/families/[circleId]/missions': { params: circle, json: missionFields },
    'POST /api/families/[circleId]/suggestions': { params: circle, json: { age: int, place: fc.constantFrom('home', 'outside', 'school', 'moon'), area: fc.constantFrom('chores', 'study', 'health', 'kindness', 'creativity', 'x') } },
    'GET /api/families/[circleId]/summary': { params: circle },
    'DELETE /api/families/[circleId]/wishes/[wishId]': { params: { ...circle, wishId: idFrom(f.wishId) } },
    'GET /api/families/[circleId]/wishes': { params: circle },
    'POST /api/families/[circleId]/wishes': {
      params: circle,
      json: { name: text, price: int, link: fc.oneof(text, fc.constantFrom('https://shop.example/a', 'https://shop.example/\u0000', 'javascript:alert(1)', '')), imageUrl: fc.oneof(text, fc.constantFrom('/catalog/toys-01.svg', 'https://img.example/a.png')), source: fc.constantFrom('bundled', 'naver', 'manual', 'x'), sourceId: text },
    },
    'GET /api/files/[uploadId]': { params: { uploadId: idFrom(f.uploadId) }, query: { variant: fc.oneof(fc.constantFrom('original', 'thumb', 'download'), text) } },
    'POST /api/friends/[userId]/direct': { params: user },
    'PATCH /api/friends/[userId]': { params: user, json: { hidden: bool } },
    'DELETE /api/friends/[userId]': { params: user },
    'GET /api/friends': { query: { hidden: fc.oneof(fc.constantFrom('0', '1'), text) } },
    'POST /api/friends': { json: { loginId, userId: idFrom(f.child.id, f.parent.id, f.outsider.id) } },
    'POST /api/notifications/[id]/read': { params: { id: idFrom(f.notificationId) } },
    'GET /api/notifications': { query: { before: idFrom(f.notificationId), limit: s(int) } },
    'POST /api/notifications': none,
    'POST /api/pieces/scan': { multipart: 'photo' },
    'GET /api/profiles/[userId]/image/[kind]': { params: { ...user, ...kind } },
    'GET /api/profiles/[userId]': { params: user },
    'GET /api/profiles/me/image/[kind]': { params: kind },
    'PUT /api/profiles/me/image/[kind]': { params: kind, multipart: 'file' },
    'DELETE /api/profiles/me/image/[kind]': { params: kind },
    'GET /api/profiles/me': none,
    'PUT /api/profiles/me': { json: { displayName: text, statusMessage: text, birthday: fc.oneof(day('2000-02-29', '1899-12-31', ''), text) } },
    'POST /api/push/subscriptions': { json: { endpoint: fc.oneof(text, fc.constantFrom('https://push.example/x', 'http://127.0.0.1:1/x', 'https://push.example/\u0000')), keys: fc.record({ p256dh: text, auth: text }) } },
    'DELETE /api/push/subscriptions': { json: { endpoint: fc.oneof(text, fc.constantFrom('https://push.example/x')) } },
    'GET /api/push/vapid': none,
    'POST /api/realtime/auth': { form: { socket_id: fc.oneof(fc.constantFrom('123.456'), text), channel_name: fc.oneof(fc.constantFrom(`private-room-${f.roomId}`, `private-circle-${f.circleId}`, `presence-room-${f.roomId}`, `private-user-${f.parent.id}`, `private-room-${f.openRoomId}`, `private-show-${f.showId}`), text) } },
    'POST /api/realtime/user-auth': { form: { socket_id: fc.oneof(fc.constantFrom('123.456'), text) } },
    'POST /api/rooms/[roomId]/calls/[callId]/accept': { params: call },
    'POST /api/rooms/[roomId]/calls/[callId]/decline': { params: call },
    'POST /api/rooms/[roomId]/calls/[callId]/hangup': { params: call },
    'POST /api/rooms/[roomId]/calls/[callId]/heartbeat': { params: call },
    'POST /api/rooms/[roomId]/calls/[callId]/timeout': { params: call },
    'POST /api/rooms/[roomId]/calls/[callId]/signal': { params: call, json: { type: fc.constantFrom('ready', 'offer', 'answer', 'hello'), sdp: text, from: anyId } },
    'GET /api/rooms/[roomId]/calls': { params: room },
    'POST /api/rooms/[roomId]/calls': { params: room },
    'DELETE /api/rooms/[roomId]/members/me': { params: room },
    'POST /api/rooms/[roomId]/members': { params: room, json: { userIds: fc.array(anyId, { maxLength: 3 }) } },
    'DELETE /api/rooms/[roomId]/messages/[messageId]': { params: { ...room, messageId: idFrom(f.messageId) } },
    'PUT /api/rooms/[roomId]/messages/[messageId]/reactions': { params: { ...room, messageId: idFrom(f.messageId) }, json: { code: fc.oneof(text, fc.constantFrom('heart', 'sad', 'pray')) } },
    'DELETE /api/rooms/[roomId]/messages/[messageId]/reactions': { params: { ...room, messageId: idFrom(f.messageId) } },
    'GET /api/rooms/[roomId]/messages': { params: room, query: { before: s(int), after: s(int), around: s(int), date: day(), limit: s(int) } },
    'POST /api/rooms/[roomId]/messages': {
      params: room,
      json: { kind: fc.constantFrom('TEXT', 'STICKER', 'ATTACHMENT', 'SYSTEM'), clientId: fc.oneof(text, fc.uuid()), body: text, stickerId: fc.oneof(text, fc.constantFrom('grape-happy')), uploadId: idFrom(f.uploadId), replyToId: idFrom(f.messageId) },
    },
    'PUT /api/rooms/[roomId]/mute': { params: room, json: { muted: bool } },
    'POST /api/rooms/[roomId]/read': { params: room, json: { seq: int } },
    'GET /api/rooms/[roomId]': { params: room },
    'PATCH /api/rooms/[roomId]': { params: room, json: { name: text } },
    'POST /api/rooms/[roomId]/uploads': { params: room, multipart: 'file' },
    'POST /api/rooms/[roomId]/uploads/direct': { params: room, json: { fileName: text, size: fc.oneof(int, fc.constantFrom(1, 5 * 1024 * 1024 * 1024, -1, 0.5)) } },
    'POST /api/rooms/[roomId]/uploads/direct/[pendingId]/complete': { params: { ...room, pendingId: anyId } },
    'GET /api/rooms': none,
    'POST /api/rooms': { json: { name: text, memberIds: fc.array(anyId, { maxLength: 3 }) } },
    'GET /api/rooms/unread': none,
    'GET /api/rooms/[roomId]/drawer': { params: room, query: { kind: fc.constantFrom('media', 'files', 'links', 'photos', ''), cursor: s(int), limit: s(int) } },
    'GET /api/rooms/[roomId]/image': { params: room },
    'PUT /api/rooms/[roomId]/image': { params: room, multipart: 'file' },
    'DELETE /api/rooms/[roomId]/image': { params: room },
    'GET /api/search': { query: { q: text, date: day(), roomId: idFrom(f.roomId), limit: s(int) } },
    'GET /api/shows/search': { query: { q: text, kind: fc.oneof(fc.constantFrom(...SHOW_KINDS), text), limit: s(int) } },
    'GET /api/shows/art/[key]': {
      params: { key: fc.oneof(fc.constantFrom('bundled:mv-parasite-2019', 'bundled:nope-2020', 'kopis:PF1', 'typed:MOVIE:2025:x', 'bundled%3Amv-parasite-2019'), text) },
      query: { format: fc.oneof(fc.constantFrom('svg', 'png'), text), v: text },
    },
    'GET /api/test/clock': none,
    'POST /api/bench/floor': { json: { clientId: text } },
    'POST /api/bench/floor/[roomId]': { params: room, json: { clientId: text } },
    'GET /api/bench/memory': none,
    // Only small offsets: the server clock is shared with every other test.
    'PUT /api/test/clock': { json: { offsetMs: fc.oneof(fc.integer({ min: -5, max: 1000 }), anyField) } },
    'GET /api/users/search': { query: { loginId } },
    'GET /api/me/titles': none,
    'PUT /api/me/titles/worn': { json: { titleId: fc.oneof(fc.constantFrom('first-piece', 'ten-pieces', 'generous', 'nope', 'toString', '__proto__'), fc.constant(null), text) } },
    'GET /api/pieces/stats': { query: { year: statsYear } },
    'POST /api/pieces/stats/share': { json: { year: fc.oneof(fc.constantFrom(2025, 2024, 1999, 3000, 2025.5, '2025'), int) } },
    'DELETE /api/pieces/stats/share': { query: { year: statsYear } },
    'GET /api/pieces/stats/share/[token]/[file]': {
      params: {
        token: fc.oneof(fc.constant(f.statsToken), strangeId, text),
        file: fc.oneof(fc.constantFrom(f.statsCardFile, f.statsCardFile.replace('-og', '-story'), '0000000000000000-og.png', 'x-og.png', `${f.statsCardFile}.png`), text),
      },
    },
    ...ticketRows(f),

    'GET /api/cakes': { query: { q: text, kind: fc.oneof(fc.constantFrom('MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER'), text), period: fc.oneof(fc.constantFrom('month', 'all'), text), offset: s(int) } },
    'GET /api/cakes/[showId]': { params: show },
    'GET /api/cakes/[showId]/pieces': { params: show, query: { sort: fc.oneof(fc.constantFrom('new', 'liked'), text), cursor: fc.oneof(text, fc.constant(`1700000000000.${f.cakePieceId}`)), limit: s(int) } },
    'POST /api/cakes/[showId]/room': { params: show },
    'POST /api/pieces/[pieceId]/like': { params: likeable },
    'DELETE /api/pieces/[pieceId]/like': { params: likeable },
    'GET /api/pieces/liked': { query: { cursor: fc.oneof(text, fc.constant(`1700000000000.${f.cakePieceId}`)) } },
    'POST /api/reports': { json: { target: fc.constantFrom('MESSAGE', 'PIECE', 'USER'), targetId: idFrom(f.cakePieceId, f.pieceId, f.openMessageId, f.messageId), reason: fc.oneof(fc.constantFrom('spam', 'abuse', 'sexual', 'spoiler', 'other'), text), detail: text } },
    'POST /api/rooms/[roomId]/direct': { params: { roomId: idFrom(f.openRoomId, f.roomId) }, json: { userId: idFrom(f.child.id, f.parent.id, f.outsider.id) } },
    'PUT /api/users/[userId]/block': { params: user },
    'DELETE /api/users/[userId]/block': { params: user },
  };
}

// Ticket images, share links and AI art (lib/pieces/render, share, art).
function ticketRows(f: Fixtures): Record<string, Spec> {
  const piece = { pieceId: idFrom(f.pieceId) };
  const hash = f.ticketFile.split('-')[0];
  const file = fc.oneof(fc.constantFrom(f.ticketFile, `${hash}-og.png`, `${'0'.repeat(20)}-story.png`, `${hash}-square.png`, `${hash}-og.jpg`, '.png'), text);
  return {
    'GET /api/pieces/[pieceId]/share': { params: piece },
    'POST /api/pieces/[pieceId]/share': { params: piece },
    'DELETE /api/pieces/[pieceId]/share': { params: piece },
    'GET /api/pieces/[pieceId]/ticket/[file]': { params: { ...piece, file }, query: { download: fc.constantFrom('1', '0', 'yes') } },
    'POST /api/pieces/[pieceId]/art': { params: piece },
    'DELETE /api/pieces/[pieceId]/art': { params: piece },
  };
}

async function ticketFixtures(ownerId: string) {
  const piece = await makePiece(ownerId, { isPublic: true });
  const row = await db.piece.findUniqueOrThrow({ where: { id: piece.id }, select: ticketSelect });
  return { pieceId: piece.id, ticketFile: `${renderHash(row)}-story.png` };
}

// A lone surrogate cannot be percent-encoded (URIError): it goes as U+FFFD, as a browser sends it.
const encode = (v: string) => encodeURIComponent(Buffer.from(v, 'utf8').toString('utf8'));

/** A path with its [param]s filled in (catch-all values keep their slashes). */
const fillPath = (template: string, values: Record<string, string>) =>
  template.replace(/\[(\.\.\.)?(\w+)\]/g, (_m, rest, name) => (rest ? values[name].split('/').map(encode).join('/') : encode(values[name])));

function bodyArb(spec: Spec, png: Uint8Array<ArrayBuffer>): A<{ body?: BodyInit; type?: string }> {
  if (spec.json) return fc.tuple(jsonBody(spec.json), contentType).map(([body, type]) => ({ body, type }));
  if (spec.form) {
    const fields = fc.record(Object.fromEntries(Object.entries(spec.form).map(([k, a]) => [k, fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: anyField })])), { requiredKeys: [] });
    return fc.oneof(
      fields.map((o) => ({ body: new URLSearchParams(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v) ?? ''])).toString(), type: 'application/x-www-form-urlencoded' })),
      fc.tuple(jsonBody(spec.form), contentType).map(([body, type]) => ({ body, type })),
    );
  }
  if (spec.multipart) {
    const file = fc.oneof(
      { weight: 3, arbitrary: fc.constant(png) },
      { weight: 3, arbitrary: fc.uint8Array({ maxLength: 2000 }).map((b) => new Uint8Array(b)) },
      { weight: 1, arbitrary: fc.constant(new Uint8Array(0)) },
      { weight: 1, arbitrary: fc.constant(new Uint8Array(10 * 1024 * 1024 + 1)) }, // over the photo cap
    );
    const form = fc.record({ field: fc.constantFrom(spec.multipart, 'other'), bytes: file, name: fc.oneof(fc.constantFrom('a.png', 'a.txt', 'a', '../../a.png', 'a\u0000.png', '한글.png'), text), type: fc.constantFrom('image/png', 'text/plain', '', 'application/octet-stream') })
      .map(({ field, bytes, name, type }) => {
        const fd = new FormData();
        fd.append(field, new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name || 'x');
        return { body: fd as BodyInit, type: undefined };
      });
    const raw = fc.tuple(fc.string({ maxLength: 200 }), fc.constantFrom('multipart/form-data; boundary=zz', 'multipart/form-data', 'application/json', undefined)).map(([body, type]) => ({ body, type }));
    return fc.oneof({ weight: 3, arbitrary: form }, { weight: 1, arbitrary: raw }, { weight: 1, arbitrary: fc.constant({}) });
  }
  return fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.tuple(jsonBody({ x: anyField }), contentType).map(([body, type]) => ({ body, type })) });
}

// Every committed row change in the app's tables (rate-limit counters in KvEntry aside)
// leaves a line here, so "a refused request wrote nothing" is one indexed read. A device
// session's "last seen" is not counted: any request of a signed-in device moves it (at
// most every 5 minutes), refused or not, and that is what it means.
const LOG = 'fuzz_write_log';
async function installWriteLog() {
  const tables = await db.$queryRawUnsafe<{ t: string }[]>(
    `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'KvEntry', '${LOG}')`,
  );
  await db.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS ${LOG} (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL)`);
  await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION ${LOG}_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO ${LOG} (tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`);
  for (const { t } of tables) {
    const when = t === 'Session' ? ` WHEN ((to_jsonb(OLD) - 'lastSeenAt') IS DISTINCT FROM (to_jsonb(NEW) - 'lastSeenAt'))` : '';
    if (when) {
      await db.$executeRawUnsafe(`CREATE OR REPLACE TRIGGER ${LOG} AFTER INSERT OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION ${LOG}_fn()`);
      await db.$executeRawUnsafe(`CREATE OR REPLACE TRIGGER ${LOG}_update AFTER UPDATE ON "${t}" FOR EACH ROW${when} EXECUTE FUNCTION ${LOG}_fn()`);
    } else {
      await db.$executeRawUnsafe(`CREATE OR REPLACE TRIGGER ${LOG} AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION ${LOG}_fn()`);
    }
  }
  return tables.length;
}
const lastWrite = async () => Number((await db.$queryRawUnsafe<{ n: bigint | null }[]>(`SELECT max(id) AS n FROM ${LOG}`))[0].n ?? 0);
const writesAfter = (id: number) => db.$queryRawUnsafe<{ tbl: string; op: string }[]>(`SELECT tbl, op FROM ${LOG} WHERE id > $1 ORDER BY id`, id);

/** Work a successful request left running (publishing, pushes) has written what it will. */
async function settle() {
  // A data export is built after its 202 (background writes); wait until it is done.
  for (let i = 0; i < 200 && (await db.dataExport.count({ where: { status: 'PENDING' } })); i++) await new Promise((r) => setTimeout(r, 50));
  let last = await lastWrite();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 25));
    const now = await lastWrite();
    if (now === last) return;
    last = now;
  }
}

let fx: Fixtures;
let anon: Client;
const statuses: Record<string, number> = {};

beforeAll(async () => {
  const family = await makeFamily();
  const { parent, child, circleId } = family;
  const outsider = await newUser();
  const roomId = (await parent.client.json(`/api/circles/${circleId}`, 'GET')).data.circle.roomId as string;
  const message = await parent.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: 'fuzz-fixture-1', body: '안녕' });
  const wish = await child.client.json(`/api/families/${circleId}/wishes`, 'POST', { name: '자전거' });
  const boardId = await startBoard(circleId, parent, child);
  const mission = await parent.client.json(`/api/families/${circleId}/missions`, 'POST', { childId: child.id, title: '책 읽기', repeat: 'DAILY' });
  const png = new Uint8Array(await makeImage('png'));
  const fd = new FormData();
  fd.append('file', new Blob([png], { type: 'image/png' }), 'a.png');
  const upload = await (await parent.client.fetch(`/api/rooms/${roomId}/uploads`, { method: 'POST', body: fd })).json();
  const call = await parent.client.json(`/api/rooms/${roomId}/calls`, 'POST');
  const partner = await newUser();
  const request = await parent.client.json('/api/couple/requests', 'POST', { loginId: partner.loginId });
  await parent.client.json('/api/friends', 'POST', { userId: child.id });
  const notifications = await parent.client.json('/api/notifications', 'GET');
  // The child's couple: a question opened by a keyword, an event, the calendar feed.
  const sweetheart = await newUser();
  const coupleRequest = await child.client.json('/api/couple/requests', 'POST', { loginId: sweetheart.loginId });
  const coupleCircle = (await sweetheart.client.json(`/api/couple/requests/${coupleRequest.data.request.id}/accept`, 'POST')).data.circle;
  await child.client.json(`/api/rooms/${coupleCircle.roomId}/messages`, 'POST', { kind: 'TEXT', clientId: 'fuzz-couple-1', body: '운동 좋아해?' });
  let questionId: string | undefined;
  for (let i = 0; i < 100 && !questionId; i++) {
    questionId = (await child.client.json(`/api/circles/${coupleCircle.id}/couple`, 'GET')).data.couple.openQuestion?.id;
    if (!questionId) await new Promise((r) => setTimeout(r, 50));
  }
  const coupleEvent = await child.client.json(`/api/circles/${coupleCircle.id}/couple-events`, 'POST', { title: '기념일', date: '2027-01-01', isDDay: true });
  const feed = await child.client.json(`/api/circles/${coupleCircle.id}/calendar-feed`, 'GET');
  const session = await db.session.findFirstOrThrow({ where: { userId: sweetheart.id } });
  for (const u of [parent, child]) await u.client.json('/api/me/area', 'PUT', { areaCode: '1144066000' });
  const post = await parent.client.json('/api/posts', 'POST', {
    title: '치킨 같이', category: 'CHICKEN', wanted: 4, deadline: new Date(Date.now() + 6 * 3600_000).toISOString(), place: '서교동 주민센터', deliveryFee: 3000,
  });
  await child.client.json(`/api/posts/${post.data.post.id}/members/me`, 'POST');

  const pieceForm = new FormData();
  pieceForm.append('file', new Blob([png], { type: 'image/png' }), 'ticket.png');
  const pieceFile = await (await parent.client.fetch('/api/pieces/files', { method: 'POST', body: pieceForm })).json();
  await parent.client.json('/api/pieces', 'POST', { kind: 'MUSICAL', title: '레미제라블', date: '2026-03-14', photoId: pieceFile.file.id });
  // The child's year card: one piece in 2025, shared.
  const show = await resolveTypedShow({ kind: 'MUSICAL', title: '퍼즈 뮤지컬', year: 2025 });
  await db.piece.create({ data: { ownerId: child.id, showId: show.id, kind: 'MUSICAL', title: show.title, date: new Date('2025-05-05T00:00:00Z'), venue: '블루스퀘어', price: 120000, rating: 9 } });
  const statsShare = (await child.client.json('/api/pieces/stats/share', 'POST', { year: 2025 })).data.share;
  const cake = await makeShow();
  const cakePiece = await makeCakePiece(outsider.id, cake);
  const openRoomId = (await parent.client.json(`/api/cakes/${cake.id}/room`, 'POST')).data.roomId as string;
  const openMessage = await parent.client.json(`/api/rooms/${openRoomId}/messages`, 'POST', { kind: 'TEXT', clientId: 'fuzz-cake-1', body: '케이크 방' });
  fx = {
    parent, child, outsider, circleId, roomId, png,
    messageId: message.data.message.id, wishId: wish.data.wish.id, boardId,
    missionId: mission.data.mission.id, day: mission.data.mission.startsOn,
    uploadId: upload.uploadId, callId: call.data.call.id, requestId: request.data.request.id,
    notificationId: notifications.data.notifications[0]?.id ?? uniqueId('n'),
    coupleId: coupleCircle.id, questionId: questionId!, eventId: coupleEvent.data.event.id, icsToken: String(feed.data.path).split('/').pop()!,
    sessionId: session.id, postId: post.data.post.id,
    pieceFileId: pieceFile.file.id,
    statsToken: statsShare.token, statsCardFile: String(statsShare.ogImageUrl).split('/').pop()!,
    ...(await ticketFixtures(parent.id)),
    showId: cake.id, cakePieceId: cakePiece.id, openRoomId, openMessageId: openMessage.data.message.id,
  };
  for (const [k, v] of Object.entries(fx)) expect(v, k).toBeTruthy();
  anon = new Client();
  await installWriteLog();
}, 120_000);

afterAll(async () => {
  await new Client().json('/api/test/clock', 'PUT', { offsetMs: 0 });
  await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${LOG}_fn() CASCADE`);
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${LOG}`);
  await db.$disconnect();
  const total = Object.values(statuses).reduce((a, b) => a + b, 0);
  console.log(`[fuzz] ${total} requests; statuses ${JSON.stringify(statuses)}`);
});

describe('every route under generated input', () => {
  const onDisk = discoverRoutes(ROOT);

  it('has a row for every route handler on disk (and none for a handler that is gone)', () => {
    const rows = Object.keys(table(fx));
    const missing = onDisk.filter((k) => !rows.includes(k));
    const stale = rows.filter((k) => !onDisk.includes(k));
    console.log(`[fuzz] ${onDisk.length} route handlers on disk, ${rows.length - stale.length} covered by the table`);
    expect(missing, 'route handlers without a fuzz row').toEqual([]);
    expect(stale, 'fuzz rows for handlers that no longer exist').toEqual([]);
  });

  it.each(onDisk)('%s: never a 500; a refused request writes nothing', async (key) => {
    const spec = table(fx)[key];
    expect(spec, `no fuzz row for ${key}`).toBeDefined();
    const [method, template] = key.split(' ');
    const params = fc.record(spec.params ?? {}) as A<Record<string, string>>;
    const headers = fc.record(spec.headers ?? {}) as A<Record<string, string>>;
    const actor = fc.constantFrom<[string, () => Client]>(['anonymous', () => anon], ['outsider', () => fx.outsider.client], ['parent', () => fx.parent.client], ['child', () => fx.child.client]);
    const body: A<{ body?: BodyInit; type?: string }> = method === 'GET' ? fc.constant({}) : bodyArb(spec, fx.png);
    await fc.assert(
      fc.asyncProperty(actor, params, query(spec.query ?? {}), body, headers, async ([who, client], p, q, b, h) => {
        const url = fillPath(template, p) + q;
        const before = await lastWrite();
        const res = await client().fetch(url, { method, body: b.body, headers: { ...(b.type ? { 'content-type': b.type } : {}), ...h } });
        const text = await res.text();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const what = `${who} ${method} ${url} → ${res.status} ${text.slice(0, 300)}`;
        expect(res.status, what).toBeLessThan(500);
        if (res.status >= 400) {
          expect(await writesAfter(before), `rows written by a refused request: ${what}`).toEqual([]);
          if (res.headers.get('content-type')?.includes('application/json')) expect(typeof JSON.parse(text).error?.message, what).toBe('string');
        } else {
          await settle();
        }
      }),
      // No shrinking: the server keeps state, so a shrunk replay is not the same case.
      { numRuns: RUNS, endOnFailure: true },
    );
  }, 120_000);
});
