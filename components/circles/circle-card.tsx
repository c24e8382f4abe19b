'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { FamilySummaryDto } from '@/lib/board/schemas';
import type { CircleDto, CircleMemberDto } from '@/lib/circles/schemas';
import { DisconnectCountdown } from './countdown';
import { FamilyCardSummary } from './family-card-summary';
import { CoupleCardSummary } from '@/components/couple/couple-card-summary';

export function useMemberLabel(userId: string) {
  const t = useTranslations();
  const role = { PARENT: t('home.parent'), CHILD: t('home.child'), PARTNER: t('home.partner') };
  return (m: CircleMemberDto) => {
    const name = m.deleted ? t('me.deletedUser') : m.displayName;
    return `${name}${m.id === userId ? ` (${t('circles.you')})` : ''} · ${role[m.role]}`;
  };
}

/** A couple is named after the partner; a family by its own name. */
export function useCircleTitle(userId: string) {
  const t = useTranslations();
  return (c: CircleDto) => {
    if (c.kind === 'FAMILY') return c.name;
    const partner = c.members.find((m) => m.id !== userId);
    if (!partner) return t('couple.partnerLeft');
    return t('couple.title', { name: partner.deleted ? t('me.deletedUser') : partner.displayName });
  };
}

interface CardProps {
  circle: CircleDto;
  userId: string;
  receivedAt: number;
  /** Family circles: the server-rendered board and missions summary. */
  familySummary?: FamilySummaryDto;
}

export function CircleCard({ circle, userId, receivedAt, familySummary }: CardProps) {
  const t = useTranslations();
  const label = useMemberLabel(userId);
  const title = useCircleTitle(userId)(circle);
  return (
    <Link
      href={`/circles/${circle.id}`}
      data-testid="circle-card"
      className="block rounded-2xl bg-white p-5 shadow-sm outline-offset-2 transition-shadow hover:shadow-md focus-visible:outline-2 focus-visible:outline-grape-600"
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-grape-600">
        {circle.kind === 'FAMILY' ? t('home.family') : t('home.couple')}
      </p>
      <h3 className="mt-1 text-lg font-bold">{title}</h3>
      <p className="mt-1 text-sm text-neutral-600">{t('home.members', { count: circle.members.length })}</p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {circle.members.map((m) => (
          <li key={m.id} className="rounded-full bg-grape-50 px-3 py-1 text-sm text-grape-800">
            {label(m)}
          </li>
        ))}
      </ul>
      {circle.kind === 'FAMILY' && <FamilyCardSummary circleId={circle.id} userId={userId} initial={familySummary} />}
      {circle.kind === 'COUPLE' && <CoupleCardSummary circleId={circle.id} />}
      {circle.disconnect && (
        <div className="mt-3 text-sm">
          <DisconnectCountdown disconnect={circle.disconnect} receivedAt={receivedAt} />
        </div>
      )}
    </Link>
  );
}
