// Profiles: name and status, avatar/background uploads (sniffed, re-encoded, old files
// freed), and who may see a profile or its images.
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { Client, newUser } from '../helpers/client';
import { fetchBytes, makeImage, mimeOf, storedProfileFiles, uploadProfileImage, type ImageFormat } from '../helpers/images';
import { db } from '@/lib/db';

afterAll(async () => {
  await db.$disconnect();
});

const befriend = (owner: Awaited<ReturnType<typeof newUser>>, friend: Awaited<ReturnType<typeof newUser>>) =>
  owner.client.json('/api/friends', 'POST', { loginId: friend.loginId });

describe('my profile', () => {
  it('shows my own profile without anything secret', async () => {
    const me = await newUser();
    const res = await me.client.json('/api/profiles/me', 'GET');
    expect(res.status).toBe(200);
    expect(res.data.profile).toEqual({
      id: me.id,
      loginId: me.loginId.toLowerCase(),
      displayName: `Test ${me.loginId}`,
      statusMessage: '',
      avatarUrl: null,
      backgroundUrl: null,
      isMe: true,
      isFriend: false,
      hidden: false,
      birthday: null,
    });
  });

  it('changes display name and status message; a status of 60 emoji fits, 61 characters do not', async () => {
    const me = await newUser();
    const ok = await me.client.json('/api/profiles/me', 'PUT', { displayName: '  포도 ', statusMessage: '오늘도 맑음 ☀️' });
    expect(ok.status).toBe(200);
    expect(ok.data.profile).toMatchObject({ displayName: '포도', statusMessage: '오늘도 맑음 ☀️' });
    expect((await me.client.json('/api/profiles/me', 'PUT', { statusMessage: '🍇'.repeat(60) })).status).toBe(200);

    const long = await me.client.json('/api/profiles/me', 'PUT', { statusMessage: '가'.repeat(61) });
    expect(long.status).toBe(422);
    expect(long.data.error.details.fields.statusMessage).toBe('상태 메시지는 60자 이하여야 해요.');
    const row = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(row.displayName).toBe('포도');
    expect(row.statusMessage).toBe('🍇'.repeat(60));
  });

  it.each([
    [{ statusMessage: 'two\nlines' }, 'statusMessage'],
    [{ statusMessage: 42 }, 'statusMessage'],
    [{ displayName: '' }, 'displayName'],
    [{ displayName: 'x'.repeat(31) }, 'displayName'],
    [{ displayName: ['a'] }, 'displayName'],
    [{}, '_'],
  ])('refuses %j with 422 and changes nothing', async (body, field) => {
    const me = await newUser();
    const res = await me.client.json('/api/profiles/me', 'PUT', body);
    expect(res.status).toBe(422);
    expect(Object.keys(res.data.error.details.fields)).toContain(field);
    const row = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(row.displayName).toBe(`Test ${me.loginId}`);
    expect(row.statusMessage).toBe('');
  });

  it('ignores fields that are not mine to set (image keys, ids)', async () => {
    const me = await newUser();
    const res = await me.client.json('/api/profiles/me', 'PUT', { statusMessage: 'hi', avatarKey: 'profiles/x/evil', id: 'someone-else' });
    expect(res.status).toBe(200);
    const row = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(row.avatarKey).toBeNull();
  });

  it('answers anonymous callers with 401', async () => {
    const anon = new Client();
    expect((await anon.json('/api/profiles/me', 'GET')).status).toBe(401);
    expect((await anon.json('/api/profiles/me', 'PUT', { statusMessage: 'x' })).status).toBe(401);
    expect((await uploadProfileImage(anon, 'avatar', await makeImage('png'))).status).toBe(401);
    expect((await anon.json('/api/profiles/me/image/avatar', 'DELETE')).status).toBe(401);
  });
});

describe('profile images', () => {
  it.each<ImageFormat>(['png', 'jpeg', 'webp', 'gif'])('accepts a %s avatar and serves a 512×512 WebP', async (format) => {
    const me = await newUser();
    const res = await uploadProfileImage(me.client, 'avatar', await makeImage(format, 900, 600), `me.${format}`, mimeOf(format));
    expect(res.status).toBe(200);
    const url = res.data.profile.avatarUrl as string;
    expect(url).toMatch(new RegExp(`^/api/profiles/${me.id}/image/avatar\\?v=`));
    const got = await fetchBytes(me.client, url);
    expect(got.status).toBe(200);
    expect(got.type).toBe('image/webp');
    const meta = await sharp(got.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 512, 512]);
    expect(storedProfileFiles(me.id)).toHaveLength(1);
  });

  it('re-encodes a background to 1600 wide and drops its metadata', async () => {
    const me = await newUser();
    const original = await makeImage('jpeg', 2400, 800, { exif: true });
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await uploadProfileImage(me.client, 'background', original, 'bg.jpg', 'image/jpeg');
    expect(res.status).toBe(200);
    const got = await fetchBytes(me.client, res.data.profile.backgroundUrl);
    const meta = await sharp(got.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 1600, 533]);
    expect(meta.exif).toBeUndefined();
    expect(Buffer.from(got.bytes).includes('secret-owner')).toBe(false);
  });

  it('replacing an image frees the old file; removing it frees the last one', async () => {
    const me = await newUser();
    const first = await uploadProfileImage(me.client, 'avatar', await makeImage('png'));
    const [firstFile] = storedProfileFiles(me.id);
    const second = await uploadProfileImage(me.client, 'avatar', await makeImage('jpeg'), 'b.jpg', 'image/jpeg');
    expect(second.status).toBe(200);
    expect(second.data.profile.avatarUrl).not.toBe(first.data.profile.avatarUrl);
    const files = storedProfileFiles(me.id);
    expect(files).toHaveLength(1);
    expect(files[0]).not.toBe(firstFile);
    expect(files[0]).toMatch(/^avatar-[0-9a-f]{24}$/);

    const removed = await me.client.json('/api/profiles/me/image/avatar', 'DELETE');
    expect(removed.status).toBe(200);
    expect(removed.data.profile.avatarUrl).toBeNull();
    expect(storedProfileFiles(me.id)).toEqual([]);
    expect((await fetchBytes(me.client, second.data.profile.avatarUrl)).status).toBe(404);
  });

  it.each([
    ['an HTML page named .png', new TextEncoder().encode('<!doctype html><script>alert(1)</script>'), 'x.png', 'image/png'],
    ['an SVG named .png', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.png', 'image/png'],
    ['plain text named .jpg', new TextEncoder().encode('just some words, not a photo'), 'x.jpg', 'image/jpeg'],
    ['a PDF named .gif', new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'), 'x.gif', 'image/gif'],
  ])('refuses %s with 415 and stores nothing', async (_label, bytes, name, type) => {
    const me = await newUser();
    const res = await uploadProfileImage(me.client, 'avatar', bytes, name, type);
    expect(res.status).toBe(415);
    expect(res.data.error.message).toBe('JPG, PNG, WebP, GIF 사진만 올릴 수 있어요.');
    expect(storedProfileFiles(me.id)).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).avatarKey).toBeNull();
  });

  it('refuses a PNG whose header is real but whose body is broken with 422', async () => {
    const me = await newUser();
    const png = await makeImage('png', 200, 200);
    const res = await uploadProfileImage(me.client, 'background', png.slice(0, 60));
    expect(res.status).toBe(422);
    expect(storedProfileFiles(me.id)).toEqual([]);
  });

  it.each([['one byte over 10 MB', 10 * 1024 * 1024 + 1], ['12 MB', 12 * 1024 * 1024]])('refuses a file %s with 413', async (_label, size) => {
    const me = await newUser();
    const big = new Uint8Array(size);
    big.set(await makeImage('png'));
    const res = await uploadProfileImage(me.client, 'avatar', big);
    expect(res.status).toBe(413);
    expect(res.data.error.message).toBe('사진은 10MB 이하만 올릴 수 있어요.');
    expect(storedProfileFiles(me.id)).toEqual([]);
  });

  it('refuses uploads that are not a file in a multipart form', async () => {
    const me = await newUser();
    const raw = await me.client.fetch('/api/profiles/me/image/avatar', { method: 'PUT', headers: { 'content-type': 'image/png' }, body: await makeImage('png') });
    expect(raw.status).toBe(415);
    const noFile = new FormData();
    noFile.append('file', 'not a file');
    expect((await me.client.fetch('/api/profiles/me/image/avatar', { method: 'PUT', body: noFile })).status).toBe(422);
    expect((await uploadProfileImage(me.client, 'avatar', new Uint8Array())).status).toBe(422);
    expect((await uploadProfileImage(me.client, 'portrait', await makeImage('png'))).status).toBe(404);
    expect(storedProfileFiles(me.id)).toEqual([]);
  });
});

describe('who may see a profile', () => {
  async function withAvatar() {
    const owner = await newUser();
    await owner.client.json('/api/profiles/me', 'PUT', { statusMessage: '비밀 아님' });
    const up = await uploadProfileImage(owner.client, 'avatar', await makeImage('png'));
    return { owner, avatarUrl: up.data.profile.avatarUrl as string };
  }
  const sees = async (viewer: Client, ownerId: string, avatarUrl: string) => {
    const profile = await viewer.json(`/api/profiles/${ownerId}`, 'GET');
    const image = await fetchBytes(viewer, avatarUrl);
    return [profile.status, image.status];
  };

  it('a stranger gets 404 for the profile and its images; anonymous gets 401', async () => {
    const { owner, avatarUrl } = await withAvatar();
    const stranger = await newUser();
    expect(await sees(stranger.client, owner.id, avatarUrl)).toEqual([404, 404]);
    expect((await new Client().json(`/api/profiles/${owner.id}`, 'GET')).status).toBe(401);
    expect((await fetchBytes(new Client(), avatarUrl)).status).toBe(401);
    expect((await stranger.client.json('/api/profiles/not-an-id', 'GET')).status).toBe(404);
  });

  it('a friend in either direction sees the profile and images', async () => {
    const { owner, avatarUrl } = await withAvatar();
    const [added, adder] = [await newUser(), await newUser()];
    await befriend(owner, added);
    await befriend(adder, owner);
    expect(await sees(added.client, owner.id, avatarUrl)).toEqual([200, 200]);
    expect(await sees(adder.client, owner.id, avatarUrl)).toEqual([200, 200]);
    const profile = await adder.client.json(`/api/profiles/${owner.id}`, 'GET');
    expect(profile.data.profile).toMatchObject({ statusMessage: '비밀 아님', isFriend: true, isMe: false, hidden: false });
    expect(profile.data.profile.loginId).toBeUndefined();
    const image = await fetchBytes(adder.client, avatarUrl);
    expect(image.cache).toContain('private');
  });

  it('sharing a circle or an active room is enough; leaving the room ends it', async () => {
    const { owner, avatarUrl } = await withAvatar();
    const [family, roommate] = [await newUser(), await newUser()];
    await db.circle.create({
      data: { kind: 'FAMILY', name: 'fam', members: { create: [{ userId: owner.id, role: 'PARENT' }, { userId: family.id, role: 'CHILD' }] } },
    });
    const room = await db.room.create({ data: { kind: 'GROUP', name: 'g', members: { create: [{ userId: owner.id }, { userId: roommate.id }] } } });
    expect(await sees(family.client, owner.id, avatarUrl)).toEqual([200, 200]);
    expect(await sees(roommate.client, owner.id, avatarUrl)).toEqual([200, 200]);
    await db.roomMember.update({ where: { roomId_userId: { roomId: room.id, userId: roommate.id } }, data: { leftAt: new Date() } });
    expect(await sees(roommate.client, owner.id, avatarUrl)).toEqual([404, 404]);
  });

  it('a deleted account is seen by no one, friends included', async () => {
    const { owner, avatarUrl } = await withAvatar();
    const friend = await newUser();
    await befriend(friend, owner);
    expect((await owner.client.json('/api/accounts/me', 'DELETE', { password: owner.password })).status).toBe(200);
    expect(await sees(friend.client, owner.id, avatarUrl)).toEqual([404, 404]);
  });
});
