'use client';

import { useId, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useErrorText } from '@/components/circles/use-form';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import type { RunStatusNote, Viewer } from '@/lib/missions/merge';
import { useApproveRun, useRejectRun, useSubmitRun } from '@/lib/missions/queries';
import { PHOTO_MAX_BYTES, REASON_MAX, type MissionRunDto } from '@/lib/missions/schemas';
import { MissionMeta, useDayLabel } from './mission-meta';

export interface CardProps {
  circleId: string;
  viewer: Viewer;
  names: Map<string, string>;
  today: string;
  onStatus: (message: string | null, about?: RunStatusNote) => void;
}

const BADGE: Record<MissionRunDto['status'], string> = {
  TODO: 'bg-neutral-100 text-neutral-800',
  SUBMITTED: 'bg-amber-100 text-amber-900',
  APPROVED: 'bg-green-100 text-green-900',
  REJECTED: 'bg-red-50 text-red-800',
};

/** One mission on one day, with what the viewer can do with it now. */
export function RunCard({ run, circleId, viewer, names, today, onStatus }: CardProps & { run: MissionRunDto }) {
  const t = useTranslations('missions');
  const day = useDayLabel();
  const m = run.mission;
  const name = names.get(m.childId) ?? '';
  const mine = viewer.role === 'CHILD' && viewer.userId === m.childId;
  return (
    <li data-testid="mission-run" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 className="text-lg font-bold">{m.title}</h3>
          <p className="text-sm text-neutral-600">
            {viewer.role === 'PARENT' ? `${t('meta.forChild', { name })} · ` : ''}
            {day(run.day)}
          </p>
        </div>
        <span className={`shrink-0 rounded-full px-3 py-1 text-sm font-semibold ${BADGE[run.status]}`}>{t(`status.${run.status}`)}</span>
      </div>
      {m.description && <p className="whitespace-pre-line text-neutral-800">{m.description}</p>}
      <MissionMeta mission={m} today={today} />
      {run.status === 'REJECTED' && run.rejectReason && (
        <p className="rounded-xl bg-red-50 px-4 py-3 text-sm text-red-900">{t('run.rejectedReason', { reason: run.rejectReason })}</p>
      )}
      {run.photo && (
        <a href={run.photo.url} target="_blank" rel="noreferrer" className="self-start">
          {/* eslint-disable-next-line @next/next/no-img-element -- served by our own API with auth cookies */}
          <img src={run.photo.thumbUrl} alt={t('run.photoAlt', { title: m.title })} className="max-h-48 rounded-xl object-cover" />
        </a>
      )}
      {run.status === 'APPROVED' && (
        <p className="text-sm font-semibold text-green-900">{run.grapesGiven ? t('run.grapesReceived', { count: run.grapesGiven }) : t('run.noGrapes')}</p>
      )}
      {mine && (run.status === 'TODO' || run.status === 'REJECTED') && !m.deleted && <SubmitForm run={run} circleId={circleId} viewer={viewer} onStatus={onStatus} />}
      {viewer.role === 'PARENT' && run.status === 'SUBMITTED' && <Decide run={run} circleId={circleId} viewer={viewer} name={name} onStatus={onStatus} />}
    </li>
  );
}

function SubmitForm({ run, circleId, viewer, onStatus }: Pick<CardProps, 'circleId' | 'viewer' | 'onStatus'> & { run: MissionRunDto }) {
  const t = useTranslations('missions');
  const errorText = useErrorText();
  const submit = useSubmitRun(circleId, viewer);
  const [photo, setPhoto] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const clearPhoto = () => {
    setPhoto(null);
    if (fileRef.current) fileRef.current.value = '';
  };
  const send = () => {
    setError(null);
    if (photo && photo.size > PHOTO_MAX_BYTES) return setError(t('run.photoTooLarge'));
    // mutateAsync: the cache update moves this run to another list (unmounting the form) before callbacks would run.
    submit.mutateAsync({ run, photo }).then((r) => onStatus(t('run.submitted'), { runId: r.run?.id ?? run.id, status: 'SUBMITTED' }), (err) => setError(errorText(err)));
  };
  return (
    <div className="flex flex-col gap-3 border-t border-grape-100 pt-3">
      <div className="flex flex-col gap-1">
        {/* A styled label stands in for the browser's own file button (its text follows the browser's language). */}
        <label htmlFor={inputId} className="inline-flex min-h-12 cursor-pointer items-center justify-center gap-2 self-start rounded-xl border border-grape-200 bg-white px-5 font-semibold text-grape-700 hover:bg-grape-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-grape-500">
          {t('run.photo')}
          <input id={inputId} ref={fileRef} type="file" accept="image/jpeg,image/png,image/webp" onChange={(e) => setPhoto(e.currentTarget.files?.[0] ?? null)} className="sr-only" />
        </label>
        {photo ? (
          <p className="flex items-center gap-2 text-sm text-neutral-700">
            <span className="min-w-0 truncate">{t('run.photoChosen', { name: photo.name })}</span>
            <button type="button" onClick={clearPhoto} className="min-h-12 shrink-0 px-2 font-semibold text-grape-700 underline">{t('run.photoRemove')}</button>
          </p>
        ) : (
          <p className="text-xs text-neutral-600">{t('run.photoHint')}</p>
        )}
      </div>
      <FormError message={error} />
      <Button type="button" onClick={send} disabled={submit.isPending}>
        {submit.isPending ? t('run.submitting') : run.status === 'REJECTED' ? t('run.resubmit') : t('run.done')}
      </Button>
    </div>
  );
}

function Decide({ run, circleId, viewer, name, onStatus }: Pick<CardProps, 'circleId' | 'viewer' | 'onStatus'> & { run: MissionRunDto; name: string }) {
  const t = useTranslations('missions');
  const errorText = useErrorText();
  const approve = useApproveRun(circleId, viewer);
  const reject = useRejectRun(circleId, viewer);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const busy = approve.isPending || reject.isPending;
  const onApprove = () => {
    setError(null);
    approve.mutateAsync(run).then(
      (r) =>
        onStatus(
          r.shortfall === 'no_board'
            ? t('run.approvedNoBoard', { name })
            : r.shortfall === 'board_full'
              ? t('run.approvedBoardFull', { name, count: r.grapesGiven })
              : t('run.approvedGrapes', { name, count: r.grapesGiven }),
        ),
      (err) => setError(errorText(err)),
    );
  };
  const onReject = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    reject.mutateAsync({ run, reason }).then(() => onStatus(t('run.rejected', { name })), (err) => setError(errorText(err)));
  };
  return (
    <div className="flex flex-col gap-3 border-t border-grape-100 pt-3">
      <FormError message={error} />
      {rejecting ? (
        <form onSubmit={onReject} className="flex flex-col gap-2">
          <label htmlFor={reasonId} className="text-sm font-medium">{t('run.rejectReason')}</label>
          <textarea id={reasonId} value={reason} maxLength={REASON_MAX} required rows={2} onChange={(e) => setReason(e.target.value)} className="rounded-xl border border-neutral-300 px-4 py-3 text-base focus:border-grape-500" />
          <p className="text-xs text-neutral-600">{t('run.rejectReasonHint')}</p>
          <div className="grid grid-cols-2 gap-2">
            <Button type="button" variant="secondary" onClick={() => setRejecting(false)}>{t('form.cancel')}</Button>
            <Button type="submit" variant="danger" disabled={busy}>{t('run.rejectSend')}</Button>
          </div>
        </form>
      ) : (
        <div className="grid grid-cols-2 gap-2">
          <Button type="button" variant="secondary" onClick={() => setRejecting(true)} disabled={busy}>{t('run.reject')}</Button>
          <Button type="button" onClick={onApprove} disabled={busy}>{approve.isPending ? t('run.approving') : t('run.approve')}</Button>
        </div>
      )}
    </div>
  );
}
