'use client';

import { useTranslations } from 'use-intl';
import type { CalendarDayDto, CalendarDto } from '@/lib/calendar/schemas';
import { useDayLabel } from '@/components/missions/mission-meta';
import { MonthGrid as DaysGrid } from '@/components/ui/month-grid';

/** What happened on a day, in words (also what a screen reader hears for the cell). */
function useSummary() {
  const t = useTranslations('calendar');
  return (d: CalendarDayDto | undefined) => {
    if (!d) return t('dayEmpty');
    const parts = [];
    if (d.grapes) parts.push(t('grapes', { count: d.grapes }));
    if (d.missions) parts.push(t('missions', { count: d.missions }));
    for (const g of d.gifts) parts.push(t('gift', { name: g.wishName }));
    return parts.join(' · ') || t('dayEmpty');
  };
}

/** A month as a 7-column grid (Sunday first), then the days with records as a list. */
export function MonthGrid({ data }: { data: CalendarDto }) {
  const t = useTranslations('calendar');
  const dayLabel = useDayLabel();
  const summary = useSummary();
  const byDay = new Map(data.days.map((d) => [d.day, d]));

  return (
    <>
      <div className="rounded-2xl bg-white p-3 shadow-sm">
        <DaysGrid
          month={data.month}
          label={t('gridLabel')}
          renderDay={(day) => {
            const d = byDay.get(day);
            const today = day === data.today;
            return (
              <li
                key={day}
                data-testid={`day-${day}`}
                aria-current={today ? 'date' : undefined}
                className={`flex min-h-16 flex-col items-center gap-0.5 rounded-lg p-1 text-sm ${today ? 'ring-2 ring-grape-500' : ''} ${d ? 'bg-grape-50' : ''}`}
              >
                <span aria-hidden className={today ? 'font-bold text-grape-700' : ''}>{Number(day.slice(8))}</span>
                <span className="sr-only">{`${dayLabel(day)}: ${summary(d)}`}</span>
                {d && (
                  <span aria-hidden className="flex flex-wrap justify-center gap-0.5 text-[11px] font-semibold leading-4">
                    {d.grapes > 0 && <span className="rounded-full bg-grape-600 px-1.5 text-white">{d.grapes}</span>}
                    {d.missions > 0 && <span className="rounded-full bg-green-600 px-1.5 text-white">{d.missions}</span>}
                    {d.gifts.length > 0 && <span className="rounded-full bg-amber-500 px-1.5 text-white">{d.gifts.length}</span>}
                  </span>
                )}
              </li>
            );
          }}
        />
        <ul aria-label={t('legend')} className="mt-3 flex flex-wrap gap-3 text-xs text-neutral-700">
          <li className="flex items-center gap-1"><span aria-hidden className="h-3 w-3 rounded-full bg-grape-600" />{t('legendGrapes')}</li>
          <li className="flex items-center gap-1"><span aria-hidden className="h-3 w-3 rounded-full bg-green-600" />{t('legendMissions')}</li>
          <li className="flex items-center gap-1"><span aria-hidden className="h-3 w-3 rounded-full bg-amber-500" />{t('legendGifts')}</li>
        </ul>
      </div>
      {data.days.length > 0 && (
        <section aria-labelledby="calendar-days-heading" className="flex flex-col gap-2">
          <h2 id="calendar-days-heading" className="text-lg font-bold">{t('listTitle')}</h2>
          <ul className="flex flex-col gap-2">
            {data.days.map((d) => (
              <li key={d.day} data-testid="calendar-day" className="rounded-xl bg-white px-4 py-3 shadow-sm">
                <p className="font-semibold">{dayLabel(d.day)}</p>
                <p className="text-sm text-neutral-700">{summary(d)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
