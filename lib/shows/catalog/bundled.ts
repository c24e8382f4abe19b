// The bundled show catalog (bundled.json, facts only): searched in memory, and the
// first place a typed title is matched, so a piece typed as "레미제라블" in the year of a
// listed season lands on that season's cake.
import data from './bundled.json';
import { choseong, isChoseongOnly } from '@/lib/hangul';
import type { CatalogShow, ShowKind } from '@/lib/shows/schemas';
import { normaliseTitle } from '@/lib/shows/normalise';

interface Row {
  id: string;
  kind: string;
  title: string;
  originalTitle?: string;
  year: number;
  genre?: string;
  venue?: string;
  /** [first month, last month] as 'YYYY-MM'. */
  run?: string[];
  openRun?: boolean;
}

const lastDayOfMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

function toShow(r: Row): CatalogShow {
  return {
    key: `bundled:${r.id}`,
    kind: r.kind as ShowKind,
    title: r.title,
    year: r.year,
    ...(r.originalTitle ? { originalTitle: r.originalTitle } : {}),
    ...(r.genre ? { genre: r.genre } : {}),
    ...(r.venue ? { venue: r.venue } : {}),
    ...(r.run ? { runStart: `${r.run[0]}-01`, runEnd: lastDayOfMonth(r.run[1]) } : {}),
    ...(r.openRun ? { openRun: true } : {}),
  };
}

interface Entry {
  show: CatalogShow;
  /** Normalised title and original title. */
  names: string[];
  initials: string;
  order: number;
}

const ENTRIES: Entry[] = (data.shows as Row[]).map((r, order) => {
  const show = toShow(r);
  const names = [show.title, show.originalTitle].filter((n): n is string => !!n).map(normaliseTitle);
  return { show, names, initials: choseong(names[0]), order };
});
const BY_KEY = new Map(ENTRIES.map((e) => [e.show.key, e.show]));

export const bundledShows = (): readonly CatalogShow[] => ENTRIES.map((e) => e.show);

export const getBundledShow = (key: string): CatalogShow | null => BY_KEY.get(key) ?? null;

/** 0 exact, 1 starts with, 2 contains; null when the entry does not match. */
function rank(e: Entry, q: string, byInitials: boolean): number | null {
  if (byInitials) return e.initials.startsWith(q) ? 1 : e.initials.includes(q) ? 2 : null;
  let best: number | null = null;
  for (const n of e.names) {
    const r = n === q ? 0 : n.startsWith(q) ? 1 : n.includes(q) ? 2 : null;
    if (r !== null && (best === null || r < best)) best = r;
  }
  return best;
}

/** Titles (Korean or original) containing the query, ignoring spacing and punctuation; 초성 alone works too. */
export function searchBundled(query: string, opts: { kind?: ShowKind; limit: number }): CatalogShow[] {
  const raw = query.normalize('NFC').replace(/\s+/g, '');
  const byInitials = isChoseongOnly(raw);
  const q = byInitials ? raw : normaliseTitle(query);
  if (!q) return [];
  const hits: { e: Entry; r: number }[] = [];
  for (const e of ENTRIES) {
    if (opts.kind && e.show.kind !== opts.kind) continue;
    const r = rank(e, q, byInitials);
    if (r !== null) hits.push({ e, r });
  }
  // Closest match first, then the newest production, then catalog order.
  hits.sort((a, b) => a.r - b.r || b.e.show.year - a.e.show.year || a.e.order - b.e.order);
  return hits.slice(0, opts.limit).map((h) => h.e.show);
}

/** How well a catalog show's dates fit a visit on `day` ('YYYY-MM-DD'); 0 = not this show. */
export function dateFit(show: CatalogShow, day: string): number {
  const year = Number(day.slice(0, 4));
  if (show.runStart) return show.runStart <= day && day <= (show.runEnd ?? '9999-12-31') ? 3 : 0;
  if (show.openRun) return year >= show.year ? 2 : 0;
  if (year === show.year) return 2;
  // Films released late in a year are still in cinemas the next.
  return show.kind === 'MOVIE' && year === show.year + 1 ? 1 : 0;
}

/**
 * The bundled show a typed title means: same kind, the same normalised title (Korean or
 * original), and dates that fit the visit. Null when nothing fits.
 */
export function matchBundled(input: { title: string; kind: ShowKind; day: string }): CatalogShow | null {
  const norm = normaliseTitle(input.title);
  if (!norm) return null;
  let best: { show: CatalogShow; fit: number } | null = null;
  for (const e of ENTRIES) {
    if (e.show.kind !== input.kind || !e.names.includes(norm)) continue;
    const fit = dateFit(e.show, input.day);
    if (fit > 0 && (!best || fit > best.fit || (fit === best.fit && e.show.year > best.show.year))) best = { show: e.show, fit };
  }
  return best?.show ?? null;
}
