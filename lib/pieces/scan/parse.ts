// Recognised rows → ticket fields. Each finder scores its candidates; a field is
// filled only when its score clears that field's threshold, because a wrong value the
// person has to notice and delete is worse than an empty one they type. The
// thresholds were set on the tuning half of the test set (docs/decisions.md).
import { dateCandidates, findDate, findTime, timeCandidates } from './dates';
import type { Candidate } from './fields';
import { catalogTitles } from './lexicon';
import { findPrice, priceCandidates } from './price';
import type { Row } from './rows';
import { findSeat, seatCandidates } from './seat';
import type { ScanFields } from './schemas';
import { findTitle } from './title';
import { findVenue, venueCandidates } from './venue';

export const THRESHOLDS = { title: 0.6, date: 0.35, time: 0.35, venue: 0.45, seat: 0.35, price: 0.35, kind: 0.5 };

type Kind = NonNullable<ScanFields['kind']['value']>;
const KIND_HINTS: [RegExp, Kind][] = [
  [/뮤지컬|MUSICAL/i, 'MUSICAL'],
  [/연극|PLAY\b/i, 'PLAY'],
  [/콘서트|리사이틀|연주회|교향|오케스트라|CONCERT|LIVE\b|내한\s*공연|단독\s*공연|투어/i, 'CONCERT'],
  [/영화|상영|관람가|CGV|메가박스|MEGABOX|롯데시네마|씨네|(?:^|\s)(?:2D|3D|IMAX|4DX)(?:\s|$)/i, 'MOVIE'],
];

function guessKind(rows: Row[]): Candidate<Kind> | null {
  const votes = new Map<Kind, number>();
  for (const row of rows) {
    for (const [re, kind] of KIND_HINTS) if (re.test(row.text)) votes.set(kind, (votes.get(kind) ?? 0) + row.confidence);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const [[kind, v], second] = ranked;
  const score = Math.min(1, v / (v + (second?.[1] ?? 0)) * Math.min(1, 0.5 + v / 2));
  return { value: kind, score, row: rows[0] };
}

function field<T>(c: Candidate<T> | null, threshold: number) {
  const confidence = c ? Math.round(c.score * 100) / 100 : 0;
  return { value: c && c.score >= threshold ? c.value : null, confidence };
}

export interface ParseOptions {
  /** The day of the scan (a date printed without its year is read relative to it). */
  today: Date;
  thresholds?: Partial<typeof THRESHOLDS>;
  /** Show titles a title reading may be snapped to (lexicon.ts); the bundled catalog's by default. */
  lexicon?: readonly string[];
}

/** The fields, and the candidates behind the title and the seat (read.ts takes a second look at their lines). */
export function pickFields(rows: Row[], { today, thresholds = {}, lexicon = catalogTitles() }: ParseOptions) {
  const t = { ...THRESHOLDS, ...thresholds };
  const date = findDate(rows, today);
  const time = findTime(rows, date?.row ?? null);
  const seat = findSeat(rows);
  const price = findPrice(rows);
  // A row that holds a date, seat or price (even one doubted) is neither the venue nor the
  // title; a row that may name the venue is not the title.
  const rowsOf = (cands: Candidate<unknown>[], min: number) => cands.filter((c) => c.score >= min).map((c) => c.row);
  const used = new Set([...rowsOf(dateCandidates(rows, today), 0.2), ...rowsOf(timeCandidates(rows, null), 0.2), ...rowsOf(seatCandidates(rows), 0.15), ...rowsOf(priceCandidates(rows), 0.2)]);
  const venue = findVenue(rows, used);
  for (const r of rowsOf(venueCandidates(rows, used), 0.3)) used.add(r);
  const title = findTitle(rows, used, lexicon);
  const fields: ScanFields = {
    title: field(title, t.title),
    date: field(date, t.date),
    time: field(time, t.time),
    venue: field(venue, t.venue),
    seat: field(seat, t.seat),
    price: field(price, t.price),
    kind: field(guessKind(rows), t.kind),
  };
  return { fields, title, seat };
}

export function parseTicket(rows: Row[], opts: ParseOptions): ScanFields {
  return pickFields(rows, opts).fields;
}
