import { describe, expect, it } from 'vitest';
import { channels, parseChannel } from './channels';

const id = 'cmabcdefghijklmnopqrstuv';

describe('parseChannel', () => {
  it('parses every channel the app publishes on', () => {
    expect(parseChannel(channels.user(id))).toEqual({ kind: 'user', id, presence: false });
    expect(parseChannel(channels.circle(id))).toEqual({ kind: 'circle', id, presence: false });
    expect(parseChannel(channels.room(id))).toEqual({ kind: 'room', id, presence: false });
    expect(parseChannel(channels.roomPresence(id))).toEqual({ kind: 'room', id, presence: true });
    expect(parseChannel(channels.userPresence(id))).toEqual({ kind: 'user', id, presence: true });
    expect(parseChannel(channels.show(id))).toEqual({ kind: 'show', id, presence: false });
  });

  it('refuses unknown or malformed names', () => {
    for (const name of ['public', `private-users-${id}`, `private-user-${id}-x`, 'private-user-', `presence-users-${id}`, `presence-circle-${id}`, `presence-show-${id}`, `private-user-${id.toUpperCase()}`, `private-encrypted-user-${id}`]) {
      expect(parseChannel(name)).toBeNull();
    }
  });
});
