// Where the show was: a row naming a known venue (matched through a few misread
// characters and written back in its usual spelling), a cinema chain with its branch,
// or a row whose words end like a venue's (극장, 홀, 아트센터…). The label in front
// ("장소", "공연장") is dropped.
import { clamp01, labelFactor, withAgreement, type Candidate } from './fields';
import type { Row } from './rows';
import { clean, distance, quality, squash } from './text';
import { CINEMA_CHAINS, KNOWN_VENUES, VENUE_WORDS } from './venues';

const LABEL = /^(관람\s*장소|공연\s*장소|장\s*소|공연장|극장|상영관|venue|place)\s*[:：]?\s*/i;
const VENUE_LABELS = ['장소', '공연장', '극장'];
const OTHER_LABELS = ['예매', '주소', '문의', '발권'];

/** Best fuzzy place of `name` inside `text` (both squashed): edits needed over the name's length. */
function nearestIn(text: string, name: string): number {
  if (text.includes(name)) return 0;
  if (text.length < name.length - 2) return 1;
  let bestRatio = 1;
  // Windows around the name's length; names are short, rows are short.
  for (let len = Math.max(1, name.length - 2); len <= name.length + 2; len++) {
    for (let i = 0; i + len <= text.length; i++) {
      bestRatio = Math.min(bestRatio, distance(text.slice(i, i + len), name) / name.length);
    }
  }
  return bestRatio;
}

const SQUASHED = KNOWN_VENUES.map((v) => ({ name: v, key: squash(v) }));

/** The known venue a text most nearly names, if close enough. */
export function knownVenue(text: string): { name: string; ratio: number } | null {
  const t = squash(text);
  const chars = new Set(t);
  let found: { name: string; ratio: number } | null = null;
  for (const v of SQUASHED) {
    // Most names share few of the row's characters: skip them before the costly comparison.
    if ([...v.key].filter((c) => chars.has(c)).length < v.key.length * 0.6) continue;
    const ratio = nearestIn(t, v.key);
    // Allow about one wrong character in five; prefer the longer (more specific) name on ties.
    if (ratio <= 0.2 && (!found || ratio < found.ratio || (ratio === found.ratio && v.name.length > found.name.length))) found = { name: v.name, ratio };
  }
  return found;
}

export function venueCandidates(rows: Row[], skip: Set<Row>): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  for (const row of rows) {
    if (skip.has(row)) continue;
    // The label in front and any debris after the name (a ruled line read as "|").
    const text = clean(row.text).replace(LABEL, '').replace(/[\s|\]\[()'"`~_.,:;!-]+$/, '').trim();
    if (text.length < 2) continue;
    const factor = labelFactor(row, VENUE_LABELS, OTHER_LABELS);
    const known = knownVenue(text);
    if (known) {
      out.push({ value: known.name, score: clamp01((0.95 - known.ratio) * factor * Math.max(0.6, row.confidence)), row });
      continue;
    }
    const chain = CINEMA_CHAINS.find((c) => text.toUpperCase().startsWith(c));
    const words = text.split(' ');
    if (chain && words.length >= 2) {
      out.push({ value: text, score: clamp01(0.85 * factor * row.confidence * quality(text)), row });
      continue;
    }
    // A venue's name ends in what it is (서초 작은극장, 드림아트센터 2관); "이적 소극장 콘서트" is a show.
    if (VENUE_WORDS.test(words[words.length - 1]) && words.length <= 6) {
      out.push({ value: text, score: clamp01(0.7 * factor * row.confidence * quality(text)), row });
    }
  }
  return out;
}

export function findVenue(rows: Row[], skip: Set<Row>): Candidate<string> | null {
  return withAgreement(venueCandidates(rows, skip));
}
