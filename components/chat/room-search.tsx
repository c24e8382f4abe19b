'use client';

import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';
import { chatApi } from '@/lib/chat/queries';
import type { MessageDto } from '@/lib/chat/schemas';
import { dayLabel, timeLabel } from './format';
import { FileText, Image as ImageIcon, Play } from 'lucide-react';

/** What a result says, like the chat list's preview: a photo is "사진", a file its name. */
function resultText(m: MessageDto, tr: ReturnType<typeof useTranslations<'rooms.search'>>) {
  if (m.kind === 'IMAGE') return m.body || tr('photo');
  if (m.kind === 'VIDEO') return m.body || tr('video');
  if (m.kind === 'FILE') return m.attachment?.fileName ?? '';
  if (m.kind === 'STICKER') return tr('sticker');
  return m.body;
}

function ResultThumb({ m }: { m: MessageDto }) {
  const a = m.attachment;
  if (m.kind === 'IMAGE' && a?.thumbUrl) {
    // eslint-disable-next-line @next/next/no-img-element -- authenticated file route
    return <img src={a.thumbUrl} alt="" className="h-11 w-11 shrink-0 rounded-md object-cover" data-testid="search-thumb" />;
  }
  if (m.kind === 'IMAGE' || m.kind === 'VIDEO' || m.kind === 'FILE') {
    const Icon = m.kind === 'FILE' ? FileText : m.kind === 'VIDEO' ? Play : ImageIcon;
    return <span aria-hidden className="flex h-11 w-11 shrink-0 items-center justify-center rounded-md bg-grape-50 text-grape-700"><Icon /></span>;
  }
  return null;
}

interface Props {
  roomId: string;
  onPick: (target: { seq?: number; date?: string }) => void;
  onClose: () => void;
}

/** Search this room by word and/or day; a result (or a date) opens the timeline there. */
export function RoomSearch({ roomId, onPick, onClose }: Props) {
  const t = useTranslations('chat');
  const tr = useTranslations('rooms.search');
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
              <button type="button" onClick={() => onPick({ seq: m.seq })} className="flex w-full items-center gap-3 rounded-lg px-2 py-2 text-left hover:bg-grape-50" data-testid="search-result">
                <ResultThumb m={m} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-sm">{resultText(m, tr)}</span>
                  <span className="text-xs text-neutral-500">{m.sender?.displayName} · {dayLabel(m.createdAt, locale)} {timeLabel(m.createdAt, locale)}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
