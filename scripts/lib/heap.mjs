// An optional V8 heap cap (`--max-old-space-size`) for every launcher of scripts/serve.mjs
// (npm start, npm test, the benchmarks). V8 grows its old generation as long as it may:
// under a sustained load the chat server held ~600 MiB resident, though far less was
// alive, and a cap near the live set makes V8 collect sooner instead. It is off by default
// because no cap is both low and safe: a server that has served every feature holds
// ~185 MiB alive (route code, the couple word lexicon, the scan lexicon), and with a
// 192 MiB cap the test suite's server died out of memory (docs/decisions.md, session 10).
// MOA_MAX_HEAP_MIB: megabytes of old generation per server process (0 = V8's own limit,
// the default); a --max-old-space-size in NODE_OPTIONS wins over it.
export const DEFAULT_MAX_HEAP_MIB = 0;

/** The node arguments that cap the heap, [] for none; throws on a malformed value. */
export function heapArgs(env = process.env) {
  if (/--max-old-space-size\b/.test(env.NODE_OPTIONS ?? '')) return [];
  const raw = env.MOA_MAX_HEAP_MIB ?? String(DEFAULT_MAX_HEAP_MIB);
  const mib = Number(raw);
  if (!/^\d+$/.test(raw) || (mib !== 0 && (mib < 96 || mib > 65536))) {
    throw new Error(`MOA_MAX_HEAP_MIB must be 0 (no cap) or a whole number of megabytes from 96 to 65536 (got "${raw}").`);
  }
  return mib === 0 ? [] : [`--max-old-space-size=${mib}`];
}
