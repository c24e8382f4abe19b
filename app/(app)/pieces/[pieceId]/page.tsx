import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { loadPiecePage } from '@/lib/pieces/page-data';
import { ticketPanelProps } from '@/lib/pieces/share/panel';
import { PieceView } from '@/components/pieces/piece-view';

type Props = { params: Promise<{ pieceId: string }> };

export async function generateMetadata({ params }: Props) {
  const user = await requirePageUser();
  const piece = await loadPiecePage(user.id, await params);
  return { title: piece?.title ?? (await getT())('pieces.title') };
}

// /pieces/[pieceId] — one piece: mine (with edit and delete) or someone's public piece
export default async function PiecePage({ params }: Props) {
  const user = await requirePageUser();
  const piece = await loadPiecePage(user.id, await params);
  if (!piece) notFound();
  const panel = piece.isMine ? await ticketPanelProps(user.id, piece.id) : null;
  return (
    <div className="mx-auto w-full max-w-3xl">
      <PieceView initial={piece} panel={panel} />
    </div>
  );
}
