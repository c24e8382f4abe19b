import { describe, expect, it } from 'vitest';
import { catalogTitles, snapTitle } from './lexicon';

const TITLES = ['헤드윅', '파일럿', '프랑켄슈타인', '레미제라블', '라이어', '오페라의 유령', '범죄도시2', '범죄도시3', '지킬 앤 하이드', '햄릿'];

describe('snapTitle', () => {
  it('puts one misread character right, keeping the reading’s spacing', () => {
    expect(snapTitle('프랑켄슈6인', TITLES)).toEqual({ title: '프랑켄슈타인', edits: 1 });
    expect(snapTitle('오퍼라의 유령', TITLES)).toEqual({ title: '오페라의 유령', edits: 1 });
    expect(snapTitle('레미제라', TITLES)).toEqual({ title: '레미제라블', edits: 1 });
    expect(snapTitle('지킬앤하이ㄷ', TITLES)).toEqual({ title: '지킬앤하이드', edits: 1 });
    // A speck read as a character is dropped.
    expect(snapTitle('레미제라블.1', TITLES)?.title).toBe('레미제라블');
  });

  it('knows a reading that is a catalog title already', () => {
    expect(snapTitle('오페라의 유령', TITLES)).toEqual({ title: '오페라의 유령', edits: 0 });
    expect(snapTitle('지킬앤하이드', TITLES)).toEqual({ title: '지킬앤하이드', edits: 0 });
  });

  it('does not snap a show the catalog does not know onto one a syllable away', () => {
    // 라이카 is a real musical, not 라이어 misread: three syllables, one whole syllable off.
    expect(snapTitle('라이카', TITLES)).toBeNull();
    // Two catalog titles one edit away: which one is unknowable.
    expect(snapTitle('범죄도시5', TITLES)).toBeNull();
    // Too short to tell, and too far.
    expect(snapTitle('햄린', TITLES)).toBeNull();
    expect(snapTitle('프랑켄 박사', TITLES)).toBeNull();
  });

  it('snaps a three-syllable reading only for debris in place of a syllable', () => {
    expect(snapTitle('라이0', TITLES)).toEqual({ title: '라이어', edits: 1 });
    expect(snapTitle('라ㅇ어', TITLES)).toEqual({ title: '라이어', edits: 1 });
  });

  it('snaps a three-syllable reading whose odd syllable differs in one stroke-like letter', () => {
    expect(snapTitle('헤드윗', TITLES)).toEqual({ title: '헤드윅', edits: 1 });
    expect(snapTitle('헤드위', TITLES)).toEqual({ title: '헤드윅', edits: 1 });
    expect(snapTitle('파일렛', TITLES)).toEqual({ title: '파일럿', edits: 1 });
    // Another initial consonant is another word.
    expect(snapTitle('라이터', TITLES)).toBeNull();
    expect(snapTitle('헤드빅', TITLES)).toBeNull();
  });

  it('reads the bundled catalog', () => {
    expect(catalogTitles().length).toBeGreaterThan(300);
    expect(new Set(catalogTitles()).size).toBe(catalogTitles().length);
  });
});
