'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { useCoupleLive, useCoupleOverview } from '@/lib/couple/queries';

/** Inside a couple card on Home: days together and the next D-Day, live. */
export function CoupleCardSummary({ circleId }: { circleId: string }) {
  const t = useTranslations('coupleTools.home');
  const { data } = useCoupleOverview(circleId);
  if (!data) return null;
  const next = data.dDays[0];
  return (
    <div className="mt-3 flex flex-col gap-1 text-sm" data-testid="couple-summary">
      {data.daysTogether !== null && <p className="text-base font-bold text-grape-700">{t('daysTogether', { days: data.daysTogether.toLocaleString() })}</p>}
      {next && <p className="text-neutral-700">{t('nextDDay', { title: next.title, label: next.label })}</p>}
    </div>
  );
}

/** Under a couple card on Home: the question waiting for my answer, opening the room at its card. */
export function CoupleWaitingLink({ circleId }: { circleId: string }) {
  const t = useTranslations('coupleTools');
  useCoupleLive(circleId);
  const { data } = useCoupleOverview(circleId);
  const q = data?.waitingQuestion;
  if (!q || !data.roomId) return null;
  return (
    <Link
      href={`/chat/${data.roomId}${q.cardSeq ? `?seq=${q.cardSeq}` : ''}`}
      data-testid="home-waiting-question"
      className="mt-2 flex min-h-12 flex-col justify-center rounded-2xl border-2 border-grape-300 bg-grape-50 px-5 py-3 hover:bg-grape-100"
    >
      <span className="font-semibold text-grape-800">{t('home.waitingQuestion')}</span>
      <span className="text-sm text-neutral-700">“{q.text}”</span>
    </Link>
  );
}
