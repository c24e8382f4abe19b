// Provider answers in their real shapes (field names, nesting, date formats, stray
// whitespace, how one result and no result look), for the unit tests and the stand-in
// servers of tests/integration/shows-catalog.test.ts. Ids and posters are made up.

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export interface KopisRow {
  id: string;
  title: string;
  from: string;
  to: string;
  venue: string;
  genre: string;
  poster?: string;
  openrun?: 'Y' | 'N';
}

export const kopisDb = (r: KopisRow) =>
  `<db><mt20id>${r.id}</mt20id><prfnm>${r.title}</prfnm><prfpdfrom>${r.from}</prfpdfrom><prfpdto>${r.to}</prfpdto>` +
  `<fcltynm>${r.venue} </fcltynm><poster>${r.poster ?? `http://www.kopis.or.kr/upload/pfmPoster/PF_${r.id}_240101_120000.gif`} </poster>` +
  `<area>서울특별시</area><genrenm>${r.genre}</genrenm><openrun>${r.openrun ?? 'N'}</openrun><prfstate>공연중</prfstate></db>`;

/** GET /pblprfr answer: <dbs> with one <db> per performance. */
export const kopisList = (rows: KopisRow[]) => `${XML_HEAD}<dbs>${rows.map(kopisDb).join('')}</dbs>`;

export const KOPIS_ROWS = {
  lesMis: { id: 'PF250001', title: '뮤지컬 〈레미제라블〉', from: '2024.11.30', to: '2025.03.10', venue: '블루스퀘어 (신한카드홀)', genre: '뮤지컬' },
  lesMisBusan: { id: 'PF250002', title: '레미제라블 [부산]', from: '2025.04.04', to: '2025.05.25', venue: '드림씨어터', genre: '뮤지컬' },
  liar: { id: 'PF132236', title: '연극 [라이어 1탄]', from: '2016.05.12', to: '2026.12.31', venue: '대학로 해피씨어터', genre: '연극', openrun: 'Y' },
  vaundy: { id: 'PF287093', title: 'Vaundy ASIA ARENA TOUR HORO IN SEOUL', from: '2026.09.19', to: '2026.09.20', venue: '인스파이어 엔터테인먼트 리조트 (아레나)', genre: '대중음악' },
  nutcracker: { id: 'PF279014', title: '발레 〈호두까기인형〉', from: '2025.12.13', to: '2025.12.28', venue: '예술의전당 (오페라극장)', genre: '무용(서양/한국무용)' },
} satisfies Record<string, KopisRow>;

/** No performance matched: an empty <dbs>. */
export const KOPIS_EMPTY = `${XML_HEAD}<dbs></dbs>`;
export const KOPIS_EMPTY_SELF_CLOSING = `${XML_HEAD}<dbs/>`;

/** A refused call (bad key, over 31 days…): HTTP 200 with a <db> carrying returncode/errmsg. */
export const KOPIS_ERROR = `${XML_HEAD}<dbs><db><returncode>02</returncode><errmsg>SERVICE KEY IS NOT REGISTERED ERROR.</errmsg><responsesettime>2026-01-05 10:00:00</responsesettime></db></dbs>`;

/** GET /pblprfr/{mt20id}: the list fields plus cast, prices, schedule, booking links. */
export const kopisDetail = (r: KopisRow) =>
  `${XML_HEAD}<dbs><db><mt20id>${r.id}</mt20id><prfnm>${r.title}</prfnm><prfpdfrom>${r.from}</prfpdfrom><prfpdto>${r.to}</prfpdto>` +
  `<fcltynm>${r.venue}</fcltynm><prfcast>배우1, 배우2</prfcast><prfcrew> </prfcrew><prfruntime>2시간 50분</prfruntime><prfage>만 8세 이상</prfage>` +
  `<entrpsnm> </entrpsnm><pcseguidance>VIP석 170,000원, R석 140,000원</pcseguidance><poster>http://www.kopis.or.kr/upload/pfmPoster/PF_${r.id}_240101_120000.gif</poster>` +
  `<sty> </sty><area>서울특별시</area><genrenm>${r.genre}</genrenm><openrun>${r.openrun ?? 'N'}</openrun><visit>N</visit><child>N</child><daehakro>N</daehakro>` +
  `<festival>N</festival><musicallicense>Y</musicallicense><musicalcreate>N</musicalcreate><updatedate>2025-01-02 10:00:00</updatedate><prfstate>공연중</prfstate>` +
  `<mt10id>FC001247</mt10id><dtguidance>화요일 ~ 금요일(19:30), 토요일 ~ 일요일(14:00,19:00)</dtguidance>` +
  `<styurls><styurl>http://www.kopis.or.kr/upload/pfmIntroImage/PI_${r.id}_1.jpg</styurl></styurls>` +
  `<relates><relate><relatenm>인터파크</relatenm><relateurl>http://ticket.interpark.com/Ticket/Goods/GoodsInfo.asp?GoodsCode=1</relateurl></relate></relates></db></dbs>`;

export interface KobisRow {
  movieCd: string;
  movieNm: string;
  movieNmEn: string;
  prdtYear: string;
  openDt: string;
  genreAlt: string;
  repGenreNm: string;
  nationAlt?: string;
}

const kobisItem = (m: KobisRow) => ({
  movieCd: m.movieCd,
  movieNm: m.movieNm,
  movieNmEn: m.movieNmEn,
  prdtYear: m.prdtYear,
  openDt: m.openDt,
  typeNm: '장편',
  prdtStatNm: m.openDt ? '개봉' : '개봉예정',
  nationAlt: m.nationAlt ?? '한국',
  genreAlt: m.genreAlt,
  repNationNm: m.nationAlt ?? '한국',
  repGenreNm: m.repGenreNm,
  directors: [{ peopleNm: '감독' }],
  companys: [],
});

/** GET /movie/searchMovieList.json */
export const kobisList = (rows: KobisRow[]) =>
  JSON.stringify({ movieListResult: { totCnt: rows.length, source: '영화진흥위원회', movieList: rows.map(kobisItem) } });

export const KOBIS_ROWS = {
  hero: { movieCd: '20209343', movieNm: '영웅', movieNmEn: 'Hero', prdtYear: '2020', openDt: '20221221', genreAlt: '드라마,뮤지컬', repGenreNm: '드라마' },
  heroOld: { movieCd: '19780041', movieNm: '영웅', movieNmEn: 'Hero', prdtYear: '1978', openDt: '19780101', genreAlt: '액션', repGenreNm: '액션' },
  heroUpcoming: { movieCd: '20261234', movieNm: '영웅 본색', movieNmEn: '', prdtYear: '2026', openDt: '', genreAlt: '액션', repGenreNm: '액션' },
  adult: { movieCd: '20240001', movieNm: '영웅의 밤', movieNmEn: '', prdtYear: '2024', openDt: '20240301', genreAlt: '성인물(에로)', repGenreNm: '성인물(에로)' },
  parasite: { movieCd: '20183782', movieNm: '기생충', movieNmEn: 'Parasite', prdtYear: '2019', openDt: '20190530', genreAlt: '드라마', repGenreNm: '드라마' },
} satisfies Record<string, KobisRow>;

/** GET /movie/searchMovieInfo.json */
export const kobisInfo = (m: KobisRow) =>
  JSON.stringify({
    movieInfoResult: {
      movieInfo: {
        movieCd: m.movieCd, movieNm: m.movieNm, movieNmEn: m.movieNmEn, movieNmOg: '', showTm: '125', prdtYear: m.prdtYear, openDt: m.openDt,
        prdtStatNm: '개봉', typeNm: '장편', nations: [{ nationNm: m.nationAlt ?? '한국' }], genres: m.genreAlt.split(',').map((genreNm) => ({ genreNm })),
        directors: [{ peopleNm: '감독', peopleNmEn: 'Director' }], actors: [], showTypes: [], companys: [], audits: [{ auditNo: '2022-1', watchGradeNm: '12세이상관람가' }], staffs: [],
      },
      source: '영화진흥위원회',
    },
  });

/** Errors come with HTTP 200. */
export const KOBIS_FAULT = JSON.stringify({ faultInfo: { message: '유효하지않은 키값입니다.', errorCode: '320010' } });

export interface TmdbRow {
  id: number;
  title: string;
  original_title: string;
  release_date: string;
  poster_path: string | null;
}

/** GET /search/movie */
export const tmdbSearch = (rows: TmdbRow[]) =>
  JSON.stringify({
    page: 1,
    results: rows.map((r) => ({
      adult: false, backdrop_path: null, genre_ids: [18], id: r.id, original_language: 'ko', original_title: r.original_title, overview: '',
      popularity: 12.3, poster_path: r.poster_path, release_date: r.release_date, title: r.title, video: false, vote_average: 7.5, vote_count: 321,
    })),
    total_pages: 1,
    total_results: rows.length,
  });

export const TMDB_ROWS = {
  hero: { id: 736732, title: '영웅', original_title: '영웅', release_date: '2022-12-21', poster_path: '/hero2022.jpg' },
  heroOld: { id: 1001, title: '영웅', original_title: 'Hero', release_date: '2002-10-24', poster_path: '/hero2002.jpg' },
  parasite: { id: 496243, title: '기생충', original_title: '기생충', release_date: '2019-05-30', poster_path: '/parasite.jpg' },
  noPoster: { id: 1002, title: '영웅 본색', original_title: '英雄本色', release_date: '', poster_path: null },
} satisfies Record<string, TmdbRow>;

export const TMDB_UNAUTHORIZED = JSON.stringify({ status_code: 7, status_message: 'Invalid API key: You must be granted a valid key.', success: false });
