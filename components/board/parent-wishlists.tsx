'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import type { BoardsDto, WishesDto } from '@/lib/board/schemas';
import { StartBoardForm } from './start-board-form';
import { WishRow } from './wish-row';

/** Each child's wishlist; a wished gift can start that child's board (one open board each). */
export function ParentWishlists({ circleId, wishes, boards }: { circleId: string; wishes: WishesDto; boards: BoardsDto }) {
  const t = useTranslations('wishlist');
  const [picking, setPicking] = useState<string | null>(null);
  return (
    <>
      {wishes.children.map(({ child, wishes: list }) => {
        const open = boards.children.find((c) => c.child.id === child.id)?.board ?? null;
        const headingId = `wishes-${child.id}`;
        return (
          <section key={child.id} aria-labelledby={headingId} className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm" data-testid="child-wishlist">
            <h2 id={headingId} className="text-lg font-bold">{t('childTitle', { name: child.displayName })}</h2>
            {open && (
              <p className="rounded-xl bg-grape-50 p-3 text-sm">
                {t('openBoard', { gift: open.wish.name, attached: open.attached, goal: open.goal })}{' '}
                <Link href={`/circles/${circleId}/board`} className="font-semibold text-grape-700 underline">{t('toBoard')}</Link>
              </p>
            )}
            {list.length === 0 ? (
              <p className="text-sm text-neutral-600">{t('childEmpty', { name: child.displayName })}</p>
            ) : (
              <ul className="flex flex-col gap-2">
                {list.map((w) => (
                  <WishRow key={w.id} wish={w}>
                    {w.status === 'WISHED' &&
                      (picking === w.id ? (
                        <StartBoardForm circleId={circleId} wish={w} onCancel={() => setPicking(null)} />
                      ) : (
                        <Button type="button" variant="secondary" disabled={!!open} onClick={() => setPicking(w.id)}>
                          {t('startBoard')}
                        </Button>
                      ))}
                  </WishRow>
                ))}
              </ul>
            )}
            {open && list.some((w) => w.status === 'WISHED') && <p className="text-xs text-neutral-600">{t('oneBoardAtATime')}</p>}
          </section>
        );
      })}
    </>
  );
}
