// Families for mission tests: a parent, children joined with invite codes, and a
// grape board started through the board API (a child's wish, a parent's start).
import { expect } from 'vitest';
import { Client, newUser } from './client';

export type User = Awaited<ReturnType<typeof newUser>>;

export async function moveServerClock(offsetMs: number) {
  const res = await new Client().json('/api/test/clock', 'PUT', { offsetMs });
  expect(res.status).toBe(200);
}

async function invite(parent: User, circleId: string, role: 'CHILD' | 'PARENT') {
  const res = await parent.client.json(`/api/circles/${circleId}/invites`, 'POST', { role });
  expect(res.status).toBe(201);
  return res.data.invite.code as string;
}

async function joinAs(user: User, code: string) {
  expect((await user.client.json('/api/circles/join', 'POST', { code })).status).toBe(200);
}

/** A family with one parent and `children` children (and optionally a second parent). */
export async function makeFamily({ children = 1, parents = 1 } = {}) {
  const parent = await newUser();
  const created = await parent.client.json('/api/circles', 'POST', { name: '포도네' });
  expect(created.status).toBe(201);
  const circleId = created.data.circle.id as string;
  const kids: User[] = [];
  for (let i = 0; i < children; i++) {
    const kid = await newUser();
    await joinAs(kid, await invite(parent, circleId, 'CHILD'));
    kids.push(kid);
  }
  const others: User[] = [];
  for (let i = 1; i < parents; i++) {
    const p = await newUser();
    await joinAs(p, await invite(parent, circleId, 'PARENT'));
    others.push(p);
  }
  return { circleId, parent, parents: [parent, ...others], child: kids[0], kids };
}

/** A child's open board (goal 10..50) toward a wish the child added. */
export async function startBoard(circleId: string, parent: User, child: User, goal = 10) {
  const wish = await child.client.json(`/api/families/${circleId}/wishes`, 'POST', { name: '레고 시티 소방서' });
  expect(wish.status).toBe(201);
  const board = await parent.client.json(`/api/families/${circleId}/boards`, 'POST', { wishId: wish.data.wish.id, goal });
  expect(board.status).toBe(201);
  return board.data.board.id as string;
}
