// The seat-letter pass on what tesseract really reads (one worker, a second or two to start).
import { afterAll, describe, expect, it } from 'vitest';
import { renderPng } from '@/lib/render/png';
import { glyphTemplates } from './glyphs';
import { repairLatin, thinnestColumn } from './latin';
import { createPool } from './pool';
import { prepareImage } from './preprocess';
import { pageLines } from './rows';

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
