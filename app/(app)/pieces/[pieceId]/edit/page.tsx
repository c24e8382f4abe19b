import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/accounts/session';
import { getT } from '@/lib/i18n/server';
import { fromPiece } from '@/lib/pieces/form';
import { loadPiecePage } from '@/lib/pieces/page-data';
import { PieceForm } from '@/components/pieces/piece-form';

export async function generateMetadata() {
  return { title: (await getT())('pieces.form.editTitle') };
}

// /pieces/[pieceId]/edit — change my piece (anyone else: not found)
export default async function EditPiecePage({ params }: { params: Promise<{ pieceId: string }> }) {
  const user = await requirePageUser();
  const t = await getT();
  const piece = await loadPiecePage(user.id, await params);
  if (!piece?.isMine) notFound();
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-5">
      <h1 className="text-2xl font-bold">{t('pieces.form.editTitle')}</h1>
      <PieceForm initial={fromPiece(piece)} pieceId={piece.id} />
    </div>
  );
}

