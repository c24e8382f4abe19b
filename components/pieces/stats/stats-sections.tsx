'use client';

import { useLocale, useTranslations } from 'use-intl';
import type { YearStatsDto } from '@/lib/pieces/stats-schemas';
import { BarList, ChartCard, MonthColumns, SHORT_LABELS, type Bar } from './bar-list';

/** A headline number; `short` is what fits a third of a phone's width, `value` is read out in full. */
function Tile({ label, value, short = value, testId }: { label: string; value: string; short?: string; testId: string }) {
  return (
    <div className="flex flex-col gap-1 rounded-2xl bg-white p-3 shadow-sm sm:p-4">
      <dt className="text-xs text-neutral-600">{label}</dt>
      <dd className="text-lg font-bold tabular-nums sm:text-xl" data-testid={testId}>
        {short === value ? value : (
          <>
            <span aria-hidden className="sm:hidden">{short}</span>
            <span className="sr-only sm:not-sr-only">{value}</span>
          </>
        )}
      </dd>
    </div>
  );
}

/** A year's numbers: totals, then each breakdown as a labelled chart. */
export function StatsSections({ stats }: { stats: YearStatsDto }) {
  const t = useTranslations('titles');
  const locale = useLocale();
  const tag = locale === 'ko' ? 'ko-KR' : 'en-US';
  const num = new Intl.NumberFormat(tag);
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  const count = (n: number) => t('stats.count', { count: n });
  const won = (n: number) => t('stats.won', { amount: num.format(n) });
  const stars = (n: number) => t('stats.stars', { stars: num.format(n) });
  const month = (m: number) => t('stats.month', { month: m });
  const empty = t('stats.none');
  const named = (list: { name: string; count: number }[]): Bar[] => list.map((n) => ({ key: n.name, label: n.name, value: n.count, display: t('stats.times', { count: n.count }) }));

  return (
    <div className="flex flex-col gap-4">
      <h2 className="sr-only">{t('stats.summary', { year: stats.year })}</h2>
      <dl className="grid grid-cols-3 gap-2">
        <Tile label={t('stats.pieces')} value={count(stats.total)} testId="stat-total" />
        <Tile label={t('stats.spent')} value={won(stats.spending.total)} short={t('stats.won', { amount: compact.format(stats.spending.total) })} testId="stat-spent" />
        <Tile label={t('stats.average')} value={stats.rating.average === null ? t('stats.noRating') : stars(stats.rating.average)} testId="stat-average" />
      </dl>
      {/* Two balanced columns of cards on wide screens (CSS columns pack uneven heights). */}
      <div className="md:columns-2 md:gap-4">
        <ChartCard title={t('stats.byMonth')} testId="chart-months">
          <MonthColumns values={stats.byMonth.map((m) => m.count)} monthLabel={month} display={count} />
        </ChartCard>
        <ChartCard title={t('stats.byKind')} testId="chart-kinds">
          <BarList empty={empty} bars={stats.byKind.map((k) => ({ key: k.kind, label: t(`kinds.${k.kind}`), value: k.count, display: count(k.count) }))} />
        </ChartCard>
        <ChartCard title={t('stats.byGenre')} testId="chart-genres">
          <BarList empty={empty} bars={stats.byGenre.map((g) => ({ key: g.genre ?? '', label: g.genre ?? t('stats.genreUnknown'), value: g.count, display: count(g.count) }))} />
        </ChartCard>
        <ChartCard title={t('stats.ratings')} note={t('stats.ratedCount', { count: stats.rating.count })} testId="chart-ratings">
          <BarList empty={empty} bars={[...stats.rating.histogram].reverse().map((h) => ({ key: String(h.rating), label: stars(h.rating / 2), value: h.count, display: count(h.count) }))} />
        </ChartCard>
        <ChartCard title={t('stats.spending')} note={t('stats.pricedCount', { count: stats.spending.pricedCount })} testId="chart-spending">
          <BarList empty={empty} valueWidth="w-24" columns={SHORT_LABELS} bars={stats.byMonth.map((m) => ({ key: String(m.month), label: month(m.month), value: m.spent, display: won(m.spent) }))} />
        </ChartCard>
        <ChartCard title={t('stats.venues')} testId="chart-venues">
          <BarList empty={empty} bars={named(stats.venues)} />
        </ChartCard>
        <ChartCard title={t('stats.cast')} testId="chart-cast">
          <BarList empty={empty} bars={named(stats.cast)} />
        </ChartCard>
      </div>
    </div>
  );
}
