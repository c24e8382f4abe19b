// The ticket's price in won: "99,000원", "₩99,000", "일반 15,000원", "R석 154,000원".
// The booking fee, discounts and points are not the price; a total only when nothing
// better is printed (it includes the fee).
import { clamp01, digitsConfidence, labelFactor, withAgreement, type Candidate } from './fields';
import type { Row } from './rows';
import { numeric } from './text';

const PRICE_LABELS = ['가격', '금액', '티켓금액', '판매가', '정가', '요금', '일반', '성인', '청소년', '1명', '석'];
const OTHER_LABELS = ['수수료', '할인', '포인트', '쿠폰', '배송', '취소', '환불', '잔액'];
const TOTAL_LABELS = ['결제', '합계', '총'];

const PATTERNS: { re: RegExp; base: number }[] = [
  // 99,000원 (원 is sometimes read as 윈 or 웬), 99,000 원
  { re: /(?<![\d,.])(\d{1,3}(?:[,.]\d{3})+|\d{4,7})\s*(?:원|윈|웬)(?![가-힣])/g, base: 0.9 },
  // ₩99,000 / W99,000 / KRW 99,000 (the Korean model reads ₩ as a backslash)
  { re: /(?:₩|￦|\\|\bW|KRW)\s*(\d{1,3}(?:[,.]\d{3})+|\d{4,7})(?![\d,.])/g, base: 0.9 },
];

export function priceCandidates(rows: Row[]): Candidate<number>[] {
  const out: Candidate<number>[] = [];
  for (const row of rows) {
    const text = numeric(row.text);
    for (const p of PATTERNS) {
      for (const m of text.matchAll(p.re)) {
        const amount = Number(m[1].replace(/[,.]/g, ''));
        // Tickets cost between a thousand and a few hundred thousand won, in hundreds.
        if (!(amount >= 1000 && amount <= 2_000_000) || amount % 100 !== 0) continue;
        const grouped = /[,.]/.test(m[1]) ? 1 : 0.8;
        let score = p.base * grouped * labelFactor(row, PRICE_LABELS, OTHER_LABELS) * digitsConfidence(row, m[0]);
        if (TOTAL_LABELS.some((w) => row.text.includes(w))) score *= 0.8;
        out.push({ value: amount, score: clamp01(score), row });
      }
    }
  }
  return out;
}

export function findPrice(rows: Row[]): Candidate<number> | null {
  return withAgreement(priceCandidates(rows));
}
