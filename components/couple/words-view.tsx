'use client';

import { useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { useCoupleLive, useExcludeWord, useWords, useWordsFollowRoom } from '@/lib/couple/queries';
import { MAX_WORD, TOP_CHOICES } from '@/lib/couple/limits';
import { CouplePageHeader } from './couple-page-header';

const TOP_KEY = 'moa.words.top';

const subscribers = new Set<() => void>();
const readTop = () => {
  const saved = Number(window.localStorage.getItem(TOP_KEY));
  return (TOP_CHOICES as readonly number[]).includes(saved) ? saved : 5;
};

/** The person's pick (top 3, 5 or 10), remembered on this device; 5 on the server render. */
function useTop(): [number, (n: number) => void] {
  const top = useSyncExternalStore(
    (fn) => { subscribers.add(fn); return () => subscribers.delete(fn); },
    readTop,
    () => 5,
  );
  return [top, (n) => { window.localStorage.setItem(TOP_KEY, String(n)); subscribers.forEach((fn) => fn()); }];
}

function ExcludedChips({ words, busy, onRestore, testId }: { words: string[]; busy: boolean; onRestore: (w: string) => void; testId: string }) {
  const t = useTranslations('coupleTools.words');
  return (
    <ul className="mt-3 flex flex-wrap gap-2" data-testid={testId}>
      {words.map((word) => (
        <li key={word} className="flex items-center gap-1 rounded-full bg-grape-50 py-1 pl-3 pr-1 text-sm">
          <span>{word}</span>
          <button type="button" disabled={busy} onClick={() => onRestore(word)} aria-label={t('restoreLabel', { word })} className="min-h-9 rounded-full px-2 text-xs font-semibold text-grape-700 hover:bg-white">
            {t('restore')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** 단어 순위: each partner's most used nouns of the last 7 days, side by side, live. */
export function WordsView({ circleId, roomId, meId }: { circleId: string; roomId: string | null; meId: string }) {
  const t = useTranslations('coupleTools');
  useCoupleLive(circleId);
  useWordsFollowRoom(circleId, roomId);
  const [top, setTop] = useTop();
  const query = useWords(circleId, top);
  const exclude = useExcludeWord(circleId);
  const [word, setWord] = useState('');
  const data = query.data;
  const custom = (data?.excluded ?? []).filter((e) => !e.isDefault).map((e) => e.word);
  const defaults = (data?.excluded ?? []).filter((e) => e.isDefault).map((e) => e.word);

  return (
    <div className="flex flex-col gap-5">
      <CouplePageHeader circleId={circleId} title={t('words.title')} tool="words" />
      <div className="flex flex-wrap items-center justify-between gap-3">
        {data && <p className="text-sm text-neutral-700">{t('words.range', { from: data.from, to: data.to })}</p>}
        <fieldset className="flex gap-1" aria-label={t('words.topLabel')}>
          {TOP_CHOICES.map((n) => (
            <label key={n} className={`flex min-h-11 cursor-pointer items-center rounded-full px-4 text-sm font-semibold ${top === n ? 'bg-grape-600 text-white' : 'bg-white text-grape-700 shadow-sm'}`}>
              <input type="radio" name="top" className="sr-only" checked={top === n} onChange={() => setTop(n)} />
              {t('words.top', { n })}
            </label>
          ))}
        </fieldset>
      </div>
      {query.isError && <FormError message={t('loadFailed')} />}
      {exclude.isError && <FormError message={exclude.error.message} />}
      <div className="grid gap-3 sm:grid-cols-2">
        {data?.rankings.map((r) => (
          <section key={r.user.id} aria-label={t('words.listLabel', { name: r.user.displayName })} className="rounded-2xl bg-white p-5 shadow-sm" data-testid={r.user.id === meId ? 'ranking-me' : 'ranking-partner'}>
            <h2 className="text-lg font-bold">{r.user.id === meId ? `${r.user.displayName} (${t('question.you')})` : r.user.displayName}</h2>
            {r.words.length === 0 ? (
              <p className="mt-2 text-sm text-neutral-600">{t('words.empty')}</p>
            ) : (
              <ol className="mt-2 flex flex-col gap-1">
                {r.words.map((w) => (
                  <li key={w.word} className="flex min-h-11 items-center gap-3 rounded-xl px-2 hover:bg-grape-50" data-testid="rank-row">
                    <span className="w-10 shrink-0 text-sm font-bold text-grape-600">{t('words.rank', { rank: w.rank })}</span>
                    <span className="min-w-0 flex-1 truncate font-semibold" data-testid="rank-word">{w.word}</span>
                    <span className="text-sm text-neutral-600">{t('words.count', { count: w.count })}</span>
                    <button type="button" disabled={exclude.isPending} onClick={() => exclude.mutate({ word: w.word })} aria-label={t('words.excludeLabel', { word: w.word })} className="min-h-9 rounded-full border border-neutral-300 px-3 text-xs text-neutral-700 hover:bg-white">
                      {t('words.exclude')}
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </div>
      <section aria-labelledby="excluded-heading" className="rounded-2xl bg-white p-5 shadow-sm">
        <h2 id="excluded-heading" className="text-lg font-bold">{t('words.excludedTitle')}</h2>
        <p className="mt-1 text-sm text-neutral-600">{t('words.excludedHelp')}</p>
        <form
          className="mt-3 flex gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            if (word.trim()) exclude.mutate({ word: word.trim() }, { onSuccess: () => setWord('') });
          }}
        >
          <label className="sr-only" htmlFor="exclude-word">{t('words.addLabel')}</label>
          <input id="exclude-word" value={word} maxLength={MAX_WORD} placeholder={t('words.addLabel')} onChange={(e) => setWord(e.target.value)} className="min-h-11 min-w-0 flex-1 rounded-xl border border-neutral-300 px-3 text-base" />
          <button type="submit" disabled={!word.trim() || exclude.isPending} className="min-h-11 rounded-xl bg-grape-600 px-4 font-semibold text-white disabled:bg-grape-300">{t('words.add')}</button>
        </form>
        {data && custom.length === 0 && <p className="mt-3 text-sm text-neutral-600">{t('words.excludedEmpty')}</p>}
        <ExcludedChips words={custom} busy={exclude.isPending} onRestore={(w) => exclude.mutate({ word: w, restore: true })} testId="excluded-list" />
        {defaults.length > 0 && (
          <details className="mt-3">
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold text-grape-700">{t('words.defaultsSummary', { count: defaults.length })}</summary>
            <ExcludedChips words={defaults} busy={exclude.isPending} onRestore={(w) => exclude.mutate({ word: w, restore: true })} testId="default-excluded-list" />
          </details>
        )}
      </section>
    </div>
  );
}
