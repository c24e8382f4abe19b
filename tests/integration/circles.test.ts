// Circles against the running server: family invite codes, couple requests, breaking
// up on a stored deadline (the server clock moved through the test route).
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setClockOffset } from '@/lib/clock';
import { channels } from '@/lib/realtime/channels';
import { dissolveDueCouples } from '@/lib/circles/dissolve';
import { startDisconnect } from '@/lib/circles/breakup';
import { Client, newUser } from '../helpers/client';
import { listen, type Listener } from '../helpers/realtime';

type User = Awaited<ReturnType<typeof newUser>>;

const DAY = 24 * 60 * 60 * 1000;
const open: Listener[] = [];

async function moveServerClock(offsetMs: number) {
  const res = await new Client().json('/api/test/clock', 'PUT', { offsetMs });
  expect(res.status).toBe(200);
}

afterEach(async () => {
  for (const l of open.splice(0)) l.close();
  await moveServerClock(0);
  setClockOffset(0);
});

afterAll(async () => {
  await db.$disconnect();
});

async function listenAs(user: User, channel = channels.user(user.id)) {
  const l = await listen(user.client, channel);
  open.push(l);
  return l;
}

const requestCouple = (from: User, to: User | string) =>
  from.client.json('/api/couple/requests', 'POST', { loginId: typeof to === 'string' ? to : to.loginId });

async function requestIdOf(from: User, to: User) {
  const res = await requestCouple(from, to);
  expect(res.status).toBe(201);
  return res.data.request.id as string;
}

async function makeCouple(a: User, b: User) {
  const id = await requestIdOf(a, b);
  const res = await b.client.json(`/api/couple/requests/${id}/accept`, 'POST');
  expect(res.status).toBe(200);
  return res.data.circle.id as string;
}

async function makeFamily(parent: User, name = '하늘이네') {
  const res = await parent.client.json('/api/circles', 'POST', { name });
  expect(res.status).toBe(201);
  return { circleId: res.data.circle.id as string, code: res.data.invite.code as string };
}

const join = (user: User, code: string) => user.client.json('/api/circles/join', 'POST', { code });
const myCircles = async (user: User) => (await user.client.json('/api/circles', 'GET')).data.circles as { id: string; kind: string }[];
const pendingFrom = (fromId: string) => db.coupleRequest.count({ where: { fromId, status: 'PENDING' } });
const cron = () => new Client().fetch('/api/cron/couples', { headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } });

describe('couple requests', () => {
  it('refuses a request to yourself, to a login ID nobody has, and an empty one; nothing is stored', async () => {
    const a = await newUser();
    const self = await requestCouple(a, a.loginId.toUpperCase());
    expect(self.status).toBe(400);
    expect(self.data.error.message).toBe('나 자신에게는 커플 요청을 보낼 수 없어요.');
    const nobody = await requestCouple(a, 'nobody_here_123');
    expect(nobody.status).toBe(404);
    expect(nobody.data.error.message).toBe('그 아이디를 쓰는 사람이 없어요. 아이디를 다시 확인해 주세요.');
    const empty = await requestCouple(a, '  ');
    expect(empty.status).toBe(422);
    expect(await pendingFrom(a.id)).toBe(0);
  });

  it('refuses a duplicate, and tells someone who was already asked to accept instead', async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    await requestIdOf(a, b);
    const again = await requestCouple(a, b);
    expect(again.status).toBe(409);
    expect(again.data.error.message).toBe('이 사람에게 이미 요청을 보냈어요. 상대의 답을 기다려 주세요.');
    const back = await requestCouple(b, a);
    expect(back.status).toBe(409);
    expect(back.data.error.message).toBe('상대가 이미 나에게 요청을 보냈어요. 받은 요청에서 수락해 주세요.');
    expect(await pendingFrom(a.id)).toBe(1);
    expect(await pendingFrom(b.id)).toBe(0);
  });

  it('shows the request to both sides, and the receiver hears about it live', async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    const live = await listenAs(b);
    const id = await requestIdOf(a, b);
    await live.waitFor('couple-requests-changed');
    const mine = await a.client.json('/api/couple/requests', 'GET');
    expect(mine.data.sent.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(mine.data.sent[0].user.loginId).toBe(b.loginId);
    expect(mine.data.received).toEqual([]);
    const theirs = await b.client.json('/api/couple/requests', 'GET');
    expect(theirs.data.received[0]).toMatchObject({ id, user: { id: a.id, loginId: a.loginId } });
  });

  it('the sender can cancel (once); the receiver and outsiders cannot', async () => {
    const [a, b, c] = await Promise.all([newUser(), newUser(), newUser()]);
    const id = await requestIdOf(a, b);
    expect((await b.client.json(`/api/couple/requests/${id}`, 'DELETE')).status).toBe(404);
    expect((await c.client.json(`/api/couple/requests/${id}`, 'DELETE')).status).toBe(404);
    const live = await listenAs(b);
    expect((await a.client.json(`/api/couple/requests/${id}`, 'DELETE')).status).toBe(200);
    await live.waitFor('couple-requests-changed');
    const twice = await a.client.json(`/api/couple/requests/${id}`, 'DELETE');
    expect(twice.status).toBe(409);
    expect(twice.data.error.message).toBe('이미 처리된 요청이에요.');
    expect((await b.client.json('/api/couple/requests', 'GET')).data.received).toEqual([]);
    // A cancelled request can be sent again.
    expect((await requestCouple(a, b)).status).toBe(201);
  });

  it('the receiver can reject; the sender cannot accept their own request; a rejected one cannot be accepted', async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    const id = await requestIdOf(a, b);
    expect((await a.client.json(`/api/couple/requests/${id}/accept`, 'POST')).status).toBe(404);
    expect((await a.client.json(`/api/couple/requests/${id}/reject`, 'POST')).status).toBe(404);
    expect((await b.client.json(`/api/couple/requests/${id}/reject`, 'POST')).status).toBe(200);
    expect((await b.client.json(`/api/couple/requests/${id}/accept`, 'POST')).status).toBe(409);
    expect((await db.coupleRequest.findUniqueOrThrow({ where: { id } })).status).toBe('REJECTED');
    expect(await myCircles(a)).toEqual([]);
  });

  it('accepting makes one couple with its room and clears every other pending request of either person', async () => {
    const [a, b, c, d, e, f] = await Promise.all([newUser(), newUser(), newUser(), newUser(), newUser(), newUser()]);
    const ab = await requestIdOf(a, b);
    const others = [await requestIdOf(c, a), await requestIdOf(a, d), await requestIdOf(b, e), await requestIdOf(f, b)];
    const [liveA, liveC] = [await listenAs(a), await listenAs(c)];

    const res = await b.client.json(`/api/couple/requests/${ab}/accept`, 'POST');
    expect(res.status).toBe(200);
    const circle = res.data.circle;
    expect(circle).toMatchObject({ kind: 'COUPLE', myRole: 'PARTNER', disconnect: null });
    expect(circle.members.map((m: { id: string }) => m.id).sort()).toEqual([a.id, b.id].sort());
    await Promise.all([liveA.waitFor('circles-changed'), liveC.waitFor('couple-requests-changed')]);

    const room = await db.room.findUniqueOrThrow({ where: { circleId: circle.id }, include: { members: true } });
    expect(room.kind).toBe('CIRCLE');
    expect(room.id).toBe(circle.roomId);
    expect(room.members.filter((m) => !m.leftAt).map((m) => m.userId).sort()).toEqual([a.id, b.id].sort());
    const statuses = await db.coupleRequest.findMany({ where: { id: { in: others } }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED', 'CANCELLED']);
    expect((await c.client.json('/api/couple/requests', 'GET')).data).toEqual({ sent: [], received: [] });
    expect((await myCircles(a)).map((x) => x.id)).toEqual([circle.id]);
  });

  it('refuses requests to and from someone already in a couple', async () => {
    const [a, b, c] = await Promise.all([newUser(), newUser(), newUser()]);
    await makeCouple(a, b);
    const toTaken = await requestCouple(c, a);
    expect(toTaken.status).toBe(409);
    expect(toTaken.data.error.message).toBe('상대가 이미 다른 사람과 커플로 연결되어 있어요.');
    const fromTaken = await requestCouple(b, c);
    expect(fromTaken.status).toBe(409);
    expect(fromTaken.data.error.message).toBe('이미 커플로 연결되어 있어요. 커플은 한 사람과만 연결할 수 있어요.');
    expect(await pendingFrom(c.id)).toBe(0);
    expect(await pendingFrom(b.id)).toBe(0);
  });

  it('concurrent accepts never give one person two couples', async () => {
    // One sender, two receivers accepting at once; then one receiver accepting two senders at once.
    const [a, b, c, x, y, z] = await Promise.all([newUser(), newUser(), newUser(), newUser(), newUser(), newUser()]);
    const toB = await requestIdOf(a, b);
    const toC = await requestIdOf(a, c);
    const fromX = await requestIdOf(x, z);
    const fromY = await requestIdOf(y, z);
    const results = await Promise.all([
      b.client.json(`/api/couple/requests/${toB}/accept`, 'POST'),
      c.client.json(`/api/couple/requests/${toC}/accept`, 'POST'),
      z.client.json(`/api/couple/requests/${fromX}/accept`, 'POST'),
      z.client.json(`/api/couple/requests/${fromY}/accept`, 'POST'),
    ]);
    expect(results.slice(0, 2).map((r) => r.status).sort()).toEqual([200, 409]);
    expect(results.slice(2).map((r) => r.status).sort()).toEqual([200, 409]);
    for (const person of [a, z]) {
      expect(await db.circleMember.count({ where: { userId: person.id, role: 'PARTNER' } })).toBe(1);
    }
    expect(await db.circle.count({ where: { kind: 'COUPLE', members: { some: { userId: { in: [b.id, c.id] } } } } })).toBe(1);
  });

  it('the database itself refuses a second partner membership for one person', async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    await makeCouple(a, b);
    const other = await db.circle.create({ data: { kind: 'COUPLE', name: 'x' } });
    await expect(db.circleMember.create({ data: { circleId: other.id, userId: a.id, role: 'PARTNER' } })).rejects.toMatchObject({ code: 'P2002' });
    await db.circle.delete({ where: { id: other.id } });
  });
});

describe('families and invite codes', () => {
  it('a parent creates a family with its room and an 8-character code for a child, valid 24 hours', async () => {
    const parent = await newUser();
    const res = await parent.client.json('/api/circles', 'POST', { name: '  하늘이네  ' });
    expect(res.status).toBe(201);
    expect(res.data.circle).toMatchObject({ kind: 'FAMILY', name: '하늘이네', myRole: 'PARENT' });
    expect(res.data.invite.role).toBe('CHILD');
    expect(res.data.invite.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const stored = await db.familyInvite.findUniqueOrThrow({ where: { code: res.data.invite.code } });
    expect(Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - DAY)).toBeLessThan(1000);
    const room = await db.room.findUniqueOrThrow({ where: { circleId: res.data.circle.id }, include: { members: true } });
    expect(room.members.map((m) => m.userId)).toEqual([parent.id]);
    expect((await parent.client.json(`/api/circles/${res.data.circle.id}`, 'GET')).data.circle.invites).toHaveLength(1);
  });

  it('a child joins with the code in any case and spacing, as a child; the room says so; the code works once', async () => {
    const [parent, child, late] = await Promise.all([newUser(), newUser(), newUser()]);
    const { circleId, code } = await makeFamily(parent);
    const live = await listenAs(parent);
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4).toLowerCase()}`;
    const res = await join(child, typed);
    expect(res.status).toBe(200);
    expect(res.data.circle).toMatchObject({ id: circleId, myRole: 'CHILD' });
    await live.waitFor('circles-changed');

    const seen = await parent.client.json(`/api/circles/${circleId}`, 'GET');
    expect(seen.data.circle.members.map((m: { id: string; role: string }) => [m.id, m.role])).toEqual([[parent.id, 'PARENT'], [child.id, 'CHILD']]);
    expect(seen.data.circle.invites).toEqual([]);
    const roomId = seen.data.circle.roomId;
    const line = await db.message.findFirstOrThrow({ where: { roomId, kind: 'SYSTEM' } });
    expect(line.systemKey).toBe('joined');
    expect(line.systemArgs).toEqual({ name: `Test ${child.loginId}` });
    expect(await db.roomMember.count({ where: { roomId, leftAt: null } })).toBe(2);

    const used = await join(late, code);
    expect(used.status).toBe(404);
    expect(used.data.error.message).toBe('이미 사용된 초대 코드예요. 가족에게 새 코드를 부탁해 주세요.');
    expect(await myCircles(late)).toEqual([]);
  });

  it('a code for a parent joins as a parent; a child cannot make codes; several parents and children fit', async () => {
    const [mom, dad, kid1, kid2] = await Promise.all([newUser(), newUser(), newUser(), newUser()]);
    const { circleId, code } = await makeFamily(mom);
    const parentCode = await mom.client.json(`/api/circles/${circleId}/invites`, 'POST', { role: 'PARENT' });
    expect(parentCode.status).toBe(201);
    expect(parentCode.data.invite.role).toBe('PARENT');
    expect((await join(dad, parentCode.data.invite.code)).data.circle.myRole).toBe('PARENT');
    expect((await join(kid1, code)).data.circle.myRole).toBe('CHILD');

    const refused = await kid1.client.json(`/api/circles/${circleId}/invites`, 'POST', { role: 'CHILD' });
    expect(refused.status).toBe(403);
    expect(refused.data.error.message).toBe('초대 코드는 부모만 만들 수 있어요.');
    expect((await kid1.client.json(`/api/circles/${circleId}`, 'GET')).data.circle.invites).toEqual([]);

    const byDad = await dad.client.json(`/api/circles/${circleId}/invites`, 'POST', { role: 'CHILD' });
    expect((await join(kid2, byDad.data.invite.code)).data.circle.myRole).toBe('CHILD');
    const roles = (await mom.client.json(`/api/circles/${circleId}`, 'GET')).data.circle.members.map((m: { role: string }) => m.role);
    expect(roles.sort()).toEqual(['CHILD', 'CHILD', 'PARENT', 'PARENT']);
  });

  it('a new code stops the previous unused code for that role; the other role’s code keeps working', async () => {
    const [parent, kid, other] = await Promise.all([newUser(), newUser(), newUser()]);
    const { circleId, code: first } = await makeFamily(parent);
    const forParent = (await parent.client.json(`/api/circles/${circleId}/invites`, 'POST', { role: 'PARENT' })).data.invite.code;
    const second = (await parent.client.json(`/api/circles/${circleId}/invites`, 'POST', { role: 'CHILD' })).data.invite.code;
    expect(second).not.toBe(first);
    const old = await join(kid, first);
    expect(old.status).toBe(404);
    expect(old.data.error.message).toContain('새 코드로 바뀌었어요');
    expect((await join(kid, second)).status).toBe(200);
    expect((await join(other, forParent)).data.circle.myRole).toBe('PARENT');
  });

  it('a code expires after 24 hours on the server clock', async () => {
    const [parent, kid] = await Promise.all([newUser(), newUser()]);
    const { code } = await makeFamily(parent);
    await moveServerClock(DAY - 60_000);
    const { circleId: other, code: fresh } = await makeFamily(parent, '둘째네');
    await moveServerClock(DAY + 60_000);
    const expired = await join(kid, code);
    expect(expired.status).toBe(404);
    expect(expired.data.error.message).toContain('24시간이 지났거나');
    expect((await join(kid, fresh)).data.circle.id).toBe(other);
  });

  it('refuses bad input with a 4xx and writes nothing', async () => {
    const parent = await newUser();
    const { circleId } = await makeFamily(parent);
    const before = await db.circle.count();
    const cases: [string, string, unknown, number][] = [
      ['/api/circles', 'POST', { name: '' }, 422],
      ['/api/circles', 'POST', { name: 'x'.repeat(31) }, 422],
      ['/api/circles', 'POST', { name: 42 }, 422],
      ['/api/circles', 'POST', '{"name":', 400],
      ['/api/circles/join', 'POST', { code: '' }, 422],
      ['/api/circles/join', 'POST', { code: 'ABC' }, 422],
      ['/api/circles/join', 'POST', { code: ['ABCDEFGH'] }, 422],
      [`/api/circles/${circleId}/invites`, 'POST', { role: 'PARTNER' }, 422],
      [`/api/circles/${circleId}/invites`, 'POST', {}, 422],
      ['/api/couple/requests', 'POST', { loginId: 7 }, 422],
    ];
    for (const [path, method, body, status] of cases) {
      const res = await parent.client.json(path, method, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(status);
      expect(res.data.error.message).toBeTruthy();
    }
    const unknown = await join(parent, 'ZZZZ-ZZZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.data.error.message).toBe('초대 코드를 찾을 수 없어요. 코드를 다시 확인해 주세요.');
    expect(await db.circle.count()).toBe(before);
    expect(await db.familyInvite.count({ where: { circleId } })).toBe(1);
  });

  it('a person can be in several families but not join the same one twice', async () => {
    const [p1, p2, kid] = await Promise.all([newUser(), newUser(), newUser()]);
    const first = await makeFamily(p1, '첫째네');
    const second = await makeFamily(p2, '둘째네');
    expect((await join(kid, first.code)).status).toBe(200);
    expect((await join(kid, second.code)).status).toBe(200);
    expect((await myCircles(kid)).map((c) => c.id).sort()).toEqual([first.circleId, second.circleId].sort());
    const again = (await p1.client.json(`/api/circles/${first.circleId}/invites`, 'POST', { role: 'CHILD' })).data.invite.code;
    const twice = await join(kid, again);
    expect(twice.status).toBe(409);
    expect(await db.familyInvite.count({ where: { code: again, usedAt: null } })).toBe(1);
  });
});

describe('breaking up', () => {
  it('counts down seven days; cancel, a second cancel refused, start again, then the cron route dissolves it', async () => {
    const [a, b, c] = await Promise.all([newUser(), newUser(), newUser()]);
    const circleId = await makeCouple(a, b);
    const url = `/api/circles/${circleId}/disconnect`;

    const started = await a.client.json(url, 'POST');
    expect(started.status).toBe(200);
    expect(started.data.circle.disconnect.byId).toBe(a.id);
    expect(Math.abs(started.data.circle.disconnect.remainingMs - 7 * DAY)).toBeLessThan(60_000);
    const seenByB = (await b.client.json(`/api/circles/${circleId}`, 'GET')).data.circle.disconnect;
    expect(seenByB.at).toBe(started.data.circle.disconnect.at);
    const double = await b.client.json(url, 'POST');
    expect(double.status).toBe(409);
    expect(double.data.error.message).toBe('이미 연결 끊기가 진행 중이에요.');

    expect((await b.client.json(url, 'DELETE')).data.circle.disconnect).toBeNull();
    const again = await a.client.json(url, 'DELETE');
    expect(again.status).toBe(409);
    expect(again.data.error.message).toBe('취소할 연결 끊기가 없어요. 이미 취소되었어요.');

    expect((await b.client.json(url, 'POST')).data.circle.disconnect.byId).toBe(b.id);
    await moveServerClock(7 * DAY - 60 * 60_000);
    expect((await cron()).status).toBe(200);
    expect(await db.circle.findUniqueOrThrow({ where: { id: circleId } })).toMatchObject({ dissolvedAt: null });

    const liveA = await listenAs(a);
    await moveServerClock(7 * DAY + 60_000);
    const swept = await cron();
    expect((await swept.json()).dissolved).toBeGreaterThanOrEqual(1);
    // A's connection is ended with the couple (its channels are gone) and comes back;
    // screens refetch on that reconnect, so the circles-changed sent meanwhile may be missed.
    await expect.poll(() => liveA.connections(), { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    const row = await db.circle.findUniqueOrThrow({ where: { id: circleId }, include: { members: true, room: { include: { members: true } } } });
    expect(row.dissolvedAt).not.toBeNull();
    expect(row.members).toEqual([]);
    expect(row.room!.members.every((m) => m.leftAt !== null)).toBe(true);
    for (const p of [a, b]) {
      expect(await myCircles(p)).toEqual([]);
      expect((await p.client.json(`/api/circles/${circleId}`, 'GET')).status).toBe(404);
    }
    // Both are free again.
    expect((await requestCouple(a, c)).status).toBe(201);
  });

  it('is also dissolved lazily, by the first read after the deadline, without the cron job', async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    const circleId = await makeCouple(a, b);
    await a.client.json(`/api/circles/${circleId}/disconnect`, 'POST');
    await moveServerClock(7 * DAY + 60_000);
    const requests = await b.client.json('/api/couple/requests', 'GET');
    expect(requests.status).toBe(200);
    expect((await db.circle.findUniqueOrThrow({ where: { id: circleId } })).dissolvedAt).not.toBeNull();
    expect(await myCircles(a)).toEqual([]);
    expect((await a.client.json(`/api/circles/${circleId}/disconnect`, 'DELETE')).status).toBe(404);
  });

  it('follows the injectable clock in the service itself', async () => {
    const [a, b] = await Promise.all([newUser(), newUser()]);
    const circleId = await makeCouple(a, b);
    const started = await startDisconnect(a.id, circleId);
    expect(started.disconnect?.byId).toBe(a.id);
    setClockOffset(7 * DAY - 1000);
    await dissolveDueCouples();
    expect((await db.circle.findUniqueOrThrow({ where: { id: circleId } })).dissolvedAt).toBeNull();
    setClockOffset(7 * DAY + 1000);
    await dissolveDueCouples();
    expect((await db.circle.findUniqueOrThrow({ where: { id: circleId } })).dissolvedAt).not.toBeNull();
  });

  it('only couples have a disconnect', async () => {
    const parent = await newUser();
    const { circleId } = await makeFamily(parent);
    expect((await parent.client.json(`/api/circles/${circleId}/disconnect`, 'POST')).status).toBe(404);
    expect((await db.circle.findUniqueOrThrow({ where: { id: circleId } })).disconnectAt).toBeNull();
  });
});

describe('who may see circles', () => {
  it('an outsider gets 404 on every circle and request route, and cannot subscribe to the circle channel', async () => {
    const [a, b, parent, outsider] = await Promise.all([newUser(), newUser(), newUser(), newUser()]);
    const coupleId = await makeCouple(a, b);
    const { circleId: familyId } = await makeFamily(parent);
    const [x, y] = await Promise.all([newUser(), newUser()]);
    const requestId = await requestIdOf(x, y);

    const routes: [string, string, unknown?][] = [
      [`/api/circles/${familyId}`, 'GET'],
      [`/api/circles/${coupleId}`, 'GET'],
      [`/api/circles/${familyId}/invites`, 'POST', { role: 'CHILD' }],
      [`/api/circles/${coupleId}/disconnect`, 'POST'],
      [`/api/circles/${coupleId}/disconnect`, 'DELETE'],
      [`/api/couple/requests/${requestId}`, 'DELETE'],
      [`/api/couple/requests/${requestId}/accept`, 'POST'],
      [`/api/couple/requests/${requestId}/reject`, 'POST'],
      ['/api/circles/not-an-id', 'GET'],
    ];
    for (const [path, method, body] of routes) {
      expect((await outsider.client.json(path, method, body)).status, `${method} ${path}`).toBe(404);
    }
    expect(await myCircles(outsider)).toEqual([]);
    expect((await outsider.client.json('/api/couple/requests', 'GET')).data).toEqual({ sent: [], received: [] });
    expect(await db.circle.findUniqueOrThrow({ where: { id: coupleId } })).toMatchObject({ disconnectAt: null });
    expect(await db.coupleRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({ status: 'PENDING' });

    await expect(listen(outsider.client, channels.circle(familyId))).rejects.toThrow(/refused/);
    const member = await listenAs(parent, channels.circle(familyId));
    expect(member.events).toEqual([]);
  });

  it('an anonymous caller gets 401 everywhere', async () => {
    const anon = new Client();
    const id = 'cm0000000000000000000000a';
    const routes: [string, string, unknown?][] = [
      ['/api/circles', 'GET'],
      ['/api/circles', 'POST', { name: '가족' }],
      ['/api/circles/join', 'POST', { code: 'ABCDEFGH' }],
      [`/api/circles/${id}`, 'GET'],
      [`/api/circles/${id}/invites`, 'POST', { role: 'CHILD' }],
      [`/api/circles/${id}/disconnect`, 'POST'],
      [`/api/circles/${id}/disconnect`, 'DELETE'],
      ['/api/couple/requests', 'GET'],
      ['/api/couple/requests', 'POST', { loginId: 'someone' }],
      [`/api/couple/requests/${id}`, 'DELETE'],
      [`/api/couple/requests/${id}/accept`, 'POST'],
      [`/api/couple/requests/${id}/reject`, 'POST'],
    ];
    for (const [path, method, body] of routes) {
      expect((await anon.json(path, method, body)).status, `${method} ${path}`).toBe(401);
    }
  });

  it('the cron route is hidden without its secret', async () => {
    expect((await new Client().fetch('/api/cron/couples')).status).toBe(404);
    expect((await new Client().fetch('/api/cron/couples', { headers: { authorization: 'Bearer wrong' } })).status).toBe(404);
  });
});
