'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { ApiError } from '@/lib/api-client';
import { uploadPiecePhoto } from '@/lib/pieces/queries';
import type { PiecePhotoDto } from '@/lib/pieces/schemas';

const pickButton = 'relative inline-flex min-h-11 cursor-pointer items-center rounded-xl border border-grape-200 bg-white px-4 text-sm font-semibold text-grape-700 hover:bg-grape-50 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-grape-500';

/** Upload files one after another (order kept), reporting progress; stops at the first refusal. */
function useUploader(onUploading: (busy: boolean) => void) {
  const t = useTranslations('pieces.form');
  const te = useTranslations('errors');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (files: File[], onEach: (p: PiecePhotoDto) => void) => {
    setError(null);
    onUploading(true);
    try {
      for (const f of files) {
        setProgress(0);
        onEach(await uploadPiecePhoto(f, (x) => setProgress(Math.round(x * 100))));
      }
    } catch (err) {
      setError(err instanceof ApiError && err.message ? err.message : te('network'));
    } finally {
      setProgress(null);
      onUploading(false);
    }
  };
  const status = progress === null ? null : <p role="status" className="text-sm text-grape-700">{t('uploading', { percent: progress })}</p>;
  return { run, status, error: <FormError message={error} />, busy: progress !== null };
}

/** The main photo (a ticket or a poster): pick, change or remove. */
export function MainPhotoPicker({ photo, onChange, onUploading }: { photo: PiecePhotoDto | null; onChange: (p: PiecePhotoDto | null) => void; onUploading: (busy: boolean) => void }) {
  const t = useTranslations('pieces.form');
  const id = useId();
  const up = useUploader(onUploading);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-neutral-800" id={`${id}-label`}>{t('mainPhoto')}</p>
      <div className="flex items-center gap-3">
        {photo && (
          // eslint-disable-next-line @next/next/no-img-element -- our own photo route
          <img src={photo.thumbUrl} alt="" className="h-24 w-18 shrink-0 rounded-lg object-cover shadow-sm" data-testid="main-photo" />
        )}
        <div className="flex flex-wrap gap-2">
          <label className={pickButton}>
            <input
              type="file"
              accept="image/*"
              className="sr-only"
              disabled={up.busy}
              aria-describedby={`${id}-hint`}
              onChange={(e) => {
                const f = e.target.files?.[0];
                e.target.value = '';
                if (f) void up.run([f], onChange);
              }}
            />
            {photo ? t('changePhoto') : t('pickPhoto')}
          </label>
          {photo && (
            <button type="button" onClick={() => onChange(null)} className="min-h-11 rounded-xl border border-neutral-300 px-4 text-sm text-neutral-700 hover:bg-neutral-50">{t('removePhoto')}</button>
          )}
        </div>
      </div>
      <p id={`${id}-hint`} className="text-xs text-neutral-600">{t('mainPhotoHint')}</p>
      {up.status}
      {up.error}
    </div>
  );
}

/** Up to `max` extra photos (자세히 기록하기), in the order picked. */
export function ExtraPhotosPicker({ photos, max, onChange, onUploading }: { photos: PiecePhotoDto[]; max: number; onChange: (p: PiecePhotoDto[]) => void; onUploading: (busy: boolean) => void }) {
  const t = useTranslations('pieces.form');
  const up = useUploader(onUploading);
  const left = max - photos.length;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium text-neutral-800">{t('photos', { count: photos.length, max })}</p>
      {photos.length > 0 && (
        <ul className="grid grid-cols-4 gap-2 sm:grid-cols-6">
          {photos.map((p, i) => (
            <li key={p.id} className="relative">
              {/* eslint-disable-next-line @next/next/no-img-element -- our own photo route */}
              <img src={p.thumbUrl} alt="" className="aspect-square w-full rounded-lg object-cover" />
              <button
                type="button"
                onClick={() => onChange(photos.filter((x) => x.id !== p.id))}
                aria-label={t('removeExtra', { n: i + 1 })}
                className="absolute right-0.5 top-0.5 flex h-8 w-8 items-center justify-center rounded-full bg-black/60 text-white hover:bg-black/80"
              >
                <span aria-hidden>×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {left > 0 && (
        <label className={`${pickButton} self-start`}>
          <input
            type="file"
            accept="image/*"
            multiple
            className="sr-only"
            disabled={up.busy}
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []).slice(0, left);
              e.target.value = '';
              const added: PiecePhotoDto[] = [];
              // Each finished upload shows at once; later ones keep the earlier ones.
              if (files.length) void up.run(files, (p) => { added.push(p); onChange([...photos, ...added]); });
            }}
          />
          {t('pickPhoto')}
        </label>
      )}
      <p className="text-xs text-neutral-600">{t('photosHint', { max })}</p>
      {up.status}
      {up.error}
    </div>
  );
}
