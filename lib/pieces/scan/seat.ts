// The seat, written back in the order Korean box offices print it: grade, hall,
// floor, block, row, number ("R석 3층 B구역 5열 7번", "12관 F열 8번"). Found on one
// row, or put together from a concert ticket's labelled boxes (a row of labels
// "등급 층 구역 열 번" above a row of values "R석 3 B 5 7"). A seat needs a number and
// a row or block; characters OCR could not have meant (symbols in place of a row
// letter) make the seat doubtful rather than guessed.
import { clamp01, labelFactor, withAgreement, type Candidate } from './fields';
import type { Box, Row } from './rows';
import { clean, looksAlike } from './text';

type Part = 'grade' | 'hall' | 'floor' | 'block' | 'row' | 'number';
const ORDER: Part[] = ['grade', 'hall', 'floor', 'block', 'row', 'number'];
type Parts = Partial<Record<Part, string>>;
const complete = (p: Parts) => !!p.number && !!(p.row || p.block);

const UNIT: Record<string, Part> = { 석: 'grade', 관: 'hall', 층: 'floor', 구역: 'block', 블록: 'block', 블럭: 'block', 열: 'row', 번: 'number' };
// A token's value: Latin letters, digits, or a short Korean word (플로어, 일반).
// Cinema halls may have longer names (돌비시네마관).
const TOKEN = /(?<=^|[\s,/·:(]|석|관|층|구역|블록|블럭|열|번)(돌비시네마|수퍼플렉스|[A-Za-z]{1,4}|\d[A-Za-z]{1,3}|\d{1,3}|[A-Za-z]\d{1,2}|[가-힣]{1,3}|\S)\s*(석|관|층|구역|블록|블럭|열|번)(?![가-힣])/g;
const GRADES = /^(VIP|SR|R|S|A|B|C|OP|일반|휠체어|시야제한)$/;
// Symbols the Korean model writes for Latin letters it cannot read: a seat with one is not trusted.
const SUSPECT = /[^A-Za-z0-9가-힣]/;

// Korean words that end in 석 without being a grade ("좌석" the label, "지정석").
const NOT_GRADE_WORDS = /(좌|지정|자유|전|객|관람|입)\s?석/g;
// A grade's 석 with no letters before it when no grade was read ("좌석 석 3층", "\/|6석"):
// its letters were printed and not read.
const GRADE_UNIT = /(?:^|[^가-힣])석(?![가-힣])/;

/**
 * The parts of a seat in a line; `suspect` counts parts printed but not read (a symbol
 * for a letter, a grade's letter lost), `unread` those of them not in `parts` at all.
 */
export function partsOf(text: string): { parts: Parts; suspect: number; count: number; unread: number; symbols: Part[] } {
  const parts: Parts = {};
  let suspect = 0;
  let count = 0;
  let unread = 0;
  // Parts OCR saw printed in symbols it writes for Latin letters (a value or the unit's neighbour).
  const symbols: Part[] = [];
  // 플로어 as written, in English, or as the Korean model misreads it (폴쿠어, 플루어).
  // 층 misread (충, 증, 총, 츠, 중) right after a floor's one or two digits: "2증L열".
  const t = clean(text)
    .replace(/[플폴풀][로루쿠코]어|FLOOR|Floor|스탠딩/g, (w) => ` ${w === '스탠딩' ? w : '플로어'}층 `)
    .replace(/(?<=(?:^|[\s,/·:(]|석)\d{1,2})\s?[충증총츠중](?![가-힣])/g, '층');
  let end = t.length;
  for (const m of t.matchAll(TOKEN)) {
    // A seat ends with its number: a part after a whole seat is other text banded into the
    // row (a venue's "대학로 TOM 1관" after "S석 3층 11열 5번").
    if (complete(parts)) {
      end = m.index;
      break;
    }
    let value = m[1];
    const part = UNIT[m[2]];
    if (parts[part]) continue;
    if (part === 'floor' && value === '플로어') value = '플로어';
    if (part === 'number' && !/^\d+$/.test(value)) {
      const fixed = value.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1');
      if (!/^\d+$/.test(fixed)) continue;
      value = fixed;
    }
    if (part === 'floor' && !/^(\d{1,2}|플로어|스탠딩)$/.test(value)) continue;
    if (part === 'grade') {
      // The Korean model reads S as 5: a grade is never a digit.
      value = value.replace(/^5$/, 'S');
      if (!GRADES.test(value)) {
        // A grade was printed but not read (VIP as "\/10"): the seat without it would be wrong.
        // A Korean word before 석 is most often the label 좌석 misread (조석, 좌섹), not a grade.
        if (!/[가-힣]/.test(value)) {
          suspect++;
          unread++;
        }
        continue;
      }
    }
    // A unit's syllable is no hall's name ("6석관": a grade's value, then 관 read beside it):
    // that part was printed and not read.
    if (part === 'hall' && UNIT[value] && !parts[UNIT[value]]) {
      suspect++;
      unread++;
      continue;
    }
    if (part === 'hall' && (!/^(\d{1,2}|\d?[A-Za-z]{1,4}|[가-힣]{1,5})$/.test(value) || UNIT[value])) continue;
    // Rows and blocks are letters, numbers, or one of 가 나 다 … (a longer Korean word is debris).
    if ((part === 'row' || part === 'block') && !/^([A-Za-z]{1,2}|\d{1,3}|[가나다라마바사아자차카타파하])$/.test(value) && !SUSPECT.test(value)) {
      // One other syllable glued to the unit is a capital the Korean model took for
      // Hangul (H as 너): printed, not read.
      if (/^[가-힣]$/.test(value) && !parts[part]) {
        suspect++;
        unread++;
      }
      continue;
    }
    if (SUSPECT.test(value)) {
      suspect++;
      symbols.push(part);
    }
    // There is no row or block 0: a letter (D, O, C) read as a zero.
    if ((part === 'row' || part === 'block') && /^0+$/.test(value)) suspect++;
    parts[part] = value;
    count++;
  }
  // A block's or row's unit glued to something no value was read from ("1*“0구역L열"), or
  // a hall's to symbols (IMAX as "\]0&×관"): that part was printed and not read.
  const seen = t.slice(0, end);
  for (const [part, unit] of [['block', /\S(?:구역|블록|블럭)(?![가-힣])/], ['row', /[^\s가-힣]열(?![가-힣])/], ['hall', /[^\s가-힣A-Za-z0-9]관(?![가-힣])/]] as const) {
    if (!parts[part] && unit.test(seen)) {
      suspect++;
      unread++;
      symbols.push(part);
    }
  }
  if (!parts.grade && !unread && GRADE_UNIT.test(seen.replace(NOT_GRADE_WORDS, ' '))) {
    suspect++;
    unread++;
  }
  return { parts, suspect, count, unread, symbols };
}

const UNIT_OF: Record<Part, string> = { grade: '석', hall: '관', floor: '층', block: '구역', row: '열', number: '번' };

function format(parts: Parts): string {
  return ORDER.filter((p) => parts[p]).map((p) => {
    const v = parts[p]!;
    if (p === 'floor' && (v === '플로어' || v === '스탠딩')) return v;
    return `${v}${UNIT_OF[p]}`;
  }).join(' ');
}

const SEAT_LABELS = ['좌석', '자리', 'SEAT', 'Seat'];
const OTHER_LABELS = ['예매번호', '주문번호', '회원번호', '게이트', '입장번호', '정리번호'];
// A label box's name and the part it holds.
// With the ways the Korean model misreads small labels (충 중 for 층, 구력 for 구역, 얼 for 열, 반 빈 for 번).
export const BOX_LABELS: Record<string, Part> = {
  등급: 'grade', 석: 'grade', 좌석등급: 'grade', 관: 'hall', 상영관: 'hall', 층: 'floor', 충: 'floor', 중: 'floor',
  구역: 'block', 구력: 'block', 구억: 'block', 블록: 'block', 블럭: 'block', 열: 'row', 얼: 'row', 번: 'number', 반: 'number', 빈: 'number', 번호: 'number', 좌석번호: 'number',
};

/**
 * The words of a row that are box labels, with the part each names. Where two or more
 * are labels as written, a one-syllable word that looks like a missing one's label
 * (츠 or 충 for 층: a stroke of the vowel or the final consonant misread) is one too.
 */
export function boxLabels(words: Row['words']): { word: Row['words'][number]; part: Part }[] {
  // A unit right after its value is a seat token split into words ("8" "관" "열" "4" "번"), no label.
  const glued = (w: Word) => words.some((v) => /[A-Za-z0-9]$/.test(v.text) && v.box.x1 <= w.box.x0 + 2 && w.box.x0 - v.box.x1 < (w.box.y1 - w.box.y0) * 0.5 && v.box.y0 < w.box.y1 && w.box.y0 < v.box.y1);
  const exact = words.filter((w) => BOX_LABELS[w.text] && !glued(w)).map((word) => ({ word, part: BOX_LABELS[word.text] }));
  if (exact.length < 2) return exact;
  const have = new Set(exact.map((l) => l.part));
  const single = Object.entries(BOX_LABELS).filter(([k]) => k.length === 1);
  return words.flatMap((word) => {
    const known = exact.find((l) => l.word === word);
    if (known) return [known];
    const like = single.find(([k, part]) => !have.has(part) && looksAlike(word.text, k));
    return like ? [{ word, part: like[1] }] : [];
  });
}

type Word = Row['words'][number];
const midX = (b: Box) => (b.x0 + b.x1) / 2;
const midY = (b: Box) => (b.y0 + b.y1) / 2;
/** Whether a word stands in the band under a label (whatever its x). */
const underLabel = (label: Box, w: Word) => {
  const h = label.y1 - label.y0;
  return midY(w.box) > label.y1 - h * 0.2 && w.box.y0 < label.y1 + h * 4;
};

/**
 * The value printed under a box label: the word below it nearest in x. Judged word by
 * word, not row by row: in a tilted photo the row of labels and the row of values
 * overlap, and tesseract may band them into one row or read them as one line.
 */
export function valueUnder(label: Box, words: Word[]): Word | null {
  const near = words.filter((w) => underLabel(label, w) && Math.abs(midX(w.box) - midX(label)) <= (label.x1 - label.x0) * 3 + 60);
  return near.reduce<Word | null>((b, w) => (!b || Math.abs(midX(w.box) - midX(label)) < Math.abs(midX(b.box) - midX(label)) ? w : b), null);
}

/**
 * A box's value as one word: tesseract's word boxes split Korean words into syllables,
 * so "S석" may come as "5" and "석"; pieces side by side (overlapping in height) and
 * closer than a third of their height are joined.
 */
function joinTouching(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const w of [...words].sort((a, b) => a.box.x0 - b.box.x0)) {
    // The piece before it in its own band: a word of the row above may lie between in x.
    const at = out.findLastIndex((o) => w.box.y0 < o.box.y1 && o.box.y0 < w.box.y1);
    const last = out[at];
    if (last && w.box.x0 - last.box.x1 < (w.box.y1 - w.box.y0) / 3) {
      out[at] = { ...last, text: last.text + w.text, box: { x0: last.box.x0, x1: Math.max(last.box.x1, w.box.x1), y0: Math.min(last.box.y0, w.box.y0), y1: Math.max(last.box.y1, w.box.y1) } };
    } else out.push(w);
  }
  return out;
}

/**
 * The part a box's value names with its own unit ("6석" is a grade whatever its label was
 * taken for: a misread label may look like another's, 등급's 균 like 관).
 */
export function ownPart(value: string): Part | null {
  const m = /^[A-Za-z0-9\\/|^]{1,4}(석|관|층|구역|블록|블럭|열|번)$/.exec(value);
  return m ? UNIT[m[1]] : null;
}

/** Whether a word stands in the band of the values, between the first and the last of them. */
function between(w: Word, values: Word[]): boolean {
  if (values.length < 2) return false;
  const top = Math.min(...values.map((v) => v.box.y0));
  const bottom = Math.max(...values.map((v) => v.box.y1));
  const left = Math.min(...values.map((v) => v.box.x1));
  const right = Math.max(...values.map((v) => v.box.x0));
  return midY(w.box) > top && midY(w.box) < bottom && w.box.x0 >= left && w.box.x1 <= right;
}

/** Seats written across a row of box labels and the values under them. */
function fromBoxes(rows: Row[]): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  rows.forEach((row, i) => {
    const found = boxLabels(row.words);
    const labels = found.map((l) => l.word);
    const partOf = (w: Word) => found.find((l) => l.word === w)!.part;
    // Specks and punctuation read around small labels do not count against them, nor
    // values banded into the labels' row.
    const words = row.words.filter((w) => /[가-힣A-Za-z0-9]{2,}|[가-힣]/.test(w.text) && !labels.some((l) => l !== w && underLabel(l.box, w)));
    if (labels.length < 2 || labels.length < words.length / 2) return;
    const nearby = rows.slice(i + 1, i + 3);
    const values = joinTouching([...row.words.filter((w) => !labels.includes(w)), ...nearby.flatMap((r) => r.words)]);
    const paired = labels.map((l) => valueUnder(l.box, values));
    // The row holding most of the values: its confidence and text (where the letter pass
    // mended a grade's letters: in a row's text, not in its words).
    const holds = (r: Row) => paired.filter((v) => v && r.words.some((w) => w.box.x0 <= v.box.x0 && w.box.x1 >= v.box.x0 && midY(w.box) >= v.box.y0 && midY(w.box) <= v.box.y1)).length;
    const below = [row, ...nearby].reduce((b, r) => (holds(r) > holds(b) ? r : b), nearby[0] ?? row);
    if (!holds(below)) return;
    const mendedGrade = /(?:^|\s)([A-Z]{1,3})석(?![가-힣])/.exec(below.text)?.[1];
    let text = '';
    // A box whose value was not read makes the whole seat doubtful (R석 read as just 석).
    let missing = 0;
    labels.forEach((l, k) => {
      const v = paired[k];
      const part = (v && ownPart(v.text)) ?? partOf(l);
      const value = !v ? '' : part === 'grade' ? (mendedGrade ?? v.text.replace(/석$/, '')) : v.text.replace(/(층|구역|열|번|관)$/, '');
      if (!value) {
        missing++;
        return;
      }
      text += ` ${part === 'floor' && value === '플로어' ? '플로어' : `${value}${UNIT_OF[part]}`}`;
    });
    // The grade's box printed with its value ("R석") but its small label lost: the value
    // says what it is. Without it the seat would be short of its grade.
    const first = labels.reduce((a, b) => (b.box.x0 < a.box.x0 ? b : a));
    const gradeWord = found.some((l) => l.part === 'grade') ? undefined : values.find((w) => /석$/.test(w.text) && w.box.x1 <= first.box.x0 + 4 && underLabel(first.box, w));
    if (gradeWord) text = ` ${mendedGrade ? `${mendedGrade}석` : gradeWord.text.replace(/^[^A-Za-z0-9가-힣\\/]+/, '')}${text}`;
    // A value between the paired ones that no label took: its box's label was lost ("1"
    // under a floor label read as "[7]"), and the seat without that part would be wrong.
    const taken = [...paired, gradeWord].filter((v): v is Word => !!v);
    const lost = values.some((w) => !taken.includes(w) && /[A-Za-z0-9]/.test(w.text) && between(w, taken));
    const { parts: read, suspect, count } = partsOf(text);
    if (!complete(read)) return;
    const doubt = suspect || missing || lost || count < labels.length + (gradeWord ? 1 : 0) ? 0.4 : 1;
    out.push({ value: format(read), score: clamp01(0.8 * below.confidence * doubt), row: below });
  });
  return out;
}

export function seatCandidates(rows: Row[]): Candidate<string>[] {
  const out = fromBoxes(rows);
  for (const row of rows) {
    const { parts, suspect, count } = partsOf(row.text);
    if (!complete(parts)) continue;
    let score = (count >= 3 ? 0.9 : 0.75) * row.confidence * labelFactor(row, SEAT_LABELS, OTHER_LABELS);
    if (suspect) score *= 0.4;
    out.push({ value: format(parts), score: clamp01(score), row });
  }
  return out;
}

export function findSeat(rows: Row[]): Candidate<string> | null {
  // The stub repeats the seat in small print: more parts is the fuller copy.
  const cands = seatCandidates(rows);
  const richest = Math.max(0, ...cands.map((c) => c.value.split(' ').length));
  return withAgreement(cands.map((c) => (c.value.split(' ').length < richest ? { ...c, score: c.score * 0.85 } : c)));
}

/**
 * What tesseract may read on a seat line read again alone: digits, capitals, spacing
 * and the syllables seats are written in. The Korean model knows few Latin letters and
 * reads F as 『, A as 스, B as 8 on a page; restricted to these it has to pick the letter.
 * (스탠딩 is left out: its 스 is the model's favourite misreading of A.)
 */
export const SEAT_WHITELIST = `0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -${'좌석층구역블록럭열행번관호문게이트지정일반플로어휠체시야제한돌비네마샤롯데'}`;

/**
 * Whether the whitelisted re-reading of a seat line replaces the first reading: it must
 * make a whole seat with nothing doubtful in it and lose no part the first one had (a
 * whitelist can turn a stray mark into a letter, not find a dropped token). Where the
 * first was whole and clean too and they differ ("6구역" and "E구역"), the surer wins.
 */
export function preferSeatReading(first: { text: string; confidence: number }, again: { text: string; confidence: number }): boolean {
  const a = partsOf(again.text);
  if (!complete(a.parts) || a.suspect) return false;
  const f = partsOf(first.text);
  // Every part the first reading saw, read or not, must be there.
  if (ORDER.some((p) => f.parts[p] && !a.parts[p]) || a.count < f.count + f.unread) return false;
  // Symbols are the Korean model's way of writing Latin letters it cannot read: where the
  // first reading has them, the re-reading must have a letter, not digits alone (the
  // whitelist leaves tesseract digits to pick for "4DX", and it reads "40").
  if (f.symbols.some((p) => !/[A-Za-z]/.test(a.parts[p] ?? ''))) return false;
  if (f.suspect > 0 || !complete(f.parts) || a.count > f.count) return true;
  return format(a.parts) !== format(f.parts) && again.confidence > first.confidence;
}
