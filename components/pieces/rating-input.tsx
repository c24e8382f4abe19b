'use client';

import { useId } from 'react';
import { useTranslations } from 'use-intl';

import { starsOf } from '@/lib/pieces/form';
import { RADIO_COVER as COVER } from './kind-chips';
import { Star, fillOf } from './stars';

/**
 * Half-star rating: ten real radio buttons (½ … 5 stars), each covering half a star, so
 * a tap on a star's left half gives the half. One tab stop; arrow keys step by halves.
 */
export function RatingInput({ value, onChange }: { value: number | null; onChange: (rating: number | null) => void }) {
  const t = useTranslations('pieces.form');
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-1.5">
      <legend className="mb-1.5 text-sm font-medium text-neutral-800">{t('rating')}</legend>
      <div className="flex flex-wrap items-center gap-3">
        <div className="relative flex">
          {[1, 2, 3, 4, 5].map((s) => <Star key={s} fill={fillOf(value ?? 0, s)} size={44} />)}
          <div className="absolute inset-0 grid grid-cols-10">
            {Array.from({ length: 10 }, (_, i) => i + 1).map((r) => (
              <label key={r} className="relative cursor-pointer rounded has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-grape-500">
                <input type="radio" name={name} value={r} className={COVER} checked={value === r} onChange={() => onChange(r)} aria-label={t('ratingOption', { stars: starsOf(r) })} />
              </label>
            ))}
          </div>
        </div>
        <span className="min-w-10 text-sm font-semibold text-neutral-800" aria-live="polite">{value === null ? t('ratingNone') : starsOf(value)}</span>
        {value !== null && (
          <button type="button" onClick={() => onChange(null)} className="min-h-11 rounded-full border border-neutral-300 px-3 text-sm text-neutral-700 hover:bg-neutral-50">
            {t('ratingClear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
