import { describe, expect, it } from 'vitest';
import { kindOfGenre, kopisProvider, kopisShow, parseKopis } from './kopis';
import { cleanStageTitle } from './titles';
import { ProviderError } from './types';
import { KOPIS_EMPTY, KOPIS_EMPTY_SELF_CLOSING, KOPIS_ERROR, KOPIS_ROWS, kopisDetail, kopisList } from './test-fixtures';

/** A fetch that answers `body` and remembers the URLs it was asked for. */
function fakeFetch(body: string, status = 200) {
  const urls: URL[] = [];
  const fn = (async (input: string | URL | Request) => {
    urls.push(new URL(String(input)));
    return new Response(body, { status, headers: { 'content-type': 'application/xml;charset=UTF-8' } });
  }) as typeof fetch;
  return { fn, urls };
}

const provider = (body: string, status = 200) => {
  const f = fakeFetch(body, status);
  return { p: kopisProvider({ serviceKey: 'svc-key', baseUrl: 'https://kopis.test/openApi/restful/', fetch: f.fn }), urls: f.urls };
};

describe('KOPIS answers', () => {
  it('reads several <db> elements as a list of shows', () => {
    const shows = parseKopis(kopisList([KOPIS_ROWS.lesMis, KOPIS_ROWS.liar])).map(kopisShow);
    expect(shows).toEqual([
      {
        key: 'kopis:PF250001', kind: 'MUSICAL', title: '레미제라블', year: 2024, genre: '뮤지컬', venue: '블루스퀘어 (신한카드홀)',
        runStart: '2024-11-30', runEnd: '2025-03-10', posterUrl: 'https://www.kopis.or.kr/upload/pfmPoster/PF_PF250001_240101_120000.gif',
      },
      expect.objectContaining({ key: 'kopis:PF132236', kind: 'PLAY', title: '라이어 1탄', year: 2016, runEnd: '2026-12-31' }),
    ]);
  });

  it('reads a single result, which arrives as one object and not a list', () => {
    const dbs = parseKopis(kopisList([KOPIS_ROWS.vaundy]));
    expect(dbs).toHaveLength(1);
    expect(kopisShow(dbs[0])).toMatchObject({ key: 'kopis:PF287093', kind: 'CONCERT', title: 'Vaundy ASIA ARENA TOUR HORO IN SEOUL', venue: '인스파이어 엔터테인먼트 리조트 (아레나)' });
  });

  it('reads no result (<dbs></dbs> and <dbs/>) as an empty list', () => {
    expect(parseKopis(KOPIS_EMPTY)).toEqual([]);
    expect(parseKopis(KOPIS_EMPTY_SELF_CLOSING)).toEqual([]);
  });

  it('treats a returncode answer or a non-KOPIS body as a failure', () => {
    expect(() => parseKopis(KOPIS_ERROR)).toThrow(/returncode 02 SERVICE KEY IS NOT REGISTERED/);
    expect(() => parseKopis('<html><body>busy</body></html>')).toThrow(ProviderError);
    expect(() => parseKopis('{"dbs": []}')).toThrow(ProviderError);
  });

  it('reads a detail answer (list fields plus cast, prices, links)', () => {
    const [db] = parseKopis(kopisDetail(KOPIS_ROWS.nutcracker));
    expect(kopisShow(db)).toMatchObject({ key: 'kopis:PF279014', kind: 'OTHER', title: '호두까기인형', venue: '예술의전당 (오페라극장)', year: 2025 });
  });

  it('maps genres to kinds and unwraps "뮤지컬 〈…〉" titles', () => {
    expect(['연극', '뮤지컬', '대중음악', '서양음악(클래식)', '한국음악(국악)', '무용(서양/한국무용)', '서커스/마술', '복합'].map(kindOfGenre))
      .toEqual(['PLAY', 'MUSICAL', 'CONCERT', 'CONCERT', 'CONCERT', 'OTHER', 'OTHER', 'OTHER']);
    expect(cleanStageTitle('뮤지컬 〈오페라의 유령〉 - 부산')).toBe('오페라의 유령 - 부산');
    expect(cleanStageTitle('연극  <늘근도둑 이야기>')).toBe('늘근도둑 이야기');
    expect(cleanStageTitle('[서울] 아이유 콘서트')).toBe('[서울] 아이유 콘서트');
  });

  it('drops rows without an id, a title or a real start date', () => {
    expect(kopisShow({ mt20id: 'PF1', prfnm: '', prfpdfrom: '2025.01.01' })).toBeNull();
    expect(kopisShow({ mt20id: 'PF1', prfnm: 'x', prfpdfrom: '2025.02.30' })).toBeNull();
    expect(kopisShow({ mt20id: '../x', prfnm: 'x', prfpdfrom: '2025.01.01' })).toBeNull();
  });
});

describe('KOPIS requests', () => {
  it('searches by title over the last 31 days with the service key, a category code for plays and musicals', async () => {
    const { p, urls } = provider(kopisList([KOPIS_ROWS.lesMis]));
    const shows = await p.search('레미제라블', { kind: 'MUSICAL', limit: 10, today: '2025-01-15' });
    expect(shows.map((s) => s.key)).toEqual(['kopis:PF250001']);
    expect(urls[0].pathname).toBe('/openApi/restful/pblprfr');
    expect(Object.fromEntries(urls[0].searchParams)).toEqual({ service: 'svc-key', stdate: '20241216', eddate: '20250115', cpage: '1', rows: '10', shprfnm: '레미제라블', shcate: 'GGGA' });
  });

  it('filters kinds KOPIS has no single code for (concerts) after asking for more rows', async () => {
    const { p, urls } = provider(kopisList([KOPIS_ROWS.lesMis, KOPIS_ROWS.vaundy]));
    expect((await p.search('a', { kind: 'CONCERT', limit: 5, today: '2025-01-15' })).map((s) => s.kind)).toEqual(['CONCERT']);
    expect(urls[0].searchParams.get('rows')).toBe('100');
    expect(urls[0].searchParams.has('shcate')).toBe(false);
  });

  it('gets one performance by id', async () => {
    const { p, urls } = provider(kopisDetail(KOPIS_ROWS.lesMis));
    expect(await p.get('PF250001')).toMatchObject({ key: 'kopis:PF250001', title: '레미제라블' });
    expect(urls[0].pathname).toBe('/openApi/restful/pblprfr/PF250001');
    expect(urls[0].searchParams.get('service')).toBe('svc-key');
    expect(await provider(KOPIS_EMPTY).p.get('PF999999')).toBeNull();
    expect(await provider(KOPIS_EMPTY).p.get('../etc')).toBeNull();
  });

  it('fails on an HTTP error', async () => {
    await expect(provider('busy', 503).p.search('a', { limit: 5, today: '2025-01-15' })).rejects.toThrow(/HTTP 503/);
  });
});
