'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { useDayLabel } from '@/components/missions/mission-meta';
import type { PieceSummaryDto } from '@/lib/pieces/schemas';
import { PieceThumb } from './piece-thumb';
import { Stars } from './stars';

/** One piece in a list: poster or photo, title, kind, when and where, stars. Opens the piece. */
export function PieceRow({ piece }: { piece: PieceSummaryDto }) {
  const t = useTranslations('pieces');
  const dayLabel = useDayLabel();
  return (
    <li data-testid="piece-row">
      <Link href={`/pieces/${piece.id}`} className="flex items-center gap-3 rounded-xl bg-white p-2.5 shadow-sm hover:bg-grape-50">
        <PieceThumb piece={piece} className="h-16 w-12 shrink-0 rounded-md text-lg" />
        <span className="flex min-w-0 flex-1 flex-col gap-0.5">
          <span className="flex items-center gap-1.5">
            <span className="shrink-0 rounded-full bg-grape-100 px-2 py-0.5 text-xs font-semibold text-grape-800">{t(`kinds.${piece.kind}`)}</span>
            <span className="truncate font-semibold">{piece.title}</span>
          </span>
          <span className="truncate text-sm text-neutral-700">
            {dayLabel(piece.date)}{piece.time && ` ${piece.time}`}{piece.venue && ` · ${piece.venue}`}
          </span>
          <span className="flex items-center gap-2 text-xs text-neutral-600">
            {piece.rating !== null && <Stars rating={piece.rating} size={14} />}
            <span>{piece.isPublic ? t('public') : t('private')}</span>
          </span>
        </span>
      </Link>
    </li>
  );
}
