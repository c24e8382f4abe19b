// From a signed-in browser: subscribing to someone else's private channel is refused
// by the channel-auth route, and a forged signature is refused by Soketi itself.
import { describe, expect, it } from 'vitest';

import { newDevice, newPerson, signUp, browserForFile } from './helpers/browser';

const session = browserForFile({ closeOpen: 'all' });
const devices = session.open;

describe("someone else's private channel", () => {
  it('is refused by the auth route and by the realtime server', async () => {
    const victim = await newDevice(session.browser);
    const outsider = await newDevice(session.browser);
    devices.push(victim, outsider);
    await signUp(victim.page, newPerson('victim', '피해자'));
    await signUp(outsider.page, newPerson('outsdr', '외부인'));
    const victimId = (await (await victim.page.request.get('/api/accounts/me')).json()).user.id as string;
    const outsiderId = (await (await outsider.page.request.get('/api/accounts/me')).json()).user.id as string;

    const result = await outsider.page.evaluate(
      async ({ victimId, outsiderId, key, host, port }) => {
        // A real websocket to the realtime server, speaking the Pusher protocol.
        const ws = new WebSocket(`ws://${host}:${port}/app/${key}?protocol=7&client=js&version=8.6.0`);
        const events: { event: string; channel?: string; data?: unknown }[] = [];
        const next = (pred: (e: { event: string; channel?: string }) => boolean) =>
          new Promise<{ event: string; channel?: string; data?: unknown }>((resolve) => {
            const check = () => {
              const hit = events.find(pred);
              if (hit) resolve(hit);
              else setTimeout(check, 50);
            };
            check();
          });
        ws.onmessage = (m) => events.push(JSON.parse(m.data));
        const established = await next((e) => e.event === 'pusher:connection_established');
        const socketId = JSON.parse(established.data as string).socket_id as string;
        const auth = async (channel: string) =>
          fetch('/api/realtime/auth', {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ socket_id: socketId, channel_name: channel }),
          });
        const victimChannel = `private-user-${victimId}`;
        const ownChannel = `private-user-${outsiderId}`;
        const routeStatus = (await auth(victimChannel)).status;
        // My own channel, properly signed, works…
        const own = await (await auth(ownChannel)).json();
        ws.send(JSON.stringify({ event: 'pusher:subscribe', data: { channel: ownChannel, auth: own.auth } }));
        const ownResult = await next((e) => e.channel === ownChannel);
        // …reusing that signature for the victim's channel does not.
        ws.send(JSON.stringify({ event: 'pusher:subscribe', data: { channel: victimChannel, auth: own.auth } }));
        const forged = await next((e) => e.channel === victimChannel || e.event === 'pusher:error');
        ws.close();
        return { routeStatus, ownEvent: ownResult.event, forgedEvent: forged.event };
      },
      { victimId, outsiderId, key: process.env.PUSHER_KEY!, host: process.env.PUSHER_HOST!, port: Number(process.env.PUSHER_PORT) },
    );
    expect(result.routeStatus).toBe(403);
    expect(result.ownEvent).toBe('pusher_internal:subscription_succeeded');
    expect(['pusher:subscription_error', 'pusher:error']).toContain(result.forgedEvent);
  });
});
