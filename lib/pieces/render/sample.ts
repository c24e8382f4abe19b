// A ticket with every field filled, for tests, the screenshot script and the benchmark.
import type { TicketData } from './data';

export const sampleTicket: TicketData = {
  locale: 'ko',
  title: '레미제라블',
  kind: 'MUSICAL',
  date: '2026-03-14',
  time: '19:30',
  venue: '블루스퀘어 신한카드홀',
  seat: '1층 B구역 7열 12번',
  price: 150000,
  cast: ['홍광호', '박은태', '전미도'],
  rating: 9,
  review: '마지막 넘버에서 온몸에 소름이 돋았다. 다음 시즌에도 꼭 다시 보고 싶어요!',
  owner: { name: '포도알', title: '회전문 관객' },
  image: null,
  imageSmall: null,
  art: null,
  serial: '4F2A19',
};
