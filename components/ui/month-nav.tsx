'use client';

import { shiftMonth } from '@/lib/missions/schedule';

// Narrow on phones so the whole row (« ‹ month › » 오늘) fits in 360 px.
const navButton = 'min-h-11 min-w-9 shrink-0 rounded-full bg-white px-2 font-semibold text-grape-700 shadow-sm hover:bg-grape-50 sm:min-w-11 sm:px-3';

export interface MonthNavLabels {
  prevYear: string;
  prevMonth: string;
  nextMonth: string;
  nextYear: string;
  today: string;
  /** The heading for the month shown ("2026년 3월"). */
  title: string;
}

/** « ‹ 2026년 3월 › » and 오늘: year and month steps around the month shown. */
export function MonthNav({ month, todayMonth, labels, onChange, onToday }: {
  month: string;
  todayMonth: string;
  labels: MonthNavLabels;
  onChange: (month: string) => void;
  /** 오늘 may do more than show this month (select today); by default it only does that. */
  onToday?: () => void;
}) {
  return (
    <div className="flex items-center gap-1">
      <button type="button" className={navButton} aria-label={labels.prevYear} onClick={() => onChange(shiftMonth(month, -12))}>«</button>
      <button type="button" className={navButton} aria-label={labels.prevMonth} onClick={() => onChange(shiftMonth(month, -1))}>‹</button>
      <h2 className="min-w-0 flex-1 text-center text-base font-bold sm:text-lg" aria-live="polite" data-testid="calendar-month">{labels.title}</h2>
      <button type="button" className={navButton} aria-label={labels.nextMonth} onClick={() => onChange(shiftMonth(month, 1))}>›</button>
      <button type="button" className={navButton} aria-label={labels.nextYear} onClick={() => onChange(shiftMonth(month, 12))}>»</button>
      <button type="button" className={`${navButton} ml-1 px-3`} aria-current={month === todayMonth ? 'date' : undefined} onClick={onToday ?? (() => onChange(todayMonth))}>{labels.today}</button>
    </div>
  );
}
