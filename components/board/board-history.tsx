'use client';

import { useFormatter, useTranslations } from 'use-intl';
import type { BoardDto } from '@/lib/board/schemas';
import { GiftImage } from './gift-image';
import type { UserBrief } from '@/lib/users/brief';

/** Finished boards, newest gift first. */
export function BoardHistory({ history, kids }: { history: BoardDto[]; kids: UserBrief[] }) {
  const t = useTranslations('board');
  const format = useFormatter();
  const nameOf = (id: string) => kids.find((c) => c.id === id)?.displayName ?? '';
  return (
    <section aria-labelledby="board-history" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
      <h2 id="board-history" className="text-lg font-bold">{t('historyTitle')}</h2>
      {history.length === 0 ? (
        <p className="text-sm text-neutral-600">{t('historyEmpty')}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="board-history">
          {history.map((b) => (
            <li key={b.id} className="flex items-center gap-3 rounded-xl bg-grape-50 p-3">
              <GiftImage url={b.wish.imageUrl} size={48} />
              <div className="min-w-0">
                <p className="font-semibold break-words">{b.wish.name}</p>
                <p className="text-xs text-neutral-600">
                  {t('historyLine', {
                    name: nameOf(b.childId),
                    date: b.giftGivenAt ? format.dateTime(new Date(b.giftGivenAt), { dateStyle: 'medium' }) : '',
                    goal: b.goal,
                  })}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
