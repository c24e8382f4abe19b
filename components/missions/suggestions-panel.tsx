'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useErrorText } from '@/components/circles/use-form';
import { Panel } from '@/components/circles/panel';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import type { Viewer } from '@/lib/missions/merge';
import { useCreateMission, useSuggestions } from '@/lib/missions/queries';
import { AREAS, PLACES, type Suggestion, type SuggestionQuery } from '@/lib/missions/suggestions/types';
import type { UserBrief } from '@/lib/users/brief';

interface Props {
  circleId: string;
  viewer: Viewer;
  kids: UserBrief[];
  defaultChildId: string | null;
  onStatus: (message: string) => void;
  ai: boolean;
}

const AGES = Array.from({ length: 13 }, (_, i) => i + 3);
const fieldClass = 'min-h-12 rounded-xl border border-neutral-300 bg-white px-4 text-base focus:border-grape-500';

/** Parents pick age, place and area, get five ideas and add one with a single tap. */
export function SuggestionsPanel({ circleId, viewer, kids, defaultChildId, onStatus, ai }: Props) {
  const t = useTranslations('suggestions');
  const tf = useTranslations('familyTools');
  const errorText = useErrorText();
  const ask = useSuggestions(circleId);
  const create = useCreateMission(circleId, viewer);
  const [childId, setChildId] = useState<string | null>(null);
  const [added, setAdded] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const ids = { child: useId(), age: useId(), place: useId(), area: useId() };
  const forChild = childId ?? defaultChildId ?? kids[0]?.id;

  const onAsk = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    const f = new FormData(e.currentTarget);
    const q = { age: Number(f.get('age')), place: f.get('place'), area: f.get('area') } as SuggestionQuery;
    ask.mutate(q, { onError: (err) => setError(errorText(err)) });
  };
  const onAdd = (s: Suggestion) => {
    setError(null);
    create.mutate(
      { childId: forChild, title: s.title, description: s.description, reward: s.reward },
      {
        onSuccess: () => {
          setAdded((a) => new Set(a).add(s.id));
          onStatus(t('addedStatus', { title: s.title }));
        },
        onError: (err) => setError(errorText(err)),
      },
    );
  };

  return (
    <Panel as="section" level={2} id="suggestions-heading" title={(ask.data ? ask.data.source === 'ai' : ai) ? tf('suggest.ai') : tf('suggest.bundled')} body={t('body')}>
      <form onSubmit={onAsk} className="grid grid-cols-2 gap-3">
        {kids.length > 1 && (
          <div className="col-span-2 flex flex-col gap-1">
            <label htmlFor={ids.child} className="text-sm font-medium">{t('child')}</label>
            <select id={ids.child} value={forChild} onChange={(e) => setChildId(e.target.value)} className={fieldClass}>
              {kids.map((k) => <option key={k.id} value={k.id}>{k.displayName}</option>)}
            </select>
          </div>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.age} className="text-sm font-medium">{t('age')}</label>
          <select id={ids.age} name="age" defaultValue={7} className={fieldClass}>
            {AGES.map((a) => <option key={a} value={a}>{t('ageOption', { age: a })}</option>)}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.place} className="text-sm font-medium">{t('place')}</label>
          <select id={ids.place} name="place" defaultValue="home" className={fieldClass}>
            {PLACES.map((p) => <option key={p} value={p}>{t(`places.${p}`)}</option>)}
          </select>
        </div>
        <div className="col-span-2 flex flex-col gap-1">
          <label htmlFor={ids.area} className="text-sm font-medium">{t('area')}</label>
          <select id={ids.area} name="area" defaultValue="chores" className={fieldClass}>
            {AREAS.map((a) => <option key={a} value={a}>{t(`areas.${a}`)}</option>)}
          </select>
        </div>
        <Button type="submit" className="col-span-2" disabled={ask.isPending}>
          {ask.isPending ? t('asking') : ask.data ? t('again') : t('ask')}
        </Button>
      </form>
      <FormError message={error} />
      {ask.data && (
        <div className="flex flex-col gap-2" aria-live="polite">
          <p className="text-sm text-neutral-600">{ask.data.source === 'ai' ? t('sourceAi') : t('sourceCatalog')}</p>
          <ul aria-label={t('results')} className="flex flex-col gap-2">
            {ask.data.suggestions.map((s) => {
              const done = added.has(s.id);
              return (
                <li key={s.id} data-testid="suggestion" className="flex items-center gap-3 rounded-xl border border-grape-100 p-3">
                  <div className="min-w-0 flex-1">
                    <p className="font-semibold">{s.title}</p>
                    <p className="text-sm text-neutral-600">{s.description}</p>
                    <p className="text-xs font-medium text-grape-700">{t('reward', { count: s.reward })}</p>
                  </div>
                  <Button type="button" variant={done ? 'ghost' : 'primary'} disabled={done || create.isPending} onClick={() => onAdd(s)} aria-label={done ? t('addedLabel', { title: s.title }) : t('addLabel', { title: s.title })}>
                    {done ? t('added') : t('add')}
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </Panel>
  );
}
