'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { useSaveEvent } from '@/lib/couple/queries';
import type { CoupleEventDto } from '@/lib/couple/schemas';

const field = 'min-h-11 rounded-xl border border-neutral-300 bg-white px-3 text-base font-normal';

/** Add an event on a day, or edit one: title, date, optional time and memo, D-Day. */
export function EventForm({ circleId, day, event, onDone }: { circleId: string; day: string; event?: CoupleEventDto; onDone: () => void }) {
  const t = useTranslations('coupleTools.calendar');
  const save = useSaveEvent(circleId);
  const [title, setTitle] = useState(event?.title ?? '');
  const [date, setDate] = useState(event?.date ?? day);
  const [time, setTime] = useState(event?.time ?? '');
  const [memo, setMemo] = useState(event?.memo ?? '');
  const [isDDay, setIsDDay] = useState(event?.isDDay ?? false);
  return (
    <form
      className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm"
      data-testid="event-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ id: event?.id, input: { title: title.trim(), date, time: time || null, memo: memo.trim(), isDDay } }, { onSuccess: onDone });
      }}
    >
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {t('titleLabel')}
        <input required maxLength={60} value={title} onChange={(e) => setTitle(e.target.value)} className={field} />
      </label>
      <div className="flex flex-wrap gap-3">
        <label className="flex flex-col gap-1 text-sm font-semibold">
          {t('dateLabel')}
          <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          {t('timeLabel')}
          <input type="time" value={time} onChange={(e) => setTime(e.target.value)} className={field} />
        </label>
      </div>
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {t('memoLabel')}
        <textarea rows={2} maxLength={500} value={memo} onChange={(e) => setMemo(e.target.value)} className={`${field} py-2`} />
      </label>
      <label className="flex min-h-11 items-center gap-3 text-sm font-semibold">
        <input type="checkbox" checked={isDDay} onChange={(e) => setIsDDay(e.target.checked)} className="h-5 w-5 accent-grape-600" />
        {t('dDayLabel')}
      </label>
      {save.isError && <FormError message={save.error.message} />}
      <div className="flex gap-2">
        <button type="submit" disabled={save.isPending || !title.trim()} className="min-h-11 flex-1 rounded-xl bg-grape-600 px-4 font-semibold text-white disabled:bg-grape-300">{t('save')}</button>
        <button type="button" onClick={onDone} className="min-h-11 rounded-xl border border-neutral-300 px-4 font-semibold text-neutral-700">{t('cancel')}</button>
      </div>
    </form>
  );
}
