// Shows: the cake a piece belongs to. A piece names its show by a catalog key (picked
// from a search) or by a typed title; a typed title that is a bundled show of the same
// kind on a fitting date lands on that show, anything else on the typed show of its
// normalised title, kind and year. First uses create the row; concurrent first uses
// meet on the unique key (INSERT … ON CONFLICT DO NOTHING, then read: never two rows,
// never a unique-violation error, so it is safe inside a caller's transaction).
import { db, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Prisma, ShowKind } from '@/lib/generated/prisma/client';
import { isCalendarDate } from '@/lib/schemas';
import { CATALOG_KEY, type CatalogShow } from './schemas';
import { normaliseTitle } from './normalise';
import { matchBundled } from './catalog/bundled';
import { showCatalog, type ShowCatalog } from './catalog/catalog';

export interface TypedShow {
  kind: ShowKind;
  title: string;
  /** The visit's year: a show typed in 2025 and a revival typed in 2027 are two cakes. */
  year: number;
}

export function typedShowKey(show: TypedShow): string {
  return `typed:${show.kind}:${show.year}:${normaliseTitle(show.title)}`;
}

// Prisma's upsert is a read then an insert unless its query happens to qualify for a
// native upsert (it did not for catalog rows): concurrent first uses then fail with P2002.
async function ensureShow(data: Prisma.ShowCreateManyInput, tx: Tx | typeof db) {
  await tx.show.createMany({ data: [data], skipDuplicates: true });
  return tx.show.findUniqueOrThrow({ where: { key: data.key } });
}

/** The show for a typed title, created on first use (concurrent first uses meet on the unique key). */
export async function resolveTypedShow(show: TypedShow, tx: Tx | typeof db = db) {
  const key = typedShowKey(show);
  return ensureShow({ key, kind: show.kind, title: show.title.trim(), normTitle: normaliseTitle(show.title), year: show.year }, tx);
}

const dateOnly = (day?: string) => (day ? new Date(`${day}T00:00:00.000Z`) : null);

/** The Show row of a catalog show, created on first use with the catalog's facts. */
export async function upsertCatalogShow(show: CatalogShow, tx: Tx | typeof db = db) {
  return ensureShow(
    {
      key: show.key,
      kind: show.kind,
      title: show.title,
      normTitle: normaliseTitle(show.title),
      year: show.year,
      genre: show.genre ?? null,
      venue: show.venue ?? null,
      runStart: dateOnly(show.runStart),
      runEnd: dateOnly(show.runEnd),
      posterUrl: show.posterUrl ?? null,
    },
    tx,
  );
}

export interface ShowInput {
  /** A key from the catalog search (or of an existing show); without one, the title decides. */
  catalogKey?: string | null;
  title: string;
  kind: ShowKind;
  /** The visit's day: 'YYYY-MM-DD', or a DATE column's value. */
  date: string | Date;
}

const unknownShow = () => new AppError('validation_failed', 'shows.errors.unknownShow');

/**
 * The Show row a piece belongs to (created on first use). With a catalog key the show is
 * the catalog's (its kind wins over `kind`); an unknown key is a 422. When a provider
 * cannot be asked right now, the piece still gets a show: the one its title means.
 * A provider key may mean a network call (≤ the catalog timeout, usually a KV hit): call
 * this before opening a transaction when you can.
 */
export async function resolveShow(input: ShowInput, tx: Tx | typeof db = db, catalog: ShowCatalog = showCatalog()) {
  const day = typeof input.date === 'string' ? input.date : input.date.toISOString().slice(0, 10);
  if (!isCalendarDate(day)) throw new AppError('validation_failed', 'validation.date');
  const key = input.catalogKey?.trim();
  if (key) {
    const existing = await tx.show.findUnique({ where: { key } });
    if (existing) return existing;
    if (!CATALOG_KEY.test(key)) throw unknownShow();
    let show: CatalogShow | null;
    try {
      show = await catalog.get(key);
    } catch (err) {
      console.warn(`[moa] show catalog: could not look up ${key}, using the typed title:`, (err as Error).message);
      return resolveTitle(input, day, tx);
    }
    if (!show) throw unknownShow();
    return upsertCatalogShow(show, tx);
  }
  return resolveTitle(input, day, tx);
}

function resolveTitle(input: ShowInput, day: string, tx: Tx | typeof db) {
  if (!normaliseTitle(input.title)) throw new AppError('validation_failed', 'shows.errors.titleUnusable');
  const match = matchBundled({ title: input.title, kind: input.kind, day });
  if (match) return upsertCatalogShow(match, tx);
  return resolveTypedShow({ kind: input.kind, title: input.title, year: Number(day.slice(0, 4)) }, tx);
}
