import { describe, expect, it } from 'vitest';
import { contiguousUntil } from './use-room-messages';
import type { MessageDto } from './schemas';

const at = (...seqs: number[]) => seqs.map((seq) => ({ seq }) as MessageDto);

describe('contiguousUntil', () => {
  it('is the newest seq when nothing is missing', () => {
    expect(contiguousUntil(at(4, 5, 6))).toBe(6);
    expect(contiguousUntil([])).toBe(0);
  });
  it('stops before the first hole, e.g. my own send after missed messages', () => {
    expect(contiguousUntil(at(4, 5, 8))).toBe(5);
    expect(contiguousUntil(at(1, 3, 4, 6))).toBe(1);
  });
});
