'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { CoupleToolsNav, type CoupleTool } from './couple-tools-nav';

/** Back to the couple, the page title and the couple's tools. */
export function CouplePageHeader({ circleId, title, tool }: { circleId: string; title: string; tool: CoupleTool }) {
  const t = useTranslations('circles');
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/circles/${circleId}`} className="inline-flex min-h-12 items-center self-start font-semibold text-grape-700 underline">
        ← {t('backToCouple')}
      </Link>
      <h1 className="text-2xl font-bold">{title}</h1>
      <CoupleToolsNav circleId={circleId} current={tool} />
    </div>
  );
}
