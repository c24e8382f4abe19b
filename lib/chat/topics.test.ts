import { describe, expect, it } from 'vitest';
import { PUBLIC_ROOM_SQL, isPublicTopic, showIdOfTopic, showTopic } from './topics';

describe('open room topics', () => {
  it('makes only cake rooms public', () => {
    expect(isPublicTopic('OPEN', showTopic('cabc'))).toBe(true);
    expect(isPublicTopic('OPEN', 'post:cabc')).toBe(false);
    expect(isPublicTopic('OPEN', null)).toBe(false);
    // The prefix decides, not a substring; and only open rooms.
    expect(isPublicTopic('OPEN', 'post:show:cabc')).toBe(false);
    expect(isPublicTopic('GROUP', 'show:cabc')).toBe(false);
  });

  it('says the same in SQL', () => {
    expect(PUBLIC_ROOM_SQL('r')).toBe(`(r.kind = 'OPEN' AND (r.topic LIKE 'show:%'))`);
  });

  it('reads the show back from a topic', () => {
    expect(showIdOfTopic('show:cabc')).toBe('cabc');
    expect(showIdOfTopic('post:cabc')).toBeNull();
    expect(showIdOfTopic(null)).toBeNull();
  });
});
