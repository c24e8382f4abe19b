'use client';

import { useFormatter, useLocale, useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { useHydrated } from '@/components/ui/button';
import { useMyTitles, useWearTitle } from '@/lib/pieces/stats-queries';
import type { TitleDto } from '@/lib/pieces/stats-schemas';

function TitleCard({ title, worn, busy, onWear }: { title: TitleDto; worn: boolean; busy: boolean; onWear: (id: string | null) => void }) {
  const t = useTranslations('titles.grid');
  const format = useFormatter();
  const num = new Intl.NumberFormat(useLocale() === 'ko' ? 'ko-KR' : 'en-US');
  const hydrated = useHydrated();
  const progress = title.id === 'big-spender'
    ? t('progressWon', { have: num.format(title.have), need: num.format(title.need) })
    : t('progress', { have: num.format(title.have), need: num.format(title.need) });
  return (
    <li className={`flex flex-col gap-2 rounded-2xl p-3 sm:p-4 ${title.earned ? 'bg-white shadow-sm' : 'border border-dashed border-neutral-300 bg-neutral-50'}`} data-testid="title-card" data-earned={title.earned} data-title-id={title.id}>
      {worn && <span className="self-start rounded-full bg-grape-600 px-2 py-0.5 text-xs font-semibold text-white">{t('wearing')}</span>}
      <h3 className={`break-keep font-bold ${title.earned ? 'text-grape-700' : 'text-neutral-700'}`}>{title.name}</h3>
      <p className="break-keep text-sm text-neutral-700">{title.how}</p>
      {title.earned ? (
        <div className="mt-auto flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
          <span className="text-xs text-neutral-600">{t('earnedOn', { date: format.dateTime(new Date(title.earnedAt!), { dateStyle: 'medium' }) })}</span>
          <button
            type="button"
            disabled={busy || !hydrated}
            onClick={() => onWear(worn ? null : title.id)}
            aria-label={worn ? t('takeOffLabel', { name: title.name }) : t('wearLabel', { name: title.name })}
            className={`min-h-11 shrink-0 rounded-xl px-4 text-sm font-semibold ${worn ? 'border border-grape-200 bg-white text-grape-700 hover:bg-grape-50' : 'bg-grape-600 text-white hover:bg-grape-700'} disabled:opacity-60`}
          >
            {worn ? t('takeOff') : t('wear')}
          </button>
        </div>
      ) : (
        <div className="mt-auto flex flex-col gap-1">
          <span className="sr-only">{t('locked')}</span>
          <span aria-hidden className="h-2 overflow-hidden rounded-full bg-neutral-200">
            <span className="block h-full rounded-full bg-grape-300" style={{ width: `${(title.have / title.need) * 100}%` }} />
          </span>
          <span className="text-xs tabular-nums text-neutral-600">{progress}</span>
        </div>
      )}
    </li>
  );
}

/** Every title, earned first in the grid's order; wear one or none. */
export function TitlesGrid() {
  const t = useTranslations('titles');
  const query = useMyTitles();
  const wear = useWearTitle();
  const data = query.data;
  const earned = data?.titles.filter((x) => x.earned) ?? [];
  const wornName = data?.titles.find((x) => x.id === data.wornTitleId)?.name;
  return (
    <section id="titles" aria-labelledby="titles-heading" className="flex scroll-mt-4 flex-col gap-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="titles-heading" className="text-xl font-bold">{t('grid.heading')}</h2>
        {data && <span className="text-sm text-neutral-600" data-testid="titles-count">{t('grid.earnedCount', { earned: earned.length, total: data.titles.length })}</span>}
      </div>
      {query.isPending && <p role="status" className="text-sm text-neutral-600">{t('page.loading')}</p>}
      {query.isError && <FormError message={t('page.loadFailed')} />}
      {wear.isError && <FormError message={wear.error.message} />}
      {data && (
        <>
          <p className="text-sm text-neutral-700" data-testid="worn-status" aria-live="polite">{wornName ? t('grid.wornNow', { name: wornName }) : t('grid.wornNone')}</p>
          <ul className="grid grid-cols-2 gap-2 sm:gap-3 lg:grid-cols-3">
            {[...earned, ...data.titles.filter((x) => !x.earned)].map((title) => (
              <TitleCard key={title.id} title={title} worn={title.id === data.wornTitleId} busy={wear.isPending} onWear={(id) => wear.mutate(id)} />
            ))}
          </ul>
          <p className="text-xs text-neutral-600">{t('grid.keptNote')}</p>
        </>
      )}
    </section>
  );
}
