// Cakes: what a show's page adds up from its public pieces (counts, average, half-star
// histogram), keyset pages in both orders, browsing, likes exact under concurrency, and
// piece reports that hide the piece for its reporter.
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser, uniqueId } from '../helpers/client';
import { listen } from '../helpers/realtime';
import { makePiece, makeShow } from '../helpers/cakes';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { monthStartKst } from '@/lib/shows/cake-browse';
import { MAIN_POSITION } from '@/lib/pieces/photos';

afterAll(async () => {
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('the cake page', () => {
  it('counts public pieces only, averages and buckets the ratings in half stars', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const show = await makeShow();
    for (const rating of [10, 10, 9, 1, 6, null]) await makePiece(a.id, show, { rating });
    await makePiece(b.id, show, { rating: 2, isPublic: false }); // private: not counted
    await makePiece(b.id, show, { rating: 7 });
    const res = await b.client.json(`/api/cakes/${show.id}`, 'GET');
    expect(res.status).toBe(200);
    const { stats, show: s, room } = res.data;
    expect(s).toMatchObject({ id: show.id, title: show.title, kind: 'MUSICAL' });
    // No provider poster: the show's generated art.
    expect(s.imageUrl).toMatch(/^\/api\/shows\/art\/test%3A/);
    expect(stats.pieceCount).toBe(7);
    expect(stats.ratedCount).toBe(6);
    // (10 + 10 + 9 + 1 + 6 + 7) / 6 half stars
    expect(stats.averageRating).toBeCloseTo(43 / 6, 2);
    expect(stats.histogram).toEqual([1, 0, 0, 0, 0, 1, 1, 0, 1, 2]);
    expect(room).toEqual({ id: null, memberCount: 0, joined: false, muted: false });
  });

  it('answers 404 for an unknown show and 401 without a session', async () => {
    const a = await newUser();
    expect((await a.client.json(`/api/cakes/c${'0'.repeat(24)}`, 'GET')).status).toBe(404);
    expect((await a.client.json('/api/cakes/not-an-id', 'GET')).status).toBe(404);
    const show = await makeShow();
    expect((await new Client().json(`/api/cakes/${show.id}`, 'GET')).status).toBe(401);
    expect((await new Client().json(`/api/cakes/${show.id}/pieces`, 'GET')).status).toBe(401);
  });

  it('pages through public pieces newest first and most liked first, each exactly once', async () => {
    const [a, viewer] = [await newUser(), await newUser()];
    const show = await makeShow();
    const base = Date.now() - 3_600_000;
    const made = [];
    // Ties on purpose: several pieces share a like count, two share a creation time.
    for (let i = 0; i < 23; i++) {
      made.push(await makePiece(a.id, show, { createdAt: new Date(base + Math.floor(i / 2) * 1000), likeCount: i % 4, review: `후기 ${i}` }));
    }
    await makePiece(a.id, show, { isPublic: false, likeCount: 99 });
    const walk = async (sort: string) => {
      const seen: { id: string; likeCount: number; createdAt: string }[] = [];
      let cursor: string | null = null;
      do {
        const page: Awaited<ReturnType<Client['json']>> = await viewer.client.json(`/api/cakes/${show.id}/pieces?sort=${sort}&limit=5${cursor ? `&cursor=${cursor}` : ''}`, 'GET');
        expect(page.status).toBe(200);
        expect(page.data.pieces.length).toBeLessThanOrEqual(5);
        seen.push(...page.data.pieces);
        cursor = page.data.nextCursor;
      } while (cursor);
      return seen;
    };
    const newest = await walk('new');
    // Pieces without a photo show their show's art.
    expect(newest.every((p) => (p as unknown as { thumbUrl: string }).thumbUrl.startsWith('/api/shows/art/'))).toBe(true);
    const key = (p: { createdAt: string; id: string }) => `${p.createdAt}|${p.id}`;
    expect(newest.map(key)).toEqual(made.map((p) => ({ createdAt: p.createdAt.toISOString(), id: p.id })).sort((x, y) => key(y).localeCompare(key(x))).map(key));
    const liked = await walk('liked');
    expect(new Set(ids(liked)).size).toBe(23);
    expect(new Set(ids(liked))).toEqual(new Set(ids(made)));
    for (let i = 1; i < liked.length; i++) {
      const [p, q] = [liked[i - 1], liked[i]];
      expect(p.likeCount > q.likeCount || (p.likeCount === q.likeCount && key(p) > key(q))).toBe(true);
    }
  });

  it('refuses a malformed cursor or sort with 422', async () => {
    const a = await newUser();
    const show = await makeShow();
    for (const q of ['cursor=abc', 'sort=liked&cursor=123.cabcdefghijklmnopqrstuvw', 'sort=best', 'limit=500']) {
      const res = await a.client.json(`/api/cakes/${show.id}/pieces?${q}`, 'GET');
      expect(res.status, q).toBe(422);
    }
  });
});

describe('browsing cakes', () => {
  it('ranks shows by public pieces recorded this month, filters by kind, and finds titles as typed', async () => {
    const u = await newUser();
    const tag = uniqueId('t');
    const [big, mid, old] = [await makeShow(`큰 쇼 ${tag}`, 'OTHER'), await makeShow(`중간 쇼 ${tag}`, 'OTHER'), await makeShow(`지난달 쇼 ${tag}`, 'OTHER')];
    const movie = await makeShow(`영화 ${tag}`, 'MOVIE');
    for (let i = 0; i < 30; i++) await makePiece(u.id, big);
    for (let i = 0; i < 25; i++) await makePiece(u.id, mid);
    await makePiece(u.id, mid, { isPublic: false });
    const lastMonth = new Date(monthStartKst().getTime() - 86_400_000);
    for (let i = 0; i < 40; i++) await makePiece(u.id, old, { createdAt: lastMonth });
    for (let i = 0; i < 30; i++) await makePiece(u.id, movie);

    const month = await u.client.json('/api/cakes?kind=OTHER', 'GET');
    expect(month.status).toBe(200);
    const order = ids(month.data.cakes).filter((id: string) => [big.id, mid.id, old.id].includes(id));
    expect(order).toEqual([big.id, mid.id]);
    const card = month.data.cakes.find((c: { id: string }) => c.id === mid.id);
    expect(card).toMatchObject({ pieceCount: 25, monthPieceCount: 25, kind: 'OTHER' });
    expect(ids(month.data.cakes)).not.toContain(movie.id);

    const all = await u.client.json('/api/cakes?kind=OTHER&period=all', 'GET');
    expect(ids(all.data.cakes).filter((id: string) => [big.id, mid.id, old.id].includes(id))).toEqual([old.id, big.id, mid.id]);

    const found = await u.client.json(`/api/cakes?q=${encodeURIComponent(` 중간  쇼!${tag.toUpperCase()} `)}`, 'GET');
    expect(ids(found.data.cakes)).toEqual([mid.id]);
    expect((await u.client.json(`/api/cakes?q=${encodeURIComponent('!!!')}`, 'GET')).status).toBe(422);
    expect((await u.client.json('/api/cakes?kind=OPERA', 'GET')).status).toBe(422);
  });
});

describe('likes', () => {
  it('keeps likeCount exact under concurrent likes, once per person, and publishes the count', async () => {
    const owner = await newUser();
    const fans: U[] = await Promise.all(Array.from({ length: 12 }, () => newUser()));
    const show = await makeShow();
    const piece = await makePiece(owner.id, show);
    const onCake = await listen(fans[0].client, channels.show(show.id));
    const onOwner = await listen(owner.client, channels.user(owner.id));
    try {
      // Every fan likes twice at the same moment: 24 requests, 12 likes.
      const results = await Promise.all(fans.flatMap((f) => [1, 2].map(() => f.client.json(`/api/pieces/${piece.id}/like`, 'POST'))));
      expect(results.every((r) => r.status === 200 && r.data.liked === true)).toBe(true);
      const row = await db.piece.findUniqueOrThrow({ where: { id: piece.id } });
      expect(row.likeCount).toBe(12);
      expect(await db.pieceLike.count({ where: { pieceId: piece.id } })).toBe(12);
      // Half take it back concurrently (twice each): exactly 6 remain.
      await Promise.all(fans.slice(0, 6).flatMap((f) => [1, 2].map(() => f.client.json(`/api/pieces/${piece.id}/like`, 'DELETE'))));
      expect((await db.piece.findUniqueOrThrow({ where: { id: piece.id } })).likeCount).toBe(6);
      // Each change that happened published the count it produced; repeats published nothing.
      const counts = () => onCake.events.filter((e) => e.event === 'piece-liked').map((e) => (e.data as { likeCount: number }).likeCount);
      for (let i = 0; i < 50 && counts().length < 18; i++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 300));
      const expected = [...Array.from({ length: 12 }, (_, i) => i + 1), 6, 7, 8, 9, 10, 11];
      expect(counts().sort((x, y) => x - y)).toEqual(expected.sort((x, y) => x - y));
      expect(onOwner.events.filter((e) => e.event === 'piece-liked')).toHaveLength(18);
    } finally {
      onCake.close();
      onOwner.close();
    }
  });

  it('refuses my own piece (422) and private or missing pieces (404); lists what I liked', async () => {
    const [owner, fan] = [await newUser(), await newUser()];
    const show = await makeShow();
    const [pub, priv] = [await makePiece(owner.id, show, { review: '최고' }), await makePiece(owner.id, show, { isPublic: false })];
    expect((await owner.client.json(`/api/pieces/${pub.id}/like`, 'POST')).status).toBe(422);
    expect((await fan.client.json(`/api/pieces/${priv.id}/like`, 'POST')).status).toBe(404);
    expect((await fan.client.json(`/api/pieces/c${'1'.repeat(24)}/like`, 'POST')).status).toBe(404);
    expect((await new Client().json(`/api/pieces/${pub.id}/like`, 'POST')).status).toBe(401);
    expect(await db.pieceLike.count({ where: { pieceId: { in: [pub.id, priv.id] } } })).toBe(0);

    expect((await fan.client.json(`/api/pieces/${pub.id}/like`, 'POST')).data).toEqual({ pieceId: pub.id, liked: true, likeCount: 1 });
    // A piece with a main photo shows its thumbnail.
    const photo = await db.pieceFile.create({ data: { ownerId: owner.id, pieceId: pub.id, key: 'test/none.jpg', width: 10, height: 10, size: 1, position: MAIN_POSITION } });
    const liked = await fan.client.json('/api/pieces/liked', 'GET');
    expect(liked.data.pieces).toHaveLength(1);
    expect(liked.data.pieces[0]).toMatchObject({ id: pub.id, showTitle: show.title, liked: true, likeCount: 1, review: '최고', thumbUrl: `/api/pieces/files/${photo.id}?variant=thumb` });
    const onCake = await fan.client.json(`/api/cakes/${show.id}/pieces`, 'GET');
    expect(onCake.data.pieces.find((p: { id: string }) => p.id === pub.id)).toMatchObject({ liked: true, mine: false });
    // Turned private: gone from the list (the like row stays for if it comes back).
    await db.piece.update({ where: { id: pub.id }, data: { isPublic: false } });
    expect((await fan.client.json('/api/pieces/liked', 'GET')).data.pieces).toEqual([]);
  });
});

describe('piece reports', () => {
  it('stores the reason and hides the piece from its reporter only; refuses own, private and bad input', async () => {
    const [owner, reporter, other] = [await newUser(), await newUser(), await newUser()];
    const show = await makeShow();
    const [bad, good, priv] = [await makePiece(owner.id, show), await makePiece(owner.id, show), await makePiece(owner.id, show, { isPublic: false })];
    const first = await reporter.client.json('/api/reports', 'POST', { target: 'PIECE', targetId: bad.id, reason: 'spoiler', detail: '결말을 말해요' });
    expect(first.status).toBe(201);
    const again = await reporter.client.json('/api/reports', 'POST', { target: 'PIECE', targetId: bad.id, reason: 'spam' });
    expect(again.status).toBe(200);
    expect(again.data.report.id).toBe(first.data.report.id);
    const stored = await db.report.findMany({ where: { targetId: bad.id } });
    expect(stored.map((r) => [r.reporterId, r.reason])).toEqual([[reporter.id, 'spoiler: 결말을 말해요']]);

    const mine = await reporter.client.json(`/api/cakes/${show.id}/pieces`, 'GET');
    expect(ids(mine.data.pieces)).toEqual([good.id]);
    const theirs = await other.client.json(`/api/cakes/${show.id}/pieces`, 'GET');
    expect(new Set(ids(theirs.data.pieces))).toEqual(new Set([bad.id, good.id]));

    const before = await db.report.count();
    expect((await owner.client.json('/api/reports', 'POST', { target: 'PIECE', targetId: good.id, reason: 'spam' })).status).toBe(422);
    expect((await reporter.client.json('/api/reports', 'POST', { target: 'PIECE', targetId: priv.id, reason: 'spam' })).status).toBe(404);
    expect((await reporter.client.json('/api/reports', 'POST', { target: 'PIECE', targetId: good.id, reason: 'boring' })).status).toBe(422);
    expect((await reporter.client.json('/api/reports', 'POST', { target: 'PIECE', targetId: good.id, reason: 'other', detail: 'x'.repeat(501) })).status).toBe(422);
    expect((await new Client().json('/api/reports', 'POST', { target: 'PIECE', targetId: good.id, reason: 'spam' })).status).toBe(401);
    expect(await db.report.count()).toBe(before);
  });
});
