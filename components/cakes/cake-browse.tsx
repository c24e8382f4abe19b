'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { SHOW_KINDS, type ShowKindName } from '@/lib/shows/cake-schemas';
import { useBrowseCakes, type BrowseParams } from '@/lib/shows/cake-queries';
import { CakeCard } from './cake-card';
import { Chips } from './chips';
import { MoreButton } from './more-button';

/** 케이크 둘러보기: popular this month or ever, by kind, or a title search; kept in the address. */
export function CakeBrowse({ initial }: { initial: BrowseParams }) {
  const t = useTranslations('cakes');
  const router = useRouter();
  const pathname = usePathname();
  const [params, setParams] = useState<BrowseParams>(initial);
  const [typed, setTyped] = useState(initial.q ?? '');
  const query = useBrowseCakes(params);
  const cakes = query.data?.pages.flatMap((p) => p.cakes) ?? [];

  const update = (next: BrowseParams) => {
    setParams(next);
    const sp = new URLSearchParams();
    if (next.q) sp.set('q', next.q);
    if (next.kind) sp.set('kind', next.kind);
    if (next.period !== 'month') sp.set('period', next.period);
    router.replace(sp.size ? `${pathname}?${sp}` : pathname, { scroll: false });
  };

  return (
    <div className="flex flex-col gap-4">
      <form
        role="search"
        className="flex gap-2"
        onSubmit={(e) => { e.preventDefault(); update({ ...params, q: typed.trim() || undefined }); }}
      >
        <label className="sr-only" htmlFor="cake-search">{t('searchLabel')}</label>
        <input
          id="cake-search"
          type="search"
          value={typed}
          maxLength={60}
          onChange={(e) => setTyped(e.target.value)}
          placeholder={t('searchPlaceholder')}
          className="min-h-12 min-w-0 flex-1 rounded-xl border border-neutral-300 bg-white px-4 text-base outline-none focus:border-grape-500"
        />
        <button type="submit" className="min-h-12 rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">{t('searchButton')}</button>
      </form>
      <Chips
        label={t('kindLabel')}
        name="kind"
        value={params.kind ?? 'all'}
        options={['all', ...SHOW_KINDS].map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        onChange={(k) => update({ ...params, kind: k === 'all' ? undefined : (k as ShowKindName) })}
      />
      {params.q ? (
        <div className="flex items-center justify-between gap-2">
          <h2 className="text-lg font-bold">{t('searchResults', { q: params.q })}</h2>
          <button type="button" className="min-h-11 rounded-full px-3 text-sm font-semibold text-grape-700 hover:bg-grape-50" onClick={() => { setTyped(''); update({ ...params, q: undefined }); }}>
            {t('clearSearch')}
          </button>
        </div>
      ) : (
        <Chips
          label={t('periodLabel')}
          name="period"
          value={params.period}
          options={(['month', 'all'] as const).map((p) => ({ value: p, label: t(`period.${p}`) }))}
          onChange={(p) => update({ ...params, period: p as BrowseParams['period'] })}
        />
      )}
      {query.isPending && <p role="status" className="text-sm text-neutral-500">{t('loading')}</p>}
      {query.isError && <FormError message={query.error.message || t('loadFailed')} />}
      {query.isSuccess && cakes.length === 0 && (
        params.q
          ? <EmptyState title={t('emptySearchTitle')} body={t('emptySearchBody')} />
          : <EmptyState title={t('emptyPopularTitle')} body={t('emptyPopularBody')} />
      )}
      {cakes.length > 0 && (
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5" data-testid="cake-list">
          {cakes.map((c) => <CakeCard key={c.id} cake={c} />)}
        </ul>
      )}
      <MoreButton query={query} />
    </div>
  );
}
