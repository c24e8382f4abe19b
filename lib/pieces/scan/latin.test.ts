// The seat-letter pass on what tesseract really reads (one worker, a second or two to start).
import { afterAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { renderPng } from '@/lib/render/png';
import { glyphTemplates, inkRuns } from './glyphs';
import { lettersOnly, lineTokens, repairLatin, symbolOffsets, takesReading, thinnestColumn } from './latin';
import { createPool } from './pool';
import { prepareImage } from './preprocess';
import { pageLines, type OcrLine } from './rows';

const pool = createPool({ size: 1, maxWaiting: 2, idleMs: 60_000, timeoutMs: 120_000 });
afterAll(() => pool.close());

/** Lines of text drawn in the bundled font, as a photo would be after preparation. */
async function read(lines: string[]) {
  const el = { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', width: 1100, height: 90 * lines.length + 60, padding: 30, background: '#fff', color: '#1a1a1a', fontFamily: 'Pretendard', fontSize: 40 }, children: lines.map((l) => ({ type: 'div', props: { style: { display: 'flex', height: 90, alignItems: 'center' }, children: l } })) } };
  const png = await renderPng(el as unknown as React.ReactNode, { width: 1160, height: 90 * lines.length + 120 });
  const prepared = await prepareImage(png);
  const raw = pageLines(await pool.recognize(prepared.png));
  const fixed = await repairLatin(raw, { data: prepared.grey, width: prepared.width, height: prepared.height }, await glyphTemplates());
  return { raw: raw.map((l) => l.text), fixed: fixed.map((l) => l.text) };
}

describe('repairLatin', () => {
  it('puts back the capitals of seats that the Korean model misreads or drops', async () => {
    const { raw, fixed } = await read(['좌석 1층 D열 18번', 'R석 3층 B구역 5열 7번', 'VIP석 1층 C구역 8열 12번', '12관 F열 8번', 'S석 2층 O열 32번']);
    // Without this pass the letters are gone (this is what tesseract itself said).
    expect(raw.join(' ')).not.toContain('D열');
    // The seat tokens with letters, each on its line (the Hangul around them is tesseract's own reading).
    const tokens = [['D열', '18번'], ['R석', 'B구역', '5열', '7번'], ['VIP석', 'C구역', '8열', '12번'], ['12관', 'F열', '8번'], ['S석', 'O열', '32번']];
    expect(fixed.map((line, i) => tokens[i].filter((t) => !line.includes(t)))).toEqual(tokens.map(() => []));
  }, 120_000);

  it('leaves digits, hall numbers and real Korean words alone', async () => {
    const { fixed } = await read(['좌석 2층 13열 9번', '7관 11열 4번', '일반석 1층 가열 5번']);
    expect(fixed).toEqual(['좌석 2층 13열 9번', '7관 11열 4번', '일반석 1층 가열 5번']);
  }, 120_000);
});

describe('thinnestColumn', () => {
  it('finds where a capital touches the syllable after it', () => {
    // 60 px high: a block 0–33, a one-pixel bridge at row 30 over 34–37, a block 38–90.
    const width = 100;
    const height = 60;
    const data = new Uint8Array(width * height).fill(255);
    for (let y = 0; y < height; y++) for (let x = 0; x < 91; x++) if (x < 34 || x > 37 || y === 30) data[y * width + x] = 0;
    const at = thinnestColumn({ data, width, height }, { x0: 0, x1: 91, y0: 0, y1: 60 });
    expect(at).toBeGreaterThanOrEqual(34);
    expect(at).toBeLessThanOrEqual(37);
  });
});

/** A line as tesseract gives it: words of symbols, each symbol 30 px wide. */
function lineOf(words: string[]): OcrLine {
  let x = 0;
  const ws = words.map((w) => {
    const symbols = [...w].map((c) => {
      const box = { x0: x, x1: x + 28, y0: 0, y1: 30 };
      x += 30;
      return { text: c, box };
    });
    x += 30;
    return { text: w, confidence: 0.9, box: { x0: symbols[0].box.x0, x1: symbols[symbols.length - 1].box.x1, y0: 0, y1: 30 }, symbols };
  });
  return { text: words.join(' '), confidence: 0.9, box: { x0: 0, x1: x, y0: 0, y1: 30 }, words: ws };
}

describe('seat tokens in a line', () => {
  it('places each symbol in the text, spaces skipped', () => {
    expect(symbolOffsets('좌석 _ . ^석', ['좌', '석', '_', '.', '^', '석'].map((text) => ({ text, box: { x0: 0, x1: 1, y0: 0, y1: 1 } })))).toEqual([0, 1, 3, 5, 7, 8]);
    expect(symbolOffsets('좌석 A석', ['좌', '석', 'B'].map((text) => ({ text, box: { x0: 0, x1: 1, y0: 0, y1: 1 } })))).toBeNull();
  });

  it('spans a value whose symbols the text spaces apart', () => {
    // "_", "." and "^" stand close before 석, but the text has them as words of their own.
    const line = lineOf(['좌석', '_', '.', '^석', '1층']);
    line.words[1].symbols![0].box = { x0: 90, x1: 100, y0: 0, y1: 30 };
    line.words[2].symbols![0].box = { x0: 105, x1: 110, y0: 0, y1: 30 };
    line.words[3].symbols![0].box = { x0: 115, x1: 130, y0: 0, y1: 30 };
    line.words[3].symbols![1].box = { x0: 132, x1: 160, y0: 0, y1: 30 };
    const grade = lineTokens(line).find((t) => t.unit === '석' && t.said)!;
    expect(grade.said).toBe('_.^');
    expect(line.text.slice(...grade.span!)).toBe('_ . ^석');
  });

  it('spans each copy of a repeated token where it stands (ticket and stub)', () => {
    const line = lineOf(['1층', '22열', '13번', ':', '1층', '22열', '13번']);
    const rows = lineTokens(line).filter((t) => t.unit === '열');
    expect(rows.map((t) => t.span)).toEqual([[3, 6], [16, 19]]);
    expect(rows.map((t) => line.text.slice(...t.span!))).toEqual(['22열', '22열']);
  });
});

describe('takesReading', () => {
  it('takes capitals for what OCR misread, never fewer or other digits for its digits', () => {
    expect(takesReading('^', 'A')).toBe(true);
    expect(takesReading('8', 'B')).toBe(true);
    expect(takesReading('', 'R')).toBe(true);
    expect(takesReading('22', '2')).toBe(false);
    expect(takesReading('22', '229')).toBe(false);
    expect(takesReading('A', 'A')).toBe(false);
    expect(takesReading('^', null)).toBe(false);
  });
});

describe('a line of values under box labels', () => {
  // A grade in a face the templates do not know: three glyphs of ink no template matches
  // (a fine checkerboard), which OCR read as "\/1?" before 석.
  const width = 1200;
  const height = 120;
  const data = new Uint8Array(width * height).fill(255);
  for (const x0 of [82, 104, 126]) for (let y = 50; y < 86; y++) for (let x = x0; x < x0 + 14; x++) if ((x + y) % 2) data[y * width + x] = 0;
  const img = { data, width, height };
  const sym = (text: string, x0: number, x1: number, y0: number, y1: number) => ({ text, box: { x0, x1, y0, y1 } });
  const word = (symbols: ReturnType<typeof sym>[]) => ({ text: symbols.map((s) => s.text).join(''), confidence: 0.8, box: { x0: symbols[0].box.x0, x1: symbols[symbols.length - 1].box.x1, y0: symbols[0].box.y0, y1: symbols[0].box.y1 }, symbols });
  const line = (words: ReturnType<typeof word>[]): OcrLine => ({ text: words.map((w) => w.text).join(' '), confidence: 0.8, box: { x0: words[0].box.x0, x1: words[words.length - 1].box.x1, y0: words[0].box.y0, y1: words[0].box.y1 }, words });
  const labels = line(['등급', '층', '열', '번'].map((t, i) => word([sym(t, 100 + i * 260, 130 + i * 260, 10, 34)])));
  const values = line([word([sym('\\', 80, 96, 44, 92), sym('/', 100, 116, 44, 92), sym('1', 120, 130, 44, 92), sym('?', 132, 144, 44, 92), sym('석', 146, 190, 44, 92)]), word([sym('1', 360, 380, 44, 92)]), word([sym('2', 620, 640, 44, 92)]), word([sym('28', 880, 920, 44, 92)])]);

  it('is a seat line: the English model is asked about a grade the templates cannot read', async () => {
    const asked: unknown[] = [];
    const capitals = async (box: unknown) => {
      asked.push(box);
      return { text: 'VIP', confidence: 0.95 };
    };
    const [, fixed] = await repairLatin([labels, values], img, await glyphTemplates(), capitals);
    expect(asked.length).toBe(1);
    expect(fixed.text).toBe('VIP석 1 2 28');
    // Alone (no labels above it, no 번 in it) the same line is no seat line.
    asked.length = 0;
    const [alone] = await repairLatin([values], img, await glyphTemplates(), capitals);
    expect(asked.length).toBe(0);
    expect(alone.text).toBe(values.text);
  });
});

describe('a value the Korean model wrote in symbols or as a stray syllable', () => {
  // Ink no template matches (a fine checkerboard) where OCR saw the value; the English
  // model (faked) is the one to read it.
  const width = 1200;
  const height = 120;
  const data = new Uint8Array(width * height).fill(255);
  for (const x0 of [624, 364]) for (let y = 50; y < 86; y++) for (let x = x0; x < x0 + 14; x++) if ((x + y) % 2) data[y * width + x] = 0;
  const img = { data, width, height };
  const sym = (text: string, x0: number, x1: number, y0 = 44, y1 = 92) => ({ text, box: { x0, x1, y0, y1 } });
  const word = (symbols: ReturnType<typeof sym>[]) => ({ text: symbols.map((s) => s.text).join(''), confidence: 0.8, box: { x0: symbols[0].box.x0, x1: symbols[symbols.length - 1].box.x1, y0: symbols[0].box.y0, y1: symbols[0].box.y1 }, symbols });
  const line = (words: ReturnType<typeof word>[]): OcrLine => ({ text: words.map((w) => w.text).join(' '), confidence: 0.8, box: { x0: words[0].box.x0, x1: words[words.length - 1].box.x1, y0: words[0].box.y0, y1: words[0].box.y1 }, words });
  const reader = (text: string) => async () => ({ text, confidence: 0.95 });

  it('knows symbols from the strokes it writes for a 1', () => {
    for (const said of ['(', '『', '^', '\\/']) expect(lettersOnly(said), said).toBe(said !== '\\/');
    for (const said of ['|', '!', '4', '1(', 'ᄃ', '시', '']) expect(lettersOnly(said), said).toBe(false);
  });

  it('takes a letter for a symbol before a unit, never a digit (C as "(", read again as 4)', async () => {
    // "1층 (구역 11열 9번": the checkerboard at x 624 is the block's value.
    const seat = line([word([sym('1', 500, 520), sym('층', 524, 560)]), word([sym('(', 620, 640), sym('구', 644, 680), sym('역', 684, 720)]), word([sym('11', 800, 840), sym('열', 844, 880)]), word([sym('9', 960, 980), sym('번', 984, 1020)])]);
    const templates = await glyphTemplates();
    expect((await repairLatin([seat], img, templates, reader('C')))[0].text).toBe('1층 C구역 11열 9번');
    expect((await repairLatin([seat], img, templates, reader('4')))[0].text).toBe(seat.text);
    expect((await repairLatin([seat], img, templates, reader('NM')))[0].text).toBe(seat.text);
  });

  it('reads a hall\'s name written in symbols as a special hall\'s, never as digits alone ("4DX" as "40×")', async () => {
    const seat = line([word([sym('4', 600, 612), sym('0', 614, 624), sym('×', 626, 640), sym('관', 644, 680)]), word([sym('E', 760, 780), sym('열', 784, 820)]), word([sym('10', 900, 940), sym('번', 944, 980)])]);
    const templates = await glyphTemplates();
    expect((await repairLatin([seat], img, templates, reader('4DX')))[0].text).toBe('4DX관 E열 10번');
    expect((await repairLatin([seat], img, templates, reader('40')))[0].text).toBe(seat.text);
    expect((await repairLatin([seat], img, templates, reader('ADX')))[0].text).toBe(seat.text);
  });

  it('reads a lone syllable under a row label again as a letter (N as 시), not a real row (가)', async () => {
    const labels = line(['층', '열', '번'].map((t, i) => word([sym(t, 100 + i * 260, 130 + i * 260, 10, 34)])));
    const values = (row: string) => line([word([sym('2', 100, 120)]), word([sym(row, 362, 380)]), word([sym('19', 620, 650)])]);
    const templates = await glyphTemplates();
    expect((await repairLatin([labels, values('시')], img, templates, reader('N')))[1].text).toBe('2 N 19');
    expect((await repairLatin([labels, values('시')], img, templates, reader('4')))[1].text).toBe('2 시 19');
    expect((await repairLatin([labels, values('시')], img, templates, reader('NM')))[1].text).toBe('2 시 19');
    expect((await repairLatin([labels, values('가')], img, templates, reader('N')))[1].text).toBe('2 가 19');
  });
});

describe('a capital right where the previous syllable\'s box ends', () => {
  it('is read, not taken for a piece of that syllable', async () => {
    // "H" alone on the page; OCR's boxes put the syllable before it (어) ending exactly
    // where the H's ink begins, and read the H as "|".
    const el = { type: 'div', props: { style: { display: 'flex', width: 400, height: 80, paddingLeft: 150, paddingTop: 10, background: '#fff', color: '#000', fontFamily: 'Pretendard', fontSize: 40 }, children: 'H' } };
    const { data, info } = await sharp(await renderPng(el as unknown as React.ReactNode, { width: 400, height: 80 })).greyscale().raw().toBuffer({ resolveWithObject: true });
    const img = { data: new Uint8Array(data), width: info.width, height: info.height };
    const inkCols = [...Array(img.width).keys()].filter((x) => [...Array(img.height).keys()].some((y) => img.data[y * img.width + x] < 128));
    const [left, right] = [inkCols[0], inkCols[inkCols.length - 1]];
    const sym = (text: string, x0: number, x1: number) => ({ text, box: { x0, x1, y0: 20, y1: 52 } });
    const symbols = [sym('플', left - 96, left - 66), sym('로', left - 64, left - 34), sym('어', left - 32, left), sym('|', left, right), sym('구', right + 4, right + 34), sym('역', right + 36, right + 66)];
    const line = { text: '플로어|구역', confidence: 0.8, box: { x0: left - 96, x1: right + 66, y0: 20, y1: 52 }, words: [{ text: '플로어|구역', confidence: 0.8, box: { x0: left - 96, x1: right + 66, y0: 20, y1: 52 }, symbols }] };
    const [fixed] = await repairLatin([line], img, await glyphTemplates());
    expect(fixed.text).toBe('플로어H구역');
  });
});

describe('a capital touching its unit\'s syllable', () => {
  /** "<letter>구역" drawn tight enough that the capital and 구 are one shape, and OCR's view of it. */
  async function touching(letter: string) {
    const el = { type: 'div', props: { style: { display: 'flex', width: 400, height: 80, paddingLeft: 150, paddingTop: 10, background: '#fff', color: '#000', fontFamily: 'Pretendard', fontWeight: 700, fontSize: 40 }, children: [{ type: 'div', props: { style: { marginRight: -8 }, children: letter } }, { type: 'div', props: { children: '구' } }, { type: 'div', props: { style: { marginLeft: 4 }, children: '역' } }] } };
    const { data, info } = await sharp(await renderPng(el as unknown as React.ReactNode, { width: 400, height: 80 })).greyscale().raw().toBuffer({ resolveWithObject: true });
    const img = { data: new Uint8Array(data), width: info.width, height: info.height };
    const runs = inkRuns(img, { x0: 100, x1: 400, y0: 0, y1: 80 });
    // As tesseract boxed it: "[" over the capital, 구 over the whole shape, 역 after it.
    const [shape, yeok] = runs;
    const sym = (text: string, x0: number, x1: number) => ({ text, box: { x0, x1, y0: 18, y1: 52 } });
    const symbols = [sym('1', 60, 75), sym('층', 78, 110), sym('[', shape.x0 + 2, shape.x0 + 22), sym('구', shape.x0, shape.x1), sym('역', yeok.x0, yeok.x1)];
    const words = [{ text: '1층', confidence: 0.9, box: { x0: 60, x1: 110, y0: 18, y1: 52 }, symbols: symbols.slice(0, 2) }, { text: '[구역', confidence: 0.6, box: { x0: shape.x0, x1: yeok.x1, y0: 18, y1: 52 }, symbols: symbols.slice(2) }];
    const line = { text: '1층 [구역', confidence: 0.8, box: { x0: 60, x1: yeok.x1, y0: 18, y1: 52 }, words };
    return { img, runs, line };
  }

  it('is cut from the syllable at its thinnest column and read', async () => {
    const { img, runs, line } = await touching('D');
    // The capital and 구 are one shape (no ink-free column between them).
    expect(runs.length, JSON.stringify(runs)).toBe(2);
    const [fixed] = await repairLatin([line], img, await glyphTemplates());
    expect(fixed.text).toBe('1층 D구역');
  });

  it('gives no digit from a cut shape (a part of a capital can pass for one)', async () => {
    const { img, line } = await touching('0');
    const [fixed] = await repairLatin([line], img, await glyphTemplates());
    expect(fixed.text).toBe('1층 [구역');
  });
});

describe('a unit boxed wider than a syllable', () => {
  it('holds the value OCR folded into it ("R석" boxed as one "석")', async () => {
    const el = { type: 'div', props: { style: { display: 'flex', width: 400, height: 80, paddingLeft: 150, paddingTop: 10, background: '#fff', color: '#000', fontFamily: 'Pretendard', fontSize: 40 }, children: 'R석 3층 9열 8번' } };
    const { data, info } = await sharp(await renderPng(el as unknown as React.ReactNode, { width: 400, height: 80 })).greyscale().raw().toBuffer({ resolveWithObject: true });
    const img = { data: new Uint8Array(data), width: info.width, height: info.height };
    const [r, seok] = inkRuns(img, { x0: 100, x1: 400, y0: 0, y1: 80 });
    const h = 34;
    // One symbol "석" from the R's left edge to the syllable's right edge, the rest after it.
    const symbols = [{ text: '석', box: { x0: r.x0, x1: seok.x1, y0: 18, y1: 18 + h } }, { text: '3', box: { x0: seok.x1 + 20, x1: seok.x1 + 40, y0: 18, y1: 18 + h } }, { text: '층', box: { x0: seok.x1 + 42, x1: seok.x1 + 76, y0: 18, y1: 18 + h } }];
    const word = (i: number, j: number) => ({ text: symbols.slice(i, j).map((x) => x.text).join(''), confidence: 0.5, box: { ...symbols[i].box, x1: symbols[j - 1].box.x1 }, symbols: symbols.slice(i, j) });
    const line = { text: '석 3층', confidence: 0.5, box: { x0: r.x0, x1: seok.x1 + 76, y0: 18, y1: 18 + h }, words: [word(0, 1), word(1, 3)] };
    expect(seok.x1 - r.x0).toBeGreaterThan(h * 1.3);
    const [fixed] = await repairLatin([line], img, await glyphTemplates());
    expect(fixed.text).toBe('R석 3층');
  });
});
