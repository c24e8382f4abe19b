// Couples for integration tests: two people connected through the request API, their
// room, and small helpers to chat and wait for what the after-send hooks do.
import { expect } from 'vitest';
import { newUser } from './client';

export type User = Awaited<ReturnType<typeof newUser>>;

export async function makeCouple() {
  const [a, b] = [await newUser(), await newUser()];
  const req = await a.client.json('/api/couple/requests', 'POST', { loginId: b.loginId });
  expect(req.status).toBe(201);
  const res = await b.client.json(`/api/couple/requests/${req.data.request.id}/accept`, 'POST');
  expect(res.status).toBe(200);
  return { a, b, circleId: res.data.circle.id as string, roomId: res.data.circle.roomId as string };
}

let n = 0;
export const say = (u: User, roomId: string, body: string) =>
  u.client.json(`/api/rooms/${roomId}/messages`, 'POST', { kind: 'TEXT', clientId: `it-${Date.now()}-${++n}`, body });

/** Poll until `check` returns something truthy (after-send hooks run in the background). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 5000): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as Exclude<T, false | null | undefined | 0 | ''>;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Let background hooks finish, then assert that nothing happened. */
export const settle = () => new Promise((r) => setTimeout(r, 400));
