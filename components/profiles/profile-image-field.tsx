'use client';

import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useErrorText } from '@/components/friends/use-error-text';
import { IMAGE_MAX_BYTES } from '@/lib/profiles/limits';
import type { ImageKind } from '@/lib/profiles/schemas';
import { useRemoveProfileImage, useUploadProfileImage } from '@/lib/profiles/queries';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif';
const LABELS = {
  avatar: { title: 'avatar', upload: 'uploadAvatar', remove: 'removeAvatar' },
  background: { title: 'background', upload: 'uploadBackground', remove: 'removeBackground' },
} as const;

/** Pick, preview, upload (with progress) or remove one profile image. */
export function ProfileImageField({ kind, url }: { kind: ImageKind; url: string | null }) {
  const t = useTranslations('profile');
  const tErr = useTranslations('errors');
  const errorText = useErrorText();
  const inputId = useId();
  const [progress, setProgress] = useState(0);
  const [preview, setPreview] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ error?: string; done?: string }>({});
  const upload = useUploadProfileImage(kind, setProgress);
  const remove = useRemoveProfileImage(kind);
  const labels = LABELS[kind];
  const title = t(labels.title);

  // Free the local preview once it is replaced or the field goes away.
  useEffect(() => () => { if (preview) URL.revokeObjectURL(preview); }, [preview]);

  function onPick(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (file.size > IMAGE_MAX_BYTES) return setNotice({ error: tErr('profileImageTooLarge') });
    setNotice({});
    setProgress(0);
    setPreview(URL.createObjectURL(file));
    upload.mutate(file, {
      onSuccess: () => setNotice({ done: t('uploaded', { kind: title }) }),
      onError: (err) => setNotice({ error: errorText(err) }),
      onSettled: () => setPreview(null),
    });
  }

  function onRemove() {
    setNotice({});
    remove.mutate(undefined, {
      onSuccess: () => setNotice({ done: t('removed', { kind: title }) }),
      onError: (err) => setNotice({ error: errorText(err) }),
    });
  }

  const shown = preview ?? url;
  const frame = kind === 'avatar' ? 'h-24 w-24 rounded-full' : 'h-32 w-full rounded-xl';
  return (
    <fieldset className="flex flex-col gap-3" aria-busy={upload.isPending || remove.isPending}>
      <legend className="mb-2 text-sm font-semibold">{title}</legend>
      <div className={kind === 'avatar' ? 'flex items-center gap-4' : 'flex flex-col gap-3'}>
        <div className={`relative shrink-0 overflow-hidden bg-grape-100 ${frame}`} data-testid={`profile-${kind}-preview`}>
          {shown ? (
            // What next/image's `fill unoptimized` rendered, without its 4.5 KiB (gzipped) of code on /me.
            // eslint-disable-next-line @next/next/no-img-element -- our own image route, shown as is
            <img src={shown} alt={title} loading="lazy" decoding="async" className={`absolute inset-0 h-full w-full object-cover text-transparent ${upload.isPending ? 'opacity-60' : ''}`} />
          ) : (
            <span className="flex h-full items-center justify-center px-2 text-center text-xs text-grape-700">{t('noImage')}</span>
          )}
        </div>
        <div className="flex min-w-0 flex-1 flex-wrap gap-2">
          <input id={inputId} type="file" accept={ACCEPT} className="peer sr-only" onChange={onPick} disabled={upload.isPending} />
          <label
            htmlFor={inputId}
            className="inline-flex min-h-12 cursor-pointer items-center justify-center rounded-xl border border-grape-200 bg-white px-5 font-semibold text-grape-700 hover:bg-grape-50 peer-focus-visible:ring-2 peer-focus-visible:ring-grape-500 peer-disabled:cursor-not-allowed peer-disabled:text-neutral-400"
          >
            {t(labels.upload)}
          </label>
          {url && (
            <Button type="button" variant="ghost" onClick={onRemove} disabled={remove.isPending || upload.isPending}>
              {remove.isPending ? t('removing') : t(labels.remove)}
            </Button>
          )}
        </div>
      </div>
      {upload.isPending && (
        <div className="flex flex-col gap-1" role="status">
          <progress className="h-2 w-full accent-grape-600" max={1} value={progress} aria-label={t('uploadProgress', { kind: title })} />
          <span className="text-xs text-grape-700">{t('uploading', { percent: Math.round(progress * 100) })}</span>
        </div>
      )}
      <p className="text-xs text-neutral-600">{t('imageHint')}</p>
      <FormError message={notice.error} />
      {notice.done && <p role="status" className="text-sm text-grape-800">{notice.done}</p>}
    </fieldset>
  );
}
