// Titles and year statistics against the running server and a real database: titles
// earned exactly at their thresholds and announced once (also under concurrent
// evaluations, and by push when away), kept after pieces are deleted; wearing only an
// earned title; the year's sums against ones computed here independently; the year card
// shared by link (public, no cookie; og tags and a 1200×630 PNG), revoked → 404.
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { db } from '@/lib/db';
import { resolveTypedShow } from '@/lib/shows/service';
import { evaluateTitles } from '@/lib/pieces/titles-service';
import { wornTitleLabel } from '@/lib/pieces/title-labels';
import type { YearStatsDto } from '@/lib/pieces/stats-schemas';
import { Client, newUser, uniqueId } from '../helpers/client';
import { settle } from '../helpers/couple';
import { registerDevice, waitForPushes } from '../helpers/push-mock';

afterAll(() => db.$disconnect());

type Kind = 'MOVIE' | 'PLAY' | 'MUSICAL' | 'CONCERT' | 'OTHER';
interface PieceInput { kind?: Kind; title?: string; date: string; time?: string; venue?: string; cast?: string[]; price?: number; rating?: number; review?: string; genre?: string }

/** A piece written straight to the database, as the pieces service would (its show resolved from the typed title). */
async function addPiece(ownerId: string, p: PieceInput) {
  const kind = p.kind ?? 'MOVIE';
  const title = p.title ?? uniqueId('show');
  const show = await resolveTypedShow({ kind, title, year: Number(p.date.slice(0, 4)) });
  if (p.genre !== undefined) await db.show.update({ where: { id: show.id }, data: { genre: p.genre } });
  return db.piece.create({
    data: { ownerId, showId: show.id, kind, title, date: new Date(`${p.date}T00:00:00Z`), time: p.time, venue: p.venue, cast: p.cast ?? [], price: p.price, rating: p.rating, review: p.review },
  });
}
const titleNotices = (userId: string) => db.notification.findMany({ where: { userId, kind: 'title' }, orderBy: { createdAt: 'asc' }, select: { title: true, body: true, url: true } });
const held = async (userId: string) => (await db.userTitle.findMany({ where: { userId }, select: { titleId: true } })).map((t) => t.titleId).sort();

describe('titles', () => {
  it('are earned exactly at their thresholds, stored and announced once, even when evaluations race', async () => {
    const u = await newUser();
    expect(await evaluateTitles(u.id)).toEqual([]);
    await addPiece(u.id, { kind: 'MUSICAL', date: '2025-03-01' });
    expect(await evaluateTitles(u.id)).toEqual(['first-piece']);
    expect(await evaluateTitles(u.id)).toEqual([]);
    expect(await titleNotices(u.id)).toEqual([{ title: '새 칭호를 얻었어요: 첫 조각', body: '처음으로 조각을 기록해요. 나만의 공간에서 이름 옆에 달아 보세요.', url: '/pieces/stats#titles' }]);

    // Four musicals: not yet a musical devotee; the fifth makes one.
    for (let i = 0; i < 3; i++) await addPiece(u.id, { kind: 'MUSICAL', date: `2025-04-0${i + 1}` });
    expect(await evaluateTitles(u.id)).toEqual([]);
    await addPiece(u.id, { kind: 'MUSICAL', date: '2025-04-20' });
    expect(await evaluateTitles(u.id)).toEqual(['musical-fan']);

    // The tenth piece, evaluated by five racing calls: one of them stores and announces it.
    for (let i = 0; i < 4; i++) await addPiece(u.id, { date: `2025-05-0${i + 1}` });
    expect(await evaluateTitles(u.id)).toEqual([]);
    await addPiece(u.id, { date: '2025-05-09' });
    const results = await Promise.all(Array.from({ length: 5 }, () => evaluateTitles(u.id)));
    expect(results.flat()).toEqual(['ten-pieces']);
    expect(await held(u.id)).toEqual(['first-piece', 'musical-fan', 'ten-pieces']);
    expect((await titleNotices(u.id)).map((n) => n.title)).toEqual(['새 칭호를 얻었어요: 첫 조각', '새 칭호를 얻었어요: 뮤지컬 덕후', '새 칭호를 얻었어요: 열 조각']);
  });

  it('announces several titles earned at once in one notice, and pushes it to a device when away', async () => {
    const u = await newUser();
    const device = await registerDevice(u.client);
    const show = uniqueId('회전문');
    await addPiece(u.id, { kind: 'CONCERT', title: show, date: '2025-07-01', time: '22:00' });
    await addPiece(u.id, { kind: 'CONCERT', title: show, date: '2025-07-15', time: '19:30' });
    await addPiece(u.id, { kind: 'CONCERT', date: '2025-07-31', time: '21:59' });
    // Through the server: listing the titles catches up on what the pieces earn.
    const res = await u.client.json('/api/me/titles', 'GET');
    expect(res.status).toBe(200);
    const earned = res.data.titles.filter((t: { earned: boolean }) => t.earned).map((t: { id: string }) => t.id);
    expect(earned).toEqual(['first-piece', 'concert-lover', 'revolving-door', 'night-owl']);
    expect(await titleNotices(u.id)).toEqual([{ title: '새 칭호 4개를 얻었어요', body: '첫 조각, 콘서트 러버, 회전문, 올빼미 관객', url: '/pieces/stats#titles' }]);
    const [push] = await waitForPushes(device, 1);
    expect(push).toMatchObject({ title: '새 칭호 4개를 얻었어요', url: '/pieces/stats#titles' });
    // Listing again announces nothing new.
    await u.client.json('/api/me/titles', 'GET');
    await settle();
    expect(await titleNotices(u.id)).toHaveLength(1);
  });

  it('lists every title with how to earn it and progress, and keeps earned ones after the pieces are deleted', async () => {
    const u = await newUser();
    const pieces = [];
    for (let i = 0; i < 3; i++) pieces.push(await addPiece(u.id, { kind: 'PLAY', date: `2024-0${i + 1}-10`, review: i < 2 ? '좋았다' : '  ' }));
    const before = (await u.client.json('/api/me/titles', 'GET')).data;
    expect(before.titles.length).toBeGreaterThanOrEqual(15);
    const byId = (list: { id: string }[], id: string) => list.find((t) => t.id === id) as Record<string, unknown>;
    expect(byId(before.titles, 'first-piece')).toMatchObject({ name: '첫 조각', how: '처음으로 조각을 기록해요.', earned: true, have: 1, need: 1 });
    expect(byId(before.titles, 'first-piece').earnedAt).toEqual(expect.any(String));
    expect(byId(before.titles, 'theatre-lover')).toMatchObject({ earned: false, earnedAt: null, have: 3, need: 5 });
    expect(byId(before.titles, 'reviewer')).toMatchObject({ earned: false, have: 2, need: 10 });
    const en = await u.client.fetch('/api/me/titles', { headers: { 'x-moa-locale': 'en' } }).then((r) => r.json());
    expect(byId(en.titles, 'first-piece')).toMatchObject({ name: 'First piece', how: 'Record your first piece.' });

    await db.piece.deleteMany({ where: { id: { in: pieces.map((p) => p.id) } } });
    const after = (await u.client.json('/api/me/titles', 'GET')).data;
    expect(byId(after.titles, 'first-piece')).toMatchObject({ earned: true, have: 1, need: 1 });
    expect(byId(after.titles, 'theatre-lover')).toMatchObject({ earned: false, have: 0 });
    expect(await held(u.id)).toEqual(['first-piece']);
    expect((await new Client().json('/api/me/titles', 'GET')).status).toBe(401);
  });

  it('wears only an earned title, or none; a refused wear stores nothing', async () => {
    const u = await newUser();
    await addPiece(u.id, { date: '2025-01-01' });
    const wornOf = async () => (await db.user.findUniqueOrThrow({ where: { id: u.id } })).wornTitleId;
    // Not earned: refused, and nothing is stored (not even the title the piece does earn).
    const refused = await u.client.json('/api/me/titles/worn', 'PUT', { titleId: 'ten-pieces' });
    expect(refused.status).toBe(422);
    expect(refused.data.error.message).toBe('아직 얻지 못한 칭호는 달 수 없어요.');
    expect(await held(u.id)).toEqual([]);
    expect((await u.client.json('/api/me/titles/worn', 'PUT', { titleId: 'nope' })).status).toBe(422);
    expect((await u.client.json('/api/me/titles/worn', 'PUT', { titleId: 42 })).status).toBe(422);
    expect((await u.client.json('/api/me/titles/worn', 'PUT', {})).status).toBe(422);
    expect(await wornOf()).toBeNull();
    // Earned by the piece though never evaluated: worn (and stored) on the spot.
    const ok = await u.client.json('/api/me/titles/worn', 'PUT', { titleId: 'first-piece' });
    expect(ok).toMatchObject({ status: 200, data: { wornTitleId: 'first-piece', label: '첫 조각' } });
    expect(await wornOf()).toBe('first-piece');
    expect((await u.client.json('/api/me/titles', 'GET')).data.wornTitleId).toBe('first-piece');
    expect(wornTitleLabel({ wornTitleId: await wornOf() }, 'en')).toBe('First piece');
    // Someone else cannot wear what I earned.
    const other = await newUser();
    expect((await other.client.json('/api/me/titles/worn', 'PUT', { titleId: 'first-piece' })).status).toBe(422);
    expect((await new Client().json('/api/me/titles/worn', 'PUT', { titleId: 'first-piece' })).status).toBe(401);
    // None.
    expect(await u.client.json('/api/me/titles/worn', 'PUT', { titleId: null })).toMatchObject({ status: 200, data: { wornTitleId: null, label: null } });
    expect(await wornOf()).toBeNull();
    expect(wornTitleLabel({ wornTitleId: null }, 'ko')).toBeNull();
  });
});

/** A small seeded random source, so a failure can be replayed. */
function random(seed: number) {
  let x = seed;
  return () => ((x = (x * 48271) % 2147483647) / 2147483647);
}

describe('year statistics', () => {
  it('match sums computed independently, for my pieces of that year only', async () => {
    const u = await newUser();
    const other = await newUser();
    const rnd = random(20250101);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    // Venues and cast with distinct frequencies (typed in different ways), so the top lists have one right order.
    const venues = [
      ...Array(5).fill('샤롯데씨어터'), ' 샤롯데씨어터', '샤롯데씨어터\t', ...Array(3).fill('CGV 용산'), 'cgv 용산', 'CGV  용산',
      ...Array(4).fill('예술의전당'), ...Array(3).fill('KSPO DOME'), '대학로 자유극장', '대학로 자유극장', 'LG아트센터',
    ];
    const cast = ['조승우', '홍광호', '옥주현', '김준수', '박효신', '아이유', '정성화'];
    const inputs: PieceInput[] = venues.map((venue, i) => ({
      kind: pick<Kind>(['MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER']),
      date: `2025-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
      venue,
      // Some names listed twice in one piece, or typed with stray spaces.
      cast: cast.slice(0, i % cast.length).concat(i % 4 === 0 ? ['조승우'] : [], i % 5 === 0 ? [' 아이유  '] : []),
      price: rnd() < 0.8 ? Math.floor(rnd() * 200) * 1000 : undefined,
      rating: rnd() < 0.7 ? 1 + Math.floor(rnd() * 10) : undefined,
      genre: pick([undefined, '창작뮤지컬', '드라마', 'K-POP']),
    }));
    for (const p of inputs) await addPiece(u.id, p);
    // Not counted: my other years, and someone else's 2025.
    await addPiece(u.id, { date: '2024-12-31', price: 99_000, rating: 10, venue: '샤롯데씨어터' });
    await addPiece(u.id, { date: '2026-01-01', price: 77_000, rating: 1, cast: ['홍광호'] });
    await addPiece(other.id, { date: '2025-06-01', price: 55_000, rating: 5, venue: 'LG아트센터' });

    const res = await u.client.json('/api/pieces/stats?year=2025', 'GET');
    expect(res.status).toBe(200);
    const s = res.data as YearStatsDto;
    // The pieces as stored (the genre is the show's, typed titles may share a show).
    const rows = await db.piece.findMany({ where: { ownerId: u.id, date: { gte: new Date('2025-01-01'), lt: new Date('2026-01-01') } }, include: { show: true } });
    expect(rows).toHaveLength(inputs.length);
    expect(s.total).toBe(rows.length);
    expect(s.byMonth).toEqual(Array.from({ length: 12 }, (_, i) => {
      const m = rows.filter((r) => r.date.getUTCMonth() === i);
      return { month: i + 1, count: m.length, spent: m.reduce((n, r) => n + (r.price ?? 0), 0) };
    }));
    expect(s.byKind).toEqual((['MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER'] as const).map((kind) => ({ kind, count: rows.filter((r) => r.kind === kind).length })));
    const genres = new Map<string | null, number>();
    for (const r of rows) genres.set(r.show.genre, (genres.get(r.show.genre) ?? 0) + 1);
    expect(new Map(s.byGenre.map((g) => [g.genre, g.count]))).toEqual(genres);
    expect(s.byGenre.map((g) => g.count)).toEqual([...s.byGenre.map((g) => g.count)].sort((a, b) => b - a));
    const rated = rows.filter((r) => r.rating !== null);
    expect(s.rating.count).toBe(rated.length);
    expect(s.rating.average).toBeCloseTo(rated.reduce((n, r) => n + r.rating!, 0) / rated.length / 2, 2);
    expect(s.rating.histogram).toEqual(Array.from({ length: 10 }, (_, i) => ({ rating: i + 1, count: rated.filter((r) => r.rating === i + 1).length })));
    expect(s.spending).toEqual({ total: rows.reduce((n, r) => n + (r.price ?? 0), 0), pricedCount: rows.filter((r) => r.price !== null).length });
    expect(s.venues).toEqual([{ name: '샤롯데씨어터', count: 7 }, { name: 'CGV 용산', count: 5 }, { name: '예술의전당', count: 4 }, { name: 'KSPO DOME', count: 3 }, { name: '대학로 자유극장', count: 2 }]);
    const castCounts = new Map<string, number>();
    for (const r of rows) for (const name of new Set(r.cast.map((c) => c.trim()))) castCounts.set(name, (castCounts.get(name) ?? 0) + 1);
    const expectedCast = [...castCounts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count);
    expect(s.cast.map((c) => c.count)).toEqual(expectedCast.slice(0, 10).map((c) => c.count));
    expect(new Set(s.cast.map((c) => `${c.name}:${c.count}`))).toEqual(new Set(expectedCast.slice(0, 10).map((c) => `${c.name}:${c.count}`)));
    expect(s.years).toEqual(expect.arrayContaining([2026, 2025, 2024]));
    expect(s.share).toBeNull();

    // Another year is its own; someone else sees only their own numbers.
    const y2024 = (await u.client.json('/api/pieces/stats?year=2024', 'GET')).data as YearStatsDto;
    expect([y2024.total, y2024.spending.total, y2024.rating.average, y2024.venues]).toEqual([1, 99_000, 5, [{ name: '샤롯데씨어터', count: 1 }]]);
    const theirs = (await other.client.json('/api/pieces/stats?year=2025', 'GET')).data as YearStatsDto;
    expect([theirs.total, theirs.spending.total]).toEqual([1, 55_000]);
    for (const bad of ['1999', '3000', 'abc', '2025.5', '']) expect((await u.client.json(`/api/pieces/stats?year=${bad}`, 'GET')).status, bad).toBe(422);
    expect((await new Client().json('/api/pieces/stats?year=2025', 'GET')).status).toBe(401);
    expect((await u.client.json('/api/pieces/stats', 'GET')).data.year).toBeGreaterThanOrEqual(2025);
  });
});

const meta = (html: string, key: string) => {
  const m = html.match(new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`));
  return m?.[1].replace(/&amp;/g, '&');
};

describe('year card share link', () => {
  it('is public without an account, with preview tags and a 1200×630 image; revoked, it answers 404', async () => {
    const u = await newUser();
    const anon = new Client();
    expect((await u.client.json('/api/pieces/stats/share', 'POST', { year: 2025 })).status).toBe(422);
    await addPiece(u.id, { kind: 'MUSICAL', date: '2025-10-03', venue: '블루스퀘어', cast: ['조승우'], rating: 9, price: 150_000 });
    await u.client.json('/api/me/titles/worn', 'PUT', { titleId: 'first-piece' });
    const made = await u.client.json('/api/pieces/stats/share', 'POST', { year: 2025 });
    expect(made.status).toBe(201);
    const share = made.data.share;
    expect(share).toMatchObject({ year: 2025, url: `/y/${share.token}` });
    expect(share.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await u.client.json('/api/pieces/stats/share', 'POST', { year: 2025 })).toMatchObject({ status: 200, data: { share: { token: share.token } } });
    expect((await u.client.json('/api/pieces/stats?year=2025', 'GET')).data.share).toEqual(share);
    expect((await anon.json('/api/pieces/stats/share', 'POST', { year: 2025 })).status).toBe(401);

    // The page, signed out: not sent to the login page, and every preview tag in place.
    const page = await anon.fetch(share.url);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(meta(html, 'og:title')).toBe(`Test ${u.loginId}님의 2025년 조각`);
    expect(meta(html, 'og:description')).toBe('2025년 조각 1개 · 뮤지컬 1');
    expect(meta(html, 'og:locale')).toBe('ko_KR');
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
    expect(meta(html, 'og:image:alt')).toBe(`Test ${u.loginId}님의 2025년 조각 카드`);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(html).toContain('첫 조각');
    expect(html).not.toContain('150,000');
    const ogImage = meta(html, 'og:image')!;
    expect(ogImage).toMatch(/^https?:\/\/[^/]+\/api\/pieces\/stats\/share\/[A-Za-z0-9_-]{32}\/[0-9a-f]{16}-og\.png$/);
    expect(new URL(ogImage).pathname).toBe(share.ogImageUrl);

    const img = await anon.fetch(share.ogImageUrl);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect(img.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const png = Buffer.from(await img.arrayBuffer());
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    const story = await anon.fetch(share.storyImageUrl);
    expect(await sharp(Buffer.from(await story.arrayBuffer())).metadata()).toMatchObject({ format: 'png', width: 1080, height: 1920 });

    // A new piece changes the card: a new URL; the old one points to the new.
    await addPiece(u.id, { kind: 'CONCERT', date: '2025-11-11' });
    const next = (await u.client.json('/api/pieces/stats?year=2025', 'GET')).data.share;
    expect(next.token).toBe(share.token);
    expect(next.ogImageUrl).not.toBe(share.ogImageUrl);
    const moved = await anon.fetch(share.ogImageUrl);
    expect([moved.status, moved.headers.get('location')]).toEqual([307, next.ogImageUrl]);

    // Outsiders: no such token, someone else's year, malformed names.
    const outsider = await newUser();
    expect((await anon.fetch(`/y/${'x'.repeat(32)}`)).status).toBe(404);
    expect((await anon.fetch(`/api/pieces/stats/share/${'x'.repeat(32)}/0123456789abcdef-og.png`)).status).toBe(404);
    expect((await anon.fetch(`/api/pieces/stats/share/${share.token}/next-og.png`)).status).toBe(404);
    expect((await outsider.client.json('/api/pieces/stats/share?year=2025', 'DELETE')).status).toBe(404);
    expect((await anon.fetch(share.url)).status).toBe(200);

    // Revoked: the page and its images answer 404, and revoking again too.
    expect((await u.client.json('/api/pieces/stats/share?year=2025', 'DELETE')).status).toBe(200);
    expect((await anon.fetch(share.url)).status).toBe(404);
    expect((await anon.fetch(next.ogImageUrl)).status).toBe(404);
    expect((await u.client.fetch(share.url)).status).toBe(404);
    expect((await u.client.json('/api/pieces/stats/share?year=2025', 'DELETE')).status).toBe(404);
    expect((await u.client.json('/api/pieces/stats?year=2025', 'GET')).data.share).toBeNull();
    // Shared again: a new token.
    const again = (await u.client.json('/api/pieces/stats/share', 'POST', { year: 2025 })).data.share;
    expect(again.token).not.toBe(share.token);
    expect((await anon.fetch(again.url)).status).toBe(200);
  }, 120_000);
});
