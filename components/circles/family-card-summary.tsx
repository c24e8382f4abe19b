'use client';

import { useTranslations } from 'use-intl';
import { useFamilySummary } from '@/lib/board/queries';
import type { ChildSummaryDto, FamilySummaryDto } from '@/lib/board/schemas';

/** Inside a family card on Home: each child's board progress and today's missions, live. */
export function FamilyCardSummary({ circleId, userId, initial }: { circleId: string; userId: string; initial?: FamilySummaryDto }) {
  const t = useTranslations('home.familySummary');
  const { data } = useFamilySummary(circleId, userId, initial);
  if (!data) return null;
  if (!data.children.length) return <p className="mt-3 text-sm text-neutral-600">{t('noChildren')}</p>;
  return (
    <ul className="mt-3 flex flex-col gap-2" aria-label={t('label')}>
      {data.children.map((c) => (
        <ChildLine key={c.child.id} summary={c} />
      ))}
    </ul>
  );
}

function ChildLine({ summary: { child, board, missions } }: { summary: ChildSummaryDto }) {
  const t = useTranslations('home.familySummary');
  return (
    <li
      data-testid="family-child-summary"
      data-child={child.id}
      data-given={board?.given ?? ''}
      data-attached={board?.attached ?? ''}
      data-goal={board?.goal ?? ''}
      data-missions={missions?.todo ?? ''}
      className="rounded-xl bg-grape-50 px-3 py-2 text-sm"
    >
      <p className="font-semibold text-grape-900">{child.displayName}</p>
      {board ? (
        <>
          <p className="text-neutral-800">
            {board.status === 'GIFT_TIME' ? t('giftTime', { gift: board.wish.name }) : t('board', { gift: board.wish.name })}
          </p>
          <div
            role="progressbar"
            aria-label={t('progressLabel', { name: child.displayName })}
            aria-valuemin={0}
            aria-valuemax={board.goal}
            aria-valuenow={board.attached}
            aria-valuetext={t('progress', { attached: board.attached, given: board.given, goal: board.goal })}
            className="mt-1 h-2 overflow-hidden rounded-full bg-white"
          >
            <div className="h-full rounded-full bg-grape-600" style={{ width: `${Math.round((board.attached / board.goal) * 100)}%` }} />
          </div>
          <p className="mt-1 text-neutral-700">{t('progress', { attached: board.attached, given: board.given, goal: board.goal })}</p>
        </>
      ) : (
        <p className="text-neutral-600">{t('noBoard')}</p>
      )}
      {missions && (
        <p className="text-neutral-700">
          {missions.todo ? t('missionsToday', { count: missions.todo }) : t('noMissionsToday')}
          {missions.awaiting > 0 && ` · ${t('awaiting', { count: missions.awaiting })}`}
        </p>
      )}
    </li>
  );
}
