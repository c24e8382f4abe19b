'use client';

import { useTranslations } from 'use-intl';
import type { ShowDto } from '@/lib/shows/cake-schemas';
import { ShowArt } from './show-art';

/** The show's art and its facts from the catalog: kind, year, genre, venue, run. */
export function CakeHeader({ show }: { show: ShowDto }) {
  const t = useTranslations('cakes');
  const run = show.runStart && show.runEnd ? t('run', { start: show.runStart, end: show.runEnd }) : show.runStart ? t('runFrom', { start: show.runStart }) : null;
  const facts = [t(`kinds.${show.kind}`), show.year ? t('yearLabel', { year: show.year }) : null, show.genre].filter(Boolean).join(' · ');
  return (
    <header className="flex gap-4">
      <div className="w-32 shrink-0 sm:w-44">
        <ShowArt imageUrl={show.imageUrl} label={t('artLabel', { title: show.title })} />
      </div>
      <div className="flex min-w-0 flex-col gap-1 pt-1">
        <p className="text-xs font-semibold text-grape-700">{t('title')}</p>
        <h1 className="break-keep text-2xl font-extrabold leading-tight" data-testid="cake-title">{show.title}</h1>
        <p className="text-sm text-neutral-700">{facts}</p>
        {show.venue && <p className="text-sm text-neutral-700">{show.venue}</p>}
        {run && <p className="text-sm text-neutral-700">{run}</p>}
      </div>
    </header>
  );
}
