// Ticket images and sharing: share links (make, replace, revoke), who may open a link,
// the public page's link-preview tags and its cached 1200×630 image (without a cookie),
// the 1080×1920 story image, outsiders on every write.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, Client, newUser } from '../helpers/client';
import { makePiece, metaTags, storedFile } from '../helpers/pieces';
import { db } from '@/lib/db';

afterAll(async () => {
  await db.$disconnect();
});

type User = Awaited<ReturnType<typeof newUser>>;
const share = (u: User, pieceId: string, method: 'GET' | 'POST' | 'DELETE') => u.client.json(`/api/pieces/${pieceId}/share`, method);
const anon = () => new Client();
const page = async (client: Client, token: string) => {
  const res = await client.fetch(`/p/${token}`);
  return { status: res.status, html: await res.text() };
};
const png = async (client: Client, url: string) => {
  const res = await client.fetch(url);
  const bytes = Buffer.from(await res.arrayBuffer());
  const meta = res.status === 200 ? await sharp(bytes).metadata() : null;
  return { res, size: meta ? [meta.format, meta.width, meta.height] : null };
};

describe('share links', () => {
  it('makes a link, replaces it (the old one answers 404) and revokes it', async () => {
    const me = await newUser();
    const piece = await makePiece(me.id, { isPublic: true });
    expect((await share(me, piece.id, 'GET')).data.share).toMatchObject({ isPublic: true, link: null });

    const first = await share(me, piece.id, 'POST');
    expect(first.status).toBe(200);
    const token = first.data.share.link.token as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(first.data.share.link.path).toBe(`/p/${token}`);
    expect((await page(anon(), token)).status).toBe(200);

    const second = (await share(me, piece.id, 'POST')).data.share.link.token as string;
    expect(second).not.toBe(token);
    expect((await page(anon(), token)).status).toBe(404);
    expect((await page(anon(), second)).status).toBe(200);

    const revoked = await share(me, piece.id, 'DELETE');
    expect(revoked.data.share.link).toBeNull();
    for (const who of [anon(), me.client]) expect((await page(who, second)).status).toBe(404);
    expect((await db.piece.findUniqueOrThrow({ where: { id: piece.id } })).shareToken).toBeNull();
  });

  it('a private piece’s link answers 404 to everyone but its owner, and opens once it is public', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const piece = await makePiece(me.id);
    const token = (await share(me, piece.id, 'POST')).data.share.link.token as string;
    const hash = (await share(me, piece.id, 'GET')).data.share.images.og.split('/').pop();
    for (const who of [anon(), other.client]) {
      expect((await page(who, token)).status).toBe(404);
      expect((await who.fetch(`/p/${token}/image/${hash}`)).status).toBe(404);
    }
    const ownerOnly = '>비공개 조각이에요. 이 페이지는 나에게만 보여요.</p>';
    const mine = await page(me.client, token);
    expect(mine.status).toBe(200);
    expect(mine.html).toContain(ownerOnly);

    await db.piece.update({ where: { id: piece.id }, data: { isPublic: true } });
    const opened = await page(anon(), token);
    expect(opened.status).toBe(200);
    expect(opened.html).not.toContain(ownerOnly);
  });

  it('outsiders get 404 on every write and read, anonymous callers 401; nothing changes', async () => {
    const [me, other] = [await newUser(), await newUser()];
    const piece = await makePiece(me.id, { isPublic: true });
    await share(me, piece.id, 'POST');
    const before = await db.piece.findUniqueOrThrow({ where: { id: piece.id } });
    const file = (await share(me, piece.id, 'GET')).data.share.images.story.split('/').pop();
    for (const [method, url] of [['GET', 'share'], ['POST', 'share'], ['DELETE', 'share'], ['POST', 'art'], ['DELETE', 'art'], ['GET', `ticket/${file}`]]) {
      expect((await other.client.fetch(`/api/pieces/${piece.id}/${url}`, { method })).status, `${method} ${url}`).toBe(404);
      expect((await anon().fetch(`/api/pieces/${piece.id}/${url}`, { method })).status, `${method} ${url}`).toBe(401);
    }
    expect(await db.piece.findUniqueOrThrow({ where: { id: piece.id } })).toEqual(before);
    // A piece id that cannot exist, and a malformed token, are simply not found.
    expect((await share(me, 'nope', 'POST')).status).toBe(404);
    expect((await page(anon(), 'short')).status).toBe(404);
  });
});

describe('the shared page and its images', () => {
  it('without a cookie: the preview tags, and an og:image that is a cached 1200×630 PNG', async () => {
    const me = await newUser();
    const piece = await makePiece(me.id, { isPublic: true });
    const token = (await share(me, piece.id, 'POST')).data.share.link.token as string;
    const res = await anon().fetch(`/p/${token}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const tags = metaTags(html);
    expect(tags['og:title']).toBe('레미제라블');
    expect(tags['og:description']).toContain(`Test ${me.loginId}님의 뮤지컬 티켓 조각 · 2026.03.14 (토)`);
    expect(tags['og:description']).not.toMatch(/\p{Extended_Pictographic}/u);
    expect(tags['og:locale']).toBe('ko_KR');
    expect(tags['og:image:width']).toBe('1200');
    expect(tags['og:image:height']).toBe('630');
    expect(tags['og:image:alt']).toBe(`Test ${me.loginId}님의 레미제라블 티켓`);
    expect(tags['twitter:card']).toBe('summary_large_image');
    expect(tags['og:url']).toBe(`${BASE}/p/${token}`);
    const image = new URL(tags['og:image']);
    expect(image.origin).toBe(BASE);
    expect(image.pathname).toMatch(new RegExp(`^/p/${token}/image/[a-f0-9]{20}-og\\.png$`));
    expect(html).toContain('href="/signup"');
    expect(html).toContain('마지막 넘버에서 온몸에 소름이 돋았다');

    // The page shows the story picture as WebP (the PNG is for saving): same size, kept once.
    const shown = html.match(/<img[^>]*src="([^"]+)"/)![1];
    expect(shown).toMatch(new RegExp(`^/p/${token}/image/[a-f0-9]{20}-story\\.webp$`));
    const webp = await png(anon(), shown);
    expect(webp.size).toEqual(['webp', 1080, 1920]);
    expect(webp.res.headers.get('content-type')).toBe('image/webp');
    expect(webp.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const storyHash = shown.split('/').pop()!.split('-')[0];
    expect(storedFile(`renders/${piece.id}/${storyHash}-story-webp`)).toBe(true);
    expect(storedFile(`renders/${piece.id}/${storyHash}-story`)).toBe(true);
    expect((await png(anon(), shown)).size).toEqual(['webp', 1080, 1920]);

    const first = await png(anon(), image.pathname);
    expect(first.size).toEqual(['png', 1200, 630]);
    expect(first.res.headers.get('content-type')).toBe('image/png');
    expect(first.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const hash = image.pathname.split('/').pop()!.split('-')[0];
    expect(storedFile(`renders/${piece.id}/${hash}-og`)).toBe(true);
    const again = await png(anon(), image.pathname);
    expect(again.size).toEqual(['png', 1200, 630]);

    // A change to the piece names a new image; the old name sends the current one.
    await db.piece.update({ where: { id: piece.id }, data: { title: '레미제라블 25주년', version: { increment: 1 } } });
    const changed = new URL(metaTags(await (await anon().fetch(`/p/${token}`)).text())['og:image']).pathname;
    expect(changed).not.toBe(image.pathname);
    const stale = await anon().fetch(image.pathname);
    expect(stale.status).toBe(307);
    expect(stale.headers.get('location')).toBe(changed);
    expect(stale.headers.get('cache-control')).toBe('no-store');
    const staleWebp = await anon().fetch(shown);
    expect(staleWebp.status).toBe(307);
    expect(staleWebp.headers.get('location')).toMatch(new RegExp(`^/p/${token}/image/[a-f0-9]{20}-story\\.webp$`));
    expect(staleWebp.headers.get('location')).not.toBe(shown);
    // Drawing the new version frees the old one's PNG and WebP.
    expect((await png(anon(), staleWebp.headers.get('location')!)).size).toEqual(['webp', 1080, 1920]);
    expect(storedFile(`renders/${piece.id}/${storyHash}-story-webp`)).toBe(false);
    expect(storedFile(`renders/${piece.id}/${storyHash}-story`)).toBe(false);
    for (const bad of ['x.png', `${hash}-square.png`, `${hash}-og.jpg`, `${hash}-og.webp.png`, `${hash}-story.WEBP`]) expect((await anon().fetch(`/p/${token}/image/${bad}`)).status, bad).toBe(404);
  }, 60_000);

  it('the story image is 1080×1920, private to its owner, and downloads as a file', async () => {
    const me = await newUser();
    const piece = await makePiece(me.id, { layout: 'polaroid', theme: 'mint' });
    const state = (await share(me, piece.id, 'GET')).data.share;
    expect(state.images.story).toMatch(new RegExp(`^/api/pieces/${piece.id}/ticket/[a-f0-9]{20}-story\\.png$`));
    const story = await png(me.client, state.images.story);
    expect(story.size).toEqual(['png', 1080, 1920]);
    expect(story.res.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
    const saved = await me.client.fetch(`${state.images.story}?download=1`);
    expect(saved.headers.get('content-disposition')).toMatch(/^attachment;/);
    await saved.arrayBuffer();
    // Another look is another image.
    await db.piece.update({ where: { id: piece.id }, data: { layout: 'stub', version: { increment: 1 } } });
    expect((await share(me, piece.id, 'GET')).data.share.images.story).not.toBe(state.images.story);
  }, 60_000);
});

describe('AI ticket art', () => {
  // A stand-in for an OpenAI-compatible images endpoint, answering in its real shape.
  const calls: { auth: string | undefined; body: Record<string, unknown> }[] = [];
  let mode: 'ok' | 'fail' = 'ok';
  let standIn: import('node:http').Server;
  let server: Awaited<ReturnType<typeof import('../helpers/server').startServer>>;

  const call = (base: string, u: User, path: string, method: string) =>
    fetch(base + path, { method, headers: { cookie: u.client.cookieHeader(), 'x-forwarded-for': u.client.ip } }).then(async (r) => ({ status: r.status, data: await r.json() }));

  beforeAll(async () => {
    const http = await import('node:http');
    const picture = (await sharp({ create: { width: 512, height: 768, channels: 3, background: '#3b1d6e' } }).composite([{ input: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="512" height="768"><circle cx="256" cy="300" r="180" fill="#f4a261"/></svg>') }]).png().toBuffer()).toString('base64');
    standIn = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        calls.push({ auth: req.headers.authorization, body: JSON.parse(raw || '{}') });
        res.setHeader('content-type', 'application/json');
        if (req.url !== '/v1/images/generations' || mode === 'fail') {
          res.statusCode = 500;
          res.end(JSON.stringify({ error: { message: 'The server had an error while processing your request.', type: 'server_error' } }));
          return;
        }
        res.end(JSON.stringify({ created: Math.floor(Date.now() / 1000), data: [{ b64_json: picture, revised_prompt: 'a painting' }], usage: { total_tokens: 100 } }));
      });
    });
    await new Promise<void>((r) => standIn.listen(0, '127.0.0.1', r));
    const { port } = standIn.address() as import('node:net').AddressInfo;
    const { startServer } = await import('../helpers/server');
    server = await startServer({ MOA_TEST_HOOKS: '0', AI_BASE_URL: `http://127.0.0.1:${port}/v1`, AI_API_KEY: 'sk-stand-in', AI_IMAGE_MODEL: 'gpt-image-1' });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    await new Promise((r) => standIn?.close(r));
  });

  it('paints a background from the show and the review, stores it and composes the ticket over it', async () => {
    const me = await newUser();
    const piece = await makePiece(me.id, { isPublic: true });
    const before = (await share(me, piece.id, 'GET')).data.share.images.og as string;
    mode = 'ok';
    const made = await call(server.base, me, `/api/pieces/${piece.id}/art`, 'POST');
    expect(made.status).toBe(200);
    expect(made.data.art).toEqual({ outcome: 'made', message: 'AI 배경을 입혔어요.' });
    expect(made.data.preview).toMatch(/^data:image\/jpeg;base64,/);
    const last = calls.at(-1)!;
    expect(last.auth).toBe('Bearer sk-stand-in');
    expect(last.body).toMatchObject({ model: 'gpt-image-1', n: 1, size: '1024x1536' });
    expect(String(last.body.prompt)).toContain('레미제라블');
    expect(String(last.body.prompt)).toContain('소름이 돋았다');

    const row = await db.piece.findUniqueOrThrow({ where: { id: piece.id } });
    expect(row.artKey).toBeTruthy();
    expect(row.version).toBe(piece.version + 1);
    expect(storedFile(row.artKey!)).toBe(true);
    expect(made.data.share.images.og).not.toBe(before);
    const og = await png(me.client, made.data.share.images.og);
    expect(og.size).toEqual(['png', 1200, 630]);

    // Removing it goes back to the plain layout and frees the file.
    const removed = await call(BASE, me, `/api/pieces/${piece.id}/art`, 'DELETE');
    expect(removed.data.art.outcome).toBe('removed');
    expect(removed.data.preview).toBeNull();
    expect((await db.piece.findUniqueOrThrow({ where: { id: piece.id } })).artKey).toBeNull();
    expect(storedFile(row.artKey!)).toBe(false);
  }, 120_000);

  it('a provider failure keeps the layout and says so; without an image model the layout stays too', async () => {
    const me = await newUser();
    const piece = await makePiece(me.id);
    mode = 'fail';
    const failed = await call(server.base, me, `/api/pieces/${piece.id}/art`, 'POST');
    expect(failed.status).toBe(200);
    expect(failed.data.art).toEqual({ outcome: 'failed', message: 'AI 배경을 만들지 못해서 기본 레이아웃으로 보여요. 잠시 후 다시 시도해 주세요.' });
    expect(failed.data.preview).toBeNull();
    const row = await db.piece.findUniqueOrThrow({ where: { id: piece.id } });
    expect([row.artKey, row.version]).toEqual([null, piece.version]);
    expect((await png(me.client, failed.data.share.images.story)).size).toEqual(['png', 1080, 1920]);

    // The shared test server has no image model configured.
    const unconfigured = await call(BASE, me, `/api/pieces/${piece.id}/art`, 'POST');
    expect(unconfigured.data.art.outcome).toBe('unconfigured');
    expect(unconfigured.data.art.message).toBe('AI 배경을 쓸 수 없는 서버예요. 기본 레이아웃으로 보여요.');
  }, 120_000);
});
