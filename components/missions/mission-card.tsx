'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { useErrorText } from '@/components/circles/use-form';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useDeleteMission } from '@/lib/missions/queries';
import type { MissionDto } from '@/lib/missions/schemas';
import { MissionForm } from './mission-form';
import { MissionMeta } from './mission-meta';
import type { CardProps } from './run-card';
import type { UserBrief } from '@/lib/users/brief';

/** A parent's view of one mission (scheduled or running): what it is, edit, delete. */
export function MissionCard({ mission, kids, circleId, viewer, names, today, onStatus }: CardProps & { mission: MissionDto; kids: UserBrief[] }) {
  const t = useTranslations('missions');
  const errorText = useErrorText();
  const remove = useDeleteMission(circleId, viewer);
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const [error, setError] = useState<string | null>(null);

  if (mode === 'edit') {
    return (
      <li>
        <MissionForm circleId={circleId} viewer={viewer} kids={kids} mission={mission} onDone={(msg) => { setMode('view'); onStatus(msg); }} onCancel={() => setMode('view')} />
      </li>
    );
  }
  const onDelete = () => {
    setError(null);
    remove.mutateAsync(mission.id).then(() => onStatus(t('run.deleted', { title: mission.title })), (err) => setError(errorText(err)));
  };
  return (
    <li data-testid="mission-card" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
      <div>
        <h3 className="text-lg font-bold">{mission.title}</h3>
        <p className="text-sm text-neutral-600">{t('meta.forChild', { name: names.get(mission.childId) ?? '' })}</p>
      </div>
      {mission.description && <p className="whitespace-pre-line text-neutral-800">{mission.description}</p>}
      <MissionMeta mission={mission} today={today} />
      <FormError message={error} />
      {mode === 'confirm' ? (
        <div className="flex flex-col gap-2 rounded-xl bg-red-50 p-3">
          <p className="text-sm text-red-900">{t('run.confirmDelete', { title: mission.title })}</p>
          <div className="grid grid-cols-2 gap-2">
            <Button type="button" variant="secondary" onClick={() => setMode('view')}>{t('form.cancel')}</Button>
            <Button type="button" variant="danger" onClick={onDelete} disabled={remove.isPending}>{t('run.deleteConfirm')}</Button>
          </div>
        </div>
      ) : (
        <div className="grid grid-cols-2 gap-2">
          <Button type="button" variant="secondary" onClick={() => setMode('edit')} aria-label={t('run.editLabel', { title: mission.title })}>{t('run.edit')}</Button>
          <Button type="button" variant="ghost" onClick={() => setMode('confirm')} aria-label={t('run.deleteLabel', { title: mission.title })}>{t('run.delete')}</Button>
        </div>
      )}
    </li>
  );
}
