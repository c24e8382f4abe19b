'use client';

// "더 보기" under a paged cakes list (browse, a cake's pieces, liked pieces).
import { useTranslations } from 'use-intl';

interface Paged {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

export function MoreButton({ query }: { query: Paged }) {
  const t = useTranslations('cakes');
  if (!query.hasNextPage) return null;
  return (
    <button type="button" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()} className="mx-auto min-h-12 rounded-full bg-white px-6 font-semibold text-grape-700 shadow-sm hover:bg-grape-50">
      {query.isFetchingNextPage ? t('loading') : t('more')}
    </button>
  );
}
