import { describe, expect, it } from 'vitest';
import { rowsFromText } from './rows';
import { findTitle, plausibility, tidyTitle } from './title';

/** Rows with sizes: the title is usually the largest print. */
const title = (lines: [string, number][]) => findTitle(rowsFromText(lines.map(([l]) => l).join('\n'), lines.map(([, s]) => s)), new Set())?.value ?? null;

describe('tidyTitle', () => {
  it.each([
    ['뮤지컬 〈레미제라블〉', '레미제라블'],
    ['뮤지컬 레미제라블', '레미제라블'],
    ['연극 <햄릿>', '햄릿'],
    ['《오페라의 유령》', '오페라의 유령'],
    ['공연명: 시카고', '시카고'],
    ['파묘 2D', '파묘'],
    ['듄: 파트2 (IMAX)', '듄: 파트2'],
    ['맘마미아!', '맘마미아!'],
    ['2026 이문세 콘서트 봄바람', '2026 이문세 콘서트 봄바람'],
    ['성시경 콘서트 <축가>', '성시경 콘서트 <축가>'],
    // Debris and mismatched brackets as OCR reads them.
    ['、 범죄도시4', '범죄도시4'],
    ['ㆍ <《마리 앙투아네트)', '마리 앙투아네트'],
    ['<마리 앙투아네트)', '마리 앙투아네트'],
    ['、<마리 앙투아네트>', '마리 앙투아네트'],
    ['옥탑방 고양이 |', '옥탑방 고양이'],
    ['( ] 연극 <행복을 찾아서> 를 )', '행복을 찾아서'],
    // The genre word as OCR misreads it, or cut short before a bracketed name.
    ['뮤지렬 <랭보>', '랭보'],
    ['언극 나무 위의 군대', '나무 위의 군대'],
    ['극 <웃음의 대학>', '웃음의 대학'],
    ['、 연극웃음의 대학', '웃음의 대학'],
    ['뮤지 1 지킬앤하이드', '지킬앤하이드'],
    // Debris before the genre word, and after the title behind a rule or a box edge.
    ['7 연극 첫눈과 소년', '첫눈과 소년'],
    ['0 ,, 연극첫눈과 소년', '첫눈과 소년'],
    ['윤하 전국투어 그리워하다 [29607 1)', '윤하 전국투어 그리워하다'],
    ['윤하 전국투어 그리워하다 | 0', '윤하 전국투어 그리워하다'],
    ['레미제라블 (2024)', '레미제라블 (2024)'],
    // A rule read as a one after the last word; a sequel's number stays.
    ['박효신 콘서트 겨울소리 1', '박효신 콘서트 겨울소리'],
    ['헤드윙 l', '헤드윙'],
    ['l 나무 위의 군대', '나무 위의 군대'],
    ['1 레미제라블', '레미제라블'],
    ['『 l 나무위의군대 ;「', '나무위의군대'],
    ['1987', '1987'],
    ['모아나 2', '모아나 2'],
    ['미키 17', '미키 17'],
    // 뮤지컬 glued on with its last syllable misread in a stroke: it goes all the same.
    ['뮤지컷츠', '츠'],
    ['뮤지컬 캣츠', '캣츠'],
    ['7번방의 선물', '7번방의 선물'],
    // …but a title's own first word stays.
    ['영웅', '영웅'],
    ['이적 소극장 콘서트', '이적 소극장 콘서트'],
  ])('%s → %s', (text, want) => {
    expect(tidyTitle(text)).toBe(want);
  });
});

describe('findTitle', () => {
  it('takes the most prominent row that is not a label, seller or notice', () => {
    expect(title([['인터파크 티켓', 22], ['뮤지컬 〈레미제라블〉', 58], ['일시 2026.12.06(일) 19:30', 30], ['본 티켓은 재판매할 수 없습니다.', 18]])).toBe('레미제라블');
    expect(title([['모바일 티켓', 44], ['뮤지컬 · 8세 이상', 30], ['시카고', 60], ['관람일시', 34]])).toBe('시카고');
    expect(title([['CGV', 44], ['입장권', 24], ['파묘', 50], ['2D 자막 · 15세이상관람가', 26]])).toBe('파묘');
    // The seller's line is never the title, however it is written.
    expect(title([['예스24 티켓 뮤지컬ㆍ입장권 _', 60], ['프랑켄슈타인', 58]])).toBe('프랑켄슈타인');
    // Nor a row of seat parts, even doubted ones.
    expect(title([['돌비시네마관 0열 19번', 60], ['탈주', 50]])).toBe('탈주');
    // Nor a labelled field's row.
    expect(title([['공연장 올림픽훌', 60], ['관람일시 2026.06.10(수) 19:00', 30]])).toBeNull();
  });

  it('joins a title wrapped onto a second row of the same size', () => {
    expect(title([['모바일 티켓', 44], ['2026 이문세 콘서트 봄바', 60], ['람', 60], ['관람일시 2026.06.10(수) 19:00', 34]])).toBe('2026 이문세 콘서트 봄바 람');
  });

  it('leaves out garbage the model read from a logo or a barcode', () => {
    expect(title([['^82008(아1411', 60], ['티켓', 20]])).toBeNull();
    expect(title([['비삐삐뼈키삐시 ㅣㅣ', 60]])).not.toBe('비삐삐뼈키삐시 ㅣㅣ');
  });

  it('is less sure of a reading with a stray mark where a syllable was, not of a title\'s own marks', () => {
    const score = (t: string) => findTitle(rowsFromText(`${t}\n일시 2026.12.06(일) 19:30`, [60, 30]), new Set())!.score;
    const clean = score('따뜻한 거울');
    for (const debris of ['따뜻한?울', '따뜻한 ? 울', '좀"\'\'딸 거울', '따뜻한 ?쿨', '202^ 이무세 콘서트']) expect(score(debris)).toBeLessThan(clean * 0.7);
    for (const own of ['누가 내 머리에 똥 쌌어?', '\'시카고\' 거울', "Don't Look Up"]) expect(score(own)).toBeGreaterThan(score('따뜻한?울'));
    // A consonant letter glued to a syllable is a syllable misread ("군ᄃ" for "군대"), in
    // brackets or as the debris at the title's end.
    const whole = score('나무 위의 군대');
    for (const debris of ['<나무 위의 군ᄃ >', '나무 위의 군ᄃ', '나무 위의 군ㄷ', '나무 위의 군대^']) expect(score(debris), debris).toBeLessThan(whole * 0.7);
    // The letters OCR uses for marks (ᆞ a middle dot, ᅵ a rule) are not doubted.
    expect(score('ᅵ 나무 위의 군대')).toBeGreaterThan(whole * 0.9);
  });

  it('is less sure when two rows are about as prominent', () => {
    const rows = (second: number) => rowsFromText('레미제라블\n오페라의 유령', [60, second]);
    const clear = findTitle(rows(30), new Set())!;
    const close = findTitle(rows(59), new Set())!;
    expect(close.score).toBeLessThan(clear.score);
  });
});

describe('findTitle with a show catalog', () => {
  const CATALOG = ['프랑켄슈타인', '라이어', '레미제라블'];
  const find = (text: string) => findTitle(rowsFromText(`${text}\n일시 2026.12.06(일) 19:30`, [60, 30]), new Set(), CATALOG);

  it('corrects a reading one character off a catalog title, and is surer of a catalog title', () => {
    expect(find('뮤지컬 프랑켄슈6인')?.value).toBe('프랑켄슈타인');
    const known = find('레미제라블')!;
    const unknown = findTitle(rowsFromText('레미제라블\n일시 2026.12.06(일) 19:30', [60, 30]), new Set())!;
    expect(known.value).toBe('레미제라블');
    expect(known.score).toBeGreaterThan(unknown.score);
  });

  it('leaves a show the catalog does not know as it was read', () => {
    expect(find('라이카')?.value).toBe('라이카');
    expect(find('작은 구름')?.value).toBe('작은 구름');
  });
});

describe('plausibility', () => {
  it('trusts readings that look like titles', () => {
    for (const t of ['작은 구름', '범죄도시4', '7번방의 선물', '82년생 김지영', '2026 이문세 콘서트 봄바람', '모아나 2', 'DAY6 콘서트', '영웅']) expect(plausibility(t)).toBe(1);
  });
  it('doubts a syllable standing alone, once per syllable', () => {
    expect(plausibility('작은 름')).toBeLessThan(1);
    expect(plausibility('잉 잉')).toBeLessThan(plausibility('작은 름'));
  });
  it('doubts digits glued to Hangul that are no sequel number', () => {
    expect(plausibility('아이유 콘서트168')).toBeLessThan(1);
    expect(plausibility('뮤지컬 이3')).toBeLessThan(1);
  });
  it('leaves an exact catalog title alone, one-syllable words and all', () => {
    const score = (t: string) => findTitle(rowsFromText(`${t}\n2026.01.01`, [60, 20]), new Set(), ['라이온 킹'])?.score;
    expect(score('라이온 킹')).toBe(score('라이온킹'));
    expect(plausibility('라이온 킹')).toBeLessThan(1);
  });
});
