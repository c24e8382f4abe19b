'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { MonthGrid } from '@/components/ui/month-grid';
import { MonthNav } from '@/components/ui/month-nav';
import { useDayLabel } from '@/components/missions/mission-meta';
import { usePieceMonth, usePiecesLive } from '@/lib/pieces/queries';
import type { PieceMonthDto, PieceSummaryDto } from '@/lib/pieces/schemas';
import { PieceRow } from './piece-row';
import { PieceThumb } from './piece-thumb';

// Up to three thumbnails fan out like tickets in a hand; more show as "+n".
const FAN = ['-rotate-12 -translate-x-1.5 sm:-translate-x-3', 'rotate-0', 'rotate-12 translate-x-1.5 sm:translate-x-3'];
const FAN_OF: Record<number, string[]> = { 1: [FAN[1]], 2: [FAN[0], FAN[2]], 3: FAN };

function DayFan({ pieces }: { pieces: PieceSummaryDto[] }) {
  const t = useTranslations('pieces.calendar');
  const shown = pieces.slice(0, 3);
  return (
    <span aria-hidden className="relative flex h-10 w-full items-center justify-center sm:h-16 lg:h-20">
      {shown.map((p, i) => (
        <span key={p.id} className={`absolute h-9 w-7 overflow-hidden rounded-[3px] shadow ring-1 ring-white sm:h-14 sm:w-10 lg:h-18 lg:w-13 ${FAN_OF[shown.length][i]}`}>
          <PieceThumb piece={p} className="h-full w-full text-xs sm:text-base" />
        </span>
      ))}
      {pieces.length > 3 && <span className="absolute -right-0.5 -top-1 rounded-full bg-grape-700 px-1 text-[10px] font-bold leading-4 text-white">{t('more', { count: pieces.length - 3 })}</span>}
    </span>
  );
}

/** My pieces by month: a thumbnail on each day with a piece, the day's (or month's) pieces below. */
export function PiecesCalendar({ userId, initial }: { userId: string; initial: PieceMonthDto }) {
  const t = useTranslations('pieces.calendar');
  const tp = useTranslations('pieces');
  const dayLabel = useDayLabel();
  usePiecesLive(userId);
  const [month, setMonth] = useState(initial.month);
  const [selected, setSelected] = useState<string | null>(null);
  const query = usePieceMonth(month, initial);
  const data = query.data?.month === month ? query.data : undefined;
  const today = query.data?.today ?? initial.today;
  const [y, m] = month.split('-').map(Number);
  const go = (next: string) => {
    setMonth(next);
    setSelected(null);
    // The month in the address, so coming back to the calendar shows the same month.
    window.history.replaceState(null, '', `/pieces?month=${next}`);
  };
  const byDay = new Map<string, PieceSummaryDto[]>();
  for (const p of data?.pieces ?? []) byDay.set(p.date, [...(byDay.get(p.date) ?? []), p]);
  const listed = selected ? byDay.get(selected) ?? [] : data?.pieces ?? [];
  const newHref = `/pieces/new?date=${selected ?? (today.startsWith(month) ? today : `${month}-01`)}`;

  return (
    <div className="flex flex-col gap-4">
      <MonthNav
        month={month}
        todayMonth={today.slice(0, 7)}
        labels={{ prevYear: t('prevYear'), prevMonth: t('prevMonth'), nextMonth: t('nextMonth'), nextYear: t('nextYear'), today: t('today'), title: t('monthTitle', { year: y, month: m }) }}
        onChange={go}
      />
      {query.isError && <FormError message={tp('loadFailed')} />}
      <div className="rounded-2xl bg-white p-2 shadow-sm sm:p-3" aria-busy={!data}>
        <MonthGrid
          month={month}
          label={t('gridLabel')}
          renderDay={(d) => {
            const pieces = byDay.get(d) ?? [];
            const isToday = d === today;
            const label = pieces.length ? t('dayPieces', { date: dayLabel(d), count: pieces.length, titles: pieces.map((p) => p.title).join(', ') }) : t('dayNone', { date: dayLabel(d) });
            return (
              <li key={d} data-testid={`day-${d}`}>
                <button
                  type="button"
                  onClick={() => setSelected(selected === d ? null : d)}
                  aria-pressed={selected === d}
                  aria-current={isToday ? 'date' : undefined}
                  aria-label={label}
                  className={`flex min-h-16 w-full flex-col items-center gap-0.5 rounded-lg p-0.5 text-sm sm:min-h-24 lg:min-h-28 ${selected === d ? 'bg-grape-100' : pieces.length ? 'bg-grape-50 hover:bg-grape-100' : 'hover:bg-grape-50'} ${isToday ? 'ring-2 ring-grape-500' : ''}`}
                >
                  <span aria-hidden className={isToday ? 'font-bold text-grape-700' : ''}>{Number(d.slice(8))}</span>
                  {pieces.length > 0 && <DayFan pieces={pieces} />}
                </button>
              </li>
            );
          }}
        />
      </div>
      {data && data.pieces.length === 0 && !selected ? (
        <EmptyState title={t('monthEmptyTitle', { month: m })} body={t('monthEmptyBody')}>
          <Link href={newHref} className="mt-1 inline-flex min-h-12 items-center rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">{tp('record')}</Link>
        </EmptyState>
      ) : (
        <section aria-labelledby="pieces-day-heading" className="flex flex-col gap-2">
          <div className="flex items-center justify-between gap-2">
            <h2 id="pieces-day-heading" className="text-lg font-bold">
              {selected ? t('dayList', { date: dayLabel(selected) }) : t('monthCount', { count: data?.pieces.length ?? 0 })}
            </h2>
            <Link href={newHref} className="inline-flex min-h-11 shrink-0 items-center rounded-xl bg-grape-600 px-4 text-sm font-semibold text-white hover:bg-grape-700">
              {tp('record')}
            </Link>
          </div>
          {!data && <p role="status" className="text-sm text-neutral-600">{tp('loading')}</p>}
          {data && listed.length === 0 && <p className="rounded-xl bg-white px-4 py-3 text-sm text-neutral-600 shadow-sm">{t('dayEmpty')}</p>}
          <ul className="flex flex-col gap-2" data-testid="pieces-of-day">
            {listed.map((p) => <PieceRow key={p.id} piece={p} />)}
          </ul>
        </section>
      )}
    </div>
  );
}
