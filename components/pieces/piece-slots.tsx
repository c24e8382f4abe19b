'use client';

// The ticket and its sharing on the piece page (the owner's view): the look picker with
// the live preview, and the share panel (link, save image, Web Share). Their data comes
// from the page (lib/pieces/share/panel.ts ticketPanelProps).
import { useRouter } from 'next/navigation';
import { api } from '@/lib/api-client';
import type { PieceDto } from '@/lib/pieces/schemas';
import type { ticketPanelProps } from '@/lib/pieces/share/panel';
import { LookPicker } from './look-picker';
import { SharePanel } from './share-panel';

export type TicketPanel = Awaited<ReturnType<typeof ticketPanelProps>>;

export function TicketSlot({ piece, panel }: { piece: PieceDto; panel?: TicketPanel | null }) {
  const router = useRouter();
  if (!piece.isMine || !panel) return null;
  return (
    <LookPicker
      {...panel.look}
      onChange={async (look) => {
        await api(`/api/pieces/${piece.id}`, { method: 'PATCH', json: look });
        router.refresh();
      }}
    />
  );
}

export function ShareSlot({ piece, panel }: { piece: PieceDto; panel?: TicketPanel | null }) {
  if (!piece.isMine || !panel) return null;
  return <SharePanel {...panel.share} />;
}
