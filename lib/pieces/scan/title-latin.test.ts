import { describe, expect, it } from 'vitest';
import type { Box, OcrLine } from './rows';
import { mendTitleLatin } from './title-latin';

/** A line of words side by side, 40 px each character; `symbols` per character. */
function line(text: string, words: string[]): OcrLine {
  let x = 0;
  const ws = words.map((w) => {
    const symbols = [...w].map((c) => {
      const s = { text: c, box: { x0: x, x1: x + 36, y0: 0, y1: 50 } };
      x += 40;
      return s;
    });
    x += 20;
    return { text: w, confidence: 0.9, box: { x0: symbols[0].box.x0, x1: symbols[symbols.length - 1].box.x1, y0: 0, y1: 50 }, symbols };
  });
  return { text, confidence: 0.9, box: { x0: 0, x1: x, y0: 0, y1: 50 }, words: ws };
}

/** A reader that always reads `reading`, and notes where it was asked to look. */
const reader = (reading: string | null) => {
  const asked: Box[] = [];
  const read = async (box: Box) => {
    asked.push(box);
    return reading;
  };
  return { read, asked };
};

describe('mendTitleLatin', () => {
  it('puts back capitals read as digits glued to Hangul, with a space', async () => {
    const { read, asked } = reader('HER');
    const out = await mendTitleLatin(line('아이유 콘서트168', ['아이유', '콘서트168']), read);
    expect(out.text).toBe('아이유 콘서트 HER');
    // Only the digits' glyphs are read: the box starts at the "1".
    expect(asked[0].x0).toBeGreaterThan(6 * 40);
  });

  it('puts back a word of digits that were capitals, spaced from the Hangul the line glued it to', async () => {
    expect((await mendTitleLatin(line('아이유 콘서트168', ['아이유', '콘서트', '168']), reader('HER').read)).text).toBe('아이유 콘서트 HER');
  });

  it('keeps digits that read as digits, years, and anything the reader is unsure of', async () => {
    const l = line('모아나 22', ['모아나', '22']);
    expect(await mendTitleLatin(l, reader('22').read)).toBe(l);
    expect(await mendTitleLatin(l, reader(null).read)).toBe(l);
    const year = line('2026 이문세 콘서트', ['2026', '이문세', '콘서트']);
    const { read, asked } = reader('ZOZG');
    expect(await mendTitleLatin(year, read)).toBe(year);
    expect(asked).toHaveLength(0);
    // A sequel's single digit is not asked about at all.
    const sequel = line('범죄도시4', ['범죄도시4']);
    expect(await mendTitleLatin(sequel, reader('A').read)).toBe(sequel);
  });
});
