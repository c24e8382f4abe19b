'use client';

// One group order in the list: what, where, how many, how long, how much each.
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { PostDto } from '@/lib/posts/dto';
import { timeLeftParts } from './time-left';

export function StatusBadge({ status }: { status: PostDto['status'] }) {
  const t = useTranslations('posts.ui.statusLabel');
  const tone = status === 'RECRUITING' ? 'bg-grape-600 text-white' : status === 'DONE' ? 'bg-emerald-100 text-emerald-800' : 'bg-neutral-200 text-neutral-700';
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${tone}`}>{t(status)}</span>;
}

export function TimeLeft({ deadline, now }: { deadline: string; now: number }) {
  const t = useTranslations('posts.ui.card');
  const parts = timeLeftParts(deadline, now);
  // Rendered on the server too (the 동네 list's first page): the minute may turn before hydration.
  return <span suppressHydrationWarning>{parts ? t('left', { time: t(parts.key, parts.values) }) : t('ended')}</span>;
}

export function PostCard({ post, now }: { post: PostDto; now: number }) {
  const t = useTranslations('posts.ui');
  const tc = useTranslations('posts.categories');
  return (
    <li>
      <Link href={`/neighbourhood/posts/${post.id}`} className="flex flex-col gap-1 rounded-2xl bg-white p-4 shadow-sm hover:bg-grape-50" data-testid="post-card">
        <div className="flex items-center gap-2 text-xs text-neutral-600">
          <StatusBadge status={post.status} />
          <span>{tc(post.category)}</span>
          <span aria-hidden>·</span>
          <span>{post.distanceKm === 0 ? t('list.here') : post.area.name}{post.distanceKm ? ` ${t('list.distance', { km: post.distanceKm })}` : ''}</span>
        </div>
        <h3 className="text-base font-bold">{post.title}</h3>
        {post.restaurant && <p className="truncate text-sm text-neutral-700">{post.restaurant}{post.menu ? ` · ${post.menu}` : ''}</p>}
        <div className="flex flex-wrap gap-x-3 text-sm text-neutral-700">
          <span className="font-semibold text-grape-700">{t('card.joined', { joined: post.joined, wanted: post.wanted })}</span>
          <TimeLeft deadline={post.deadline} now={now} />
          <span>{post.feePerPerson === null ? t('card.noFee') : t('card.feeEach', { fee: post.feePerPerson.toLocaleString('ko-KR') })}</span>
        </div>
      </Link>
    </li>
  );
}
