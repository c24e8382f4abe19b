// Venues Korean tickets name most, spelled as their box offices print them. A read
// that nearly matches one (a character or two misread) is written back in this
// spelling; venues not listed are still found by their venue words (극장, 홀, 아트센터…).
export const KNOWN_VENUES: readonly string[] = [
  // Seoul: musical and play theatres
  '블루스퀘어 신한카드홀', '블루스퀘어 마스터카드홀', '샤롯데씨어터', '충무아트센터 대극장', '충무아트센터 중극장 블랙', '디큐브 링크아트센터',
  '세종문화회관 대극장', '세종문화회관 M씨어터', '예술의전당 오페라극장', '예술의전당 CJ토월극장', '예술의전당 자유소극장', '예술의전당 콘서트홀',
  '예술의전당 IBK기업은행챔버홀', '국립극장 해오름극장', '국립극장 달오름극장', '국립극장 하늘극장', 'LG아트센터 서울 LG SIGNATURE 홀',
  'LG아트센터 서울 U+ 스테이지', '롯데콘서트홀', '광림아트센터 장천홀', '광림아트센터 BBCH홀', '코엑스 아티움', '두산아트센터 연강홀',
  '유니버설아트센터', '홍익대 대학로 아트센터 대극장', '대학로 자유극장', '드림아트센터 1관', '드림아트센터 2관', '예스24스테이지 1관',
  '예스24스테이지 2관', '예스24스테이지 3관', '아르코예술극장 대극장', '아르코예술극장 소극장', '대학로예술극장 대극장', '명동예술극장',
  '국립정동극장', '올림픽공원 우리금융아트홀', '대학로 예그린씨어터', '인터파크 유니플렉스 1관', '인터파크 유니플렉스 2관', '대학로 TOM 1관',
  '대학로 TOM 2관', '서경대학교 공연예술센터', '성남아트센터 오페라하우스', '고양아람누리 아람극장', '경기아트센터 대극장', '국립국악원 예악당',
  '마포아트센터 아트홀맥', '예술의전당 한가람미술관', '잠실 샤롯데씨어터', '링크아트센터드림 드림1관', '플러스씨어터', '대학로 아트원씨어터 1관',
  // arenas and concert venues
  '올림픽공원 KSPO DOME', '올림픽공원 핸드볼경기장', '올림픽공원 올림픽홀', '올림픽홀', '고척스카이돔', '잠실실내체육관', '잠실종합운동장 주경기장',
  '인스파이어 아레나', '장충체육관', '서울월드컵경기장', '부산 벡스코 오디토리움', '부산 사직실내체육관', 'KBS아레나', '연세대학교 노천극장',
  '명화라이브홀', '예스24라이브홀', '무신사 개러지', '롤링홀',
  // other cities
  '부산 드림씨어터', '부산문화회관 대극장', '계명아트센터', '대구 오페라하우스', '대전예술의전당 아트홀', '광주문화예술회관 대극장', '울산문화예술회관 대공연장',
];

/** Cinema chains: the venue is the chain and the branch ("CGV 용산아이파크몰"). */
export const CINEMA_CHAINS: readonly string[] = ['CGV', '메가박스', 'MEGABOX', '롯데시네마', 'LOTTE CINEMA', '씨네큐브', '씨네Q', '아트나인', '대한극장', 'CINE Q'];

/** Words a venue's name ends in or contains. */
export const VENUE_WORDS = /(극장|아트센터|아트홀|홀|씨어터|시어터|공연장|회관|스테이지|센터|체육관|경기장|운동장|돔|DOME|아레나|ARENA|시네마|콘서트홀|오페라하우스|예술의전당|스퀘어|아티움|플렉스|라이브홀|개러지|\d관)$/;
