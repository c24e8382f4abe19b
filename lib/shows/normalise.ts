// One spelling per show title, so people who typed the same title meet on one cake:
// Unicode compatibility forms folded (full-width letters, ㈜), case folded, punctuation,
// symbols and spacing dropped ("레미제라블 " = "레미 제라블" = "레미제라블!").
export function normaliseTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}
