'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { FamilyPageHeader } from '@/components/board/family-page-header';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { noteStillTrue, runningMissions, type RunStatusNote, type Viewer } from '@/lib/missions/merge';
import { useMissions, useMissionsLive } from '@/lib/missions/queries';
import type { MissionDto, MissionListDto, MissionRunDto } from '@/lib/missions/schemas';
import { MissionCard } from './mission-card';
import { MissionForm } from './mission-form';
import { RunCard } from './run-card';
import { Section } from './section';
import { SuggestionsPanel } from './suggestions-panel';
import type { UserBrief } from '@/lib/users/brief';

interface Props {
  circleId: string;
  me: Viewer;
  kids: UserBrief[];
  initial: MissionListDto;
  /** Suggestions come from an AI provider (else from the bundled list): the button says which. */
  suggestionsAi?: boolean;
}

/** The family's missions, live on every member's screen. Parents set and decide; the child does. */
export function MissionsView({ circleId, me, kids, initial, suggestionsAi = false }: Props) {
  const t = useTranslations('missions');
  const tf = useTranslations('familyTools');
  useMissionsLive(circleId, me);
  const query = useMissions(circleId, initial);
  const data = query.data ?? initial;
  const [childId, setChildId] = useState<string | null>(null);
  const [panel, setPanel] = useState<'create' | 'suggest' | null>(null);
  // A note about one run ("sent to your parents") shows only while that run keeps its status.
  const [note, setNote] = useState<{ text: string; about?: RunStatusNote } | null>(null);
  const setStatus = (text: string | null, about?: RunStatusNote) => setNote(text ? { text, about } : null);
  const parent = me.role === 'PARENT';
  const names = new Map(kids.map((k) => [k.id, k.displayName]));
  const ofChild = <T extends MissionDto | MissionRunDto>(xs: T[]) => (childId ? xs.filter((x) => ('mission' in x ? x.mission.childId : x.childId) === childId) : xs);
  const card = { circleId, viewer: me, names, today: data.today, onStatus: setStatus };
  const status = note && noteStillTrue(data, note.about) ? note.text : null;
  const running = runningMissions(data);

  if (!kids.length) {
    return (
      <div className="flex flex-col gap-5">
        <FamilyPageHeader circleId={circleId} title={t('title')} tool="missions" />
        <EmptyState title={t('noChildrenTitle')} body={t('noChildrenBody')}>
          <Link href={`/circles/${circleId}`} className="inline-flex min-h-12 items-center font-semibold text-grape-700 underline">
            {t('toFamily')}
          </Link>
        </EmptyState>
      </div>
    );
  }

  const todo = (
    <Section key="todo" id="todo" title={t('sections.todo')} count={ofChild(data.todo).length} empty={parent ? t('empty.todoParent') : t('empty.todoChild')}>
      {ofChild(data.todo).map((r) => <RunCard key={r.id} run={r} {...card} />)}
    </Section>
  );
  const awaiting = (
    <Section key="awaiting" id="awaiting" title={t('sections.awaiting')} count={ofChild(data.awaiting).length} empty={parent ? t('empty.awaitingParent') : t('empty.awaitingChild')}>
      {ofChild(data.awaiting).map((r) => <RunCard key={r.id} run={r} {...card} />)}
    </Section>
  );

  return (
    <div className="flex flex-col gap-5">
      <FamilyPageHeader circleId={circleId} title={t('title')} tool="missions" />
      {query.isError && <FormError message={t('loadFailed')} />}
      <p role="status" aria-live="polite" className={status ? 'rounded-xl bg-grape-50 px-4 py-3 text-sm font-medium text-grape-800' : 'sr-only'}>
        {status}
      </p>
      {parent && kids.length > 1 && (
        <div role="group" aria-label={t('pickChild')} className="flex gap-2 overflow-x-auto pb-1">
          {[null, ...kids.map((k) => k.id)].map((id) => (
            <button
              key={id ?? 'all'}
              type="button"
              aria-pressed={childId === id}
              onClick={() => setChildId(id)}
              className={`min-h-12 shrink-0 rounded-full px-5 font-semibold ${childId === id ? 'bg-grape-600 text-white' : 'bg-white text-grape-700 shadow-sm'}`}
            >
              {id ? names.get(id) : t('allChildren')}
            </button>
          ))}
        </div>
      )}
      {parent && (
        <div className="grid grid-cols-2 gap-2">
          <Button type="button" aria-expanded={panel === 'create'} onClick={() => { setStatus(null); setPanel('create'); }}>
            {t('new')}
          </Button>
          <Button type="button" variant="secondary" aria-expanded={panel === 'suggest'} onClick={() => { setStatus(null); setPanel(panel === 'suggest' ? null : 'suggest'); }}>
            {suggestionsAi ? tf('suggest.ai') : tf('suggest.bundled')}
          </Button>
        </div>
      )}
      {parent && panel === 'create' && (
        <MissionForm circleId={circleId} viewer={me} kids={kids} defaultChildId={childId} onDone={(msg) => { setPanel(null); setStatus(msg); }} onCancel={() => setPanel(null)} />
      )}
      {parent && panel === 'suggest' && <SuggestionsPanel circleId={circleId} viewer={me} kids={kids} defaultChildId={childId} onStatus={setStatus} ai={suggestionsAi} />}
      {parent ? [awaiting, todo] : [todo, awaiting]}
      {parent && (
        <Section id="scheduled" title={t('sections.scheduled')} count={ofChild(data.scheduled).length} empty={t('empty.scheduled')}>
          {ofChild(data.scheduled).map((m) => <MissionCard key={m.id} mission={m} kids={kids} {...card} />)}
        </Section>
      )}
      {parent && (
        <Section id="active" title={t('sections.active')} count={ofChild(running).length} empty={t('empty.active')}>
          {ofChild(running).map((m) => <MissionCard key={m.id} mission={m} kids={kids} {...card} />)}
        </Section>
      )}
      <Section id="done" title={t('sections.done')} count={ofChild(data.done).length} empty={t('empty.done')}>
        {ofChild(data.done).map((r) => <RunCard key={r.id} run={r} {...card} />)}
      </Section>
    </div>
  );
}
