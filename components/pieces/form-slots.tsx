'use client';

// Spots in the piece form that other parts of the 조각 work fill in. Each receives what
// the form does with its result, already wired and tested (lib/pieces/form.ts applyPrefill):
//   • ScanSlot — the ticket scan: render `<ScanButton onResult={onResult} />` from
//     components/pieces/scan-button.tsx here ("사진으로 채우기"). `onResult(fields, file)`
//     fills the fields the scan found and makes the photo the main photo if there is none.
//   • ShowSearchSlot — the poster search by title: render `<ShowSearch onPick={onPick} />`
//     from components/shows/show-search.tsx here. `onPick(show)` fills title, kind and venue
//     and sends the show's catalog key with the piece.
import type { PieceFormPrefill } from '@/lib/pieces/form';
import type { PieceKind } from '@/lib/pieces/schemas';
import { ShowSearch } from '@/components/shows/show-search';
import { ScanButton } from './scan-button';

export interface PickedShow {
  /** The catalog key (Show.key): the piece meets this show's cake. */
  key: string;
  title: string;
  kind: PieceKind;
  venue?: string | null;
}

export function ScanSlot({ onResult }: { onResult: (fields: PieceFormPrefill, file: File) => void }) {
  return (
    <ScanButton
      onResult={(f, file) =>
        // Fields the scan was not sure of come back empty and leave what was typed.
        onResult(
          {
            title: f.title.value ?? undefined, date: f.date.value ?? undefined, time: f.time.value ?? undefined,
            venue: f.venue.value ?? undefined, seat: f.seat.value ?? undefined, price: f.price.value, kind: f.kind.value ?? undefined,
          },
          file,
        )
      }
    />
  );
}

export function ShowSearchSlot({ onPick }: { onPick: (show: PickedShow) => void }) {
  return <ShowSearch onPick={(show) => onPick({ key: show.key, title: show.title, kind: show.kind, venue: show.venue ?? null })} />;
}
