import { describe, expect, it } from 'vitest';
import { extractLinks, MAX_LINKS_PER_MESSAGE } from './links';

describe('extractLinks', () => {
  it('finds http(s) links inside Korean text and drops trailing punctuation', () => {
    expect(extractLinks('여기 봐요 https://moa.example/a?b=1, 그리고 http://x.kr/경로.')).toEqual([
      { url: 'https://moa.example/a?b=1', host: 'moa.example' },
      { url: 'http://x.kr/경로', host: 'x.kr' },
    ]);
  });

  it('ignores other schemes, bare words and repeats; ends at brackets and quotes', () => {
    expect(extractLinks('ftp://a.b javascript:alert(1) www.naver.com')).toEqual([]);
    expect(extractLinks('(https://a.kr/x) "https://a.kr/x"')).toEqual([{ url: 'https://a.kr/x', host: 'a.kr' }]);
  });

  it('keeps at most a fixed number per message', () => {
    const many = Array.from({ length: 30 }, (_, i) => `https://h${i}.kr`).join(' ');
    expect(extractLinks(many)).toHaveLength(MAX_LINKS_PER_MESSAGE);
  });

  it('refuses links with no host', () => {
    expect(extractLinks('https:// 빈 주소 http://')).toEqual([]);
  });
});
