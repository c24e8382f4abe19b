'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { FamilyToolsNav, type FamilyTool } from '@/components/family/family-tools-nav';

/** Back to the circle, the page title and the family's tools. */
export function FamilyPageHeader({ circleId, title, tool }: { circleId: string; title: string; tool: FamilyTool }) {
  const t = useTranslations('family.tools');
  return (
    <div className="flex flex-col gap-4">
      <Link href={`/circles/${circleId}`} className="inline-flex min-h-12 items-center self-start font-semibold text-grape-700 underline">
        ← {t('backToFamily')}
      </Link>
      <h1 className="text-2xl font-bold">{title}</h1>
      <FamilyToolsNav circleId={circleId} current={tool} />
    </div>
  );
}
