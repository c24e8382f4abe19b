'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { useBoards, useFamilyLive, useWishes } from '@/lib/board/queries';
import type { BoardsDto, WishesDto } from '@/lib/board/schemas';
import { FamilyPageHeader } from './family-page-header';
import { MyWishlist } from './my-wishlist';
import { ParentWishlists } from './parent-wishlists';

interface Props {
  circleId: string;
  me: { id: string; role: 'PARENT' | 'CHILD' };
  initialWishes: WishesDto;
  initialBoards: BoardsDto;
}

/** A child finds and keeps gifts; a parent sees each child's list and starts a board from it. */
export function WishlistView({ circleId, me, initialWishes, initialBoards }: Props) {
  const t = useTranslations('wishlist');
  useFamilyLive(circleId, me);
  const wishes = useWishes(circleId, initialWishes);
  const boards = useBoards(circleId, initialBoards);
  const wishData = wishes.data ?? initialWishes;
  const boardData = boards.data ?? initialBoards;

  return (
    <div className="flex flex-col gap-5">
      <FamilyPageHeader circleId={circleId} title={t('title')} tool="wishlist" />
      {(wishes.isError || boards.isError) && <FormError message={t('loadFailed')} />}
      {wishData.children.length === 0 ? (
        <EmptyState title={t('noChildrenTitle')} body={t('noChildrenBody')}>
          <Link href={`/circles/${circleId}`} className="inline-flex min-h-12 items-center font-semibold text-grape-700 underline">
            {t('toFamily')}
          </Link>
        </EmptyState>
      ) : me.role === 'CHILD' ? (
        <MyWishlist circleId={circleId} wishes={wishData.children[0]?.wishes ?? []} board={boardData.children.find((c) => c.child.id === me.id)?.board ?? null} />
      ) : (
        <ParentWishlists circleId={circleId} wishes={wishData} boards={boardData} />
      )}
    </div>
  );
}
