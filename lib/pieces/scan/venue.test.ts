import { describe, expect, it } from 'vitest';
import { rowsFromText } from './rows';
import { findVenue, knownVenue } from './venue';

const venue = (text: string) => findVenue(rowsFromText(text), new Set())?.value ?? null;

describe('findVenue', () => {
  it.each([
    ['장소 블루스퀘어 신한카드홀', '블루스퀘어 신한카드홀'],
    ['공연장: 세종문화회관 대극장', '세종문화회관 대극장'],
    ['예술의전당 오페라극장', '예술의전당 오페라극장'],
    ['샤롯데씨어터', '샤롯데씨어터'],
    // Misread characters snap to the known spelling.
    ['블루스퀘어 신한카드홈', '블루스퀘어 신한카드홀'],
    ['충무아트센터.대극장', '충무아트센터 대극장'],
    ['세종문화 회관 대극장', '세종문화회관 대극장'],
    // Cinemas: chain and branch.
    ['CGV 용산아이파크몰', 'CGV 용산아이파크몰'],
    ['메가박스 코엑스', '메가박스 코엑스'],
    ['롯데시네마 건대입구', '롯데시네마 건대입구'],
    // Not on the list: found by its venue word.
    ['장소 서초 작은극장', '서초 작은극장'],
    ['성수 아트홀', '성수 아트홀'],
  ])('%s → %s', (text, want) => {
    expect(venue(text)).toBe(want);
  });

  it('prefers the chain with its branch to the chain name alone', () => {
    expect(venue('롯데시네마\n파묘\n롯데시네마 건대입구')).toBe('롯데시네마 건대입구');
  });

  it('does not take a title, a notice or a seat for a venue', () => {
    expect(venue('오페라의 유령')).toBeNull();
    expect(venue('공연 시작 후에는 입장이 제한될 수 있습니다.')).toBeNull();
    expect(venue('모바일 티켓')).toBeNull();
    // A show whose name holds a venue word is not a venue.
    expect(venue('이적 소극장 콘서트')).toBeNull();
  });

  it('matches known venues through one wrong character in five, not more', () => {
    expect(knownVenue('샤롯데씨어티')?.name).toBe('샤롯데씨어터');
    expect(knownVenue('사로대씨이티')).toBeNull();
  });
});
