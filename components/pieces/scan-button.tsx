'use client';

// Take or pick a photo of a ticket, send it to the scan route and hand the fields it
// read (and the photo itself, for the piece) to the form around it. A large photo is
// shrunk in the browser first (quicker to send; the scan reads ~3 megapixels anyway).
// Every wait over 300 ms shows where it is: preparing, sending (with a percentage),
// reading. Errors say what happened and what to do.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ApiError } from '@/lib/api-client';
import { uploadWithProgress } from '@/lib/profiles/upload-client';
import { SCAN_FIELDS, SCAN_MAX_BYTES, type ScanFieldName, type ScanFields } from '@/lib/pieces/scan/schemas';

type Phase = { name: 'idle' } | { name: 'preparing' } | { name: 'uploading'; fraction: number } | { name: 'reading' } | { name: 'done'; filled: ScanFieldName[] } | { name: 'error'; message: string };

const SHRINK_ABOVE = 2.5 * 1024 * 1024;
const LONG_SIDE = 2400;

/** A JPEG of at most LONG_SIDE pixels, upright; the original when the browser cannot decode it. */
async function shrink(file: File): Promise<File> {
  if (file.size <= SHRINK_ABOVE || typeof createImageBitmap !== 'function') return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
    return blob ? new File([blob], 'ticket.jpg', { type: 'image/jpeg' }) : file;
  } catch {
    return file;
  }
}

export function ScanButton({ onResult }: { onResult(fields: ScanFields, file: File): void }) {
  const t = useTranslations('scan');
  const cameraId = useId();
  const pickId = useId();
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [slow, setSlow] = useState(false);
  const busy = phase.name === 'preparing' || phase.name === 'uploading' || phase.name === 'reading';
  const alive = useRef(true);

  useEffect(() => () => { alive.current = false; }, []);
  // Progress appears only once a wait passes 300 ms (a quick answer does not flash it).
  useEffect(() => {
    if (!busy) return;
    const timer = setTimeout(() => setSlow(true), 300);
    return () => clearTimeout(timer);
  }, [busy]);

  async function scan(file: File) {
    setSlow(false);
    setPhase({ name: 'preparing' });
    const photo = await shrink(file);
    if (photo.size > SCAN_MAX_BYTES) return setPhase({ name: 'error', message: t('errors.tooLarge', { mb: SCAN_MAX_BYTES / 2 ** 20 }) });
    setPhase({ name: 'uploading', fraction: 0 });
    try {
      const { fields } = await uploadWithProgress<{ fields: ScanFields }>('/api/pieces/scan', 'photo', photo, (fraction) => {
        if (alive.current) setPhase(fraction < 1 ? { name: 'uploading', fraction } : { name: 'reading' });
      }, 'POST');
      if (!alive.current) return;
      setPhase({ name: 'done', filled: SCAN_FIELDS.filter((f) => fields[f].value !== null) });
      onResult(fields, file);
    } catch (err) {
      if (!alive.current) return;
      // The server's message is already in the person's language; a lost connection has none.
      setPhase({ name: 'error', message: err instanceof ApiError && err.message ? err.message : t('errors.network') });
    }
  }

  function onPick(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) void scan(file);
  }

  const pickClass = 'inline-flex min-h-12 cursor-pointer items-center justify-center rounded-xl px-5 font-semibold peer-focus-visible:ring-2 peer-focus-visible:ring-grape-500 peer-disabled:cursor-not-allowed peer-disabled:opacity-50';
  return (
    <section className="flex flex-col gap-3 rounded-2xl border border-grape-100 bg-grape-50/50 p-4" aria-busy={busy} data-testid="scan-button">
      <h2 className="text-base font-semibold text-grape-900">{t('title')}</h2>
      <p className="text-sm text-neutral-700">{t('hint')}</p>
      <div className="flex flex-wrap gap-2">
        <span className="inline-flex">
          <input id={cameraId} type="file" accept="image/*" capture="environment" className="peer sr-only" onChange={onPick} disabled={busy} />
          <label htmlFor={cameraId} className={`${pickClass} bg-grape-600 text-white hover:bg-grape-700`}>{t('takePhoto')}</label>
        </span>
        <span className="inline-flex">
          <input id={pickId} type="file" accept="image/*" className="peer sr-only" onChange={onPick} disabled={busy} data-testid="scan-file" />
          <label htmlFor={pickId} className={`${pickClass} border border-grape-200 bg-white text-grape-700 hover:bg-grape-50`}>{t('pickPhoto')}</label>
        </span>
      </div>
      {busy && slow && (
        <div className="flex flex-col gap-1" role="status">
          <progress className="h-2 w-full accent-grape-600" max={1} value={phase.name === 'uploading' ? phase.fraction : undefined} aria-label={t('progressLabel')} />
          <span className="text-sm text-grape-800">
            {phase.name === 'preparing' ? t('preparing') : phase.name === 'uploading' ? t('uploading', { percent: Math.round(phase.fraction * 100) }) : t('reading')}
          </span>
        </div>
      )}
      {phase.name === 'done' && (
        <p role="status" className="text-sm text-grape-900">
          {phase.filled.length === 0
            ? t('nothing')
            : `${t('filled', { fields: phase.filled.map((f) => t(`fields.${f}`)).join(', ') })}${phase.filled.length < SCAN_FIELDS.length ? ` ${t('partly')}` : ''}`}
        </p>
      )}
      {phase.name === 'error' && (
        <p role="alert" className="rounded-xl bg-red-50 px-4 py-3 text-sm text-red-800">{phase.message}</p>
      )}
    </section>
  );
}
