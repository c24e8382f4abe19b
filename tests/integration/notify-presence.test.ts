// App-event push (grapes, missions…) is presence-aware: the notification center entry is
// always made, but a push goes out only while the person has no visible Moa tab, i.e. is
// not in their own `presence-user-{id}` channel (held by every visible tab).
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { channels } from '@/lib/realtime/channels';
import { usersWithVisibleTab } from '@/lib/notifications/presence';
import { newUser } from '../helpers/client';
import { makeFamily, startBoard } from '../helpers/family';
import { received, registerDevice, waitForPushes } from '../helpers/push-mock';
import { connectAs } from '../helpers/realtime';

afterAll(async () => {
  await db.$disconnect();
});

async function until(check: () => Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const grapeNotices = (userId: string) => db.notification.count({ where: { userId, kind: 'board' } });

describe('app-event push follows presence', () => {
  it('a child looking at Moa gets the notification but no push; once the tab is hidden, the next grape is pushed', async () => {
    // Two children: the sibling is away, so the sibling's push arriving proves the
    // decision for the looking child was made too (a negative needs a witness).
    const { circleId, parent, kids } = await makeFamily({ children: 2 });
    const [child, sibling] = kids;
    const [boardId, siblingBoardId] = [await startBoard(circleId, parent, child), await startBoard(circleId, parent, sibling)];
    const [device, siblingDevice] = await Promise.all([registerDevice(child.client), registerDevice(sibling.client)]);

    const tab = connectAs(child.client);
    try {
      const presence = tab.subscribe(channels.userPresence(child.id));
      await new Promise<void>((resolve, reject) => {
        presence.bind('pusher:subscription_succeeded', () => resolve());
        presence.bind('pusher:subscription_error', () => reject(new Error('refused')));
      });
      await until(async () => (await usersWithVisibleTab([child.id, sibling.id])).has(child.id));
      expect([...(await usersWithVisibleTab([child.id, sibling.id]))]).toEqual([child.id]);

      const give = (id: string, count: number) => parent.client.json(`/api/families/${circleId}/boards/${id}/grapes`, 'POST', { count });
      expect((await give(boardId, 1)).status).toBe(200);
      expect((await give(siblingBoardId, 1)).status).toBe(200);
      await waitForPushes(siblingDevice, 1);
      await until(async () => (await grapeNotices(child.id)) === 1);
      await new Promise((r) => setTimeout(r, 300));
      expect(await received(device)).toEqual([]);

      // The tab is hidden: it leaves the channel, and the next grape is pushed.
      tab.unsubscribe(channels.userPresence(child.id));
      await until(async () => !(await usersWithVisibleTab([child.id])).has(child.id));
      expect((await give(boardId, 2)).status).toBe(200);
      const pushes = await waitForPushes(device, 1);
      expect(pushes).toHaveLength(1);
      expect(pushes[0]).toMatchObject({ title: '포도알 2개를 받았어요!', url: `/circles/${circleId}/board` });
      expect(await grapeNotices(child.id)).toBe(2);
    } finally {
      tab.disconnect();
    }
  });

  it('nobody else may hold my presence channel', async () => {
    const me = await newUser();
    const other = await newUser();
    const res = await other.client.fetch('/api/realtime/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ socket_id: '123.456', channel_name: channels.userPresence(me.id) }),
    });
    expect(res.status).toBe(403);
    const mine = await me.client.fetch('/api/realtime/auth', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ socket_id: '123.456', channel_name: channels.userPresence(me.id) }),
    });
    expect(mine.status).toBe(200);
    expect(JSON.parse((await mine.json()).channel_data).user_id).toBe(me.id);
  });
});
