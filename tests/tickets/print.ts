// How box offices print a ticket's fields: the same day, time and price written the
// several ways real Korean tickets write them, plus the distracting extras (booking
// date, booking fee, booking number) that a parser must not take for the real thing.
import { chance, int, pick, type Kind, type Rng, type Ticket } from './data';

const WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];
const pad = (n: number) => String(n).padStart(2, '0');

export type DateStyle = 'dot' | 'korean' | 'short' | 'slash' | 'dash';
export type TimeStyle = 'colon' | 'ampm' | 'hangul';
export type PriceStyle = 'won' | 'symbol' | 'grade' | 'spaced';

export function printDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number);
  const wd = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  switch (style) {
    case 'dot': return `${y}.${pad(m)}.${pad(d)}(${wd})`;
    case 'korean': return `${y}년 ${m}월 ${d}일 (${wd})`;
    case 'short': return `${String(y).slice(2)}.${pad(m)}.${pad(d)}(${wd})`;
    case 'slash': return `${pad(m)}/${pad(d)}(${wd})`;
    case 'dash': return `${y}-${pad(m)}-${pad(d)} (${wd})`;
  }
}

export function printTime(hhmm: string, style: TimeStyle): string {
  const [h, m] = hhmm.split(':').map(Number);
  if (style === 'colon') return hhmm;
  if (style === 'hangul') return `${h}시${m ? ` ${m}분` : ''}`;
  const half = h < 12 ? '오전' : '오후';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${half} ${h12}시${m ? ` ${m}분` : ''}`;
}

export const won = (n: number) => n.toLocaleString('en-US');

export function printPrice(t: Ticket, style: PriceStyle): string {
  switch (style) {
    case 'won': return `${won(t.price)}원`;
    case 'symbol': return `₩${won(t.price)}`;
    case 'spaced': return `${won(t.price)} 원`;
    case 'grade': {
      const grade = /^(VIP|R|S|A)석/.exec(t.seat)?.[0];
      return `${grade ?? (t.kind === 'MOVIE' ? '일반 1명' : '일반')} ${won(t.price)}원`;
    }
  }
}

/** The end of a film, for "19:30 ~ 21:45". */
export function endTime(hhmm: string, r: Rng): string {
  const [h, m] = hhmm.split(':').map(Number);
  const end = (h * 60 + m + int(r, 95, 150)) % (24 * 60);
  return `${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
}

/** A booking date/time a week or more before the show: the date a parser must skip. */
export function bookedAt(t: Ticket, r: Rng): string {
  const d = new Date(Date.parse(`${t.date}T00:00:00Z`) - int(r, 3, 40) * 86_400_000);
  return `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCDate())} ${pad(int(r, 8, 23))}:${pad(int(r, 0, 59))}`;
}

export const bookingNo = (r: Rng) => `T${Array.from({ length: 10 }, () => int(r, 0, 9)).join('')}`;

export const KIND_WORD: Record<Kind, string> = { MUSICAL: '뮤지컬', PLAY: '연극', CONCERT: '콘서트', MOVIE: '영화' };

/** The title as printed: a musical or play often with its genre word and 〈 〉 around the name. */
export function printTitle(t: Ticket, r: Rng): string {
  if (t.kind !== 'MUSICAL' && t.kind !== 'PLAY') return t.title;
  const s = r();
  if (s < 0.3) return `${KIND_WORD[t.kind]} 〈${t.title}〉`;
  if (s < 0.5) return `${KIND_WORD[t.kind]} ${t.title}`;
  if (s < 0.6) return `〈${t.title}〉`;
  return t.title;
}

export const SELLERS = ['인터파크 티켓', '예스24 티켓', '멜론티켓', '티켓링크', 'NOL 티켓', '예매처 발권'];
export const FINE_PRINT = [
  '공연 시작 후에는 입장이 제한될 수 있습니다.',
  '본 티켓은 재판매할 수 없습니다.',
  '분실 시 재발행되지 않습니다.',
  '관람 당일 신분증을 지참해 주세요.',
  '상영 시작 10분 후에는 입장할 수 없습니다.',
];

export function finePrint(r: Rng, n: number): string[] {
  const lines = [...FINE_PRINT];
  const out: string[] = [];
  while (out.length < n && lines.length) out.push(lines.splice(int(r, 0, lines.length - 1), 1)[0]);
  return out;
}

export const maybe = <T>(r: Rng, p: number, value: T): T | null => (chance(r, p) ? value : null);
export { pick };
