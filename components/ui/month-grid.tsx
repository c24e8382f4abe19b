'use client';

import { Fragment, type ReactNode } from 'react';
import { useLocale } from 'use-intl';
import { weekdayNames } from '@/lib/i18n/datetime';
import { monthRange } from '@/lib/missions/schedule';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A month as a 7-column grid, Sunday first: weekday names, blank cells before the 1st,
 * then one `<li>` per day made by `renderDay` (the caller owns the cell: a button, a
 * summary, thumbnails). Shared by the family, couple and piece calendars.
 */
export function MonthGrid({ month, label, renderDay, className = 'gap-1' }: { month: string; label: string; renderDay: (day: string) => ReactNode; className?: string }) {
  const weekdays = weekdayNames(useLocale());
  const { daysInMonth, firstWeekday } = monthRange(month);
  const days = Array.from({ length: daysInMonth }, (_, i) => `${month}-${pad(i + 1)}`);
  return (
    <>
      <div aria-hidden className="grid grid-cols-7 pb-1 text-center text-xs font-semibold text-neutral-600">
        {weekdays.map((w, i) => <span key={i} className={i === 0 ? 'text-red-700' : undefined}>{w}</span>)}
      </div>
      <ol className={`grid grid-cols-7 ${className}`} aria-label={label}>
        {Array.from({ length: firstWeekday }, (_, i) => <li key={`blank-${i}`} aria-hidden />)}
        {days.map((d) => <Fragment key={d}>{renderDay(d)}</Fragment>)}
      </ol>
    </>
  );
}
