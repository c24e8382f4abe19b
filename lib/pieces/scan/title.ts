// The show's title: the most prominent row (largest print, near the top) that is not
// a label, a date, a seat, a venue, a price, the seller's or app's own name, or a
// line of fine print. A title wrapped onto a second row of the same size is joined.
// The genre word and brackets around the name are dropped: "뮤지컬 〈레미제라블〉" → "레미제라블".
import { clamp01, type Candidate } from './fields';
import type { OcrLine, Row } from './rows';
import { clean, distance, hasHangul, quality, sameInitial, squash } from './text';
import { snapTitle } from './lexicon';
import { CINEMA_CHAINS } from './venues';

const BOILERPLATE = [
  '모바일티켓', '모바일 티켓', '입장권', '관람권', '티켓', '예매번호', '예매내역', '예매확인', '인터파크', '예스24', '멜론티켓', '티켓링크', 'NOL', '예매처',
  'TICKET', 'CONCERT', 'MOVIE', 'LIVE', 'Ticket', '공연 입장권', '영화 관람권', 'QR', '바코드', '입장 시', '공유하기', '캘린더',
];
const FINE_PRINT = /(습니다|십시오|세요|바랍니다|불가|제한|금지|환불|취소|분실)/;
const LABEL_ONLY = /^(일시|장소|좌석|가격|금액|관람일시|공연장|티켓금액|예매수수료|예매일시|등급|층|구역|열|번|번호|관|결제금액|공연명|작품명|상품명)$/;
const TITLE_LABEL = /^(공연명|작품명|상품명|영화명|영화|제목|title)\s*[:：]?\s*/i;
const KIND_WORDS = ['뮤지컬', '연극', '오페라', '발레', '무용', '창극', '영화'];
const FORMAT_WORDS = /\s*[([]?\b(2D|3D|IMAX|4DX|SCREENX|자막|더빙|ATMOS)\b[)\]]?/gi;

const OPEN = '〈<《「『[("“\'';
const CLOSE = '〉>》」』])"”\'';
/** Characters as a regular-expression class body. */
const cls = (chars: string) => chars.replace(/[\]\[\\^-]/g, '\\$&');
const JAMO = '\\u1100-\\u11ff\\u3130-\\u318f';
const LEADING_DEBRIS = new RegExp(`^(?:[^\\p{L}\\p{N}${cls(OPEN)}]|[${JAMO}])+`, 'u');
const TRAILING_DEBRIS = new RegExp(`(?:[^\\p{L}\\p{N}${cls(CLOSE)}!?]|[${JAMO}])+$`, 'u');
const LEADING_OPEN = new RegExp(`^[${cls(OPEN)}]+`);
const TRAILING_CLOSE = new RegExp(`[${cls(CLOSE)}]+$`);

/**
 * "뮤지컬 레미제라블" → "레미제라블": the genre word in front goes, also as OCR misreads
 * it (뮤지렬, 언극), and any short word in front of a bracketed name ("극 <웃음의 대학>").
 */
function dropKindWord(t: string): string {
  // Glued on: "연극웃음의 대학".
  const glued = /^(뮤지컬|연극)([가-힣].+)$/.exec(t);
  if (glued && glued[2].length >= 2) return glued[2];
  // 뮤지컬 glued on and its last syllable misread in a stroke ("뮤지컷츠" for "뮤지컬 캣츠"):
  // the genre word goes; what is left is often too short to be taken, rather than wrong.
  const misread = /^뮤지([가-힣])([가-힣].*)$/.exec(t);
  if (misread && misread[1] !== '컬' && sameInitial(misread[1], '컬')) return misread[2];
  const [first, ...rest] = t.split(' ');
  if (!rest.length) return t;
  const near = KIND_WORDS.some((k) => first === k || (first.length === k.length && first.length >= 2 && distance(first, k) <= 1));
  // Its last syllable lost, and a speck read after it ("뮤지 1 지킬앤하이드").
  const cut = KIND_WORDS.some((k) => k.length === 3 && first === k.slice(0, 2)) && rest.length >= 2 && /^[^가-힣]$/.test(rest[0]);
  if (cut) return rest.slice(1).join(' ');
  if (near || (first.length <= 3 && OPEN.includes(rest[0][0]) && CLOSE.includes(t[t.length - 1]))) return rest.join(' ');
  return t;
}

// Debris after a title that a rule or a box edge starts: "… 그리워하다 [29607 1)", "… | 0"
// (letters in it would be words, and a title's own bracketed part stays: "(2024)", "<축가>").
const TRAILING_BOX = /\s+[[{|¦][^\p{L}]*$/u;
// A rule or a perforation read as a one after the title's last word ("… 겨울소리 1"): no
// sequel is numbered 1, and a title's own digits stand glued or are 2 and up ("모아나 2").
const TRAILING_ONE = /(?<=[가-힣])\s+[1lI]$/;
// …and before the first ("l 나무 위의 군대"): a lone stroke, then a Korean word.
const LEADING_ONE = /^[1lI|]\s+(?=[가-힣])/;
const DEBRIS_BEFORE_KIND = new RegExp(`^(?:[^가-힣A-Za-z\\s]{1,2}\\s+)+(?=(?:${KIND_WORDS.join('|')}))`);

const BRACKETED = new RegExp(`[${cls(OPEN)}]([^${cls(OPEN + CLOSE)}]{2,})[${cls(CLOSE)}]`);

/** The name inside the printed title: label, genre word, film format, debris and outer brackets removed. */
export function tidyTitle(text: string): string {
  // A bracketed name with only debris or the genre word around it: "( ] 연극 <행복을 찾아서> 를 )".
  const bracketed = BRACKETED.exec(clean(text));
  if (bracketed) {
    const outside = clean(text).replace(bracketed[0], ' ');
    const words = outside.replace(new RegExp(KIND_WORDS.join('|'), 'g'), ' ').match(/[가-힣A-Za-z0-9]+/g) ?? [];
    if (words.join('').length <= 2) return bracketed[1].trim();
  }
  // Debris OCR leaves at the ends: a speck read as "、" or "ㆍ", a ruled line as "|".
  let t = clean(text).replace(LEADING_DEBRIS, '').replace(TRAILING_DEBRIS, '').replace(TRAILING_BOX, '').replace(TRAILING_ONE, '').replace(LEADING_ONE, '');
  // A speck read as a digit or a mark in front of the genre word: "7 연극 첫눈과 소년".
  t = t.replace(DEBRIS_BEFORE_KIND, '');
  t = dropKindWord(t.replace(TITLE_LABEL, '')).replace(FORMAT_WORDS, '').trim();
  const lead = LEADING_OPEN.exec(t)?.[0].length ?? 0;
  const tail = TRAILING_CLOSE.exec(t)?.[0].length ?? 0;
  const inner = t.slice(lead, t.length - tail);
  // Brackets around the whole name go, even mismatched as OCR reads them; a bracketed
  // part after other words stays ("성시경 콘서트 <축가>").
  if ((lead || tail) && ![...inner].some((c) => OPEN.includes(c) || CLOSE.includes(c))) t = inner;
  // The stroke may also stand inside the brackets just taken off ("『 l 나무위의군대 ;「").
  return t.replace(/^[-·:|.,\s]+|[-·:|,\s]+$/g, '').replace(LEADING_ONE, '').trim();
}

// Words no title has: a line holding one is the seller's or the app's own.
const NEVER_IN_TITLES = /(입장권|관람권|모바일티켓|예매번호|예매처|인터파크|예스24|멜론티켓|티켓링크|NOL티켓|TICKET)/i;

function isBoilerplate(text: string): boolean {
  const t = text.replace(/\s/g, '');
  if (NEVER_IN_TITLES.test(t)) return true;
  if (BOILERPLATE.some((b) => t === b.replace(/\s/g, '') || (t.length <= b.length + 4 && t.includes(b.replace(/\s/g, ''))))) return true;
  // A cinema chain's name alone, also a character off (메기박스) or behind debris (ㆍ롯데시네마).
  const bare = squash(tidyTitle(text));
  if (CINEMA_CHAINS.some((c) => distance(bare, squash(c)) <= (c.length > 3 ? 1 : 0))) return true;
  // Two or more seat parts (돌비시네마관 0열 19번) make a seat, however doubtful.
  if ((text.match(/\S(석|관|층|구역|열|번)(?![가-힣])/g)?.length ?? 0) >= 2) return true;
  return FINE_PRINT.test(text) || LABEL_ONLY.test(t);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const lineSize = (l: OcrLine) => median(l.words.map((w) => w.box.y1 - w.box.y0));
// A row that starts with a field's label holds that field, not the title.
const FIELD_LABEL = /^(일시|장소|좌석|가격|금액|관람일시|관람일|공연일시|공연장|티켓금액|결제금액|예매수수료|예매일시|예매번호|등급|상영관|극장|날짜|시간)(?![가-힣])/;

// Marks OCR leaves for a syllable it could not read: a quote or question mark inside a
// word ("따뜻한?울", "좀"''딸"), or standing alone between words ("빛의 ? 울"), and marks
// no title has (^ \ { } | 『 』 ¬: "202^ 이무세"). A title's
// own marks stand at its end ("쌌어?"), around a word ('시카고') or inside a Latin one (Don't).
const STRAY_MARK = /[가-힣][?"'`]+[가-힣A-Za-z0-9]|[A-Za-z0-9][?"'`]+[가-힣]|(?:^|\s)[?"'`]+\s+\S|(?:^|\s)\?[가-힣]|[\^\\{}|¬『』]/;
// A consonant letter glued to a syllable is what is left of a syllable misread ("군ᄃ" for
// "군대"), and so is a mark no title has glued to one ("른그^"), in the title or in the
// debris stripped off its end. (Vowel letters are OCR's marks: ᆞ a middle dot, ᅵ a rule,
// ᅳ a dash; and a rule may touch the print, "|".)
const GLUED_DEBRIS = /[가-힣][\u1100-\u1112\u11a8-\u11c2\u3131-\u314e^\\{}¬『』]|[\u1100-\u1112\u3131-\u314e^\\{}¬『』][가-힣]/;

// How Korean a reading looks, apart from how sure tesseract was of it. A syllable
// standing alone between words ("작은 름", "잉 잉") is mostly one left over from a word
// whose other syllables were lost or misread (titles do have one-syllable words, 봄, 잠,
// 더 문, far less often than such readings do); digits glued to Hangul are mostly Latin
// capitals the Korean model read as digits ("콘서트168" for "콘서트 HER") unless they are
// a sequel's single digit after a word ("범죄도시4") or a count ("7번방", "82년생").
const LONE_SYLLABLE = /(?<=^|\s)[가-힣](?=\s|$)/g;
const GLUED_DIGITS = /[가-힣]\d{2,}(?![\d가-힣])|(?<=^|\s)[가-힣]\d(?![\d가-힣])/;
// Set on the tuning and held halves (docs/decisions.md, "Accuracy pass 3"): the wrong titles
// they filled fell 8 → 3 with no right one lost.
const LONE_DOUBT = 0.8;
const GLUED_DOUBT = 0.7;
/** 1 for a reading that looks like a title, less for one that looks like a misreading. */
export function plausibility(title: string): number {
  const words = title.split(' ').length;
  const lone = words > 1 ? (title.match(LONE_SYLLABLE)?.length ?? 0) : 0;
  return LONE_DOUBT ** lone * (GLUED_DIGITS.test(title) ? GLUED_DOUBT : 1);
}

export function titleCandidates(rows: Row[], taken: Set<Row>, lexicon: readonly string[] = []): Candidate<string>[] {
  const sizes = rows.map((r) => r.size).sort((a, b) => a - b);
  const typical = sizes[Math.floor(sizes.length / 2)] || 1;
  const out: Candidate<string>[] = [];
  const pageTop = Math.min(...rows.map((r) => r.box.y0));
  const pageHeight = Math.max(1, Math.max(...rows.map((r) => r.box.y1)) - pageTop);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (taken.has(row) || FIELD_LABEL.test(row.text)) continue;
    // Each line of the row on its own: a title does not share its line with the stub beside it.
    for (const line of row.lines) {
      if (isBoilerplate(line.text)) continue;
      const size = lineSize(line);
      let text = line.text;
      // A long title wrapped: the next row, same size, starting at the same left edge.
      const next = rows[i + 1]?.lines[0];
      if (next && !taken.has(rows[i + 1]) && Math.abs(lineSize(next) - size) < size * 0.15 && Math.abs(next.box.x0 - line.box.x0) < size && next.box.y0 - line.box.y1 < size * 0.8) {
        text = `${text} ${next.text}`;
      }
      const title = tidyTitle(text);
      const q = quality(title);
      if (title.length < 1 || title.length > 40 || q < 0.7) continue;
      // Mostly digits (a booking number, a clock, a barcode read as text) is not a title.
      const letters = title.match(/[가-힣A-Za-z]/g)?.length ?? 0;
      if (letters < 2 || letters / title.replace(/\s/g, '').length < 0.4) continue;
      const conf = line.words.reduce((s, w) => s + w.confidence, 0) / line.words.length;
      const prominence = Math.min(1.6, size / typical);
      const top = 1 - 0.25 * ((line.box.y0 - pageTop) / pageHeight);
      const script = hasHangul(title) ? 1 : 0.8;
      // A stray mark is a syllable misread: rather empty than wrong (another reading may be clean).
      const stray = STRAY_MARK.test(title) || GLUED_DEBRIS.test(text) ? 0.6 : 1;
      // A reading that is a catalog title, or one misread character off exactly one,
      // is very likely the show's name: taken as the catalog has it, and surer.
      const snap = snapTitle(title, lexicon);
      // A catalog title as read is not doubted for its one-syllable words ("더 문").
      const looks = snap?.edits === 0 ? 1 : plausibility(title);
      const score = 0.62 * prominence * top * script * q * conf * stray * looks;
      const sure = snap ? (snap.edits === 0 ? 0.5 + 0.5 * score : 0.4 + 0.5 * score) : score;
      out.push({ value: snap?.title ?? title, score: clamp01(sure), row, line });
    }
  }
  return out;
}

/** The title; its score also falls when a runner-up is nearly as prominent (two candidates, unsure which). */
export function findTitle(rows: Row[], taken: Set<Row>, lexicon: readonly string[] = []): Candidate<string> | null {
  const cands = titleCandidates(rows, taken, lexicon).sort((a, b) => b.score - a.score);
  if (!cands.length) return null;
  const [top, second] = cands;
  const margin = second && second.value !== top.value ? Math.min(1, (top.score - second.score) / top.score / 0.25) : 1;
  return { ...top, score: clamp01(top.score * (0.75 + 0.25 * margin)) };
}
