// What the piece page passes to the look picker and the share panel (the owner's view).
import { artAvailable } from '@/lib/pieces/art/service';
import { lookOf, ticketDataFromRow } from '@/lib/pieces/render/source';
import { ownTicketRow, shareDto } from './service';

/**
 * Props for <LookPicker> (add `onChange`) and <SharePanel>, for the piece's owner; 404
 * for anyone else. The preview's pictures are data URLs sized for a page, not for print.
 */
export async function ticketPanelProps(ownerId: string, pieceId: string) {
  const row = await ownTicketRow(ownerId, pieceId);
  const data = await ticketDataFromRow(row, 'preview');
  return {
    look: { pieceId, data, ...lookOf(row), aiArt: artAvailable() },
    share: { pieceId, title: row.title, initial: shareDto(row) },
  };
}
