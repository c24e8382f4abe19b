// Provider titles as people would type them: KOPIS often writes "뮤지컬 〈레미제라블〉"
// or "연극 [라이어 1탄]", which would never meet a typed "레미제라블" on one cake.
import type { CatalogShow } from '@/lib/shows/schemas';
import { normaliseTitle } from '@/lib/shows/normalise';

const WRAPPED = /^(?:뮤지컬|연극|오페라|발레|무용|음악극|콘서트)\s*[〈<《「『[(]\s*([^〉>》」』\])]+?)\s*[〉>》」』\])]\s*(.*)$/;

/** "뮤지컬 〈레미제라블〉 - 부산" → "레미제라블 - 부산"; other titles are only trimmed. */
export function cleanStageTitle(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  const m = WRAPPED.exec(title);
  return m ? [m[1], m[2]].filter(Boolean).join(' ') : title;
}

/** Two catalog entries for the same show: same kind, same normalised title, same year. */
export const sameShowKey = (s: Pick<CatalogShow, 'kind' | 'title' | 'year'>) => `${s.kind}|${normaliseTitle(s.title)}|${s.year}`;
