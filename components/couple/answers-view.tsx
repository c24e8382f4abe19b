'use client';

import { useDeferredValue, useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { useArchive, useCoupleLive } from '@/lib/couple/queries';
import { CouplePageHeader } from './couple-page-header';
import { QuestionAnswers } from './question-card';

/** 답변 모음: every question with both answers, newest first, searchable by keyword. */
export function AnswersView({ circleId, meId }: { circleId: string; meId: string }) {
  const t = useTranslations('coupleTools');
  const locale = useLocale();
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale, { timeZone: 'Asia/Seoul', year: 'numeric', month: 'long', day: 'numeric' });
  useCoupleLive(circleId);
  const [q, setQ] = useState('');
  const search = useDeferredValue(q.trim());
  const query = useArchive(circleId, search);
  const list = query.data ?? [];
  return (
    <div className="flex flex-col gap-5">
      <CouplePageHeader circleId={circleId} title={t('archive.title')} tool="answers" />
      <label className="flex flex-col gap-1 text-sm font-semibold">
        {t('archive.searchLabel')}
        <input type="search" value={q} maxLength={50} placeholder={t('archive.searchPlaceholder')} onChange={(e) => setQ(e.target.value)} className="min-h-12 rounded-xl border border-neutral-300 bg-white px-3 text-base font-normal" />
      </label>
      {query.isError && <FormError message={t('loadFailed')} />}
      {query.isSuccess && list.length === 0 && (
        <p className="rounded-2xl bg-white p-5 text-neutral-700 shadow-sm">{search ? t('archive.noResults', { q: search }) : t('archive.empty')}</p>
      )}
      <ol className="flex flex-col gap-3" data-testid="answer-list">
        {list.map((item) => (
          <li key={item.id} className="rounded-2xl bg-white p-5 shadow-sm" data-testid="answer-item">
            <p className="text-xs font-semibold text-grape-600">
              <span className="rounded-full bg-grape-100 px-2 py-0.5">{item.keyword}</span> · {t('archive.askedAt', { date: day(item.askedAt) })}
            </p>
            <h2 className="mt-2 font-bold">{item.text}</h2>
            <div className="mt-3"><QuestionAnswers q={item} meId={meId} /></div>
          </li>
        ))}
      </ol>
    </div>
  );
}
