'use client';

import { useTranslations } from 'use-intl';

/** Previous / next year and a list of the years that have pieces. */
export function YearPicker({ year, years, onChange }: { year: number; years: number[]; onChange: (y: number) => void }) {
  const t = useTranslations('titles.year');
  const options = [...new Set([...years, year])].sort((a, b) => b - a);
  const arrow = 'inline-flex min-h-11 min-w-11 items-center justify-center rounded-full bg-white text-lg font-bold text-grape-700 shadow-sm hover:bg-grape-50 disabled:text-neutral-300';
  return (
    <div className="flex items-center gap-2">
      <button type="button" className={arrow} onClick={() => onChange(year - 1)} disabled={year <= 2000} aria-label={t('prev')}>‹</button>
      <label className="sr-only" htmlFor="stats-year">{t('label')}</label>
      <select id="stats-year" value={year} onChange={(e) => onChange(Number(e.target.value))} className="min-h-11 rounded-xl border border-neutral-300 bg-white px-3 text-base font-semibold">
        {options.map((y) => (
          <option key={y} value={y}>{t('value', { year: y })}</option>
        ))}
      </select>
      <button type="button" className={arrow} onClick={() => onChange(year + 1)} disabled={year >= 2999} aria-label={t('next')}>›</button>
    </div>
  );
}
