'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { MAX_CAST, MAX_CAST_NAME } from '@/lib/pieces/schemas';

/** That performance's cast as tags: type a name, Enter or 추가; × removes one. */
export function CastInput({ value, onChange, error }: { value: string[]; onChange: (cast: string[]) => void; error?: string }) {
  const t = useTranslations('pieces.form');
  const id = useId();
  const [draft, setDraft] = useState('');
  const add = () => {
    const name = draft.trim();
    if (name && !value.includes(name) && value.length < MAX_CAST) onChange([...value, name]);
    setDraft('');
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-neutral-800">{t('cast')}</label>
      {value.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={t('cast')}>
          {value.map((name) => (
            <li key={name} className="inline-flex items-center gap-1 rounded-full bg-grape-100 py-1 pl-3 pr-1 text-sm font-medium text-grape-800">
              {name}
              <button type="button" onClick={() => onChange(value.filter((n) => n !== name))} aria-label={t('castRemove', { name })} className="flex h-8 w-8 items-center justify-center rounded-full hover:bg-grape-200">
                <span aria-hidden>×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        <input
          id={id}
          value={draft}
          maxLength={MAX_CAST_NAME}
          placeholder={t('castPlaceholder')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Enter adds the name instead of submitting the whole form (not while composing Hangul).
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) { e.preventDefault(); add(); }
          }}
          onBlur={add}
          aria-describedby={`${id}-hint`}
          className="min-h-12 min-w-0 flex-1 rounded-xl border border-neutral-300 bg-white px-4 text-base outline-none focus:border-grape-500"
        />
        <button type="button" onClick={add} className="min-h-12 shrink-0 rounded-xl border border-grape-200 bg-white px-4 font-semibold text-grape-700 hover:bg-grape-50">{t('castAdd')}</button>
      </div>
      <p id={`${id}-hint`} className="text-xs text-neutral-600">{t('castHint')}</p>
      {error && <p className="text-sm text-red-700" role="alert">{error}</p>}
    </div>
  );
}
