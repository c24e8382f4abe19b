'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { ApiError } from '@/lib/api-client';
import { applyPrefill, parsePrice, toInput, type PieceFormPrefill, type PieceFormValues } from '@/lib/pieces/form';
import { uploadPiecePhoto, useCreatePiece, useUpdatePiece } from '@/lib/pieces/queries';
import { MAX_COMPANIONS, MAX_EXTRA_PHOTOS, MAX_NOTE, MAX_REVIEW, MAX_SEAT, MAX_TITLE, MAX_VENUE, type PieceKind } from '@/lib/pieces/schemas';
import { CastInput } from './cast-input';
import { ScanSlot, ShowSearchSlot, type PickedShow } from './form-slots';
import { KindChips } from './kind-chips';
import { ExtraPhotosPicker, MainPhotoPicker } from './photo-picker';
import { RatingInput } from './rating-input';

type Errors = Partial<Record<string, string>>;

/** The server's per-field messages (422), keyed by the field's first path segment. */
function fieldErrors(err: unknown): Errors {
  const fields = err instanceof ApiError ? (err.details?.fields as Record<string, string> | undefined) : undefined;
  const out: Errors = {};
  for (const [k, msg] of Object.entries(fields ?? {})) out[k.split('.')[0]] ??= msg;
  if (err instanceof ApiError && typeof err.details?.field === 'string') out[err.details.field] ??= err.message;
  return out;
}

/** Record a piece, or change one (`pieceId`): the same form, the same rules. */
export function PieceForm({ initial, pieceId }: { initial: PieceFormValues; pieceId?: string }) {
  const t = useTranslations('pieces.form');
  const tv = useTranslations('pieces.validation');
  const te = useTranslations('errors');
  const router = useRouter();
  const [v, setV] = useState(initial);
  const [uploads, setUploads] = useState(0);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const create = useCreatePiece();
  const update = useUpdatePiece(pieceId ?? '');
  const saving = create.isPending || update.isPending;
  const set = <K extends keyof PieceFormValues>(k: K, value: PieceFormValues[K]) => setV((prev) => ({ ...prev, [k]: value }));
  const uploading = (busy: boolean) => setUploads((n) => n + (busy ? 1 : -1));

  const onScan = (found: PieceFormPrefill, file: File) => {
    setV((prev) => applyPrefill(prev, found));
    if (!v.photo) {
      uploading(true);
      uploadPiecePhoto(file, () => {}).then((p) => setV((prev) => (prev.photo ? prev : { ...prev, photo: p }))).catch(() => {}).finally(() => uploading(false));
    }
  };
  const onShow = (show: PickedShow) => setV((prev) => applyPrefill(prev, { title: show.title, kind: show.kind, venue: show.venue ?? undefined, catalogKey: show.key }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setMessage(null);
    if (Number.isNaN(parsePrice(v.price))) {
      setErrors({ price: tv('price') });
      return;
    }
    try {
      const piece = pieceId ? await update.mutateAsync(toInput(v)) : await create.mutateAsync(toInput(v));
      router.push(`/pieces/${piece.id}`);
    } catch (err) {
      const fields = fieldErrors(err);
      setErrors(fields);
      setMessage(Object.keys(fields).length ? t('fixErrors') : err instanceof ApiError && err.message ? err.message : te('network'));
    }
  };

  const input = 'min-h-12 w-full rounded-xl border border-neutral-300 bg-white px-4 text-base outline-none focus:border-grape-500';
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <ScanSlot onResult={onScan} />
      <ShowSearchSlot onPick={onShow} />
      <KindChips label={`${t('kind')} (${t('required')})`} value={v.kind} onChange={(k) => set('kind', k as PieceKind)} />
      <TextField label={`${t('title')} (${t('required')})`} value={v.title} onChange={(e) => set('title', e.target.value)} required maxLength={MAX_TITLE} placeholder={t('titlePlaceholder')} error={errors.title} />
      <div className="grid grid-cols-2 gap-3">
        <label className="flex flex-col gap-1 text-sm font-medium text-neutral-800">
          {`${t('date')} (${t('required')})`}
          <input type="date" required value={v.date} onChange={(e) => set('date', e.target.value)} aria-invalid={errors.date ? true : undefined} className={input} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium text-neutral-800">
          {t('time')}
          <input type="time" value={v.time} onChange={(e) => set('time', e.target.value)} aria-invalid={errors.time ? true : undefined} className={input} />
        </label>
        {(errors.date || errors.time) && <p role="alert" className="col-span-2 text-sm text-red-700">{errors.date ?? errors.time}</p>}
      </div>
      <TextField label={t('venue')} value={v.venue} onChange={(e) => set('venue', e.target.value)} maxLength={MAX_VENUE} placeholder={t('venuePlaceholder')} error={errors.venue} />
      <CastInput value={v.cast} onChange={(cast) => set('cast', cast)} error={errors.cast} />
      <TextField label={t('seat')} value={v.seat} onChange={(e) => set('seat', e.target.value)} maxLength={MAX_SEAT} placeholder={t('seatPlaceholder')} error={errors.seat} />
      <div className="grid gap-5 sm:grid-cols-2 sm:gap-3">
        <TextField label={t('price')} value={v.price} onChange={(e) => set('price', e.target.value)} inputMode="numeric" placeholder={t('pricePlaceholder')} error={errors.price} />
        <TextField label={t('companions')} value={v.companions} onChange={(e) => set('companions', e.target.value)} maxLength={MAX_COMPANIONS} placeholder={t('companionsPlaceholder')} error={errors.companions} />
      </div>
      <RatingInput value={v.rating} onChange={(r) => set('rating', r)} />
      <TextArea label={t('review')} value={v.review} rows={4} onChange={(e) => set('review', e.target.value)} placeholder={t('reviewPlaceholder')} counter={t('count', { count: v.review.length.toLocaleString(), max: MAX_REVIEW.toLocaleString() })} error={errors.review} />
      <MainPhotoPicker photo={v.photo} onChange={(p) => set('photo', p)} onUploading={uploading} />
      {errors.photoId && <FormError message={errors.photoId} />}
      <fieldset className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
        <legend className="sr-only">{t('visibility')}</legend>
        <label className="flex min-h-11 cursor-pointer items-center justify-between gap-3 font-semibold">
          {t('isPublic')}
          <span className="relative inline-flex h-7 w-12 shrink-0">
            <input type="checkbox" role="switch" checked={v.isPublic} onChange={(e) => set('isPublic', e.target.checked)} className="peer absolute inset-0 m-0 h-full w-full cursor-pointer appearance-none rounded-full bg-neutral-300 transition-colors checked:bg-grape-600" />
            <span aria-hidden className="pointer-events-none absolute left-0.5 top-0.5 h-6 w-6 rounded-full bg-white shadow transition-transform peer-checked:translate-x-5" />
          </span>
        </label>
        <p className="text-sm text-neutral-600">{v.isPublic ? t('publicHint') : t('privateHint')}</p>
      </fieldset>
      <details className="group rounded-2xl bg-white p-4 shadow-sm" open={initial.photos.length > 0 || initial.note !== '' || undefined}>
        <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between font-semibold text-grape-800 [&::-webkit-details-marker]:hidden">
          {t('more')}
          <span aria-hidden className="text-xl transition-transform group-open:rotate-90">›</span>
        </summary>
        <div className="mt-3 flex flex-col gap-5">
          <ExtraPhotosPicker photos={v.photos} max={MAX_EXTRA_PHOTOS} onChange={(p) => set('photos', p)} onUploading={uploading} />
          {errors.photoIds && <FormError message={errors.photoIds} />}
          <TextArea label={t('note')} value={v.note} rows={8} onChange={(e) => set('note', e.target.value)} placeholder={t('notePlaceholder')} counter={t('count', { count: v.note.length.toLocaleString(), max: MAX_NOTE.toLocaleString() })} error={errors.note} />
        </div>
      </details>
      <FormError message={message} />
      <div className="sticky bottom-16 z-10 flex gap-2 rounded-2xl bg-neutral-50/95 py-2 md:bottom-2">
        <Link href={pieceId ? `/pieces/${pieceId}` : '/pieces'} className="inline-flex min-h-12 items-center justify-center rounded-xl border border-neutral-300 bg-white px-5 font-semibold text-neutral-800 hover:bg-neutral-50">
          {t('cancel')}
        </Link>
        <Button type="submit" className="flex-1" disabled={saving || uploads > 0}>{saving ? t('saving') : t('save')}</Button>
      </div>
    </form>
  );
}
