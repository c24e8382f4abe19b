import { getLocale } from '@/lib/i18n/server';
import { translator } from '@/lib/i18n/messages';
import type { YearCard } from '@/lib/pieces/year-card-data';

/** The shared card's numbers as text (the image's content, for screen readers and search). */
export async function YearCardSummary({ card }: { card: YearCard }) {
  const locale = await getLocale();
  const t = translator(locale);
  const num = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-US');
  const none = t('titles.card.none');
  const rows: [string, string][] = [
    [t('titles.stats.pieces'), t('titles.stats.count', { count: card.total })],
    [t('titles.stats.byKind'), card.kinds.map((k) => t('titles.card.kindCount', { kind: t(`titles.kinds.${k.kind}`), count: k.count })).join(' · ') || none],
    [t('titles.card.topVenue'), card.topVenue?.name ?? none],
    [t('titles.card.topCast'), card.topCast.map((c) => c.name).join(', ') || none],
    [t('titles.card.average'), card.average === null ? none : t('titles.stats.stars', { stars: num.format(card.average) })],
    [t('titles.card.titles'), num.format(card.titles)],
  ];
  return (
    <section aria-labelledby="year-summary" className="rounded-2xl bg-white p-5 shadow-sm">
      <h2 id="year-summary" className="text-lg font-bold">{t('titles.public.statsHeading', { year: card.year })}</h2>
      {card.wornTitle && <p className="mt-1 text-sm font-semibold text-grape-700">{t('titles.public.wearing', { title: card.wornTitle })}</p>}
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-neutral-600">{k}</dt>
            <dd className="break-keep font-semibold">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
