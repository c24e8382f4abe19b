// Text clean-up for what OCR read off a ticket: Unicode forms folded, the characters
// tesseract's Korean model mistakes for digits put back where digits must be, and the
// spaces it drops into numbers ("2026. 12. 06", "99, 000원", "1 층") taken out.

/** NFKC (full-width "Ｌ" → "L", "：" → ":"), one kind of space, trimmed. */
export function clean(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200b\u3000]/g, ' ')
    .replace(/[〜～∼]/g, '~')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

// Look-alikes of 0 and 1 that OCR puts in numbers (ㅇ and ㅣ are Hangul letters that the
// Korean model prefers); only replaced where a digit stands on one side.
const AS_ZERO = 'OoQDㅇ〇°';
const AS_ONE = 'lIi|!ㅣ]';
const lookalike = (chars: string) => `[${chars.replace(/[\]\\|^-]/g, '\\$&')}]`;
// "Next to" reaches over a thousands comma or a date dot: "15,OOO", "2O26.l2".
const nextToDigit = (chars: string) => new RegExp(`(?<=\\d[.,:]?)${lookalike(chars)}|${lookalike(chars)}(?=[.,:]?\\d)`, 'g');
const ZERO_NEXT_TO_DIGIT = nextToDigit(AS_ZERO);
const ONE_NEXT_TO_DIGIT = nextToDigit(AS_ONE);

/**
 * The text as numbers read: look-alikes beside digits made digits, and spaces inside
 * numbers, dates, times and before unit words closed up. Used for dates, times and
 * prices only; seats and titles keep their letters.
 */
export function numeric(s: string): string {
  let t = clean(s);
  // Each pass reaches one more look-alike along a run ("OOO"): repeat until nothing changes.
  for (let i = 0, prev = ''; i < 8 && prev !== t; i++) {
    prev = t;
    t = t.replace(ZERO_NEXT_TO_DIGIT, '0').replace(ONE_NEXT_TO_DIGIT, '1');
  }
  return t
    .replace(/(\d)\s*([.,:/])\s*(?=\d)/g, '$1$2')
    .replace(/(\d)\s+(?=(?:년|월|일|시|분|원|층|열|번|관|구역)(?![가-힣]))/g, '$1');
}

/** Share of characters that are Hangul syllables, Latin letters, digits or ordinary punctuation. */
export function quality(s: string): number {
  const t = s.replace(/\s/g, '');
  if (!t) return 0;
  const good = t.match(/[가-힣A-Za-z0-9.,:!?&'"()〈〉<>《》「」\-+~·/]/g)?.length ?? 0;
  const jamo = t.match(/[ㄱ-ㅣ]/g)?.length ?? 0;
  return Math.max(0, (good - jamo) / t.length);
}

export const hasHangul = (s: string) => /[가-힣]/.test(s);

/** Edit distance, for matching a read venue against the known list. */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** Text for comparison: NFKC, no spaces or punctuation, lower case. */
export const squash = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');

/** A Hangul syllable's letters: initial consonant, vowel, final consonant (0 for none). */
export function jamo(c: string): [number, number, number] | null {
  const code = c.charCodeAt(0) - 0xac00;
  if (c.length !== 1 || code < 0 || code > 11171) return null;
  return [Math.floor(code / 588), Math.floor((code % 588) / 28), code % 28];
}

/** Whether two syllables start with the same consonant. */
export function sameInitial(a: string, b: string): boolean {
  const x = jamo(a);
  const y = jamo(b);
  return !!x && !!y && x[0] === y[0];
}

/**
 * Two syllables that differ in one letter after the same initial consonant (윗/윅,
 * 렛/럿, 위/윅): a misread stroke of the vowel or the final consonant, which OCR makes
 * all the time. A different initial consonant is as likely another word (카/어, 터/어).
 */
export function looksAlike(a: string, b: string): boolean {
  const x = jamo(a);
  const y = jamo(b);
  return !!x && !!y && x[0] === y[0] && (x[1] === y[1]) !== (x[2] === y[2]);
}
