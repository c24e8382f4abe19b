// Which show (cake) a piece belongs to: the one place pieces ask lib/shows. A catalog
// pick resolves by its key; a typed title meets a bundled show of the same kind and
// time, or the other people who typed the same title that year.
import type { Tx } from '@/lib/db';
import { resolveShow } from '@/lib/shows/service';
import type { PieceKind } from './schemas';

export interface ShowRef {
  /** A catalog show picked in the form ("bundled:…", "kopis:…", "kobis:…"). */
  catalogKey?: string | null;
  title: string;
  kind: PieceKind;
  /** YYYY-MM-DD of the visit. */
  date: string;
}

export async function showForPiece(ref: ShowRef, tx: Tx) {
  return resolveShow({ catalogKey: ref.catalogKey ?? undefined, title: ref.title, kind: ref.kind, date: ref.date }, tx);
}
