// Events must not tell what the HTTP API hides: a child sees only their own wishes and
// missions (reject reasons included), so a sibling listening on every channel open to
// them hears none of it, while the child and the parents do.
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { settle } from '../helpers/couple';
import { makeFamily, type User } from '../helpers/family';
import { listen, type Listener } from '../helpers/realtime';

const open: Listener[] = [];
afterAll(async () => {
  for (const l of open) l.close();
  await db.$disconnect();
});

async function listening(u: User, circleId: string) {
  const l = await listen(u.client, [channels.circle(circleId), channels.user(u.id)]);
  open.push(l);
  return l;
}

const heard = (l: Listener) => JSON.stringify(l.events);
const missions = (circleId: string, rest = '') => `/api/families/${circleId}/missions${rest}`;

describe('a child’s wishes and missions on the wire', () => {
  it('reach that child and the parents, never a sibling', async () => {
    const { circleId, parent, kids } = await makeFamily({ children: 2 });
    const [first, second] = kids;
    const [lp, l1, l2] = [await listening(parent, circleId), await listening(first, circleId), await listening(second, circleId)];

    const wish = await first.client.json(`/api/families/${circleId}/wishes`, 'POST', { name: '비밀 자전거' });
    expect(wish.status).toBe(201);
    const created = await parent.client.json(missions(circleId), 'POST', { childId: first.id, title: '비밀 미션' });
    expect(created.status).toBe(201);
    const { mission, run } = created.data;
    expect((await first.client.json(missions(circleId, `/${mission.id}/runs/${run.day}/submit`), 'POST')).status).toBe(200);
    expect((await parent.client.json(missions(circleId, `/${mission.id}/runs/${run.day}/reject`), 'POST', { reason: '비밀 사유' })).status).toBe(200);
    expect((await first.client.json(`/api/families/${circleId}/wishes/${wish.data.wish.id}`, 'DELETE')).status).toBe(200);
    // The second child's own mission still reaches them.
    expect((await parent.client.json(missions(circleId), 'POST', { childId: second.id, title: '내 미션' })).status).toBe(201);

    for (const l of [lp, l1]) {
      await expect.poll(() => heard(l)).toContain('비밀 사유');
      await expect.poll(() => l.events.map((e) => e.event)).toEqual(expect.arrayContaining(['wish', 'wish-removed', 'mission-changed']));
    }
    await expect.poll(() => heard(l2)).toContain('내 미션');
    await settle();
    // What the API shows the sibling: none of it.
    const seen = await second.client.json(missions(circleId), 'GET');
    expect(JSON.stringify(seen.data)).not.toContain('비밀');
    for (const secret of ['비밀 자전거', '비밀 미션', '비밀 사유', wish.data.wish.id, mission.id]) expect(heard(l2)).not.toContain(secret);
    expect(l2.events.filter((e) => ['wish', 'wish-removed'].includes(e.event))).toEqual([]);
    // Events name their family, so a person in two families files each in the right one.
    expect(l1.events.find((e) => e.event === 'mission-changed')?.data).toMatchObject({ circleId, childId: first.id });
  });
});
