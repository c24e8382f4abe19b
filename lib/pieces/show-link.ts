// Which show (cake) a piece belongs to. The one place pieces ask lib/shows, so the
// catalog-aware `resolveShow({ catalogKey, title, kind, date }, tx)` replaces the typed
// lookup here in one line once it exists.
import type { Tx } from '@/lib/db';
import { resolveTypedShow } from '@/lib/shows/service';
import type { PieceKind } from './schemas';

export interface ShowRef {
  /** A catalog show picked in the form; ignored until lib/shows resolves catalog keys. */
  catalogKey?: string | null;
  title: string;
  kind: PieceKind;
  /** YYYY-MM-DD of the visit. */
  date: string;
}

/** The show for a piece's title, kind and year, created on first use. */
export async function showForPiece(ref: ShowRef, tx: Tx) {
  return resolveTypedShow({ kind: ref.kind, title: ref.title, year: Number(ref.date.slice(0, 4)) }, tx);
}
