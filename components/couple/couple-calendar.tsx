'use client';

import { useState } from 'react';
import { useFormatter, useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { useDayLabel } from '@/components/missions/mission-meta';
import { MonthGrid } from '@/components/ui/month-grid';
import { MonthNav } from '@/components/ui/month-nav';
import { useCoupleLive, useCoupleMonth, useDeleteEvent } from '@/lib/couple/queries';
import type { AnniversaryDto, CoupleCalendarDto, CoupleEventDto } from '@/lib/couple/schemas';
import { CouplePageHeader } from './couple-page-header';
import { EventForm } from './event-form';
import { CalendarFeed } from './calendar-feed';


function useAnniversaryLabel() {
  const t = useTranslations('coupleTools.calendar');
  return (a: AnniversaryDto) =>
    a.kind === 'days' ? t('daysAnniversary', { n: a.n.toLocaleString() }) : a.kind === 'years' ? t('yearsAnniversary', { n: a.n }) : t('birthday', { name: a.user?.displayName ?? '' });
}

function DayList({ circleId, day, events, extras, onEdit }: { circleId: string; day: string; events: CoupleEventDto[]; extras: AnniversaryDto[]; onEdit: (e: CoupleEventDto) => void }) {
  const t = useTranslations('coupleTools.calendar');
  const dayLabel = useDayLabel();
  const label = useAnniversaryLabel();
  const remove = useDeleteEvent(circleId);
  return (
    <section aria-labelledby="day-heading" className="flex flex-col gap-2">
      <h2 id="day-heading" className="text-lg font-bold">{t('dayList', { date: dayLabel(day) })}</h2>
      {remove.isError && <FormError message={remove.error.message} />}
      {events.length === 0 && extras.length === 0 && <p className="text-sm text-neutral-600">{t('dayEmpty')}</p>}
      <ul className="flex flex-col gap-2" data-testid="day-events">
        {extras.map((a) => (
          <li key={`${a.kind}-${a.n}-${a.user?.id ?? ''}`} className="rounded-xl bg-pink-50 px-4 py-3 font-semibold text-pink-800" data-testid="anniversary">{label(a)}</li>
        ))}
        {events.map((e) => (
          <li key={e.id} className="rounded-xl bg-white px-4 py-3 shadow-sm" data-testid="event-item">
            <div className="flex items-start justify-between gap-3">
              <div className="min-w-0">
                <p className="font-semibold">{e.title}{e.dDayLabel && <span className="ml-2 rounded-full bg-grape-600 px-2 py-0.5 text-xs text-white" data-testid="dday-label">{e.dDayLabel}</span>}</p>
                <p className="text-sm text-neutral-600">{e.time ?? t('allDay')}{e.createdBy && ` · ${t('addedBy', { name: e.createdBy.displayName })}`}</p>
                {e.memo && <p className="mt-1 whitespace-pre-wrap break-words text-sm">{e.memo}</p>}
              </div>
              <div className="flex shrink-0 gap-1">
                <button type="button" onClick={() => onEdit(e)} className="min-h-9 rounded-full border border-neutral-300 px-3 text-xs">{t('edit')}</button>
                <button type="button" disabled={remove.isPending} onClick={() => window.confirm(t('deleteConfirm')) && remove.mutate(e.id)} className="min-h-9 rounded-full border border-red-200 px-3 text-xs text-red-700">{t('delete')}</button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The couple's shared month: events of both, D-Days, anniversaries and birthdays. */
export function CoupleCalendar({ circleId, initial }: { circleId: string; initial: CoupleCalendarDto }) {
  const t = useTranslations('coupleTools.calendar');
  const tm = useTranslations('missions');
  const format = useFormatter();
  const label = useAnniversaryLabel();
  useCoupleLive(circleId);
  const [month, setMonth] = useState(initial.month);
  const [selected, setSelected] = useState(initial.today);
  const [editing, setEditing] = useState<CoupleEventDto | 'new' | null>(null);
  const query = useCoupleMonth(circleId, month);
  const data = query.data?.month === month ? query.data : month === initial.month ? initial : query.data;
  const go = (m: string) => { setMonth(m); setSelected(`${m}-01`); setEditing(null); };
  const eventsOn = (d: string) => (data?.month === month ? data.events.filter((e) => e.date === d) : []);
  const extrasOn = (d: string) => (data?.month === month ? data.anniversaries.filter((a) => a.day === d) : []);
  const [y, m] = month.split('-').map(Number);
  const today = data?.today ?? initial.today;

  return (
    <div className="flex flex-col gap-5">
      <CouplePageHeader circleId={circleId} title={t('title')} tool="calendar" />
      <MonthNav
        month={month}
        todayMonth={today.slice(0, 7)}
        labels={{ prevYear: t('prevYear'), prevMonth: t('prevMonth'), nextMonth: t('nextMonth'), nextYear: t('nextYear'), today: t('today'), title: t('monthTitle', { year: y, month: m }) }}
        onChange={go}
        onToday={() => { setMonth(today.slice(0, 7)); setSelected(today); setEditing(null); }}
      />
      {query.isError && <FormError message={tm('loadFailed')} />}
      <div className="rounded-2xl bg-white p-2 shadow-sm sm:p-3">
        <MonthGrid
          month={month}
          label={t('gridLabel')}
          renderDay={(d) => {
            const evs = eventsOn(d);
            const extras = extrasOn(d);
            const chips = [...extras.map((a) => ({ key: `a-${a.kind}-${a.n}-${a.user?.id ?? ''}`, text: label(a), cls: 'bg-pink-100 text-pink-800' })),
              ...evs.map((e) => ({ key: e.id, text: e.title, cls: e.isDDay ? 'bg-grape-600 text-white' : 'bg-grape-100 text-grape-800' }))];
            const isToday = d === today;
            return (
              <li key={d} data-testid={`day-${d}`}>
                <button
                  type="button"
                  onClick={() => { setSelected(d); setEditing(null); }}
                  aria-pressed={selected === d}
                  aria-current={isToday ? 'date' : undefined}
                  aria-label={`${format.dateTime(new Date(`${d}T00:00:00Z`), { month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' })}${chips.length ? `: ${chips.map((c) => c.text).join(', ')}` : ''}`}
                  className={`flex min-h-16 w-full flex-col items-stretch gap-0.5 rounded-lg p-0.5 text-left text-sm sm:min-h-20 ${selected === d ? 'bg-grape-100' : 'hover:bg-grape-50'} ${isToday ? 'ring-2 ring-grape-500' : ''}`}
                >
                  <span aria-hidden className={`text-center ${isToday ? 'font-bold text-grape-700' : ''}`}>{Number(d.slice(8))}</span>
                  {chips.slice(0, 2).map((c) => (
                    <span key={c.key} aria-hidden className={`truncate rounded px-0.5 text-[10px] leading-4 sm:text-xs ${c.cls}`}>{c.text}</span>
                  ))}
                  {chips.length > 2 && <span aria-hidden className="text-center text-[10px] text-neutral-600">{t('more', { count: chips.length - 2 })}</span>}
                </button>
              </li>
            );
          }}
        />
      </div>
      {editing ? (
        <EventForm key={editing === 'new' ? `new-${selected}` : editing.id} circleId={circleId} day={selected} event={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" onClick={() => setEditing('new')} className="min-h-12 rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">{t('add')}</button>
      )}
      {selected.startsWith(month) && <DayList circleId={circleId} day={selected} events={eventsOn(selected)} extras={extrasOn(selected)} onEdit={setEditing} />}
      <CalendarFeed circleId={circleId} />
    </div>
  );
}
