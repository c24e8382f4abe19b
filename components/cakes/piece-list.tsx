'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { useCakeLive, useCakePieces } from '@/lib/shows/cake-queries';
import type { PieceSort } from '@/lib/shows/cake-schemas';
import { Chips } from './chips';
import { PieceCard } from './piece-card';
import { MoreButton } from './more-button';

/** A cake's public pieces, newest or most liked, page by page; like counts live. */
export function PieceList({ showId }: { showId: string }) {
  const t = useTranslations('cakes');
  const [sort, setSort] = useState<PieceSort>('new');
  useCakeLive(showId);
  const query = useCakePieces(showId, sort);
  const pieces = query.data?.pages.flatMap((p) => p.pieces) ?? [];
  return (
    <section className="flex flex-col gap-3" aria-labelledby="cake-pieces">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="cake-pieces" className="text-lg font-bold">{t('pieces.title')}</h2>
        <Chips label={t('pieces.sortLabel')} name="sort" value={sort} options={(['new', 'liked'] as const).map((s) => ({ value: s, label: t(`pieces.sort.${s}`) }))} onChange={(s) => setSort(s as PieceSort)} />
      </div>
      {query.isPending && <p role="status" className="text-sm text-neutral-500">{t('loading')}</p>}
      {query.isError && <FormError message={query.error.message || t('loadFailed')} />}
      {query.isSuccess && pieces.length === 0 && <EmptyState title={t('pieces.emptyTitle')} body={t('pieces.emptyBody')} />}
      <ul className="grid gap-3 md:grid-cols-2" data-testid="piece-list">
        {pieces.map((p) => <PieceCard key={p.id} piece={p} />)}
      </ul>
      <MoreButton query={query} />
    </section>
  );
}
