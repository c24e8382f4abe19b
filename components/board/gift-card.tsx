'use client';

import { useTranslations } from 'use-intl';
import type { WishDto } from '@/lib/board/schemas';
import { GiftImage } from './gift-image';

/** The gift a board is for: picture, name, price and the shop link when there is one. */
export function GiftCard({ wish }: { wish: WishDto }) {
  const t = useTranslations('wishlist');
  return (
    <div className="flex items-center gap-4 rounded-xl bg-grape-50 p-3" data-testid="gift-card">
      <GiftImage url={wish.imageUrl} size={72} />
      <div className="min-w-0">
        <p className="text-xs font-semibold text-grape-700">{t('giftLabel')}</p>
        <p className="font-bold break-words">{wish.name}</p>
        {wish.price !== null && <p className="text-sm text-neutral-700">{t('price', { price: wish.price })}</p>}
        {wish.link && (
          <a href={wish.link} target="_blank" rel="noopener noreferrer" className="text-sm font-semibold text-grape-700 underline">
            {t('viewInShop')}
          </a>
        )}
      </div>
    </div>
  );
}
