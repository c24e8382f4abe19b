import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_HEAP_MIB, heapArgs } from './heap.mjs';

describe('heapArgs', () => {
  it('leaves V8 its own limit by default and for 0, caps the heap at MOA_MAX_HEAP_MIB when set', () => {
    expect(DEFAULT_MAX_HEAP_MIB).toBe(0);
    expect(heapArgs({})).toEqual([]);
    expect(heapArgs({ MOA_MAX_HEAP_MIB: '512' })).toEqual(['--max-old-space-size=512']);
    expect(heapArgs({ MOA_MAX_HEAP_MIB: '0' })).toEqual([]);
  });

  it('leaves a cap given in NODE_OPTIONS alone', () => {
    expect(heapArgs({ NODE_OPTIONS: '--enable-source-maps --max-old-space-size=4096', MOA_MAX_HEAP_MIB: '256' })).toEqual([]);
  });

  it('refuses values that are not a sane number of megabytes', () => {
    for (const bad of ['', 'abc', '1.5', '-1', '64', '100000', '256MB', ' 256']) {
      expect(() => heapArgs({ MOA_MAX_HEAP_MIB: bad }), bad).toThrow(/MOA_MAX_HEAP_MIB/);
    }
  });
});
