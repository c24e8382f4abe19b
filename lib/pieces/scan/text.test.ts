import { describe, expect, it } from 'vitest';
import { clean, distance, looksAlike, numeric, quality, squash } from './text';

describe('clean', () => {
  it('folds full-width forms, odd spaces and dashes', () => {
    expect(clean('１１관　Ｌ열  14번')).toBe('11관 L열 14번');
    expect(clean('15:20 〜 17:08')).toBe('15:20 ~ 17:08');
    expect(clean(' 가격\u00a0—\u200b99,000원 ')).toBe('가격 - 99,000원');
  });
});

describe('numeric', () => {
  it.each([
    ['2O26.l2.O6', '2026.12.06'],
    ['2026. 12. 06', '2026.12.06'],
    ['19 : 30', '19:30'],
    ['99, 000원', '99,000원'],
    ['15,OOO원', '15,000원'],
    ['2026.|2.06', '2026.12.06'],
    ['1 층 A 열 12 번', '1층 A 열 12번'],
    ['2026 년 2 월 11 일', '2026년 2월 11일'],
  ])('%s → %s', (input, want) => {
    expect(numeric(input)).toBe(want);
  });

  it('leaves letters alone where no digit is beside them', () => {
    expect(numeric('LOVE 오페라')).toBe('LOVE 오페라');
    expect(numeric('Il Divo')).toBe('Il Divo');
  });
});

describe('quality', () => {
  it('is high for words and low for the debris a logo or barcode leaves', () => {
    expect(quality('뮤지컬 레미제라블')).toBe(1);
    expect(quality('2026.12.06(일) 19:30')).toBe(1);
    expect(quality('^82008(아1411')).toBeLessThan(1);
    expect(quality('ㅣ ㅁ ㄷㄷ ㅋ')).toBe(0);
    expect(quality('')).toBe(0);
  });
});

describe('distance and squash', () => {
  it('counts edits, and compares text without spaces or punctuation', () => {
    expect(distance('블루스퀘어', '블루스퀘어')).toBe(0);
    expect(distance('신한카드홈', '신한카드홀')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
    expect(squash('충무아트센터. 대극장')).toBe('충무아트센터대극장');
    expect(squash('CGV 용산')).toBe('cgv용산');
  });
});

describe('looksAlike', () => {
  it('tells look-alike syllables', () => {
    expect(looksAlike('윗', '윅')).toBe(true);
    expect(looksAlike('렛', '럿')).toBe(true);
    expect(looksAlike('카', '어')).toBe(false);
    expect(looksAlike('랏', '럿')).toBe(true);
    // Vowel and final both changed: two letters.
    expect(looksAlike('락', '럿')).toBe(false);
    expect(looksAlike('A', 'B')).toBe(false);
  });

});
