'use client';

import { useTranslations } from 'use-intl';
import type { WishDto } from '@/lib/board/schemas';
import { GiftImage } from './gift-image';

const BADGE: Record<WishDto['status'], string> = {
  WISHED: 'bg-neutral-100 text-neutral-700',
  ON_BOARD: 'bg-grape-100 text-grape-800',
  GIVEN: 'bg-green-100 text-green-800',
};

/** One wish: picture, name, price, where it stands, and the actions the viewer has. */
export function WishRow({ wish, children }: { wish: WishDto; children?: React.ReactNode }) {
  const t = useTranslations('wishlist');
  return (
    <li className="flex flex-col gap-3 rounded-xl border border-neutral-200 bg-white p-3" data-testid="wish" data-wish-id={wish.id} data-status={wish.status}>
      <div className="flex items-center gap-3">
        <GiftImage url={wish.imageUrl} size={56} />
        <div className="min-w-0 flex-1">
          <p className="font-semibold break-words">{wish.name}</p>
          <p className="text-sm text-neutral-600">
            {wish.price !== null ? t('price', { price: wish.price }) : t('noPrice')}
            {wish.link && (
              <>
                {' · '}
                <a href={wish.link} target="_blank" rel="noopener noreferrer" className="whitespace-nowrap font-semibold text-grape-700 underline">
                  {t('viewInShop')}
                </a>
              </>
            )}
          </p>
        </div>
        <span className={`shrink-0 rounded-full px-3 py-1 text-xs font-semibold ${BADGE[wish.status]}`}>{t(`status.${wish.status}`)}</span>
      </div>
      {children}
    </li>
  );
}
