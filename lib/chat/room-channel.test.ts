// The room view shares its room channel with the call button, the incoming-call banner
// and the couple ranking: leaving the room must leave their listeners in place. A fake
// pusher-js client routes events like the real one: by channel name, to the channel
// object currently subscribed (an unsubscribed channel hears nothing more).
import { describe, expect, it, vi } from 'vitest';
import type Pusher from 'pusher-js';
import { listen } from '@/lib/realtime/listen';
import { attachRoom, type RoomCallbacks, type Visibility } from './room-channel';

type Fn = (data: unknown, meta?: unknown) => void;

class FakeChannel {
  subscribed = false;
  private fns = new Map<string, Set<Fn>>();
  memberIds: string[] = [];
  members = {
    each: (fn: (m: { id: string }) => void) => this.memberIds.forEach((id) => fn({ id })),
    get: (id: string) => (this.memberIds.includes(id) ? { id, info: { name: `name-${id}` } } : null),
  };
  bind(event: string, fn: Fn) {
    if (!this.fns.has(event)) this.fns.set(event, new Set());
    this.fns.get(event)!.add(fn);
  }
  unbind(event: string, fn: Fn) {
    this.fns.get(event)?.delete(fn);
  }
  unbind_all() {
    this.fns.clear();
  }
  emit(event: string, data?: unknown, meta?: unknown) {
    for (const fn of [...(this.fns.get(event) ?? [])]) fn(data, meta);
  }
}

class FakeClient {
  live = new Map<string, FakeChannel>();
  unsubscribed: string[] = [];
  connection = { bind: vi.fn(), unbind: vi.fn() };
  subscribe(name: string) {
    let ch = this.live.get(name);
    if (!ch) this.live.set(name, (ch = new FakeChannel()));
    return ch;
  }
  unsubscribe(name: string) {
    this.unsubscribed.push(name);
    this.live.delete(name);
  }
  channel(name: string) {
    return this.live.get(name);
  }
  /** The realtime server confirms a subscription. */
  succeed(name: string) {
    const ch = this.live.get(name)!;
    ch.subscribed = true;
    ch.emit('pusher:subscription_succeeded', ch.members);
  }
  deliver(name: string, event: string, data?: unknown, meta?: unknown) {
    this.live.get(name)?.emit(event, data, meta);
  }
}

const ROOM = 'ck0000000000000000000room';
const roomCh = `private-room-${ROOM}`;
const presenceCh = `presence-room-${ROOM}`;

function setup(hidden = false) {
  const client = new FakeClient();
  const cb: { [K in keyof RoomCallbacks]: ReturnType<typeof vi.fn> } = {
    message: vi.fn(), deleted: vi.fn(), reaction: vi.fn(), read: vi.fn(), changed: vi.fn(), ready: vi.fn(), resync: vi.fn(), present: vi.fn(), typing: vi.fn(),
  };
  let onChange = () => {};
  const vis = { hidden, set: (h: boolean) => { vis.hidden = h; onChange(); } };
  const visibility: Visibility = { hidden: () => vis.hidden, watch: (fn) => { onChange = fn; return () => { onChange = () => {}; }; } };
  const attach = () => attachRoom(client as unknown as Pusher, ROOM, 'me', () => cb as unknown as RoomCallbacks, visibility);
  return { client, cb, vis, attach, pusher: client as unknown as Pusher };
}

describe('leaving a room view', () => {
  it("keeps the incoming-call banner's listener on the room channel, and the channel subscribed", () => {
    const { client, cb, attach, pusher } = setup();
    const banner = vi.fn();
    const stopBanner = listen(pusher, roomCh, () => ({ handlers: { 'call-updated': banner } }));
    client.succeed(roomCh);
    const detach = attach();
    expect(cb.ready).toHaveBeenCalledTimes(1); // already subscribed: ready at once
    client.deliver(roomCh, 'message', { id: 'm1', seq: 1 });
    expect(cb.message).toHaveBeenCalledTimes(1);

    detach();
    client.deliver(roomCh, 'call-updated', { status: 'ENDED' });
    client.deliver(roomCh, 'message', { id: 'm2', seq: 2 });
    expect(banner).toHaveBeenCalledWith({ status: 'ENDED' }, undefined);
    expect(cb.message).toHaveBeenCalledTimes(1); // the room view's own handler is gone
    expect(client.unsubscribed).not.toContain(roomCh);
    expect(client.unsubscribed).toContain(presenceCh); // only the room view held presence

    stopBanner();
    expect(client.unsubscribed).toContain(roomCh); // the last one out unsubscribes
  });

  it('also when the other listener came after the room view', () => {
    const { client, cb, attach, pusher } = setup();
    const detach = attach();
    client.succeed(roomCh);
    expect(cb.ready).toHaveBeenCalledTimes(1);
    const call = vi.fn();
    const stopCall = listen(pusher, roomCh, () => ({ handlers: { 'call-ringing': call } }));
    detach();
    client.deliver(roomCh, 'call-ringing', { id: 'c1' });
    expect(call).toHaveBeenCalledTimes(1);
    stopCall();
  });
});

describe('a room view', () => {
  it('catches up on its first subscription and resyncs after a re-subscription', () => {
    const { client, cb, attach } = setup();
    attach();
    client.succeed(roomCh);
    expect([cb.ready.mock.calls.length, cb.resync.mock.calls.length]).toEqual([1, 0]);
    client.succeed(roomCh);
    expect([cb.ready.mock.calls.length, cb.resync.mock.calls.length]).toEqual([1, 1]);
  });

  it('shows who is here and who types (by the id the server stamped, never my own), and leaves presence while hidden', () => {
    const { client, cb, vis, attach } = setup();
    attach();
    client.live.get(presenceCh)!.memberIds = ['me', 'you'];
    client.succeed(presenceCh);
    expect(cb.present).toHaveBeenLastCalledWith(['me', 'you']);
    client.deliver(presenceCh, 'client-typing', {}, { user_id: 'you' });
    client.deliver(presenceCh, 'client-typing', {}, { user_id: 'me' });
    client.deliver(presenceCh, 'client-typing', { user_id: 'spoofed' });
    expect(cb.typing.mock.calls).toEqual([['you', 'name-you']]);
    vis.set(true);
    expect(client.unsubscribed).toEqual([presenceCh]);
    vis.set(false);
    expect(client.live.has(presenceCh)).toBe(true);
  });

  it('does not join presence from a hidden tab', () => {
    const { client, attach } = setup(true);
    attach();
    expect(client.live.has(roomCh)).toBe(true);
    expect(client.live.has(presenceCh)).toBe(false);
  });
});
