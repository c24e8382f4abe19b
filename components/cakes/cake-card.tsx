import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { CakeCardDto } from '@/lib/shows/cake-schemas';
import { ShowArt } from './show-art';

/** One show in the browse list: its art, facts and how many pieces it gathered. */
export function CakeCard({ cake }: { cake: CakeCardDto }) {
  const t = useTranslations('cakes');
  const facts = [t(`kinds.${cake.kind}`), cake.year ? t('yearLabel', { year: cake.year }) : null, cake.venue].filter(Boolean).join(' · ');
  return (
    <li>
      <Link href={`/cakes/${cake.id}`} data-testid="cake-card" className="flex h-full flex-col gap-2 rounded-2xl bg-white p-2 shadow-sm hover:bg-grape-50">
        <ShowArt imageUrl={cake.imageUrl} label={t('artLabel', { title: cake.title })} />
        <span className="flex flex-col gap-0.5 px-1 pb-1">
          <span className="line-clamp-2 break-keep font-bold">{cake.title}</span>
          <span className="truncate text-xs text-neutral-600">{facts}</span>
          <span className="text-xs font-semibold text-grape-700">
            {t('pieceCount', { count: cake.pieceCount })}
            {cake.monthPieceCount > 0 && ` · ${t('monthPieceCount', { count: cake.monthPieceCount })}`}
          </span>
        </span>
      </Link>
    </li>
  );
}
