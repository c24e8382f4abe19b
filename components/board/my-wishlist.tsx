'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useErrorText } from '@/components/circles/use-form';
import { useAddWish, useRemoveWish } from '@/lib/board/queries';
import type { BoardDto, CatalogItemDto, WishDto } from '@/lib/board/schemas';
import { CatalogSearch } from './catalog-search';
import { ManualWishForm } from './manual-wish-form';
import { WishRow } from './wish-row';

/** The child's page: search the catalog, add by hand, and my wishes. */
export function MyWishlist({ circleId, wishes, board }: { circleId: string; wishes: WishDto[]; board: BoardDto | null }) {
  const t = useTranslations('wishlist');
  const errorText = useErrorText();
  const add = useAddWish(circleId);
  const remove = useRemoveWish(circleId);
  const [status, setStatus] = useState<{ done?: string; error?: string }>({});
  const added = useMemo(() => new Set(wishes.filter((w) => w.status !== 'GIVEN' && w.sourceId).map((w) => w.sourceId!)), [wishes]);

  function onAdd(item: CatalogItemDto) {
    setStatus({});
    const source = item.id.startsWith('naver-') ? 'naver' : 'bundled';
    add.mutate(
      { name: item.name, price: item.price, link: item.link, imageUrl: item.imageUrl, source, sourceId: item.id },
      { onSuccess: ({ wish }) => setStatus({ done: t('addedStatus', { name: wish.name }) }), onError: (err) => setStatus({ error: errorText(err) }) },
    );
  }

  function onRemove(wish: WishDto) {
    setStatus({});
    remove.mutate(wish.id, { onSuccess: () => setStatus({ done: t('removedStatus', { name: wish.name }) }), onError: (err) => setStatus({ error: errorText(err) }) });
  }

  return (
    <>
      {board && (
        <p className="rounded-xl bg-grape-50 p-4 text-sm">
          {t('boardNow', { gift: board.wish.name })}{' '}
          <Link href={`/circles/${circleId}/board`} className="font-semibold text-grape-700 underline">{t('toBoard')}</Link>
        </p>
      )}
      <div aria-live="polite">
        {status.done && <p role="status" className="rounded-xl bg-grape-50 px-4 py-3 text-sm text-grape-800">{status.done}</p>}
        <FormError message={status.error} />
      </div>
      <section aria-labelledby="my-wishes" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
        <h2 id="my-wishes" className="text-lg font-bold">{t('mineTitle')}</h2>
        {wishes.length === 0 ? (
          <p className="text-sm text-neutral-600">{t('mineEmpty')}</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="my-wishes">
            {wishes.map((w) => (
              <WishRow key={w.id} wish={w}>
                {w.status === 'WISHED' && (
                  <Button type="button" variant="secondary" disabled={remove.isPending && remove.variables === w.id} aria-label={t('removeLabel', { name: w.name })} onClick={() => onRemove(w)}>
                    {t('remove')}
                  </Button>
                )}
              </WishRow>
            ))}
          </ul>
        )}
      </section>
      <CatalogSearch added={added} onAdd={onAdd} adding={add.isPending ? (add.variables?.sourceId ?? null) : null} />
      <ManualWishForm circleId={circleId} />
    </>
  );
}
