'use client';

import Link from 'next/link';
import { FamilyToolsNav } from '@/components/family/family-tools-nav';
import { CoupleHome } from '@/components/couple/couple-home';
import { CoupleToolsNav } from '@/components/couple/couple-tools-nav';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { ApiError } from '@/lib/api-client';
import { useCircle, useCirclesLive } from '@/lib/circles/queries';
import type { CircleDetailDto } from '@/lib/circles/schemas';
import { useCircleTitle, useMemberLabel } from './circle-card';
import { DisconnectPanel } from './disconnect-panel';
import { InvitePanel } from './invite-panel';

/** A circle's page. When the circle goes away (a couple dissolved), it returns Home. */
export function CircleView({ userId, initial }: { userId: string; initial: CircleDetailDto }) {
  const t = useTranslations();
  const router = useRouter();
  useCirclesLive(userId, initial.id);
  const query = useCircle(initial.id, initial);
  const gone = query.error instanceof ApiError && query.error.status === 404;
  useEffect(() => {
    if (gone) router.replace('/');
  }, [gone, router]);
  const title = useCircleTitle(userId);
  const label = useMemberLabel(userId);
  const circle = query.data;
  if (gone || !circle) return <p role="status">{t('circles.gone')}</p>;

  return (
    <div className="flex flex-col gap-5">
      <Link href="/" className="inline-flex min-h-12 items-center self-start font-semibold text-grape-700 underline">
        ← {t('circles.backHome')}
      </Link>
      <div>
        <p className="text-xs font-semibold uppercase tracking-wide text-grape-600">
          {circle.kind === 'FAMILY' ? t('home.family') : t('home.couple')}
        </p>
        <h1 className="text-2xl font-bold">{title(circle)}</h1>
      </div>
      {query.isError && <FormError message={t('circles.loadFailed')} />}
      {circle.kind === 'FAMILY' && <FamilyToolsNav circleId={circle.id} />}
      {circle.kind === 'COUPLE' && <CoupleToolsNav circleId={circle.id} />}
      {circle.roomId && (
        <Link href={`/chat/${circle.roomId}`} className="inline-flex min-h-12 items-center justify-center rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">
          {t('circles.openRoom')}
        </Link>
      )}
      {circle.kind === 'COUPLE' && <CoupleHome circleId={circle.id} />}
      <section aria-labelledby="members-heading" className="rounded-2xl bg-white p-5 shadow-sm">
        <h2 id="members-heading" className="text-lg font-bold">
          {circle.kind === 'FAMILY' ? t('family.membersTitle') : t('home.members', { count: circle.members.length })}
        </h2>
        <ul className="mt-3 flex flex-col gap-2" data-testid="circle-members">
          {circle.members.map((m) => (
            <li key={m.id} className="rounded-xl bg-grape-50 px-4 py-3">{label(m)}</li>
          ))}
        </ul>
      </section>
      {circle.kind === 'FAMILY' &&
        (circle.myRole === 'PARENT' ? (
          <InvitePanel circleId={circle.id} invites={circle.invites} />
        ) : (
          <p className="text-sm text-neutral-600">{t('family.askParent')}</p>
        ))}
      {circle.kind === 'COUPLE' && (
        <div id="disconnect" className="scroll-mt-4">
          <DisconnectPanel circle={circle} userId={userId} receivedAt={query.dataUpdatedAt} />
        </div>
      )}
    </div>
  );
}
