'use client';

import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { starsOf } from '@/lib/pieces/form';

const STAR = 'M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3L2.9 9.5l6.3-.9z';

/** One star, filled 0 (empty), 1 (left half) or 2 (whole). */
export function Star({ fill, size = 20 }: { fill: 0 | 1 | 2; size?: number }) {
  const clip = useId();
  return (
    <svg aria-hidden viewBox="0 0 24 24" width={size} height={size} className="shrink-0">
      <defs>
        <clipPath id={clip}><rect x="0" y="0" width="12" height="24" /></clipPath>
      </defs>
      <path d={STAR} fill="#e5e5e5" />
      {fill > 0 && <path d={STAR} fill="#f59e0b" clipPath={fill === 1 ? `url(#${clip})` : undefined} />}
    </svg>
  );
}

export const fillOf = (rating: number, star: number): 0 | 1 | 2 => (rating >= star * 2 ? 2 : rating === star * 2 - 1 ? 1 : 0);

/** A rating in half stars (1…10) shown as five stars, read as "별 3.5개". */
export function Stars({ rating, size }: { rating: number; size?: number }) {
  const t = useTranslations('pieces');
  return (
    <span role="img" aria-label={t('stars', { stars: starsOf(rating) })} className="inline-flex items-center">
      {[1, 2, 3, 4, 5].map((s) => <Star key={s} fill={fillOf(rating, s)} size={size} />)}
    </span>
  );
}
