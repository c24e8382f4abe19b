'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useErrorText } from '@/components/circles/use-form';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { TextField } from '@/components/ui/text-field';
import type { Viewer } from '@/lib/missions/merge';
import { useCreateMission, useUpdateMission } from '@/lib/missions/queries';
import { DESCRIPTION_MAX, TITLE_MAX, type MissionDto, type Repeat } from '@/lib/missions/schemas';
import { WEEKDAY_KEYS, useDayLabel } from './mission-meta';
import type { UserBrief } from '@/lib/users/brief';

interface Props {
  circleId: string;
  viewer: Viewer;
  kids: UserBrief[];
  /** Editing this mission; creating a new one when absent. */
  mission?: MissionDto;
  defaultChildId?: string | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

const REPEATS: Repeat[] = ['NONE', 'DAILY', 'WEEKLY'];
const fieldClass = 'min-h-12 rounded-xl border border-neutral-300 bg-white px-4 text-base focus:border-grape-500';

/** Create or edit a mission: who, what, how many grapes, from and until when, how often. */
export function MissionForm({ circleId, viewer, kids, mission, defaultChildId, onDone, onCancel }: Props) {
  const t = useTranslations('missions');
  const day = useDayLabel();
  const errorText = useErrorText();
  const create = useCreateMission(circleId, viewer);
  const update = useUpdateMission(circleId, viewer);
  const [repeat, setRepeat] = useState<Repeat>(mission?.repeat ?? 'NONE');
  const [weekdays, setWeekdays] = useState<number[]>(mission?.weekdays ?? []);
  const [error, setError] = useState<string | null>(null);
  const ids = { child: useId(), description: useId(), reward: useId(), heading: useId() };
  const pending = create.isPending || update.isPending;

  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    const f = new FormData(e.currentTarget);
    const text = (k: string) => String(f.get(k) ?? '');
    const common = {
      title: text('title'),
      description: text('description'),
      reward: Number(text('reward')),
      startsOn: text('startsOn') || null,
      dueOn: text('dueOn') || null,
      repeat,
      weekdays: repeat === 'WEEKLY' ? weekdays : [],
    };
    const onError = (err: unknown) => setError(errorText(err));
    // mutateAsync, not mutate's callbacks: the cache update can move this card away (unmount) first.
    if (mission) {
      // An untouched start day may already be in the past: send it only when it changed.
      const startsOn = common.startsOn === mission.startsOn ? undefined : common.startsOn;
      update.mutateAsync({ id: mission.id, ...common, startsOn }).then(() => onDone(t('form.saved')), onError);
    } else {
      create.mutateAsync({ childId: text('childId'), ...common }).then(
        ({ mission: m }) => onDone(m.scheduled ? t('form.createdScheduled', { title: m.title, date: day(m.startsOn) }) : t('form.created', { title: m.title })),
        onError,
      );
    }
  };

  return (
    <form onSubmit={onSubmit} aria-labelledby={ids.heading} className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm">
      <h2 id={ids.heading} className="text-lg font-bold">{mission ? t('form.titleEdit') : t('form.titleCreate')}</h2>
      {!mission && (
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.child} className="text-sm font-medium">{t('form.child')}</label>
          <select id={ids.child} name="childId" defaultValue={defaultChildId ?? kids[0]?.id} className={fieldClass}>
            {kids.map((k) => <option key={k.id} value={k.id}>{k.displayName}</option>)}
          </select>
        </div>
      )}
      <TextField label={t('form.title')} name="title" required maxLength={TITLE_MAX} defaultValue={mission?.title} hint={t('form.titleHint')} />
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.description} className="text-sm font-medium">{t('form.description')}</label>
        <textarea id={ids.description} name="description" rows={2} maxLength={DESCRIPTION_MAX} defaultValue={mission?.description} className="rounded-xl border border-neutral-300 px-4 py-3 text-base focus:border-grape-500" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={ids.reward} className="text-sm font-medium">{t('form.reward')}</label>
        <select id={ids.reward} name="reward" defaultValue={mission?.reward ?? 1} className={fieldClass}>
          {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{t('meta.reward', { count: n })}</option>)}
        </select>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">{t('form.repeat')}</legend>
        <div className="grid grid-cols-3 gap-2">
          {REPEATS.map((r) => (
            <label key={r} className={`flex min-h-12 cursor-pointer items-center justify-center rounded-xl border px-2 text-center font-semibold ${repeat === r ? 'border-grape-600 bg-grape-50 text-grape-800' : 'border-neutral-300'}`}>
              <input type="radio" name="repeat" value={r} checked={repeat === r} onChange={() => setRepeat(r)} className="sr-only" />
              {t(`form.repeat${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {repeat === 'WEEKLY' && (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">{t('form.weekdays')}</legend>
          <div className="grid grid-cols-7 gap-1">
            {WEEKDAY_KEYS.map((k, d) => (
              <label key={k} className={`flex min-h-12 cursor-pointer items-center justify-center rounded-xl border font-semibold ${weekdays.includes(d) ? 'border-grape-600 bg-grape-600 text-white' : 'border-neutral-300'}`}>
                <input type="checkbox" className="sr-only" checked={weekdays.includes(d)} onChange={() => setWeekdays((w) => (w.includes(d) ? w.filter((x) => x !== d) : [...w, d]))} />
                {t(`weekdays.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <TextField label={t('form.startsOn')} name="startsOn" type="date" defaultValue={mission?.startsOn} hint={t('form.startsOnHint')} />
      <TextField label={t('form.dueOn')} name="dueOn" type="date" defaultValue={mission?.dueOn ?? undefined} hint={repeat === 'NONE' ? t('form.dueOnHint') : t('form.untilHint')} />
      <FormError message={error} />
      <div className="grid grid-cols-2 gap-2">
        <Button type="button" variant="secondary" onClick={onCancel}>{t('form.cancel')}</Button>
        <Button type="submit" disabled={pending}>
          {pending ? t('form.saving') : mission ? t('form.save') : t('form.create')}
        </Button>
      </div>
    </form>
  );
}
