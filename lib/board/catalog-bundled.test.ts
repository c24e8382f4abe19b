import { describe, expect, it } from 'vitest';
import { bundledCount, bundledItem, bundledProvider, choseong, normalize } from './catalog-bundled';
import { plainTitle } from './catalog-naver';

const names = async (query: string, category?: 'dolls') => (await bundledProvider.search({ query, category, limit: 60 })).map((i) => i.name);

describe('bundled catalog', () => {
  it('has at least 200 items, each with a picture and a shop link', () => {
    expect(bundledCount()).toBeGreaterThanOrEqual(200);
    expect(bundledItem('toys-01')).toMatchObject({ name: '레고 시티 경찰서', imageUrl: '/catalog/toys-01.svg', link: expect.stringMatching(/^https:\/\//) });
  });

  it('matches substrings ignoring spaces and case; names starting with the query come first', async () => {
    expect(normalize(' 레고 City ')).toBe('레고city');
    expect(await names('고시티경')).toEqual(['레고 시티 경찰서']);
    expect((await names('레고'))[0]).toMatch(/^레고/);
    expect(await names('oled')).toEqual(['닌텐도 스위치 OLED']);
    expect((await names('', 'dolls')).length).toBeGreaterThanOrEqual(15);
  });

  it('finds by initial consonants', async () => {
    expect(choseong('레고 시티')).toBe('ㄹㄱ ㅅㅌ');
    expect(await names('ㅎㄹㄱㄹ')).toEqual(['할리갈리']);
  });
});

describe('plainTitle', () => {
  it('drops tags and decodes entities', () => {
    expect(plainTitle('<b>레고</b> &amp; <B>듀플로</B> &lt;기차&gt;  &quot;세트&quot;')).toBe('레고 & 듀플로 <기차> "세트"');
  });
});
