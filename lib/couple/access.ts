// Who may use a couple's tools: its two partners. Everyone else (a family, another
// couple, a stranger) gets 404, so circle ids leak nothing.
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { getCoupleOrThrow } from '@/lib/circles/access';

export const getCoupleMemberOrThrow = getCoupleOrThrow;

// Whether a circle is a couple never changes, so the send path's hooks remember it.
const kindCache = new Map<string, boolean>();

/** Is this circle a couple (live or dissolved)? Cached: a circle's kind never changes. */
export async function isCoupleCircle(circleId: string): Promise<boolean> {
  const known = kindCache.get(circleId);
  if (known !== undefined) return known;
  const c = await db.circle.findUnique({ where: { id: circleId }, select: { kind: true } });
  if (!c) throw notFound();
  if (kindCache.size > 50_000) kindCache.clear();
  kindCache.set(circleId, c.kind === 'COUPLE');
  return c.kind === 'COUPLE';
}
