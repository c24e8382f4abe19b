// The offline recommender: five missions from the bundled catalog that match the
// child's age band, the place and the area, never repeating one for the same family
// until every match has been shown (then it starts over). Not cached: it rotates.
import { db } from '@/lib/db';
import { CATALOG } from './catalog/all';
import { ageBand, SUGGESTION_COUNT, type CatalogMission, type Suggestion, type SuggestionProvider, type SuggestionQuery } from './types';

/** The catalog missions that fit; widened (any place, then any age) in the unlikely case fewer than five fit. */
export function matchingPool(q: SuggestionQuery, catalog: readonly CatalogMission[] = CATALOG): CatalogMission[] {
  const band = ageBand(q.age);
  const tiers = [
    (m: CatalogMission) => m.places.includes(q.place) && m.bands.includes(band),
    (m: CatalogMission) => m.bands.includes(band),
    () => true,
  ];
  for (const fits of tiers) {
    const pool = catalog.filter((m) => m.area === q.area && fits(m));
    if (pool.length >= SUGGESTION_COUNT) return pool;
  }
  return catalog.filter((m) => m.area === q.area);
}

function shuffle<T>(xs: T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const toSuggestion = ({ id, title, description, reward }: CatalogMission): Suggestion => ({ id, title, description, reward });

export class OfflineRecommender implements SuggestionProvider {
  readonly source = 'catalog' as const;
  constructor(private readonly random: () => number = Math.random) {}

  async suggest(q: SuggestionQuery, { circleId }: { circleId: string }): Promise<Suggestion[]> {
    const pool = matchingPool(q);
    const ids = pool.map((m) => m.id);
    return db.$transaction(async (tx) => {
      // Two taps at once must not both draw from the same unseen set.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`suggest:${circleId}`}))`;
      const seen = new Set((await tx.suggestionSeen.findMany({ where: { circleId, suggestionId: { in: ids } }, select: { suggestionId: true } })).map((s) => s.suggestionId));
      let picked = shuffle(pool.filter((m) => !seen.has(m.id)), this.random).slice(0, SUGGESTION_COUNT);
      if (picked.length < SUGGESTION_COUNT) {
        // Every match has been shown: start over, without repeating within this answer.
        await tx.suggestionSeen.deleteMany({ where: { circleId, suggestionId: { in: ids } } });
        const rest = shuffle(pool.filter((m) => !picked.includes(m)), this.random);
        picked = [...picked, ...rest.slice(0, SUGGESTION_COUNT - picked.length)];
      }
      await tx.suggestionSeen.createMany({ data: picked.map((m) => ({ circleId, suggestionId: m.id })), skipDuplicates: true });
      return picked.map(toSuggestion);
    });
  }
}
