'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { useLikedPieces } from '@/lib/shows/cake-queries';
import type { LikedPieceDto } from '@/lib/shows/cake-schemas';
import { PieceCard } from './piece-card';
import { MoreButton } from './more-button';

/** 찜한 조각: public pieces I liked, the latest like first, each with its cake. */
export function LikedList() {
  const t = useTranslations('cakes');
  const query = useLikedPieces();
  const pieces = (query.data?.pages.flatMap((p) => p.pieces) ?? []) as LikedPieceDto[];
  return (
    <div className="flex flex-col gap-3">
      {query.isPending && <p role="status" className="text-sm text-neutral-500">{t('loading')}</p>}
      {query.isError && <FormError message={query.error.message || t('loadFailed')} />}
      {query.isSuccess && pieces.length === 0 && (
        <EmptyState title={t('liked.emptyTitle')} body={t('liked.emptyBody')}>
          <Link href="/cakes" className="inline-flex min-h-12 items-center rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">{t('liked.browse')}</Link>
        </EmptyState>
      )}
      <ul className="grid gap-3 md:grid-cols-2" data-testid="liked-list">
        {pieces.map((p) => (
          <PieceCard
            key={p.id}
            piece={p}
            heading={<Link href={`/cakes/${p.showId}`} className="self-start text-sm font-bold text-grape-700 hover:underline">{t('liked.show', { title: p.showTitle })}</Link>}
          />
        ))}
      </ul>
      <MoreButton query={query} />
    </div>
  );
}
