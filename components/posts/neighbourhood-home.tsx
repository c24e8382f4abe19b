'use client';

// The 동네 tab: my neighbourhood and radius, menu suggestions, and the group orders
// around me with filters and endless scrolling (keyset pages).
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FIRST_LIST_FILTERS, FOOD_CATEGORIES } from '@/lib/posts/categories';
import { useMyArea, usePostList, useSetArea, type AreaDto, type PostFilters, type PostPage } from '@/lib/posts/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { AreaPicker } from './area-picker';
import { MenuBox } from './menu-box';
import { PostCard } from './post-card';

export function useNow(everyMs = 30_000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}

const chip = (on: boolean) => `min-h-10 rounded-full px-3 text-sm font-semibold ${on ? 'bg-grape-600 text-white' : 'bg-white text-grape-700 shadow-sm'}`;

/** `initialPosts`: the first page of FIRST_LIST_FILTERS at my radius, rendered with the page. */
export function NeighbourhoodHome({ initialArea, initialPosts }: { initialArea: AreaDto; initialPosts?: PostPage }) {
  const t = useTranslations('posts.ui');
  const tc = useTranslations('posts.categories');
  const area = useMyArea(initialArea);
  const setArea = useSetArea();
  const [changing, setChanging] = useState(false);
  const [filters, setFilters] = useState<Omit<PostFilters, 'radiusKm'>>(FIRST_LIST_FILTERS);
  const radiusKm = area.data?.radiusKm ?? 3;
  // The server's first page belongs to the opening filters only (a query's initial data
  // would otherwise seed every other filter's list with it).
  const opening = filters.status === FIRST_LIST_FILTERS.status && filters.order === FIRST_LIST_FILTERS.order && !filters.category && radiusKm === initialArea.radiusKm;
  const list = usePostList({ ...filters, radiusKm }, !!area.data?.area, opening ? initialPosts : undefined);
  const now = useNow();
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;

  useEffect(() => {
    const el = sentinel.current;
    if (!el || !hasNextPage) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    }, { rootMargin: '400px' });
    io.observe(el);
    return () => io.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const here = area.data?.area;
  if (!here || changing) {
    return (
      <div className="flex flex-col gap-5">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <AreaPicker onDone={() => setChanging(false)} />
        <p className="text-xs text-neutral-500">{t('attribution')}</p>
      </div>
    );
  }
  const posts = list.data?.pages.flatMap((p) => p.posts) ?? [];
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/neighbourhood/new" className="inline-flex min-h-12 items-center rounded-xl bg-grape-600 px-4 font-semibold text-white hover:bg-grape-700">
          {t('list.write')}
        </Link>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold" data-testid="my-area">{t('area.current', { name: `${here.sigungu} ${here.dong}` })}</span>
        <button type="button" className="text-grape-700 underline" onClick={() => setChanging(true)}>{t('area.change')}</button>
        <span className="ml-auto flex items-center gap-1" role="group" aria-label={t('area.radius')}>
          {([1, 3, 5] as const).map((km) => (
            <button key={km} type="button" className={chip(radiusKm === km)} aria-pressed={radiusKm === km} onClick={() => setArea.mutate({ radiusKm: km })}>
              {t('area.km', { km })}
            </button>
          ))}
        </span>
      </div>
      <MenuBox place={here.dong} />
      <div className="flex flex-col gap-2" role="group" aria-label={t('list.filters')}>
        <div className="flex flex-wrap gap-2">
          {(['recruiting', 'closed', 'all'] as const).map((s) => (
            <button key={s} type="button" className={chip(filters.status === s)} aria-pressed={filters.status === s} onClick={() => setFilters((f) => ({ ...f, status: s }))}>
              {t(`list.status.${s}`)}
            </button>
          ))}
          <select
            aria-label={t('list.category')}
            className="min-h-10 rounded-full border border-grape-200 bg-white px-3 text-sm"
            value={filters.category ?? ''}
            onChange={(e) => setFilters((f) => ({ ...f, category: (e.target.value || undefined) as PostFilters['category'] }))}
          >
            <option value="">{t('list.allCategories')}</option>
            {FOOD_CATEGORIES.map((c) => <option key={c} value={c}>{tc(c)}</option>)}
          </select>
          <select
            aria-label={t('list.order.newest')}
            className="min-h-10 rounded-full border border-grape-200 bg-white px-3 text-sm"
            value={filters.order}
            onChange={(e) => setFilters((f) => ({ ...f, order: e.target.value as PostFilters['order'] }))}
          >
            <option value="newest">{t('list.order.newest')}</option>
            <option value="deadline">{t('list.order.deadline')}</option>
          </select>
        </div>
      </div>
      {list.isError && <p role="alert" className="text-sm text-red-700">{t('list.error')}</p>}
      {list.isPending ? (
        <p className="text-sm text-neutral-600" aria-live="polite">{t('list.loading')}</p>
      ) : posts.length === 0 ? (
        <EmptyState title={t('list.empty')} body={t('list.emptyBody')} />
      ) : (
        <ul className="flex flex-col gap-3" data-testid="post-list">
          {posts.map((p) => <PostCard key={p.id} post={p} now={now} />)}
        </ul>
      )}
      <div ref={sentinel} />
      {hasNextPage && (
        <button type="button" className="min-h-12 rounded-xl bg-white text-grape-700 shadow-sm" onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
          {isFetchingNextPage ? t('list.loading') : t('list.more')}
        </button>
      )}
      <p className="text-xs text-neutral-500">{t('attribution')}</p>
    </div>
  );
}
