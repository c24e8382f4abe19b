'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FamilyPageHeader } from '@/components/board/family-page-header';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import type { CalendarDto } from '@/lib/calendar/schemas';
import type { Viewer } from '@/lib/missions/merge';
import { useCalendarLive, useFamilyCalendar } from '@/lib/missions/queries';
import { shiftMonth } from '@/lib/missions/schedule';
import { MonthGrid } from './month-grid';
import type { UserBrief } from '@/lib/users/brief';

interface Props {
  circleId: string;
  me: Viewer;
  kids: UserBrief[];
  initial: CalendarDto;
}

const fieldClass = 'min-h-12 rounded-xl border border-neutral-300 bg-white px-3 text-base focus:border-grape-500';

/** The family's month: grapes earned, missions done and gifts given per Korean day. */
export function CalendarView({ circleId, me, kids, initial }: Props) {
  const t = useTranslations('calendar');
  useCalendarLive(circleId, me.userId);
  const [month, setMonth] = useState(initial.month);
  const [childId, setChildId] = useState<string | null>(initial.childId);
  const query = useFamilyCalendar(circleId, month, me.role === 'CHILD' ? me.userId : childId, initial);
  const data = query.data;
  const ids = { year: useId(), child: useId() };
  const todayMonth = initial.today.slice(0, 7);
  const [year, mon] = month.split('-').map(Number);
  const thisYear = Number(todayMonth.slice(0, 4));
  const years = Array.from({ length: 7 }, (_, i) => thisYear - 5 + i);

  return (
    <div className="flex flex-col gap-5">
      <FamilyPageHeader circleId={circleId} title={t('title')} tool="calendar" />
      {me.role === 'PARENT' && kids.length > 0 && (
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.child} className="text-sm font-medium">{t('child')}</label>
          <select id={ids.child} value={childId ?? ''} onChange={(e) => setChildId(e.target.value || null)} className={fieldClass}>
            <option value="">{t('all')}</option>
            {kids.map((k) => <option key={k.id} value={k.id}>{k.displayName}</option>)}
          </select>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="secondary" onClick={() => setMonth((m) => shiftMonth(m, -1))} aria-label={t('prev')}>‹</Button>
        <h2 className="min-w-32 flex-1 text-center text-xl font-bold" aria-live="polite">{t('monthTitle', { year, month: mon })}</h2>
        <Button type="button" variant="secondary" onClick={() => setMonth((m) => shiftMonth(m, 1))} aria-label={t('next')}>›</Button>
      </div>
      <div className="flex items-end gap-2">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor={ids.year} className="text-sm font-medium">{t('year')}</label>
          <select id={ids.year} value={year} onChange={(e) => setMonth(`${e.target.value}-${month.slice(5)}`)} className={fieldClass}>
            {years.map((y) => <option key={y} value={y}>{t('yearOption', { year: y })}</option>)}
          </select>
        </div>
        <Button type="button" variant={month === todayMonth ? 'ghost' : 'primary'} onClick={() => setMonth(todayMonth)}>{t('today')}</Button>
      </div>
      {query.isError && <FormError message={t('loadFailed')} />}
      {!data ? (
        <p role="status" className="rounded-2xl bg-white p-5 text-center text-neutral-600 shadow-sm">{t('loading')}</p>
      ) : (
        <>
          <MonthGrid data={data} />
          <p className="text-sm font-medium text-neutral-700" data-testid="calendar-totals">
            {t('totals', { grapes: data.totals.grapes, missions: data.totals.missions, gifts: data.totals.gifts })}
          </p>
          {data.days.length === 0 && <p className="rounded-2xl bg-white px-5 py-4 text-sm text-neutral-600 shadow-sm">{t('empty')}</p>}
        </>
      )}
    </div>
  );
}
