// Couple requests reach the notification center: received, accepted, rejected, and
// closed because the receiver paired with someone else.
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { newUser } from '../helpers/client';
import { eventually, settle, type User } from '../helpers/couple';

afterAll(async () => {
  await db.$disconnect();
});

const notices = async (u: User) => (await u.client.json('/api/notifications', 'GET')).data.notifications as { kind: string; title: string; body: string; url: string; read: boolean }[];
const ask = async (from: User, to: User) => {
  const res = await from.client.json('/api/couple/requests', 'POST', { loginId: to.loginId });
  expect(res.status).toBe(201);
  return res.data.request.id as string;
};

describe('couple request notifications', () => {
  it('tells the receiver about a request, and the sender about a rejection', async () => {
    const [a, b] = [await newUser(), await newUser()];
    const id = await ask(a, b);
    const got = await eventually(async () => (await notices(b)).find((n) => n.kind === 'couple.request'));
    expect(got).toMatchObject({ title: '커플 신청이 왔어요', url: '/', read: false });
    expect(got.body).toContain(`Test ${a.loginId}`);
    expect(await notices(a)).toEqual([]);

    expect((await b.client.json(`/api/couple/requests/${id}/reject`, 'POST')).status).toBe(200);
    const no = await eventually(async () => (await notices(a)).find((n) => n.title === '커플 신청이 거절되었어요'));
    expect(no.body).toContain(`Test ${b.loginId}`);
  });

  it('tells the sender about an acceptance with a link to the couple, nothing for a cancel', async () => {
    const [a, b, c] = [await newUser(), await newUser(), await newUser()];
    const cancelled = await ask(c, b);
    expect((await c.client.json(`/api/couple/requests/${cancelled}`, 'DELETE')).status).toBe(200);
    const id = await ask(a, b);
    const res = await b.client.json(`/api/couple/requests/${id}/accept`, 'POST');
    expect(res.status).toBe(200);
    const yes = await eventually(async () => (await notices(a)).find((n) => n.kind === 'couple.accepted'));
    expect(yes).toMatchObject({ title: '커플이 되었어요', url: `/circles/${res.data.circle.id}` });
    await settle();
    expect((await notices(c)).map((n) => n.title)).toEqual([]);
  });

  it('tells someone else whose request closed because the receiver paired, in their language', async () => {
    const [a, b, x, y] = [await newUser(), await newUser(), await newUser(), await newUser()];
    expect((await x.client.json('/api/accounts/locale', 'PUT', { locale: 'en' })).status).toBe(200);
    await ask(x, b); // x asked b …
    await ask(y, a); // … and y asked a, the one who will ask b
    const id = await ask(a, b);
    expect((await b.client.json(`/api/couple/requests/${id}/accept`, 'POST')).status).toBe(200);
    const closedX = await eventually(async () => (await notices(x)).find((n) => n.kind === 'couple.request'));
    expect(closedX).toMatchObject({ title: 'Couple request closed', body: 'They connected with someone else, so your request was closed' });
    const closedY = await eventually(async () => (await notices(y)).find((n) => n.title === '커플 신청이 닫혔어요'));
    expect(closedY.body).toBe('상대가 다른 사람과 연결되어 요청이 닫혔어요');
    // The pair themselves get no "closed" notice for requests they had open.
    expect((await notices(a)).some((n) => n.title === '커플 신청이 닫혔어요')).toBe(false);
    expect((await x.client.json('/api/couple/requests', 'GET')).data.sent).toEqual([]);
  });
});
