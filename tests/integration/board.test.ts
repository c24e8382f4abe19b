// Wishlist, catalog and grape boards against the running server: search, wish rules,
// who may start/give/attach/gift, database-enforced counts under concurrent taps,
// gift time → history, isolation between families, and realtime events.
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser } from '../helpers/client';
import { listen } from '../helpers/realtime';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { naverProvider } from '@/lib/board/catalog-naver';
import { searchCatalog } from '@/lib/board/catalog';
import { pgErrorCode } from '@/lib/sql';
import { CATEGORY_IDS } from '@/lib/board/schemas';

afterAll(async () => {
  await db.$disconnect();
});

type U = Awaited<ReturnType<typeof newUser>>;

/** A family: one parent and `kids` children joined with invite codes. */
async function family(kids = 1) {
  const parent = await newUser();
  const made = await parent.client.json('/api/circles', 'POST', { name: '포도네' });
  expect(made.status).toBe(201);
  const circleId = made.data.circle.id as string;
  const children: U[] = [];
  let code = made.data.invite.code as string;
  for (let i = 0; i < kids; i++) {
    if (i > 0) code = (await parent.client.json(`/api/circles/${circleId}/invites`, 'POST', { role: 'CHILD' })).data.invite.code;
    const child = await newUser();
    expect((await child.client.json('/api/circles/join', 'POST', { code })).status).toBe(200);
    children.push(child);
  }
  return { parent, child: children[0], children, circleId };
}

const base = (circleId: string) => `/api/families/${circleId}`;
const addWish = (u: U, circleId: string, body: unknown) => u.client.json(`${base(circleId)}/wishes`, 'POST', body);
const manualWish = async (u: U, circleId: string, name = `선물 ${Math.random().toString(36).slice(2, 8)}`) => {
  const res = await addWish(u, circleId, { name, source: 'manual' });
  expect(res.status).toBe(201);
  return res.data.wish as { id: string; status: string };
};
const start = (u: U, circleId: string, wishId: string, goal?: number) => u.client.json(`${base(circleId)}/boards`, 'POST', goal === undefined ? { wishId } : { wishId, goal });
const give = (u: U, circleId: string, boardId: string, count = 1) => u.client.json(`${base(circleId)}/boards/${boardId}/grapes`, 'POST', { count });
const attach = (u: U, circleId: string, boardId: string) => u.client.json(`${base(circleId)}/boards/${boardId}/attach`, 'POST');
const gift = (u: U, circleId: string, boardId: string) => u.client.json(`${base(circleId)}/boards/${boardId}/gift`, 'POST');

async function boardFor(f: Awaited<ReturnType<typeof family>>, goal = 31, child = f.child) {
  const wish = await manualWish(child, f.circleId);
  const res = await start(f.parent, f.circleId, wish.id, goal);
  expect(res.status).toBe(201);
  return res.data.board as { id: string; goal: number; wish: { id: string } };
}

const eventSum = async (boardId: string, kind: 'GIVEN' | 'ATTACHED') =>
  (await db.grapeEvent.aggregate({ where: { boardId, kind }, _sum: { count: true } }))._sum.count ?? 0;

describe('board: catalog search', () => {
  const search = (c: Client, params: Record<string, string>) => c.json(`/api/catalog/search?${new URLSearchParams(params)}`, 'GET');

  it('ships at least 200 items across the ten categories, each with a served picture', async () => {
    const { parent } = await family(0);
    let total = 0;
    for (const category of CATEGORY_IDS) {
      const res = await search(parent.client, { category, limit: '60' });
      expect(res.status).toBe(200);
      expect(res.data.provider).toBe('bundled');
      expect(res.data.items.length, category).toBeGreaterThanOrEqual(15);
      for (const item of res.data.items) expect(item).toMatchObject({ category, imageUrl: expect.stringMatching(/^\/catalog\/.+\.svg$/), price: expect.any(Number) });
      total += res.data.items.length;
    }
    expect(total).toBeGreaterThanOrEqual(200);
    const img = await parent.client.fetch('/catalog/toys-01.svg');
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toContain('image/svg+xml');
  });

  it('matches Korean substrings ignoring spaces and case, and initial consonants', async () => {
    const { parent } = await family(0);
    const names = async (q: string, category?: string) => (await search(parent.client, { q, ...(category ? { category } : {}) })).data.items.map((i: { name: string }) => i.name) as string[];
    expect(await names('레고시티')).toContain('레고 시티 경찰서');
    expect(await names('  시티 경 찰 ')).toContain('레고 시티 경찰서');
    expect(await names('oled')).toContain('닌텐도 스위치 OLED');
    expect(await names('WHY?')).toContain('Why? 인체 학습만화');
    expect(await names('ㄹㄱㅅㅌ')).toEqual(['레고 시티 경찰서']);
    const initials = await names('ㄹㄱ');
    expect(initials.slice(0, 4).every((n) => n.startsWith('레고'))).toBe(true); // names starting with it come first
    expect(initials).toContain('할리갈리'); // ㅎㄹㄱㄹ holds ㄹㄱ too
    const dolls = await names('인형', 'dolls');
    expect(dolls.length).toBeGreaterThan(10);
    expect(await names('보드게임')).toContain('할리갈리'); // the category's own name matches its items
    expect(await names('존재하지않는선물이름')).toEqual([]);
  });

  it('refuses anonymous callers and bad input', async () => {
    const { parent } = await family(0);
    expect((await search(new Client(), { q: '레고' })).status).toBe(401);
    expect((await search(parent.client, { q: '가'.repeat(51) })).status).toBe(422);
    expect((await search(parent.client, { category: 'weapons' })).status).toBe(422);
    expect((await search(parent.client, { limit: '1000' })).status).toBe(422);
  });
});

describe('board: Naver Shopping provider (fake fetch)', () => {
  const item = (over: Record<string, string>) => ({
    title: '<b>레고</b> 시티 경찰서 &amp; 순찰차 60316', link: 'https://smartstore.naver.com/x/products/1', image: 'https://shopping-phinf.pstatic.net/a.jpg',
    lprice: '89900', hprice: '', mallName: '네이버', productId: '1234', productType: '1', brand: '레고', maker: '레고',
    category1: '출산/육아', category2: '완구/매트', category3: '블록놀이', category4: '레고', ...over,
  });

  it('asks with the client id/secret headers, strips <b> tags and entities, and maps fields', async () => {
    const calls: { url: string; headers: Headers }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, headers: new Headers(init.headers) });
      return new Response(JSON.stringify({ total: 2, start: 1, display: 2, items: [item({}), item({ title: '<b>수상한</b> 링크', link: 'javascript:alert(1)', image: 'http://insecure/a.jpg', lprice: '', productId: '99', category1: '도서', category2: '', category3: '', category4: '' })] }), { status: 200 });
    }) as unknown as typeof fetch;
    const provider = naverProvider({ clientId: 'id-1', clientSecret: 'secret-1', fetch: fakeFetch, categoryLabel: () => '장난감' });
    const items = await provider.search({ query: '레고', category: 'toys', limit: 5 });
    expect(calls).toHaveLength(1);
    const url = new URL(calls[0].url);
    expect(url.origin + url.pathname).toBe('https://openapi.naver.com/v1/search/shop.json');
    expect(url.searchParams.get('query')).toBe('레고 장난감');
    expect(url.searchParams.get('display')).toBe('5');
    expect(calls[0].headers.get('X-Naver-Client-Id')).toBe('id-1');
    expect(calls[0].headers.get('X-Naver-Client-Secret')).toBe('secret-1');
    expect(items[0]).toEqual({ id: 'naver-1234', name: '레고 시티 경찰서 & 순찰차 60316', category: 'toys', price: 89900, imageUrl: 'https://shopping-phinf.pstatic.net/a.jpg', link: 'https://smartstore.naver.com/x/products/1' });
    expect(items[1]).toMatchObject({ id: 'naver-99', name: '수상한 링크', category: 'books', price: null, imageUrl: null, link: null });
  });

  it('falls back to the bundled catalog when Naver fails', async () => {
    const failing = naverProvider({ clientId: 'a', clientSecret: 'b', fetch: (async () => new Response('quota', { status: 429 })) as unknown as typeof fetch });
    const res = await searchCatalog({ query: '레고', limit: 5 }, failing);
    expect(res.provider).toBe('bundled');
    expect(res.items.length).toBeGreaterThan(0);
  });
});

describe('board: wishlist', () => {
  it('a child adds from the catalog (stored from our catalog, not the body) and by hand', async () => {
    const f = await family();
    const fromCatalog = await addWish(f.child, f.circleId, { source: 'bundled', sourceId: 'toys-01', name: '가짜 이름', price: 1, imageUrl: '/catalog/books-01.svg' });
    expect(fromCatalog.status).toBe(201);
    expect(fromCatalog.data.wish).toMatchObject({ name: '레고 시티 경찰서', price: 89900, imageUrl: '/catalog/toys-01.svg', source: 'bundled', sourceId: 'toys-01', status: 'WISHED', childId: f.child.id });
    const byHand = await addWish(f.child, f.circleId, { name: '  동생이랑 같이 탈 킥보드 ', price: 45000, link: 'https://example.com/scooter' });
    expect(byHand.data.wish).toMatchObject({ name: '동생이랑 같이 탈 킥보드', price: 45000, link: 'https://example.com/scooter', imageUrl: null, source: 'manual' });
    const nameOnly = await addWish(f.child, f.circleId, { name: '강아지', link: '' });
    expect(nameOnly.data.wish).toMatchObject({ name: '강아지', price: null, link: null });
    expect((await addWish(f.child, f.circleId, { source: 'bundled', sourceId: 'toys-01' })).status).toBe(409);
  });

  it.each([
    [{ name: '' }, 422],
    [{ name: '   ' }, 422],
    [{ name: '가'.repeat(101) }, 422],
    [{ name: '링크', link: 'javascript:alert(1)' }, 422],
    [{ name: '링크', link: 'ftp://example.com/x' }, 422],
    [{ name: '가격', price: -1 }, 422],
    [{ name: '가격', price: 1.5 }, 422],
    [{ name: '그림', source: 'naver', sourceId: 'naver-1', imageUrl: 'javascript:x' }, 422],
    [{ source: 'bundled', sourceId: 'toys-999' }, 422],
    ['{"name":', 400],
  ])('refuses %j with %i and stores nothing', async (body, status) => {
    const f = await family();
    const res = await addWish(f.child, f.circleId, body);
    expect(res.status).toBe(status);
    expect(await db.wish.count({ where: { circleId: f.circleId } })).toBe(0);
  });

  it('parents see every child’s list, a child only their own; only children add', async () => {
    const f = await family(2);
    const [a, b] = f.children;
    await manualWish(a, f.circleId, '자전거');
    await manualWish(b, f.circleId, '인형');
    const refused = await addWish(f.parent, f.circleId, { name: '부모 선물' });
    expect(refused.status).toBe(403);
    expect(refused.data.error.message).toBe('위시리스트에는 아이만 선물을 담을 수 있어요.');
    const parentView = (await f.parent.client.json(`${base(f.circleId)}/wishes`, 'GET')).data.children;
    expect(parentView.map((c: { child: { id: string }; wishes: { name: string }[] }) => [c.child.id, c.wishes.map((w) => w.name)])).toEqual([[a.id, ['자전거']], [b.id, ['인형']]]);
    const childView = (await a.client.json(`${base(f.circleId)}/wishes`, 'GET')).data.children;
    expect(childView).toHaveLength(1);
    expect(childView[0].child.id).toBe(a.id);
  });

  it('only the child removes, and only wishes not yet on a board', async () => {
    const f = await family(2);
    const [a, b] = f.children;
    const w1 = await manualWish(a, f.circleId);
    const w2 = await manualWish(a, f.circleId);
    const del = (u: U, id: string) => u.client.json(`${base(f.circleId)}/wishes/${id}`, 'DELETE');
    expect((await del(f.parent, w1.id)).status).toBe(403);
    expect((await del(b, w1.id)).status).toBe(403);
    expect((await del(a, w1.id)).status).toBe(200);
    expect((await del(a, w1.id)).status).toBe(404);
    expect((await start(f.parent, f.circleId, w2.id)).status).toBe(201);
    const onBoard = await del(a, w2.id);
    expect(onBoard.status).toBe(409);
    expect(await db.wish.findUnique({ where: { id: w2.id } })).toMatchObject({ status: 'ON_BOARD' });
  });
});

describe('board: starting a board', () => {
  it('only parents start; goal 31 by default, 10..50 allowed; one open board per child', async () => {
    const f = await family(2);
    const [a, b] = f.children;
    const wish = await manualWish(a, f.circleId);
    const byChild = await start(a, f.circleId, wish.id);
    expect(byChild.status).toBe(403);
    expect(byChild.data.error.message).toBe('포도판은 부모만 시작할 수 있어요.');
    for (const goal of [9, 51, 10.5, '31']) expect((await start(f.parent, f.circleId, wish.id, goal as number)).status, String(goal)).toBe(422);
    expect((await f.parent.client.json(`${base(f.circleId)}/boards`, 'POST', { wishId: 'nope' })).status).toBe(422);
    const ok = await start(f.parent, f.circleId, wish.id);
    expect(ok.status).toBe(201);
    expect(ok.data.board).toMatchObject({ goal: 31, given: 0, attached: 0, status: 'ACTIVE', childId: a.id, startedById: f.parent.id, wish: { id: wish.id, status: 'ON_BOARD' } });
    expect((await start(f.parent, f.circleId, wish.id)).status).toBe(409);
    const second = await start(f.parent, f.circleId, (await manualWish(a, f.circleId)).id, 10);
    expect(second.status).toBe(409);
    expect(second.data.error.message).toContain('이미 진행 중인 포도판');
    expect((await start(f.parent, f.circleId, (await manualWish(b, f.circleId)).id, 50)).data.board.goal).toBe(50);
  });

  it('two parents racing to start boards for one child: exactly one wins, the other wish stays wished', async () => {
    const f = await family();
    const [w1, w2] = [await manualWish(f.child, f.circleId), await manualWish(f.child, f.circleId)];
    const results = await Promise.all([start(f.parent, f.circleId, w1.id), start(f.parent, f.circleId, w2.id)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const statuses = (await db.wish.findMany({ where: { id: { in: [w1.id, w2.id] } } })).map((w) => w.status).sort();
    expect(statuses).toEqual(['ON_BOARD', 'WISHED']);
    expect(await db.board.count({ where: { childId: f.child.id } })).toBe(1);
  });

  it('a child in two families (separated parents) gets a board in each, still one per family', async () => {
    const [mom, dad] = [await family(), await family()];
    const child = mom.child;
    const code = (await dad.parent.client.json(`/api/circles/${dad.circleId}/invites`, 'POST', { role: 'CHILD' })).data.invite.code;
    expect((await child.client.json('/api/circles/join', 'POST', { code })).status).toBe(200);
    const atMom = await start(mom.parent, mom.circleId, (await manualWish(child, mom.circleId)).id);
    expect(atMom.status).toBe(201);
    const atDad = await start(dad.parent, dad.circleId, (await manualWish(child, dad.circleId)).id);
    expect(atDad.status, JSON.stringify(atDad.data)).toBe(201);
    expect(atDad.data.board).toMatchObject({ childId: child.id, circleId: dad.circleId, status: 'ACTIVE' });
    // Each family still has one open board for the child.
    expect((await start(dad.parent, dad.circleId, (await manualWish(child, dad.circleId)).id)).status).toBe(409);
    expect(await db.board.count({ where: { childId: child.id, status: 'ACTIVE' } })).toBe(2);
  });

  it('a wish from another family is not found', async () => {
    const [f, other] = [await family(), await family()];
    const foreign = await manualWish(other.child, other.circleId);
    expect((await start(f.parent, f.circleId, foreign.id)).status).toBe(404);
  });
});

describe('board: giving and attaching', () => {
  it('parents give, children attach their own board; the wrong role gets a clear 403', async () => {
    const f = await family(2);
    const [a, b] = f.children;
    const board = await boardFor(f, 10, a);
    const childGives = await give(a, f.circleId, board.id);
    expect(childGives.status).toBe(403);
    expect(childGives.data.error.message).toBe('포도알은 부모만 줄 수 있어요.');
    const nothing = await attach(a, f.circleId, board.id);
    expect(nothing.status).toBe(409);
    expect(nothing.data.error.message).toContain('붙일 포도알이 없어요');
    const gave = await give(f.parent, f.circleId, board.id, 3);
    expect(gave.status).toBe(200);
    expect(gave.data.board).toMatchObject({ given: 3, attached: 0, version: 3 });
    const parentAttaches = await attach(f.parent, f.circleId, board.id);
    expect(parentAttaches.status).toBe(403);
    expect(parentAttaches.data.error.message).toContain('아이가 직접 붙여요');
    expect((await attach(b, f.circleId, board.id)).status).toBe(403);
    expect((await attach(a, f.circleId, board.id)).data.board).toMatchObject({ given: 3, attached: 1 });
    const events = await db.grapeEvent.findMany({ where: { boardId: board.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => [e.kind, e.count, e.actorId])).toEqual([['GIVEN', 3, f.parent.id], ['ATTACHED', 1, a.id]]);
  });

  it('never gives beyond the goal and refuses bad counts, writing nothing', async () => {
    const f = await family();
    const board = await boardFor(f, 10);
    for (const count of [0, -1, 51, 2.5, '3']) expect((await give(f.parent, f.circleId, board.id, count as number)).status, String(count)).toBe(422);
    expect((await give(f.parent, f.circleId, board.id, 8)).status).toBe(200);
    const over = await give(f.parent, f.circleId, board.id, 3);
    expect(over.status).toBe(409);
    expect(over.data.error.message).toContain('2개까지');
    expect(over.data.error.details).toMatchObject({ left: 2 });
    expect(await db.board.findUnique({ where: { id: board.id } })).toMatchObject({ given: 8 });
    expect(await eventSum(board.id, 'GIVEN')).toBe(8);
  });

  it('50 concurrent gives never over-fill, and the events add up to `given`', async () => {
    const f = await family();
    const board = await boardFor(f, 31);
    const results = await Promise.all(Array.from({ length: 50 }, () => give(f.parent, f.circleId, board.id, 1)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(31);
    expect(results.filter((r) => r.status === 409)).toHaveLength(19);
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(await db.board.findUnique({ where: { id: board.id } })).toMatchObject({ given: 31 });
    expect(await eventSum(board.id, 'GIVEN')).toBe(31);
    expect(Math.max(...results.filter((r) => r.status === 200).map((r) => r.data.board.given))).toBe(31);
  });

  it('concurrent gives of mixed sizes: what succeeded is exactly what is stored', async () => {
    const f = await family();
    const board = await boardFor(f, 50);
    const counts = Array.from({ length: 40 }, (_, i) => (i % 3) + 1);
    const results = await Promise.all(counts.map((c) => give(f.parent, f.circleId, board.id, c)));
    const accepted = counts.filter((_, i) => results[i].status === 200).reduce((a, c) => a + c, 0);
    const stored = await db.board.findUniqueOrThrow({ where: { id: board.id } });
    expect(stored.given).toBe(accepted);
    expect(stored.given).toBeLessThanOrEqual(50);
    expect(stored.given).toBeGreaterThanOrEqual(48); // only a too-big last give can leave room
    expect(await eventSum(board.id, 'GIVEN')).toBe(stored.given);
  });

  it('concurrent attaches never double-count: 30 taps on 20 waiting grapes attach 20, then gift time', async () => {
    const f = await family();
    const board = await boardFor(f, 20);
    expect((await give(f.parent, f.circleId, board.id, 20)).status).toBe(200);
    const results = await Promise.all(Array.from({ length: 30 }, () => attach(f.child, f.circleId, board.id)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(20);
    expect(results.filter((r) => r.status === 409)).toHaveLength(10);
    const stored = await db.board.findUniqueOrThrow({ where: { id: board.id } });
    expect(stored).toMatchObject({ attached: 20, given: 20, status: 'GIFT_TIME' });
    expect(stored.fullAt).toBeInstanceOf(Date);
    expect(await eventSum(board.id, 'ATTACHED')).toBe(20);
  });

  it('the database itself refuses impossible counts (CHECK Board_counts_valid)', async () => {
    const f = await family();
    const board = await boardFor(f, 10);
    const attempts = [
      db.$executeRaw`UPDATE "Board" SET given = 11 WHERE id = ${board.id}`,
      db.$executeRaw`UPDATE "Board" SET attached = 1 WHERE id = ${board.id}`,
      db.$executeRaw`UPDATE "Board" SET goal = 60 WHERE id = ${board.id}`,
    ];
    for (const attempt of attempts) {
      const err = await attempt.then(() => null, (e: unknown) => e);
      expect(pgErrorCode(err)).toBe('23514');
    }
  });
});

describe('board: gift time and history', () => {
  it('full board → gift time for both → a parent marks the gift given → history, wish GIVEN', async () => {
    const f = await family();
    const board = await boardFor(f, 10);
    const early = await gift(f.parent, f.circleId, board.id);
    expect(early.status).toBe(409);
    expect(early.data.error.message).toContain('아직 포도판이 다 차지 않았어요');
    await give(f.parent, f.circleId, board.id, 10);
    for (let i = 0; i < 9; i++) expect((await attach(f.child, f.circleId, board.id)).data.board.status).toBe('ACTIVE');
    const last = await attach(f.child, f.circleId, board.id);
    expect(last.data.board).toMatchObject({ attached: 10, status: 'GIFT_TIME', fullAt: expect.any(String) });
    for (const u of [f.parent, f.child]) {
      const seen = (await u.client.json(`${base(f.circleId)}/boards`, 'GET')).data;
      expect(seen.children[0].board.status).toBe('GIFT_TIME');
    }
    expect((await give(f.parent, f.circleId, board.id)).status).toBe(409);
    const byChild = await gift(f.child, f.circleId, board.id);
    expect(byChild.status).toBe(403);
    const done = await gift(f.parent, f.circleId, board.id);
    expect(done.status).toBe(200);
    expect(done.data.board).toMatchObject({ status: 'DONE', giftGivenAt: expect.any(String), wish: { id: board.wish.id, status: 'GIVEN', givenAt: expect.any(String) } });
    expect((await gift(f.parent, f.circleId, board.id)).status).toBe(409);
    expect((await attach(f.child, f.circleId, board.id)).status).toBe(409);
    const after = (await f.child.client.json(`${base(f.circleId)}/boards`, 'GET')).data;
    expect(after.children[0].board).toBeNull();
    expect(after.history.map((h: { id: string }) => h.id)).toEqual([board.id]);
    expect((await f.parent.client.json(`${base(f.circleId)}/boards/${board.id}`, 'GET')).data.board.status).toBe('DONE');
    const wishes = (await f.child.client.json(`${base(f.circleId)}/wishes`, 'GET')).data.children[0].wishes;
    expect(wishes.find((w: { id: string }) => w.id === board.wish.id)).toMatchObject({ status: 'GIVEN' });
    // A new board can start now, and the given wish cannot be removed.
    expect((await f.child.client.json(`${base(f.circleId)}/wishes/${board.wish.id}`, 'DELETE')).status).toBe(409);
    expect((await boardFor(f, 12)).goal).toBe(12);
  });

  it('notifies the child of grapes and everyone of gift time', async () => {
    const f = await family();
    const board = await boardFor(f, 10);
    await give(f.parent, f.circleId, board.id, 10);
    for (let i = 0; i < 10; i++) await attach(f.child, f.circleId, board.id);
    const url = `/circles/${f.circleId}/board`;
    await expect.poll(() => db.notification.count({ where: { userId: f.child.id, url } })).toBe(2);
    await expect.poll(() => db.notification.count({ where: { userId: f.parent.id, url } })).toBe(1);
    const titles = (await db.notification.findMany({ where: { userId: f.child.id, url }, orderBy: { createdAt: 'asc' } })).map((n) => n.title);
    expect(titles).toEqual(['포도알 10개를 받았어요!', '선물 시간!']);
  });
});

describe('board: isolation', () => {
  it('outsiders get 404 and anonymous callers 401 on every route', async () => {
    const [f, outsider] = [await family(), await newUser()];
    const wish = await manualWish(f.child, f.circleId);
    const board = await boardFor(f, 10);
    const b = base(f.circleId);
    const routes: [string, string, unknown?][] = [
      ['GET', `${b}/wishes`],
      ['POST', `${b}/wishes`, { name: '몰래' }],
      ['DELETE', `${b}/wishes/${wish.id}`],
      ['GET', `${b}/boards`],
      ['POST', `${b}/boards`, { wishId: wish.id }],
      ['GET', `${b}/boards/${board.id}`],
      ['POST', `${b}/boards/${board.id}/grapes`, { count: 1 }],
      ['POST', `${b}/boards/${board.id}/attach`],
      ['POST', `${b}/boards/${board.id}/gift`],
    ];
    for (const [method, path, body] of routes) {
      expect((await outsider.client.json(path, method, body)).status, `${method} ${path}`).toBe(404);
      expect((await new Client().json(path, method, body)).status, `anon ${method} ${path}`).toBe(401);
    }
    expect((await outsider.client.json(`/api/families/not-an-id/boards`, 'GET')).status).toBe(404);
    expect(await db.wish.count({ where: { circleId: f.circleId } })).toBe(2);
    expect(await db.board.findUnique({ where: { id: board.id } })).toMatchObject({ given: 0, attached: 0 });
  });

  it('a board of another family is not found through my family, and couples have no boards', async () => {
    const [f, other] = [await family(), await family()];
    const theirs = await boardFor(other, 10);
    expect((await give(f.parent, f.circleId, theirs.id)).status).toBe(404);
    expect((await f.parent.client.json(`${base(f.circleId)}/boards/${theirs.id}`, 'GET')).status).toBe(404);
    expect(await db.board.findUnique({ where: { id: theirs.id } })).toMatchObject({ given: 0 });
    const [a, b] = [await newUser(), await newUser()];
    const couple = await db.circle.create({ data: { kind: 'COUPLE', name: 'c', members: { create: [{ userId: a.id, role: 'PARTNER' }, { userId: b.id, role: 'PARTNER' }] } } });
    expect((await a.client.json(`${base(couple.id)}/boards`, 'GET')).status).toBe(404);
    expect((await a.client.json(`${base(couple.id)}/wishes`, 'POST', { name: 'x' })).status).toBe(404);
    await db.circle.delete({ where: { id: couple.id } });
  });
});

describe('board: realtime', () => {
  it('every change reaches a member as the full board (same shape as GET); outsiders cannot listen', async () => {
    const f = await family();
    const live = await listen(f.child.client, [channels.circle(f.circleId), channels.user(f.child.id)]);
    try {
      const wish = await manualWish(f.child, f.circleId, '실시간 선물');
      expect(((await live.waitFor('wish')) as { wish: { id: string } }).wish.id).toBe(wish.id);
      const board = (await start(f.parent, f.circleId, wish.id, 10)).data.board;
      await give(f.parent, f.circleId, board.id, 2);
      await attach(f.child, f.circleId, board.id);
      const got = await new Promise<{ board: { given: number; attached: number }; change: { kind: string } }[]>((resolve, reject) => {
        const deadline = Date.now() + 5000;
        const tick = () => {
          const boards = live.events.filter((e) => e.event === 'board').map((e) => e.data as { board: { given: number; attached: number }; change: { kind: string } });
          if (boards.length >= 3) resolve(boards);
          else if (Date.now() > deadline) reject(new Error(`only ${boards.length} board events`));
          else setTimeout(tick, 20);
        };
        tick();
      });
      expect(got.map((e) => e.change.kind).sort()).toEqual(['attached', 'given', 'started']);
      const latest = got.find((e) => e.change.kind === 'attached')!.board;
      const fromGet = (await f.child.client.json(`${base(f.circleId)}/boards/${board.id}`, 'GET')).data.board;
      expect(latest).toEqual(fromGet);
    } finally {
      live.close();
    }
    const outsider = await newUser();
    await expect(listen(outsider.client, channels.circle(f.circleId))).rejects.toThrow(/refused/);
  });
});
