// What every field finder shares: a candidate value with a score in 0–1, the row it
// came from, and the label words that make a row more or less likely to hold a field.
import { numeric } from './text';
import type { OcrLine, Row } from './rows';

export interface Candidate<T> {
  value: T;
  /** 0–1: how sure we are, from the pattern, the OCR confidence and the row's labels. */
  score: number;
  row: Row;
  /** The line of the row it was read from, when it is one line (a title). */
  line?: OcrLine;
}

/** Confidence of the words in a row that carry the digits of a numeric match. */
export function digitsConfidence(row: Row, match: string): number {
  const digits = match.replace(/\D/g, '');
  const hit = row.words.filter((w) => {
    const d = numeric(w.text).replace(/\D/g, '');
    return d.length > 0 && digits.includes(d);
  });
  return hit.length ? hit.reduce((s, w) => s + w.confidence, 0) / hit.length : row.confidence;
}

/** The best candidate, or null; ties go to the earlier row. */
export function best<T>(cands: Candidate<T>[]): Candidate<T> | null {
  return cands.reduce<Candidate<T> | null>((b, c) => (!b || c.score > b.score + 1e-9 ? c : b), null);
}

/**
 * Agreement: the same value found in several places (a ticket and its stub) is more
 * likely right. The best candidate's score rises a little for each other row saying the same.
 */
export function withAgreement<T>(cands: Candidate<T>[], key: (v: T) => string = String): Candidate<T> | null {
  const top = best(cands);
  if (!top) return null;
  const others = new Set(cands.filter((c) => c.row !== top.row && key(c.value) === key(top.value)).map((c) => c.row.index)).size;
  const disagree = cands.some((c) => key(c.value) !== key(top.value) && c.score > top.score * 0.9);
  return { ...top, score: Math.min(1, top.score * (1 + 0.08 * others) * (disagree ? 0.8 : 1)) };
}

const has = (text: string, words: readonly string[]) => words.some((w) => text.replace(/\s/g, '').includes(w));

/** 1 + bonus for a row naming the field, × penalty for a row naming something else. */
export function labelFactor(row: Row, good: readonly string[], bad: readonly string[]): number {
  let f = 1;
  if (has(row.text, good)) f *= 1.15;
  if (has(row.text, bad)) f *= 0.45;
  return f;
}

export const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
