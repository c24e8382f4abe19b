'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { TitleBadge } from '@/components/pieces/title-badge';
import { Avatar } from '@/components/ui/avatar';
import type { CakePieceDto } from '@/lib/shows/cake-schemas';
import { useLike } from '@/lib/shows/cake-queries';
import { ReportForm } from './report-form';

const stars = (halves: number) => (halves / 2).toFixed(1);

/** A public piece on a cake (or in my liked list): who, when, rating, review, likes. */
export function PieceCard({ piece, heading }: { piece: CakePieceDto; heading?: React.ReactNode }) {
  const t = useTranslations('cakes.pieces');
  const like = useLike();
  const [reporting, setReporting] = useState(false);
  const liked = like.isPending ? !piece.liked : piece.liked;
  return (
    <li className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm" data-testid="piece-card" data-piece-id={piece.id}>
      {heading}
      <div className="flex items-center gap-2">
        <Avatar url={piece.owner.avatarUrl} name={piece.owner.displayName} size={36} />
        <div className="min-w-0 flex-1">
          <p className="flex min-w-0 items-center gap-1.5 text-sm font-semibold">
            <span className="truncate">{piece.owner.displayName}</span>
            <TitleBadge titleId={piece.owner.titleId} />
            {piece.mine && <span className="ml-2 rounded-full bg-grape-50 px-2 py-0.5 text-xs text-grape-700">{t('mine')}</span>}
          </p>
          <p className="text-xs text-neutral-600">{piece.date}</p>
        </div>
        <p className="text-sm font-bold text-grape-700" aria-label={piece.rating ? t('rating', { stars: stars(piece.rating) }) : t('noRating')}>
          {piece.rating ? `★ ${stars(piece.rating)}` : ''}
        </p>
      </div>
      <div className="flex gap-3">
        {/* eslint-disable-next-line @next/next/no-img-element -- the piece's photo route or the show's art */}
        <img src={piece.thumbUrl} alt="" loading="lazy" className="aspect-[2/3] w-16 shrink-0 rounded-lg bg-grape-100 object-cover" />
        {piece.review && <p className="line-clamp-5 min-w-0 whitespace-pre-line break-keep text-sm text-neutral-800">{piece.review}</p>}
      </div>
      <div className="flex flex-wrap items-center gap-1">
        <button
          type="button"
          disabled={piece.mine || like.isPending}
          aria-pressed={liked}
          aria-label={`${liked ? t('unlike') : t('like')} · ${t('likeCount', { count: piece.likeCount })}`}
          onClick={() => like.mutate({ pieceId: piece.id, like: !piece.liked })}
          className="flex min-h-11 items-center gap-1 rounded-full px-3 text-sm font-semibold text-grape-700 hover:bg-grape-50 disabled:cursor-default disabled:hover:bg-transparent"
          data-testid="like-button"
        >
          <span aria-hidden className="text-lg">{liked ? '♥' : '♡'}</span>
          <span data-testid="like-count">{piece.likeCount}</span>
        </button>
        <Link href={`/pieces/${piece.id}`} className="flex min-h-11 items-center rounded-full px-3 text-sm font-semibold text-grape-700 hover:bg-grape-50">{t('open')}</Link>
        {!piece.mine && (
          <button type="button" className="ml-auto flex min-h-11 items-center rounded-full px-3 text-xs text-neutral-500 hover:bg-neutral-100" aria-expanded={reporting} onClick={() => setReporting(!reporting)}>
            {t('report')}
          </button>
        )}
      </div>
      {like.error && <p role="alert" className="text-sm text-red-700">{like.error.message}</p>}
      {reporting && <ReportForm target="PIECE" targetId={piece.id} onDone={() => setReporting(false)} onCancel={() => setReporting(false)} />}
    </li>
  );
}
