'use client';

// Spots on the piece page that the ticket work fills in (h-render):
//   • TicketSlot — the rendered ticket with the look picker: render
//     `<LookPicker piece={piece} />` from components/pieces/look-picker.tsx here.
//   • ShareSlot — share link, save image, Web Share: render
//     `<SharePanel piece={piece} />` from components/pieces/share-panel.tsx here (owner only;
//     the page passes `piece.isMine`).
// Until then they render nothing, and the page shows the main photo in the ticket's place.
import type { PieceDto } from '@/lib/pieces/schemas';

export function TicketSlot(_props: { piece: PieceDto }) {
  return null;
}

export function ShareSlot(_props: { piece: PieceDto }) {
  return null;
}
