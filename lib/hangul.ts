// Korean text helpers shared by the searches (gift catalog, show catalog): initial
// consonants (초성) so "ㄹㄱ" finds 레고 and "ㄹㅁㅈㄹㅂ" finds 레미제라블.
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** Each Hangul syllable replaced by its initial consonant; anything else kept. */
export function choseong(s: string) {
  return [...s].map((ch) => {
    const code = ch.charCodeAt(0) - 0xac00;
    return code >= 0 && code < 11172 ? CHOSEONG[Math.floor(code / 588)] : ch;
  }).join('');
}

/** A query made of initial consonants only (what a person types to search by 초성). */
export const isChoseongOnly = (s: string) => s.length > 0 && [...s].every((ch) => CHOSEONG.includes(ch));
