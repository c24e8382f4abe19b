'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';
import { chatApi } from '@/lib/chat/queries';
import type { MessageDto } from '@/lib/chat/schemas';
import { dayLabel, timeLabel } from './format';

interface Props {
  roomId: string;
  onPick: (target: { seq?: number; date?: string }) => void;
  onClose: () => void;
}

/** Search this room by word and/or day; a result (or a date) opens the timeline there. */
export function RoomSearch({ roomId, onPick, onClose }: Props) {
  const t = useTranslations('chat');
  const locale = useLocale();
  const [q, setQ] = useState('');
  const [date, setDate] = useState('');
  const [results, setResults] = useState<MessageDto[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function search(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setPending(true);
    try {
      setResults(await chatApi.search(roomId, { q: q.trim() || undefined, date: date || undefined }));
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t('loadError'));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="border-b border-neutral-200 bg-white p-3" role="search">
      <form onSubmit={search} className="flex flex-wrap items-end gap-2">
        <label className="flex min-w-32 flex-1 flex-col text-xs font-medium">
          {t('searchWord')}
          <input value={q} onChange={(e) => setQ(e.target.value)} className="min-h-11 rounded-xl border border-neutral-300 px-3 text-base" />
        </label>
        <label className="flex flex-col text-xs font-medium">
          {t('searchDate')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} className="min-h-11 rounded-xl border border-neutral-300 px-2 text-base" />
        </label>
        <button type="submit" disabled={pending} className="min-h-11 rounded-xl bg-grape-600 px-4 font-semibold text-white">{t('searchButton')}</button>
        {date && (
          <button type="button" onClick={() => onPick({ date })} className="min-h-11 rounded-xl border border-grape-200 px-3 text-sm text-grape-700">{t('jumpToDate')}</button>
        )}
        <button type="button" onClick={onClose} className="min-h-11 px-2 text-sm text-neutral-600" aria-label={t('searchClose')}>✕</button>
      </form>
      {error && <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>}
      {results && (
        <ul className="mt-2 max-h-60 overflow-y-auto" aria-live="polite" data-testid="search-results">
          {results.length === 0 && <li className="py-2 text-sm text-neutral-600">{t('searchNoResults')}</li>}
          {results.map((m) => (
            <li key={m.id}>
              <button type="button" onClick={() => onPick({ seq: m.seq })} className="w-full rounded-lg px-2 py-2 text-left hover:bg-grape-50" data-testid="search-result">
                <span className="block truncate text-sm">{m.body}</span>
                <span className="text-xs text-neutral-500">{m.sender?.displayName} · {dayLabel(m.createdAt, locale)} {timeLabel(m.createdAt, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
