import { describe, expect, it } from 'vitest';
import { rowsFromText, type Row } from './rows';
import { boxLabels, findSeat, ownPart, preferSeatReading, SEAT_WHITELIST, valueUnder } from './seat';

const seat = (text: string) => findSeat(rowsFromText(text))?.value ?? null;

describe('findSeat', () => {
  it.each([
    ['좌석 1층 A열 12번', '1층 A열 12번'],
    ['R석 3층 B구역 5열 7번', 'R석 3층 B구역 5열 7번'],
    ['VIP석 1층 B구역 5열 12번', 'VIP석 1층 B구역 5열 12번'],
    ['12관 F열 8번', '12관 F열 8번'],
    ['IMAX관 H열 15번', 'IMAX관 H열 15번'],
    ['4DX관 C열 3번', '4DX관 C열 3번'],
    ['돌비시네마관 J열 9번', '돌비시네마관 J열 9번'],
    ['플로어 A구역 12열 5번', '플로어 A구역 12열 5번'],
    ['FLOOR A구역 12열 5번', '플로어 A구역 12열 5번'],
    ['2층 C블록 3열 7번', '2층 C구역 3열 7번'],
    ['1층 7열 12번', '1층 7열 12번'],
    // Spacing OCR adds or drops.
    ['1 층 A 열 12 번', '1층 A열 12번'],
    ['1층A열12번', '1층 A열 12번'],
    // Full-width letters from the Korean model, and O/l in the seat number.
    ['11관 Ｌ열 14번', '11관 L열 14번'],
    ['1층 A열 l2번', '1층 A열 12번'],
    // S read as 5 in a grade.
    ['5석 2층 13열 8번', 'S석 2층 13열 8번'],
  ])('%s → %s', (text, want) => {
    expect(seat(text)).toBe(want);
  });

  it('needs a seat number and a row or block', () => {
    expect(seat('R석')).toBeNull();
    expect(seat('1층 A열')).toBeNull();
    expect(seat('12번')).toBeNull();
    expect(seat('대학로 TOM 1관')).toBeNull();
    expect(seat('서울시향 베토벤 교향곡 9번')).toBeNull();
    expect(seat('예매번호 T2058812345')).toBeNull();
  });

  it('doubts a seat with a symbol where the Korean model could not read a letter', () => {
    const sure = findSeat(rowsFromText('1층 D열 18번'))!;
    const doubtful = findSeat(rowsFromText('1층 『열 18번'))!;
    expect(doubtful.score).toBeLessThan(sure.score * 0.5);
    // There is no row 0: a letter (D, O, C) was read as a zero.
    expect(findSeat(rowsFromText('1층 0열 18번'))!.score).toBeLessThan(sure.score * 0.5);
  });

  it('doubts a seat whose grade was printed but not read (a 석 with no letters before it)', () => {
    const sure = findSeat(rowsFromText('좌석 R석 3층 9열 8번'))!;
    expect(sure.value).toBe('R석 3층 9열 8번');
    for (const text of ['좌석 석 3층 9열 8번', '좌석 \\/|6석 1층 A열 31번']) expect(findSeat(rowsFromText(text))!.score, text).toBeLessThan(sure.score * 0.5);
    // The label, also misread, is no grade.
    for (const text of ['좌석 3층 9열 8번', '조석 3층 9열 8번', '좌 석 3층 9열 8번']) expect(findSeat(rowsFromText(text))!.score, text).toBeGreaterThan(sure.score * 0.8);
  });

  it('doubts a cinema seat whose hall name was printed but not read (IMAX관 as symbols)', () => {
    const sure = findSeat(rowsFromText('IMAX관 F열 7번'))!;
    expect(sure.value).toBe('IMAX관 F열 7번');
    for (const text of ['\\]0&×관 F열 7번', '1\\^^×관 F열 5번']) expect(findSeat(rowsFromText(text))!.score, text).toBeLessThan(sure.score * 0.5);
    // A hall's number or name read is no doubt.
    expect(findSeat(rowsFromText('8관 F열 7번'))!.score).toBeGreaterThan(sure.score * 0.8);
    expect(findSeat(rowsFromText('샤롯데관 F열 7번'))!.score).toBeGreaterThan(sure.score * 0.8);
  });

  it('reads 층 as the Korean model misreads it after a floor number', () => {
    expect(seat('좌석 2증L열 29번')).toBe('2층 L열 29번');
    expect(seat('좌석 3충 B구역 5열 7번')).toBe('3층 B구역 5열 7번');
    expect(seat('R석 1 총 A열 2번')).toBe('R석 1층 A열 2번');
  });

  it('doubts a seat with a block or row printed but not read', () => {
    const sure = findSeat(rowsFromText('플로어 H구역 14열 18번'))!;
    // H read as a syllable that is no row or block; a block glued to debris.
    expect(findSeat(rowsFromText('플로어너구역 4열 18번'))!.score).toBeLessThan(sure.score * 0.5);
    expect(findSeat(rowsFromText('1 1*“0구역L열 18번'))!.score).toBeLessThan(sure.score * 0.5);
    // 가 … 하 are rows and blocks.
    expect(findSeat(rowsFromText('1층 다구역 4열 18번'))?.value).toBe('1층 다구역 4열 18번');
  });

  it('ends a seat at its number: a part after a whole seat is other text banded into its row', () => {
    // A tilted photo banded the price, the seat and the venue ("대학로 TOM 1관") into one row.
    expect(seat('가격 132,000원 1 5석 3중 11열 5번 좌석 S석 3층 11열 5번 장소 대학로 7010 1관')).toBe('S석 3층 11열 5번');
    // A hall before the row and number is part of the seat.
    expect(seat('좌석 12관 F열 8번 일반 1명')).toBe('12관 F열 8번');
  });

  it('takes no unit syllable for a hall\'s name ("석관": a grade\'s 석, then 관 read beside it)', () => {
    const doubtful = findSeat(rowsFromText('석관 3층 45구역 12열 9번'))!;
    expect(doubtful.value).toBe('3층 45구역 12열 9번');
    expect(doubtful.score).toBeLessThan(findSeat(rowsFromText('R석 3층 45구역 12열 9번'))!.score * 0.5);
  });

  it('prefers the full seat on the ticket to a shorter copy on the stub', () => {
    expect(seat('좌석 VIP석 1층 B구역 5열 12번\n1층 B구역 5열 12번')).toBe('VIP석 1층 B구역 5열 12번');
  });

  it('puts a seat together from labelled boxes', () => {
    const rows = boxRows(['등급', '층', '구역', '열', '번'], ['R석', '3', 'B', '5', '7']);
    expect(findSeat(rows)?.value).toBe('R석 3층 B구역 5열 7번');
    expect(findSeat(boxRows(['층', '구역', '열', '번'], ['플로어', 'F', '7', '35']))?.value).toBe('플로어 F구역 7열 35번');
    // A value missing under a label (not read): the rest still pairs by position.
    expect(findSeat(boxRows(['등급', '층', '열', '번'], ['VIP석', '2', '', '38']))).toBeNull();
  });

  it('takes the part a value names with its own unit over the label it was paired with', () => {
    expect(ownPart('6석')).toBe('grade');
    expect(ownPart('R석')).toBe('grade');
    expect(ownPart('45')).toBeNull();
    expect(ownPart('일반석')).toBeNull();
    // 등급 misread as "균", which looks like 관: the value under it says it is a grade.
    const rows = boxRows(['균', '충', '구역', '열', '번'], ['R석', '3', '45', '12', '9']);
    expect(boxLabels(rows[0].words).map((l) => l.part)[0]).toBe('hall');
    expect(findSeat(rows)?.value).toBe('R석 3층 45구역 12열 9번');
  });

  it('joins a value split into syllables though a word of the row above lies between them in x', () => {
    const [labels, values] = boxRows(['등급', '층', '구역', '열', '번'], ['R석', '3', '45', '12', '9']);
    const g = values.words[0];
    // "R" starts left of a label-row speck, "석" after it: sorted by x, the speck comes between.
    const speck = { text: '드', confidence: 0.5, box: { x0: g.box.x0 + 10, x1: g.box.x0 + 20, y0: 0, y1: 30 } };
    const split = [{ ...g, text: 'R', box: { ...g.box, x1: g.box.x0 + 28 } }, { ...g, text: '석', box: { ...g.box, x0: g.box.x0 + 32 } }, ...values.words.slice(1)];
    const top = { ...labels, words: [speck, ...labels.words] };
    const rows = [top, { ...values, words: split, lines: [{ ...values.lines[0], words: split }] }];
    expect(findSeat(rows)?.value).toBe('R석 3층 45구역 12열 9번');
  });

  it('doubts a seat with a value under no label between the paired ones (its label lost)', () => {
    // 층 read as "[7]": the floor's value "1" pairs with nothing, and "VIP석 D열 28번" would be wrong.
    const lost = findSeat(boxRows(['등급', '[7]', '열', '번'], ['VIP석', '1', 'D', '28']));
    expect(lost?.value).toBe('VIP석 D열 28번');
    expect(lost!.score).toBeLessThan(0.35);
    expect(findSeat(boxRows(['등급', '층', '열', '번'], ['VIP석', '1', 'D', '28']))!.score).toBeGreaterThan(0.5);
  });

  it('takes a label misread by one stroke (츠 for 층) when the others are read', () => {
    expect(findSeat(boxRows(['등급', '츠', '구역', '열', '번'], ['S석', '3', '15', '13', '25']))?.value).toBe('S석 3층 15구역 13열 25번');
    expect(findSeat(boxRows(['츠', '구역', '열', '번'], ['1', '2', '7', '10']))?.value).toBe('1층 2구역 7열 10번');
    // Alone, a look-alike is no label.
    expect(boxLabels(boxRows(['츠', '열'], ['1', '2'])[0].words).map((l) => l.part)).toEqual(['row']);
  });

  it('joins a box value tesseract split into syllables ("5" "석" under 등급)', () => {
    const [labels, values] = boxRows(['등급', '층', '구역', '열', '번'], ['R석', '3', '45', '20', '26']);
    // The grade's value as two word boxes side by side, the model's S read as 5.
    const g = values.words[0];
    const split = [{ ...g, text: '5', box: { ...g.box, x1: g.box.x0 + 28 } }, { ...g, text: '석', box: { ...g.box, x0: g.box.x0 + 32 } }, ...values.words.slice(1)];
    const rows = [labels, { ...values, text: '5석 3 45 20 26', words: split, lines: [{ ...values.lines[0], text: '5석 3 45 20 26', words: split }] }];
    expect(findSeat(rows)?.value).toBe('S석 3층 45구역 20열 26번');
    expect(findSeat(rows)!.score).toBeGreaterThan(0.5);
  });

  it('takes a grade whose small label was lost, and the letter the letter pass mended in the row\'s text', () => {
    // Labels "층 열 번" (등급 not read) over "A석 1 17 9": the grade box stands left of the first label.
    const rows = boxRows(['', '층', '열', '번'].map((l) => l || '·'), ['스석', '1', '17', '9']);
    const labels = { ...rows[0], words: rows[0].words.filter((w) => w.text !== '·') };
    const values = { ...rows[1], text: 'A석 1 17 9' };
    const seat = findSeat([labels, values]);
    expect(seat?.value).toBe('A석 1층 17열 9번');
    expect(seat!.score).toBeGreaterThan(0.5);
    // Without a readable grade the seat stays doubtful (below the 0.35 threshold).
    expect(findSeat([labels, rows[1]])!.score).toBeLessThan(0.35);
  });
});

describe('box seats in a tilted photo', () => {
  // Labels 24 px high over values 48 px high; each box 12 px lower than the one before
  // (the photo turned ~3°), so the two lines overlap in height across the ticket.
  const word = (text: string, x: number, y: number, h: number) => ({ text, confidence: 0.9, box: { x0: x, y0: y, x1: x + 24 * [...text].length, y1: y + h } });
  const tilted = (labels: string[], values: string[]) => ({
    labels: labels.map((l, i) => word(l, i * 260, i * 12, 24)),
    values: values.map((v, i) => word(v, i * 260, 34 + i * 12, 48)),
  });
  const row = (words: ReturnType<typeof word>[], index: number): Row => {
    const text = [...words].sort((a, b) => a.box.x0 - b.box.x0).map((w) => w.text).join(' ');
    const box = { x0: Math.min(...words.map((w) => w.box.x0)), y0: Math.min(...words.map((w) => w.box.y0)), x1: Math.max(...words.map((w) => w.box.x1)), y1: Math.max(...words.map((w) => w.box.y1)) };
    return { text, lines: [{ text, confidence: 0.9, box, words }], words, box, size: 30, confidence: 0.9, index };
  };

  it('pairs each label with the value under it, not with the row below', () => {
    const { labels, values } = tilted(['층', '구역', '열', '번'], ['2', 'F', '4', '1']);
    // The label of the last box is lower than the first value's top: no row lies wholly below the labels.
    expect(labels[3].box.y0).toBeGreaterThan(values[0].box.y0);
    expect(valueUnder(labels[1].box, values)?.text).toBe('F');
    expect(findSeat([row(labels, 0), row(values, 1)])?.value).toBe('2층 F구역 4열 1번');
  });

  it('reads labels and values banded into one row', () => {
    const { labels, values } = tilted(['층', '구역', '열', '번'], ['2', 'F', '4', '1']);
    const seat = findSeat([row([...labels, ...values], 0)]);
    expect(seat?.value).toBe('2층 F구역 4열 1번');
    expect(seat!.score).toBeGreaterThan(0.5);
  });

  it('takes no value from above a label or far beside it', () => {
    const label = word('열', 500, 100, 24).box;
    expect(valueUnder(label, [word('7', 500, 40, 48)])).toBeNull();
    expect(valueUnder(label, [word('7', 1200, 134, 48)])).toBeNull();
    expect(valueUnder(label, [word('7', 500, 134, 48)])?.text).toBe('7');
  });

  it('knows a unit glued to its value for no label ("8" "관" "열" "4" "번")', () => {
    const words = [word('8', 0, 0, 40), word('관', 30, 0, 40), word('열', 60, 0, 40), word('4', 100, 0, 40), word('번', 130, 0, 40)];
    expect(boxLabels(words).map((l) => l.word.text)).toEqual(['열']);
    expect(findSeat([row(words, 0), row([word('1', 30, 60, 40), word('10', 60, 60, 40), word('000', 130, 60, 40)], 1)])).toBeNull();
  });
});

describe('preferSeatReading (the seat line read again with the seat whitelist)', () => {
  const r = (text: string, confidence = 0.8) => ({ text, confidence });

  it('takes a letter where the page reading had a symbol or nothing', () => {
    expect(preferSeatReading(r('1층 『열 18번'), r('1층 F열 18번', 0.7))).toBe(true);
    expect(preferSeatReading(r('8관 ^열 3번'), r('8관 A열 3번', 0.6))).toBe(true);
    // The grade was printed but read as nothing the parser knows (VIP as \/10).
    expect(preferSeatReading(r('\\/10석 3층 M열 22번'), r('VIP석 3층 M열 22번'))).toBe(true);
  });

  it('never loses a part the first reading had, nor takes a seat still doubtful', () => {
    // The grade was printed but unreadable; a reading without any grade is not better.
    expect(preferSeatReading(r('좌석 \\/|6석 1층 A열 31번'), r('1층 A열 31번', 0.95))).toBe(false);
    expect(preferSeatReading(r('좌석 석 3층 9열 8번'), r('3층 9열 8번', 0.95))).toBe(false);
    expect(preferSeatReading(r('좌석 석 3층 9열 8번'), r('R석 3층 9열 8번', 0.7))).toBe(true);
    expect(preferSeatReading(r('R석 1층 5열 7번'), r('1층 5열 7번', 0.95))).toBe(false);
    expect(preferSeatReading(r('1층 『열 18번'), r('1층 열 18번'))).toBe(false);
    expect(preferSeatReading(r('1층 『열 18번'), r('1층 0열 18번'))).toBe(false);
  });

  it('takes no digits alone for a part the first reading saw in symbols (4DX관 as "40×관", then "40관")', () => {
    expect(preferSeatReading(r('40×관 E열 10번'), r('40관 E열 10번', 0.9))).toBe(false);
    expect(preferSeatReading(r('1층 (구역 11열 9번'), r('1층 4구역 11열 9번', 0.9))).toBe(false);
    // A letter there is what the symbols stood for.
    expect(preferSeatReading(r('\\]0&×관 F열 7번'), r('IMAX관 F열 7번', 0.9))).toBe(true);
    expect(preferSeatReading(r('1층 (구역 11열 9번'), r('1층 C구역 11열 9번', 0.9))).toBe(true);
  });

  it('between two clean, whole readings that differ, the surer one', () => {
    expect(preferSeatReading(r('플로어 6구역 5열 20번', 0.7), r('플로어 E구역 5열 20번', 0.85))).toBe(true);
    expect(preferSeatReading(r('플로어 6구역 5열 20번', 0.9), r('플로어 E구역 5열 20번', 0.85))).toBe(false);
    expect(preferSeatReading(r('1층 7열 12번', 0.6), r('1층 7열 12번', 0.9))).toBe(false);
  });

  it('whitelists capitals, digits and the syllables of seat units, not the 스 that A is misread as', () => {
    for (const c of ['A', 'Z', '0', '9', '층', '석', '구', '역', '열', '번', '관', '플', '로', '어']) expect(SEAT_WHITELIST).toContain(c);
    for (const c of ['스', '『', '^', 'a']) expect(SEAT_WHITELIST).not.toContain(c);
  });
});

/** Two rows of words at the same x positions, as a box layout reads. */
function boxRows(labels: string[], values: string[]): Row[] {
  const word = (text: string, i: number, y: number) => ({ text, confidence: 0.9, box: { x0: i * 250, y0: y, x1: i * 250 + 40 * text.length, y1: y + 30 } });
  const row = (ws: ReturnType<typeof word>[], y: number, index: number): Row => {
    const text = ws.map((w) => w.text).join(' ');
    const box = { x0: 0, y0: y, x1: 1200, y1: y + 30 };
    return { text, lines: [{ text, confidence: 0.9, box, words: ws }], words: ws, box, size: 30, confidence: 0.9, index };
  };
  return [row(labels.map((l, i) => word(l, i, 0)), 0, 0), row(values.map((v, i) => word(v, i, 50)).filter((w) => w.text), 50, 1)];
}
