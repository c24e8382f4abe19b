'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { PiecesHeader } from '@/components/pieces/pieces-header';
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
      <PiecesHeader current="stats" />
      <div className="flex flex-col gap-1">
        <h2 className="text-xl font-bold">{t('page.title')}</h2>
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
