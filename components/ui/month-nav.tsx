'use client';

import { shiftMonth } from '@/lib/missions/schedule';

const navButton = 'min-h-11 min-w-11 rounded-full bg-white px-3 font-semibold text-grape-700 shadow-sm hover:bg-grape-50';

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
    <div className="flex flex-wrap items-center justify-between gap-2">
      <div className="flex items-center gap-1">
        <button type="button" className={navButton} aria-label={labels.prevYear} onClick={() => onChange(shiftMonth(month, -12))}>«</button>
        <button type="button" className={navButton} aria-label={labels.prevMonth} onClick={() => onChange(shiftMonth(month, -1))}>‹</button>
        <h2 className="min-w-28 text-center text-lg font-bold" aria-live="polite" data-testid="calendar-month">{labels.title}</h2>
        <button type="button" className={navButton} aria-label={labels.nextMonth} onClick={() => onChange(shiftMonth(month, 1))}>›</button>
        <button type="button" className={navButton} aria-label={labels.nextYear} onClick={() => onChange(shiftMonth(month, 12))}>»</button>
      </div>
      <button type="button" className={navButton} aria-current={month === todayMonth ? 'date' : undefined} onClick={onToday ?? (() => onChange(todayMonth))}>{labels.today}</button>
    </div>
  );
}
