// Fields from several readings of one photo: each from the reading surest of it.
import { describe, expect, it, vi } from 'vitest';
import type { Pool } from './pool';
import type { PrepareOptions } from './preprocess';
import { mergeReadings, pageSpacing, readPreparations, type PageReader, type PageReading } from './read';
import type { ScanFields } from './schemas';

const empty = (confidence = 0) => ({ value: null, confidence });
const reading = (over: Partial<ScanFields>): ScanFields => ({
  title: empty(), date: empty(), time: empty(), venue: empty(), seat: empty(), price: empty(), kind: empty(), ...over,
});

describe('mergeReadings', () => {
  it('takes each field from the reading surest of it', () => {
    const a = reading({ title: { value: '레미제라블', confidence: 0.9 }, date: { value: '2026-03-01', confidence: 0.5 } });
    const b = reading({ title: { value: '레미 제라블', confidence: 0.7 }, date: { value: '2026-03-07', confidence: 0.8 }, price: { value: 99000, confidence: 0.6 } });
    const m = mergeReadings([a, b]);
    expect(m.title).toEqual({ value: '레미제라블', confidence: 0.9 });
    expect(m.date).toEqual({ value: '2026-03-07', confidence: 0.8 });
    expect(m.price).toEqual({ value: 99000, confidence: 0.6 });
  });

  it('prefers a filled field to a surer guess that stayed below its threshold', () => {
    const a = reading({ seat: { value: null, confidence: 0.3 } });
    const b = reading({ seat: { value: 'R석 1층 C열 5번', confidence: 0.4 } });
    expect(mergeReadings([a, b]).seat).toEqual({ value: 'R석 1층 C열 5번', confidence: 0.4 });
  });

  it('leaves a field empty when no reading filled it, with its best confidence', () => {
    expect(mergeReadings([reading({ venue: empty(0.2) }), reading({ venue: empty(0.4) })]).venue).toEqual(empty(0.4));
  });

  it('doubts a title only one reading gave while another gave a different one', () => {
    const lone = mergeReadings([reading({ title: { value: '작은 름', confidence: 0.85 } }), reading({ title: { value: '작은 구름', confidence: 0.7 } }), reading({})]);
    expect(lone.title).toEqual({ value: '작은 름', confidence: 0.64 });
    // Below its threshold it is left empty.
    expect(mergeReadings([reading({ title: { value: '헤드윗', confidence: 0.7 } }), reading({ title: { value: '헤드윅', confidence: 0.65 } })]).title).toEqual({ value: null, confidence: 0.52 });
    // Two readings that agree (spacing and marks aside) are not doubted.
    const agreed = mergeReadings([reading({ title: { value: '작은 구름', confidence: 0.8 } }), reading({ title: { value: '작은구름', confidence: 0.7 } }), reading({ title: { value: '작은 름', confidence: 0.75 } })]);
    expect(agreed.title).toEqual({ value: '작은 구름', confidence: 0.8 });
  });

  it('takes the seat that holds another reading\'s whole, unless a surer one is far ahead', () => {
    const seat = (value: string, confidence: number) => reading({ seat: { value, confidence } });
    // Two readings lost the grade the surest kept… or one saw a letter the fuller reading did not.
    expect(mergeReadings([seat('A석 1층 10열 14번', 0.88), seat('1층 10열 14번', 0.89), seat('1층 10열 14번', 0.94)]).seat.value).toBe('A석 1층 10열 14번');
    expect(mergeReadings([seat('샤롯데관 F열 15번', 0.8), seat('샤롯데관 B열 15번', 0.82), seat('F열 15번', 0.66)]).seat.value).toBe('샤롯데관 F열 15번');
    // The same seat twice is no vote: both may have lost the same digit.
    expect(mergeReadings([seat('1층 2열 13번', 0.89), seat('1층 22열 13번', 0.9), seat('1층 2열 13번', 0.86)]).seat.value).toBe('1층 22열 13번');
    expect(mergeReadings([seat('R석 1층 C열 5번', 0.5), seat('1층 C열 5번', 0.9)]).seat.value).toBe('1층 C열 5번');
  });

  it('counts a long title another reading holds whole (a speck read beside it) as agreeing', () => {
    const title = (value: string, confidence: number) => reading({ title: { value, confidence } });
    expect(mergeReadings([title('국립국악관현악단 정기연주회', 0.7), title('개 국립국악관현악단정기연주회', 0.63)]).title).toEqual({ value: '국립국악관현악단 정기연주회', confidence: 0.7 });
    // A short one is not: the longer reading may be the title and the shorter one short of a syllable.
    expect(mergeReadings([title('라이어 게임', 0.7), title('라이어 게임즈', 0.63)]).title.value).toBeNull();
    expect(mergeReadings([title('라이', 0.92), title('라이어', 0.7)]).title).toEqual({ value: '라이', confidence: 0.69 });
  });

  it('returns a single reading as it is', () => {
    const a = reading({ kind: { value: 'MUSICAL', confidence: 0.7 } });
    expect(mergeReadings([a])).toEqual(a);
  });
});

describe('pageSpacing', () => {
  const line = (text: string, confidence = 0.8) => ({ text, confidence, box: { x0: 0, y0: 0, x1: 100, y1: 30 }, words: [] });
  it('keeps the page reading\'s word spaces when a line read alone holds the same letters', () => {
    expect(pageSpacing(line('행복을찾아서', 0.9), line('행복을 찾아서', 0.7))).toEqual(line('행복을 찾아서', 0.9));
    // Specks either side of the page reading do not count.
    expect(pageSpacing(line('<행복을찾아서>'), line('、 행복을 찾아서 1.')).text).toBe('<행복을 찾아서>');
  });
  it('never takes a space out', () => {
    const again = line('행복을 찾아서');
    expect(pageSpacing(again, line('행복을찾아서'))).toBe(again);
  });
  it('takes the second reading whole when its letters differ', () => {
    const again = line('행복을 찾아서', 0.9);
    expect(pageSpacing(again, line('행복올찾아서'))).toBe(again);
  });
});

describe('readPreparations', () => {
  // A blank page: nothing to read again, so no worker is asked for anything.
  const blank = { png: Buffer.alloc(0), img: { data: new Uint8Array(64 * 64).fill(255), width: 64, height: 64 }, lines: [] };
  const noPool = { recognize: () => Promise.reject(new Error('no jobs expected')) } as unknown as Pool;
  const today = new Date('2026-12-07T00:00:00Z');
  const deferred = () => {
    let resolve!: (v: PageReading | null) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<PageReading | null>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };

  it('asks for every preparation at once and keeps their order, whichever is read first', async () => {
    const asked: { opts: PrepareOptions; first: boolean; page: ReturnType<typeof deferred> }[] = [];
    const reader: PageReader = (opts, first) => {
      const page = deferred();
      asked.push({ opts, first, page });
      return page.promise;
    };
    const preparations = [{}, { shrink: 32 }, { denoise: true }];
    const done = readPreparations(reader, { pool: noPool, today, preparations });
    await vi.waitFor(() => expect(asked).toHaveLength(3));
    expect(asked.map((a) => [a.opts, a.first])).toEqual([[{}, true], [{ shrink: 32 }, false], [{ denoise: true }, false]]);
    asked[2].page.resolve(blank);
    asked[1].page.resolve(null);
    asked[0].page.resolve(blank);
    const { pages } = await done;
    expect(pages.map((p) => (p ? 'read' : 'not read'))).toEqual(['read', 'not read', 'read']);
  });

  it('fails with the first preparation, and only leaves a later one out when that fails', async () => {
    const failing = (which: boolean): PageReader => (_opts, first) => (first === which ? Promise.reject(new Error('unreadable')) : Promise.resolve(blank));
    await expect(readPreparations(failing(true), { pool: noPool, today })).rejects.toThrow('unreadable');
    const { pages, fields } = await readPreparations(failing(false), { pool: noPool, today });
    expect(pages.map((p) => !!p)).toEqual([true, false, false]);
    expect(fields.title.value).toBeNull();
  });
});
