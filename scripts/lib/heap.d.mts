export const DEFAULT_MAX_HEAP_MIB: number;
export function heapArgs(env?: Record<string, string | undefined>): string[];
