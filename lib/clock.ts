// Injectable clock: every rule that depends on "now" asks here, so tests can travel
// in time (see the test-hooks route, enabled only with MOA_TEST_HOOKS=1).
const state = globalThis as unknown as { moaClockOffsetMs?: number };

export function now(): Date {
  return new Date(Date.now() + (state.moaClockOffsetMs ?? 0));
}

export function setClockOffset(ms: number) {
  state.moaClockOffsetMs = ms;
}

export function clockOffset() {
  return state.moaClockOffsetMs ?? 0;
}
