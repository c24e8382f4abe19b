// PostgreSQL stops in the middle of a conversation and starts again (the run's own
// embedded cluster, through npm test's control server): sends during the outage get a
// quick 503 with Retry-After, the outbox's retries (same clientId) land exactly once
// and in order afterwards, and the app server recovers its pool without a restart.
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { makeFamily, type User } from '../helpers/family';

const CONTROL = process.env.MOA_TEST_CONTROL_URL;

async function postgres(action: 'stop' | 'start') {
  expect(CONTROL, 'run through npm test').toBeTruthy();
  const res = await fetch(`${CONTROL}/postgres/${action}`, { method: 'POST' });
  expect(res.status).toBe(204);
}

const send = (u: User, roomId: string, clientId: string, body: string) =>
  u.client.fetch(`/api/rooms/${roomId}/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'TEXT', clientId, body }) });

/** What the outbox does: resend with the same clientId until the server takes it. */
async function sendUntilTaken(u: User, roomId: string, clientId: string, body: string) {
  const until = Date.now() + 30_000;
  for (;;) {
    const res = await send(u, roomId, clientId, body);
    if (res.status === 201) return;
    expect(res.status, await res.text()).toBe(503);
    if (Date.now() > until) throw new Error(`${clientId} never taken`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

afterAll(async () => {
  await db.$disconnect();
});

describe('faults', () => {
  it('a database restart mid-conversation: quick 503s during the outage, then every message exactly once, in order', async () => {
    const f = await makeFamily();
    const roomId = (await db.room.findUniqueOrThrow({ where: { circleId: f.circleId } })).id;
    await db.$disconnect(); // this test process's own pool would only see the outage too
    const id = (n: number) => `fault-${roomId}-${n}`;
    const sent: string[] = [];
    for (const n of [1, 2]) {
      expect((await send(n === 1 ? f.parent : f.child, roomId, id(n), `before ${n}`)).status).toBe(201);
      sent.push(`before ${n}`);
    }

    await postgres('stop');
    let restarted = false;
    try {
      const queued = [3, 4, 5].map((n) => ({ n, body: `during ${n}` }));
      for (const q of queued) {
        const t0 = Date.now();
        const res = await send(q.n % 2 ? f.parent : f.child, roomId, id(q.n), q.body);
        expect(Date.now() - t0, 'a quick answer, not a hang').toBeLessThan(8000);
        expect(res.status).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
      }
      // Reads fail the same way, never a 500.
      expect((await f.parent.client.json(`/api/rooms/${roomId}/messages`, 'GET')).status).toBe(503);

      await postgres('start');
      restarted = true;
      // The outbox sends its queue in order; one earlier send is retried too (its answer was lost).
      for (const q of queued) {
        await sendUntilTaken(q.n % 2 ? f.parent : f.child, roomId, id(q.n), q.body);
        sent.push(q.body);
      }
      expect((await send(f.child, roomId, id(2), 'before 2')).status).toBe(201);
    } finally {
      if (!restarted) await postgres('start');
    }

    const res = await f.child.client.json(`/api/rooms/${roomId}/messages`, 'GET');
    expect(res.status).toBe(200);
    const bodies = (res.data.messages as { body: string | null; system: unknown }[]).filter((m) => !m.system).map((m) => m.body);
    expect(bodies).toEqual(sent);
  });
});
