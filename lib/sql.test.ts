import { describe, expect, it } from 'vitest';
import { newId, statement } from './sql';

describe('statement', () => {
  it('names a prepared statement by its label and text, so a changed text gets a new name', () => {
    const a = statement('chat_send', 'SELECT $1::int');
    expect(a.name).toMatch(/^moa_chat_send_[0-9a-f]{10}$/);
    expect(statement('chat_send', 'SELECT $1::int').name).toBe(a.name);
    expect(statement('chat_send', 'SELECT $1::int + 1').name).not.toBe(a.name);
  });
});

describe('newId', () => {
  it('makes cuid-shaped ids, all different, across refills of its random pool', () => {
    const ids = Array.from({ length: 1000 }, () => newId());
    for (const id of ids) expect(id).toMatch(/^c[0-9a-f]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
