import { describe, expect, it } from 'vitest';
import { findPrice } from './price';
import { rowsFromText } from './rows';

const price = (text: string) => findPrice(rowsFromText(text))?.value ?? null;

describe('findPrice', () => {
  it.each([
    ['99,000원', 99000],
    ['₩99,000', 99000],
    ['￦154,000', 154000],
    ['일반 15,000원', 15000],
    ['가격 R석 154,000원', 154000],
    ['99,000 원', 99000],
    ['KRW 99,000', 99000],
    // OCR noise: a space after the comma, 원 read as 윈, a comma read as a dot, O for 0.
    ['99, 000원', 99000],
    ['일만 1념 21.000윈', 21000],
    ['15,OOO원', 15000],
    ['12000원', 12000],
    ['\\88,000', 88000],
  ])('%s → %s', (text, want) => {
    expect(price(text)).toBe(want);
  });

  it('takes the ticket price over the booking fee and the total', () => {
    expect(price('티켓금액 99,000원\n예매수수료 1,000원\n결제금액 100,000원')).toBe(99000);
    expect(price('예매수수료 2,000원\n티켓금액 일반 1명 18,000원')).toBe(18000);
    expect(price('할인 -10,000원\n가격 50,000원')).toBe(50000);
  });

  it('refuses amounts no ticket costs and numbers that are not prices', () => {
    expect(price('500원')).toBeNull();
    expect(price('99,999,000원')).toBeNull();
    expect(price('12,345원')).toBeNull();
    expect(price('2026.12.06')).toBeNull();
    expect(price('예매번호 T2058812345')).toBeNull();
    expect(price('12관 F열 8번')).toBeNull();
  });
});
