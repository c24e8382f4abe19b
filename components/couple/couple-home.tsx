'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { useCoupleLive, useCoupleOverview, useSettings } from '@/lib/couple/queries';
import { FREQUENCIES } from '@/lib/couple/limits';
import type { CoupleOverviewDto } from '@/lib/couple/schemas';

const card = 'rounded-2xl bg-white p-5 shadow-sm';

function StartDate({ c }: { c: CoupleOverviewDto }) {
  const t = useTranslations('coupleTools');
  const save = useSettings(c.circleId);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(c.startDate ?? c.today);
  return (
    <section aria-labelledby="start-heading" className={card}>
      <h2 id="start-heading" className="text-lg font-bold">{t('startDateTitle')}</h2>
      {c.daysTogether !== null && (
        <p className="mt-1 text-3xl font-bold text-grape-700" data-testid="days-together">{t('daysTogether', { days: c.daysTogether.toLocaleString() })}</p>
      )}
      <p className="mt-1 text-sm text-neutral-600">{c.startDate ? t('startsOn', { date: c.startDate }) : t('startDateNone')}</p>
      {editing || !c.startDate ? (
        <form
          className="mt-3 flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ startDate: value }, { onSuccess: () => setEditing(false) });
          }}
        >
          <label className="flex flex-col gap-1 text-sm font-semibold">
            {t('startDateLabel')}
            <input type="date" required value={value} max={c.today} onChange={(e) => setValue(e.target.value)} className="min-h-11 rounded-xl border border-neutral-300 px-3 text-base" />
          </label>
          <button type="submit" disabled={save.isPending} className="min-h-11 rounded-xl bg-grape-600 px-4 font-semibold text-white disabled:bg-grape-300">
            {save.isPending ? t('saving') : t('save')}
          </button>
          <p className="w-full text-xs text-neutral-600">{t('startDateHelp')}</p>
          {save.isError && <FormError message={save.error.message} />}
        </form>
      ) : (
        <button type="button" onClick={() => { setValue(c.startDate!); setEditing(true); }} className="mt-2 min-h-11 text-sm font-semibold text-grape-700 underline">
          {t('change')}
        </button>
      )}
    </section>
  );
}

function DDays({ c }: { c: CoupleOverviewDto }) {
  const t = useTranslations('coupleTools');
  return (
    <section aria-labelledby="ddays-heading" className={card}>
      <h2 id="ddays-heading" className="text-lg font-bold">{t('dDaysTitle')}</h2>
      {c.dDays.length === 0 ? (
        <p className="mt-2 text-sm text-neutral-600">{t('dDaysEmpty')}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2" data-testid="ddays">
          {c.dDays.map((d) => (
            <li key={d.id} className="flex items-center justify-between gap-3 rounded-xl bg-grape-50 px-4 py-2">
              <span className="min-w-0 truncate">{d.title} <span className="text-xs text-neutral-600">{d.date}</span></span>
              <span className="shrink-0 font-bold text-grape-700">{d.label}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Frequency({ c }: { c: CoupleOverviewDto }) {
  const t = useTranslations('coupleTools');
  const save = useSettings(c.circleId);
  return (
    <section aria-labelledby="freq-heading" className={card}>
      <h2 id="freq-heading" className="text-lg font-bold">{t('frequencyTitle')}</h2>
      <p className="mt-1 text-sm text-neutral-600">{t('frequencyHelp')}</p>
      <fieldset className="mt-3 flex flex-col gap-1" aria-labelledby="freq-heading" disabled={save.isPending}>
        {FREQUENCIES.map((f) => (
          <label key={f} className="flex min-h-11 items-center gap-3 rounded-xl px-2 hover:bg-grape-50">
            <input type="radio" name="frequency" value={f} checked={c.questionFrequency === f} onChange={() => save.mutate({ questionFrequency: f })} className="h-5 w-5 accent-grape-600" />
            {t(`frequency.${f}`)}
          </label>
        ))}
      </fieldset>
      {save.isError && <FormError message={save.error.message} />}
    </section>
  );
}

/** A couple's home (under its tools and room link): a question waiting for me, days together, D-Days, settings. */
export function CoupleHome({ circleId, initial }: { circleId: string; initial?: CoupleOverviewDto }) {
  const t = useTranslations('coupleTools');
  useCoupleLive(circleId);
  const query = useCoupleOverview(circleId, initial);
  const c = query.data;
  return (
    <>
      {query.isError && <FormError message={t('loadFailed')} />}
      {c?.waitingQuestion && (
        <section aria-labelledby="waiting-heading" className="rounded-2xl border-2 border-grape-300 bg-grape-50 p-5" data-testid="waiting-question">
          <h2 id="waiting-heading" className="text-lg font-bold">{t('waitingTitle')}</h2>
          <p className="mt-1">{t('waitingBody', { text: c.waitingQuestion.text })}</p>
          {c.roomId && (
            <Link href={`/chat/${c.roomId}${c.waitingQuestion.cardSeq ? `?seq=${c.waitingQuestion.cardSeq}` : ''}`} className="mt-3 inline-flex min-h-11 items-center rounded-xl bg-grape-600 px-4 font-semibold text-white">
              {t('answerInRoom')}
            </Link>
          )}
        </section>
      )}
      {c && (
        <>
          <StartDate key={c.startDate ?? 'none'} c={c} />
          <DDays c={c} />
          <Frequency c={c} />
        </>
      )}
    </>
  );
}
