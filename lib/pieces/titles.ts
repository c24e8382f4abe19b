// Titles (칭호): what a person earns from their own pieces. Every rule is a pure function
// of the pieces' facts, so each threshold is unit-tested at its boundary; the service
// (titles-service.ts) loads the facts and stores what is newly earned. Nothing here
// reads the clock or the database, and the browser may import it.

export const PIECE_KINDS = ['MOVIE', 'PLAY', 'MUSICAL', 'CONCERT', 'OTHER'] as const;
export type PieceKind = (typeof PIECE_KINDS)[number];

/** What the rules look at: one row per piece, no free text beyond the venue. */
export interface PieceFacts {
  showId: string;
  kind: PieceKind;
  /** Korean calendar day of the visit, 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:MM' or null. */
  time: string | null;
  venue: string | null;
  /** KRW. */
  price: number | null;
  /** Half stars 1..10. */
  rating: number | null;
  hasReview: boolean;
}

export interface Progress {
  earned: boolean;
  /** How far along, capped at `need` (for "3 / 5" in the titles grid). */
  have: number;
  need: number;
}

type Rule = (pieces: PieceFacts[]) => Progress;

const atLeast = (have: number, need: number): Progress => ({ earned: have >= need, have: Math.min(have, need), need });
const count = (pieces: PieceFacts[], keep: (p: PieceFacts) => boolean) => pieces.reduce((n, p) => n + (keep(p) ? 1 : 0), 0);

/** The largest number of pieces sharing one key (null keys are skipped). */
function largestGroup(pieces: PieceFacts[], key: (p: PieceFacts) => string | null, value: (p: PieceFacts) => number = () => 1) {
  const groups = new Map<string, number>();
  for (const p of pieces) {
    const k = key(p);
    if (k !== null) groups.set(k, (groups.get(k) ?? 0) + value(p));
  }
  return Math.max(0, ...groups.values());
}

/** Venues as people type them: "블루스퀘어  신한카드홀 " and "블루스퀘어 신한카드홀" are one place. */
export const venueKey = (venue: string | null) => {
  const k = (venue ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return k || null;
};

const hourOf = (time: string | null) => (time && /^\d{2}:\d{2}$/.test(time) ? Number(time.slice(0, 2)) : null);
/** Starts at 22:00 or later, or before 05:00 (a midnight screening belongs to the night before). */
export const isLateNight = (time: string | null) => {
  const h = hourOf(time);
  return h !== null && (h >= 22 || h < 5);
};
/** 조조: a movie starting from 05:00 up to (not including) 10:00. */
export const isEarlyShow = (time: string | null) => {
  const h = hourOf(time);
  return h !== null && h >= 5 && h < 10;
};

const MIN_RATED_FOR_AVERAGE = 10;
/** An average rule: earned with at least 10 ratings whose average passes `ok`; progress counts ratings. */
function averageRule(ok: (avgHalfStars: number) => boolean): Rule {
  return (pieces) => {
    const ratings = pieces.flatMap((p) => (p.rating === null ? [] : [p.rating]));
    const progress = atLeast(ratings.length, MIN_RATED_FOR_AVERAGE);
    const avg = ratings.reduce((a, b) => a + b, 0) / (ratings.length || 1);
    return { ...progress, earned: progress.earned && ok(avg) };
  };
}

const MAIN_KINDS: PieceKind[] = ['MOVIE', 'PLAY', 'MUSICAL', 'CONCERT'];

/** Every title in the order the titles grid shows them. Ids are stored in UserTitle: never rename one. */
export const TITLE_RULES = {
  'first-piece': (p) => atLeast(p.length, 1),
  'ten-pieces': (p) => atLeast(p.length, 10),
  'fifty-pieces': (p) => atLeast(p.length, 50),
  'hundred-pieces': (p) => atLeast(p.length, 100),
  'musical-fan': (p) => atLeast(count(p, (x) => x.kind === 'MUSICAL'), 5),
  'theatre-lover': (p) => atLeast(count(p, (x) => x.kind === 'PLAY'), 5),
  cinephile: (p) => atLeast(count(p, (x) => x.kind === 'MOVIE'), 20),
  'concert-lover': (p) => atLeast(largestGroup(p, (x) => (x.kind === 'CONCERT' ? x.date.slice(0, 7) : null)), 3),
  'all-rounder': (p) => atLeast(MAIN_KINDS.filter((k) => p.some((x) => x.kind === k)).length, MAIN_KINDS.length),
  'revolving-door': (p) => atLeast(largestGroup(p, (x) => x.showId), 2),
  'revolving-door-master': (p) => atLeast(largestGroup(p, (x) => x.showId), 5),
  'double-feature': (p) => atLeast(largestGroup(p, (x) => x.date), 2),
  'perfect-attendance': (p) => {
    const months = new Map<string, Set<string>>();
    for (const x of p) months.set(x.date.slice(0, 4), (months.get(x.date.slice(0, 4)) ?? new Set()).add(x.date.slice(5, 7)));
    return atLeast(Math.max(0, ...[...months.values()].map((m) => m.size)), 12);
  },
  reviewer: (p) => atLeast(count(p, (x) => x.hasReview), 10),
  'star-fairy': (p) => atLeast(count(p, (x) => x.rating !== null), 20),
  generous: averageRule((avg) => avg >= 9),
  picky: averageRule((avg) => avg <= 5),
  traveller: (p) => atLeast(new Set(p.map((x) => venueKey(x.venue)).filter((k) => k !== null)).size, 5),
  'big-spender': (p) => atLeast(largestGroup(p, (x) => (x.price ? x.date.slice(0, 4) : null), (x) => x.price ?? 0), 1_000_000),
  'night-owl': (p) => atLeast(count(p, (x) => isLateNight(x.time)), 1),
  'early-bird': (p) => atLeast(count(p, (x) => x.kind === 'MOVIE' && isEarlyShow(x.time)), 3),
} satisfies Record<string, Rule>;

export type TitleId = keyof typeof TITLE_RULES;
export const TITLE_IDS = Object.keys(TITLE_RULES) as TitleId[];
export const isTitleId = (id: unknown): id is TitleId => typeof id === 'string' && Object.hasOwn(TITLE_RULES, id);

/** Every title's progress over these pieces. */
export function checkTitles(pieces: PieceFacts[]): Record<TitleId, Progress> {
  return Object.fromEntries(TITLE_IDS.map((id) => [id, TITLE_RULES[id](pieces)])) as Record<TitleId, Progress>;
}

/** The ids these pieces earn. */
export const earnedTitleIds = (pieces: PieceFacts[]): TitleId[] => TITLE_IDS.filter((id) => TITLE_RULES[id](pieces).earned);
