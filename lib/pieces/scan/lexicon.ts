// A title reading checked against the bundled show catalog: a reading one character
// off exactly one catalog title ("프랑켄슈6인" → "프랑켄슈타인") is most likely that title
// misread, so that character is put right (the reading keeps its own spacing), and a
// reading that is a catalog title is surer. The snap is careful, because
// most shows are not in any catalog and a correct reading of one must never be "fixed"
// onto a catalog title that happens to be one syllable away ("라이카" is not "라이어"):
// - compared without spaces and punctuation, readings of at least 3 characters only;
// - exactly one catalog title within one edit, and none at zero (then it is already right);
// - for a short reading (3 characters) the odd character must be debris (a digit, a
//   letter jamo, a symbol, or one missing), never a whole, well-formed syllable.
import { bundledShows } from '@/lib/shows/catalog/bundled';
import { distance, looksAlike, squash } from './text';

export interface Snap {
  /** The reading with the one misread character put right, spaced as printed; the reading itself when it is a catalog title. */
  title: string;
  /** 0: the reading is that title already; 1: one character was changed. */
  edits: 0 | 1;
}

const KEPT = /[\p{L}\p{N}]/u;
/** The letters and digits of a string (what `squash` keeps), with their places in it. */
function letters(s: string) {
  const at: number[] = [];
  const chars: string[] = [];
  [...s.normalize('NFKC')].forEach((c, i) => {
    if (KEPT.test(c)) {
      at.push(i);
      chars.push(c);
    }
  });
  return { at, chars };
}

/** Where two letter sequences one edit apart differ: [start, end in a, end in b]. */
function differ(a: string[], b: string[]): [number, number, number] {
  const eq = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  let i = 0;
  while (i < a.length && i < b.length && eq(a[i], b[i])) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && eq(a[a.length - 1 - j], b[b.length - 1 - j])) j++;
  return [i, a.length - j, b.length - j];
}

const SYLLABLE = /^[가-힣]$/;

/**
 * The catalog title a reading is, or is one misread character off, written with the
 * reading's own spacing ("프랑켄슈6 인" → "프랑켄슈타인"); null when it is neither or unsure.
 */
export function snapTitle(reading: string, titles: readonly string[]): Snap | null {
  const r = squash(reading);
  if ([...r].length < 3) return null;
  let near: string | null = null;
  for (const t of titles) {
    const s = squash(t);
    if (Math.abs(s.length - r.length) > 1 || s.length < 3) continue;
    const d = distance(r, s);
    if (d === 0) return { title: reading, edits: 0 };
    if (d === 1) {
      if (near !== null && squash(near) !== s) return null;
      near ??= t;
    }
  }
  if (near === null) return null;
  const read = letters(reading);
  const cat = letters(near);
  const [i, endRead, endCat] = differ(read.chars, cat.chars);
  const odd = read.chars.slice(i, endRead).join('');
  // A short title one whole syllable off is as likely another show as a misreading,
  // unless the two syllables differ in one stroke-like letter only.
  const put = cat.chars.slice(i, endCat).join('');
  if (read.chars.length <= 3 && SYLLABLE.test(odd) && !looksAlike(odd, put)) return null;
  const chars = [...reading.normalize('NFKC')];
  const from = i < read.at.length ? read.at[i] : chars.length;
  const to = endRead > i ? read.at[endRead - 1] + 1 : from;
  // An inserted character goes right after the letter before it, not after a space.
  const at = endRead > i || i === 0 ? from : read.at[i - 1] + 1;
  const fixed = [...chars.slice(0, at), put, ...chars.slice(endRead > i ? to : at)].join('').replace(/\s+/g, ' ').trim();
  // Punctuation at the ends stays only as the catalog has it ("맘마미아!"), not a speck's.
  const ends = (x: string) => [/^[^\p{L}\p{N}]*/u.exec(x)![0], /[^\p{L}\p{N}]*$/u.exec(x)![0]];
  const [lead, tail] = ends(fixed);
  const [catLead, catTail] = ends(near);
  return { title: `${catLead}${fixed.slice(lead.length, fixed.length - tail.length)}${catTail}`, edits: 1 };
}

let titles: string[] | undefined;
/** The bundled catalog's titles, once (the same show in several seasons counted once). */
export function catalogTitles(): readonly string[] {
  titles ??= [...new Set(bundledShows().map((s) => s.title))];
  return titles;
}
