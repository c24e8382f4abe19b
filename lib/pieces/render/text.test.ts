import { describe, expect, it } from 'vitest';
import { clip, fitText, textWidth, tidy, wrapLines } from './text';

describe('text fitting', () => {
  it('keeps a short title at the largest size on one line', () => {
    expect(fitText('레미제라블', 788, 3, [104, 92, 80])).toEqual({ lines: ['레미제라블'], size: 104 });
  });

  it('steps down in size before it cuts, and every line fits the width', () => {
    const title = '뮤지컬 오페라의 유령 25주년 기념 내한공연 월드투어 서울';
    const fit = fitText(title, 788, 3, [104, 92, 80, 70, 62, 54]);
    expect(fit.size).toBeLessThan(104);
    expect(fit.lines.length).toBeLessThanOrEqual(3);
    expect(fit.lines.join(' ')).toBe(title);
    for (const line of fit.lines) expect(textWidth(line, fit.size)).toBeLessThanOrEqual(788);
  });

  it('cuts what cannot fit at the smallest size with an ellipsis, within the lines allowed', () => {
    const fit = fitText('가나다라마바사 '.repeat(30), 400, 2, [40, 30]);
    expect(fit.size).toBe(30);
    expect(fit.lines).toHaveLength(2);
    expect(fit.lines[1].endsWith('…')).toBe(true);
    for (const line of fit.lines) expect(textWidth(line, 30)).toBeLessThanOrEqual(400);
  });

  it('prefers a smaller size to splitting a word across lines', () => {
    const fit = fitText('Premium R12', 196, 2, [44, 38, 32]);
    expect(fit.lines[0].startsWith('Premium')).toBe(true);
    expect(fit.size).toBeLessThan(44);
  });

  it('splits a word longer than a line only when it must', () => {
    expect(wrapLines('가'.repeat(30), 10, 100).every((l) => textWidth(l, 10) <= 100)).toBe(true);
  });

  it('drops emoji and folds white space; clips on a word boundary', () => {
    expect(tidy('  최고🎉의\n\n공연 ❤️ ')).toBe('최고의 공연');
    expect(clip('하나 둘 셋 넷 다섯 여섯', 10)).toBe('하나 둘 셋 넷…');
    expect(clip('짧은 글', 10)).toBe('짧은 글');
  });
});
