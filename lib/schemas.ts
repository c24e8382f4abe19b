// Zod building blocks every domain's schemas share. Messages are message-file keys.
import { z } from 'zod';
import { ID_PATTERN } from './ids';

// C0 controls, DEL, C1 controls and the Unicode line/paragraph separators: invisible
// or line-breaking, and PostgreSQL refuses NUL in text (it was a 500).
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Multi-line text may hold tab, line feed and carriage return; nothing else of the kind.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const isOneLine = (s: string) => !NOT_ONE_LINE.test(s);
export const isPlainText = (s: string) => !CONTROL.test(s);

const oneLine = { error: 'validation.oneLine' } as const;
const typed = (error?: string) => z.string(error ? { error } : undefined);

export { ID_PATTERN };
const ID_RE = new RegExp(`^${ID_PATTERN}$`);

/** An id in a path, query or body; `error` is the message key when a form names the field. */
export const id = (error?: string) => typed(error).regex(ID_RE, error ? { error } : undefined);
export const idSchema = id();

/** A single line as a person typed it: trimmed, no line breaks or control characters. */
export const line = (error?: string) => typed(error).trim().refine(isOneLine, oneLine);

/** Text that may span lines (messages, descriptions): trimmed; tabs and line breaks allowed, other control characters not. */
export const text = (error?: string) => typed(error).trim().refine(isPlainText, { error: 'validation.controlChars' });

/** A value kept exactly as sent (passwords, client ids): one line, not trimmed. */
export const verbatim = (error?: string) => typed(error).refine(isOneLine, oneLine);

/** An absolute URL (zod's check) that is also one clean line: the URL parser would accept and keep a NUL. */
export const url = (params: Parameters<typeof z.url>[0]) => z.url(params).refine(isOneLine, oneLine);

/** A real calendar day, 'YYYY-MM-DD' in 2000–2999: 2024-02-29 yes, 2026-02-30 and 2024-13-01 no. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && Number(m[1]) >= 2000 && Number(m[1]) <= 2999;
}

/** A 'YYYY-MM-DD' field; `error` is the message key for anything that is not a real day. */
export const isoDate = (error = 'validation.date') => z.string({ error }).refine(isCalendarDate, { error });
