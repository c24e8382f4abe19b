// Random but realistic ticket contents for the scan test set (tests/tickets/generate.ts):
// real show titles and venues, seats and prices in the shapes Korean box offices print.
// Everything comes from a seeded generator, so a seed always makes the same tickets.
// About a third of the titles are invented (invented.ts), so no catalog knows them.
// Latin letters appear where real tickets have them (A열, R석, CGV), in their real share.

import { inventTitle } from './invented';

export type Rng = () => number;

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
export const chance = (r: Rng, p: number) => r() < p;

export type Kind = 'MUSICAL' | 'PLAY' | 'CONCERT' | 'MOVIE';

export const TITLES: Record<Kind, readonly string[]> = {
  MUSICAL: ['레미제라블', '오페라의 유령', '위키드', '시카고', '맘마미아!', '지킬앤하이드', '레베카', '엘리자벳', '모차르트!', '드라큘라', '프랑켄슈타인', '웃는 남자', '헤드윅', '빨래', '김종욱 찾기', '영웅', '명성황후', '캣츠', '킹키부츠', '물랑루즈!', '하데스타운', '데스노트', '마타하리', '팬텀', '스위니 토드', '시라노', '벤허', '노트르담 드 파리', '마리 앙투아네트', '그레이트 코멧', '여신님이 보고 계셔', '번지점프를 하다', '광화문연가', '서편제', '베르테르', '사의 찬미', '랭보', '난설', '어쩌면 해피엔딩', '라이카'],
  PLAY: ['햄릿', '라이어', '옥탑방 고양이', '늘근도둑 이야기', '쉬어매드니스', '보잉보잉', '아트', '렁스', '고도를 기다리며', '웃음의 대학', '엘리펀트 송', '나무 위의 군대', '갈매기', '세일즈맨의 죽음', '리차드 3세', '오셀로', '벚꽃동산', '그때도 오늘', '작은 아씨들', '행복을 찾아서'],
  CONCERT: ['성시경 연말 콘서트 축가', '2026 이문세 콘서트 봄바람', '조성진 피아노 리사이틀', '서울시향 베토벤 교향곡 9번', '싸이 흠뻑쇼 2026', '나훈아 고별 공연', '아이유 콘서트 HER', '임영웅 전국투어 콘서트', '장범준 단독 공연', '잔나비 전국투어 판타스틱', '김광석 다시부르기', '한영애 소리의 여행', '박효신 콘서트 겨울소리', '악뮤 콘서트 항해', '국립국악관현악단 정기연주회', '손열음 피아노 리사이틀', '폴킴 연말 콘서트', '이적 소극장 콘서트', 'DAY6 콘서트 Forever', '윤하 전국투어 그리워하다'],
  MOVIE: ['파묘', '서울의 봄', '범죄도시4', '베테랑2', '인사이드 아웃 2', '하얼빈', '소방관', '탈주', '핸섬가이즈', '파일럿', '검은 수녀들', '미키 17', '좀비딸', '어쩔수가없다', '모아나 2', '듄: 파트2', '위키드', '청설', '리볼버', '댓글부대', '외계+인 2부', '노량: 죽음의 바다', '시민덕희', '보통의 가족'],
};

/** Theatres and halls; `known` marks the ones in the scanner's venue list (lib/pieces/scan/venues.ts). */
export const STAGES: readonly string[] = [
  '블루스퀘어 신한카드홀', '샤롯데씨어터', '충무아트센터 대극장', '디큐브 링크아트센터', '세종문화회관 대극장', '예술의전당 오페라극장', '예술의전당 콘서트홀',
  '국립극장 해오름극장', '대학로 자유극장', '드림아트센터 2관', '홍익대 대학로 아트센터 대극장', '롯데콘서트홀', '광림아트센터 장천홀', '코엑스 아티움',
  '부산 드림씨어터', '계명아트센터', '대학로 TOM 1관', 'LG아트센터 서울 LG SIGNATURE 홀', '두산아트센터 연강홀', '유니버설아트센터', '서경대학교 공연예술센터',
  '예스24스테이지 1관', '아르코예술극장 대극장', '올림픽공원 우리금융아트홀', '성남아트센터 오페라하우스', '대학로 예그린씨어터', '인터파크 유니플렉스 1관', '명동예술극장',
];
export const ARENAS: readonly string[] = ['올림픽공원 KSPO DOME', '올림픽공원 핸드볼경기장', '고척스카이돔', '잠실실내체육관', '인스파이어 아레나', '장충체육관', '올림픽홀', '세종문화회관 대극장', '부산 벡스코 오디토리움', '블루스퀘어 마스터카드홀', '예술의전당 콘서트홀', '롯데콘서트홀'];
export const CINEMAS: readonly string[] = ['CGV 용산아이파크몰', 'CGV 강남', 'CGV 왕십리', '메가박스 코엑스', '메가박스 성수', '메가박스 목동', '롯데시네마 월드타워', '롯데시네마 건대입구', '롯데시네마 홍대입구', 'CGV 여의도', '씨네큐브 광화문', '메가박스 신촌'];

const LETTERS = 'ABCDEFGHJKLMNOP';
const seatNo = (r: Rng) => `${int(r, 1, 38)}번`;
const row = (r: Rng, letters: number) => (chance(r, letters) ? `${LETTERS[int(r, 0, 13)]}열` : `${int(r, 1, 24)}열`);

export function theatreSeat(r: Rng): string {
  const floor = `${pick(r, [1, 1, 1, 2, 2, 3])}층`;
  const shape = r();
  if (shape < 0.35) return `${floor} ${row(r, 0.6)} ${seatNo(r)}`;
  if (shape < 0.65) return `${pick(r, ['VIP석', 'R석', 'S석', 'A석'])} ${floor} ${row(r, 0.5)} ${seatNo(r)}`;
  const block = chance(r, 0.6) ? `${LETTERS[int(r, 0, 5)]}구역` : `${int(r, 1, 12)}구역`;
  return `${floor} ${block} ${row(r, 0.3)} ${seatNo(r)}`;
}

export function arenaSeat(r: Rng): string {
  if (chance(r, 0.4)) return `플로어 ${LETTERS[int(r, 0, 7)]}구역 ${int(r, 1, 30)}열 ${seatNo(r)}`;
  return `${pick(r, ['VIP석', 'R석', 'S석'])} ${pick(r, [1, 2, 3])}층 ${int(r, 1, 45)}구역 ${int(r, 1, 25)}열 ${seatNo(r)}`;
}

export function cinemaSeat(r: Rng): string {
  const hall = chance(r, 0.8) ? `${int(r, 1, 12)}관` : pick(r, ['IMAX관', '4DX관', '돌비시네마관', '샤롯데관']);
  return `${hall} ${LETTERS[int(r, 0, 12)]}열 ${int(r, 1, 22)}번`;
}

export interface Ticket {
  kind: Kind;
  title: string;
  /** YYYY-MM-DD, HH:MM, KRW. */
  date: string;
  time: string;
  venue: string;
  seat: string;
  price: number;
  /** The day the photo was taken, the parser's "today" (a date without a year is read relative to it). */
  scannedOn: string;
}

/** Share of tickets with an invented title (others draw real titles, some of them in the bundled catalog). */
export const INVENTED_SHARE = 0.35;

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function ticket(r: Rng, kind: Kind): Ticket {
  // A share of shows no catalog knows (invented titles), so the scan's catalog snap cannot carry the title score.
  const title = chance(r, INVENTED_SHARE) ? inventTitle(r, kind) : pick(r, TITLES[kind]);
  const day = new Date(Date.UTC(2025, 0, 1) + int(r, 0, 700) * 86_400_000);
  const scanned = new Date(day.getTime() + int(r, 0, 20) * 86_400_000);
  const hour = kind === 'MOVIE' ? int(r, 9, 23) : pick(r, [14, 15, 17, 18, 19, 19, 20]);
  const minute = kind === 'MOVIE' ? pick(r, [0, 5, 10, 15, 20, 25, 30, 40, 45, 50, 55]) : pick(r, [0, 0, 30, 30]);
  const venue = kind === 'MOVIE' ? pick(r, CINEMAS) : kind === 'CONCERT' && chance(r, 0.6) ? pick(r, ARENAS) : pick(r, STAGES);
  const seat = kind === 'MOVIE' ? cinemaSeat(r) : ARENAS.includes(venue) && kind === 'CONCERT' ? arenaSeat(r) : theatreSeat(r);
  const price = kind === 'MOVIE' ? pick(r, [11000, 13000, 14000, 15000, 18000, 21000, 24000]) : kind === 'PLAY' ? pick(r, [30000, 40000, 44000, 50000, 55000, 66000]) : pick(r, [60000, 77000, 88000, 99000, 110000, 132000, 143000, 154000, 170000, 190000]);
  return { kind, title, date: iso(day), time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, venue, seat, price, scannedOn: iso(scanned) };
}
