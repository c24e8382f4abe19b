'use client';

import { useTranslations } from 'use-intl';
import { useCirclesLive, useMyCircles } from '@/lib/circles/queries';
import type { FamilySummaryDto } from '@/lib/board/schemas';
import type { CircleDto, CoupleRequestsDto } from '@/lib/circles/schemas';
import { CircleCard } from './circle-card';
import { CoupleWaitingLink } from '@/components/couple/couple-card-summary';
import { CouplePanel } from './couple-requests';
import { CreateFamilyForm, JoinFamilyForm } from './family-forms';

interface Props {
  userId: string;
  loginId: string;
  initialCircles: CircleDto[];
  initialRequests: CoupleRequestsDto;
  /** Family circles' summaries by circle id, rendered on the server. */
  familySummaries: Record<string, FamilySummaryDto>;
}

/**
 * Home: my circles as cards, then the ways to connect. Without a couple the couple
 * request form and the request lists are shown; everything updates live.
 */
export function HomeView({ userId, loginId, initialCircles, initialRequests, familySummaries }: Props) {
  const t = useTranslations();
  useCirclesLive(userId);
  const circles = useMyCircles(initialCircles);
  const list = circles.data ?? [];
  const paired = list.some((c) => c.kind === 'COUPLE');
  return (
    <>
      {list.length > 0 && (
        <section aria-labelledby="my-circles-heading" className="flex flex-col gap-3">
          <h2 id="my-circles-heading" className="text-lg font-bold">{t('circles.myCircles')}</h2>
          <ul className="grid gap-4 sm:grid-cols-2">
            {list.map((c) => (
              <li key={c.id}>
                <CircleCard circle={c} userId={userId} receivedAt={circles.dataUpdatedAt} familySummary={familySummaries[c.id]} />
                {c.kind === 'COUPLE' && <CoupleWaitingLink circleId={c.id} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="connect-heading" className="flex flex-col gap-4">
        <div>
          <h2 id="connect-heading" className="text-lg font-bold">
            {list.length ? t('circles.connectMore') : t('circles.connectTitle')}
          </h2>
          {list.length === 0 && (
            <>
              <p className="mt-1 font-semibold">{t('home.emptyTitle')}</p>
              <p className="text-sm text-neutral-600">{t('home.emptyBody')}</p>
            </>
          )}
        </div>
        {!paired && <CouplePanel loginId={loginId} initialRequests={initialRequests} />}
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <JoinFamilyForm />
          <CreateFamilyForm />
        </div>
      </section>
    </>
  );
}
