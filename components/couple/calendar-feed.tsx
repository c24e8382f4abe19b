'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { api } from '@/lib/api-client';
import { coupleKeys, useCalendarFeed } from '@/lib/couple/queries';

/** The iCalendar subscription link: shown on demand, copyable, and resettable. */
export function CalendarFeed({ circleId }: { circleId: string }) {
  const t = useTranslations('coupleTools.calendar');
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const feed = useCalendarFeed(circleId, open);
  const reset = useMutation({
    mutationFn: () => api<{ path: string }>(`/api/circles/${circleId}/calendar-feed`, { method: 'POST' }),
    onSuccess: (data) => qc.setQueryData(coupleKeys.feed(circleId), data),
  });
  const url = feed.data ? `${window.location.origin}${feed.data.path}` : '';
  return (
    <section aria-labelledby="feed-heading" className="rounded-2xl bg-white p-5 shadow-sm">
      <h2 id="feed-heading" className="text-lg font-bold">{t('feedTitle')}</h2>
      <p className="mt-1 text-sm text-neutral-600">{t('feedHelp')}</p>
      {!open ? (
        <button type="button" onClick={() => setOpen(true)} className="mt-3 min-h-11 rounded-xl border border-grape-300 px-4 font-semibold text-grape-700">{t('feedShow')}</button>
      ) : (
        <div className="mt-3 flex flex-col gap-2">
          <input readOnly value={url} aria-label={t('feedTitle')} data-testid="feed-url" className="min-h-11 rounded-xl border border-neutral-300 bg-neutral-50 px-3 text-sm" onFocus={(e) => e.target.select()} />
          <div className="flex flex-wrap gap-2">
            <button type="button" disabled={!url} onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))} className="min-h-11 rounded-xl bg-grape-600 px-4 font-semibold text-white disabled:bg-grape-300">
              {copied ? t('feedCopied') : t('feedCopy')}
            </button>
            <button type="button" disabled={reset.isPending} onClick={() => window.confirm(t('feedResetConfirm')) && reset.mutate()} className="min-h-11 rounded-xl border border-neutral-300 px-4 font-semibold text-neutral-700">
              {t('feedReset')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
