// Invented show titles for the scan test set: plausible Korean titles that no catalog
// holds, so the benchmark measures reading a title, not recognising a known one (the
// scan snaps a reading one syllable off a catalog title onto it; tickets of shows the
// catalog does not know must be read on their own). Built from common words in the
// shapes real titles take; the benchmark checks each against the bundled catalog.
import type { Kind, Rng } from './data';

// Local copies of data.ts's helpers (data.ts imports this file).
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rng, p: number) => r() < p;
const int = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const NOUNS = ['달빛', '여름', '바다', '편지', '기억', '정원', '서점', '골목', '시계', '등대', '거울', '소년', '소녀', '고양이', '우산', '기차', '마을', '겨울', '새벽', '그림자', '약속', '안개', '파도', '오후', '창문', '다락방', '세탁소', '우체국', '정거장', '첫눈', '이웃', '여행자', '꽃집', '피아노', '수요일', '구름', '모래성', '나비', '호수', '목소리'];
const OWNERS = ['달', '바람', '시간', '섬', '별', '숲', '밤', '봄', '도시', '빛', '강', '노래'];
const ADJECTIVES = ['작은', '푸른', '마지막', '오래된', '낯선', '따뜻한', '조용한', '붉은', '하얀', '느린', '잃어버린', '눈부신'];
const ARTISTS = ['한별', '서하람', '윤슬', '달무리', '이로운', '김나래', '백온유', '차가을', '모래바람', '오후세시'];
const CONCERT_WORDS = ['단독 콘서트', '전국투어', '콘서트', '연말 공연', '소극장 콘서트', '앙코르 공연'];

/** Whether a word ends in a final consonant (it takes 과/을 rather than 와/를). */
const batchim = (w: string) => (w.charCodeAt(w.length - 1) - 0xac00) % 28 !== 0;

/** A title for `kind` that reads like a real one. */
export function inventTitle(r: Rng, kind: Kind): string {
  if (kind === 'CONCERT') {
    const name = pick(r, ARTISTS);
    return chance(r, 0.5) ? `${name} ${pick(r, CONCERT_WORDS)} ${pick(r, NOUNS)}` : `${chance(r, 0.4) ? '2026 ' : ''}${name} ${pick(r, CONCERT_WORDS)}`;
  }
  const s = r();
  if (kind === 'MOVIE' && s < 0.25) return `${pick(r, NOUNS)}${chance(r, 0.3) ? ` ${int(r, 2, 3)}` : ''}`;
  if (s < 0.35) return `${pick(r, OWNERS)}의 ${pick(r, NOUNS)}`;
  if (s < 0.6) return `${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}`;
  if (s < 0.75) {
    const a = pick(r, NOUNS);
    return `${a}${batchim(a) ? '과' : '와'} ${pick(r, NOUNS)}`;
  }
  if (s < 0.9) return `${pick(r, NOUNS)} 이야기`;
  const b = pick(r, NOUNS);
  return `${b}${batchim(b) ? '을' : '를'} 기다리며`;
}
