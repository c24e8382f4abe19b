'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { useYearStats } from '@/lib/pieces/stats-queries';
import { ShareCard } from './share-card';
import { StatsSections } from './stats-sections';
import { TitlesGrid } from './titles-grid';
import { YearPicker } from './year-picker';

/** 나만의 공간: a year's statistics and card, then my titles. */
export function StatsView({ initialYear, name }: { initialYear: number; name: string }) {
  const t = useTranslations('titles');
  const [year, setYear] = useState(initialYear);
  const query = useYearStats(year);
  const stats = query.data;
  const pick = (y: number) => {
    setYear(y);
    window.history.replaceState(null, '', `?year=${y}`);
  };
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <Link href="/pieces" className="inline-flex min-h-11 items-center self-start font-semibold text-grape-700 underline">← {t('page.back')}</Link>
        <h1 className="text-2xl font-bold">{t('page.title')}</h1>
        <p className="text-sm text-neutral-700">{t('page.intro')}</p>
      </div>
      <YearPicker year={year} years={stats?.years ?? [initialYear]} onChange={pick} />
      {query.isPending && <p role="status" className="text-sm text-neutral-600">{t('page.loading')}</p>}
      {query.isError && <FormError message={t('page.loadFailed')} />}
      {stats && stats.year === year && (
        stats.total === 0 ? (
          <EmptyState title={t('stats.emptyTitle', { year })} body={t('stats.emptyBody')} />
        ) : (
          <>
            <StatsSections stats={stats} />
            <ShareCard stats={stats} name={name} />
          </>
        )
      )}
      <TitlesGrid />
    </div>
  );
}
