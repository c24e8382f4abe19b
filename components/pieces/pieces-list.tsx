'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { usePieceList, usePiecesLive } from '@/lib/pieces/queries';
import type { PieceKind } from '@/lib/pieces/schemas';
import { KindChips } from './kind-chips';
import { PieceRow } from './piece-row';

/** All my pieces, newest visit first, filtered by kind, a page at a time. */
export function PiecesList({ userId }: { userId: string }) {
  const t = useTranslations('pieces.list');
  const tp = useTranslations('pieces');
  usePiecesLive(userId);
  const [kind, setKind] = useState<PieceKind | null>(null);
  const query = usePieceList(kind);
  const pieces = query.data?.pages.flatMap((p) => p.pieces) ?? [];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex items-end justify-between gap-3">
        <KindChips label={t('filterLabel')} value={kind} onChange={setKind} allLabel={t('all')} />
      </div>
      {query.isError && <FormError message={tp('loadFailed')} />}
      {query.isPending ? (
        <p role="status" className="text-sm text-neutral-600">{tp('loading')}</p>
      ) : pieces.length === 0 ? (
        <div className="flex flex-col items-start gap-3 rounded-2xl bg-white p-5 shadow-sm">
          <p className="text-neutral-700">{t('empty')}</p>
          <Link href="/pieces/new" className="inline-flex min-h-11 items-center rounded-xl bg-grape-600 px-4 font-semibold text-white hover:bg-grape-700">{tp('record')}</Link>
        </div>
      ) : (
        <>
          <ul className="flex flex-col gap-2" aria-label={t('title')}>
            {pieces.map((p) => <PieceRow key={p.id} piece={p} />)}
          </ul>
          <p className="text-sm text-neutral-600" aria-live="polite">{t('count', { count: pieces.length })}</p>
          {query.hasNextPage && (
            <Button type="button" variant="secondary" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
              {query.isFetchingNextPage ? tp('loading') : t('more')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
