// Shows: the cake a piece belongs to. A typed title finds its show by kind, year and
// normalised title; the catalog (lib/shows/catalog) adds provider-keyed shows.
import { db, type Tx } from '@/lib/db';
import type { ShowKind } from '@/lib/generated/prisma/client';
import { normaliseTitle } from './normalise';

export interface TypedShow {
  kind: ShowKind;
  title: string;
  /** The visit's year: a show typed in 2025 and a revival typed in 2027 are two cakes. */
  year: number;
}

export function typedShowKey(show: TypedShow): string {
  return `typed:${show.kind}:${show.year}:${normaliseTitle(show.title)}`;
}

/** The show for a typed title, created on first use (concurrent first uses meet on the unique key). */
export async function resolveTypedShow(show: TypedShow, tx: Tx | typeof db = db) {
  const key = typedShowKey(show);
  return tx.show.upsert({
    where: { key },
    update: {},
    create: { key, kind: show.kind, title: show.title.trim(), normTitle: normaliseTitle(show.title), year: show.year },
  });
}
