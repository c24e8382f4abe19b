'use client';

import { useTranslations } from 'use-intl';
import type { CakeStatsDto } from '@/lib/shows/cake-schemas';

const stars = (halves: number) => (halves / 2).toFixed(1).replace(/\.0$/, '');

/** Average and a half-star histogram (5 ★ on top), one bar per bucket. */
export function RatingHistogram({ stats }: { stats: CakeStatsDto }) {
  const t = useTranslations('cakes');
  const max = Math.max(1, ...stats.histogram);
  return (
    <section className="rounded-2xl bg-white p-5 shadow-sm" aria-labelledby="cake-stats" data-testid="cake-stats">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="cake-stats" className="text-lg font-bold">{t('stats.title')}</h2>
        <p className="text-sm text-neutral-600">{t('pieceCount', { count: stats.pieceCount })}</p>
      </div>
      {stats.averageRating === null ? (
        <p className="mt-2 text-sm text-neutral-600">{t('stats.noRatings')}</p>
      ) : (
        <>
          <p className="mt-1 text-2xl font-extrabold text-grape-700" data-testid="cake-average">{t('stats.average', { rating: (stats.averageRating / 2).toFixed(1) })}</p>
          <p className="text-xs text-neutral-600">{t('stats.ratedCount', { count: stats.ratedCount })}</p>
          <ol className="mt-3 flex flex-col gap-1" aria-label={t('stats.histogramLabel')}>
            {stats.histogram.map((n, i) => ({ n, halves: i + 1 })).reverse().map(({ n, halves }) => (
              <li key={halves} className="flex items-center gap-2 text-xs" aria-label={t('stats.bucket', { stars: stars(halves), count: n })}>
                <span aria-hidden className="w-8 shrink-0 text-right tabular-nums text-neutral-600">{stars(halves)}</span>
                <span aria-hidden className="h-3 flex-1 overflow-hidden rounded-full bg-grape-50">
                  <span className="block h-full rounded-full bg-grape-500" style={{ width: `${(n / max) * 100}%` }} />
                </span>
                <span aria-hidden className="w-6 shrink-0 tabular-nums text-neutral-600">{n}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
