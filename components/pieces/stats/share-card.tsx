'use client';

import { useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useRevokeShare, useShareYear } from '@/lib/pieces/stats-queries';
import type { YearStatsDto } from '@/lib/pieces/stats-schemas';

const noSubscription = () => () => {};
/** The page's origin (empty in the server render) and whether the Web Share API exists. */
const useBrowser = () => ({
  origin: useSyncExternalStore(noSubscription, () => window.location.origin, () => ''),
  canShare: useSyncExternalStore(noSubscription, () => typeof navigator.share === 'function', () => false),
});

const linkClass = 'inline-flex min-h-11 items-center justify-center rounded-xl border border-grape-200 bg-white px-4 text-sm font-semibold text-grape-700 hover:bg-grape-50';

/** Make the year card, then copy, share, save or turn off its link. */
export function ShareCard({ stats, name }: { stats: YearStatsDto; name: string }) {
  const t = useTranslations('titles.share');
  const share = useShareYear(stats.year);
  const revoke = useRevokeShare(stats.year);
  const { origin, canShare } = useBrowser();
  const [copied, setCopied] = useState(false);
  const current = stats.share;
  const url = current ? origin + current.url : '';
  const alt = t('previewAlt', { name, year: stats.year });

  return (
    <section aria-labelledby="share-heading" className="flex flex-col gap-3 rounded-2xl bg-white p-5 shadow-sm" data-testid="share-card">
      <h2 id="share-heading" className="text-xl font-bold">{t('heading', { year: stats.year })}</h2>
      <p className="text-sm text-neutral-700">{t('help')}</p>
      <FormError message={share.error?.message ?? revoke.error?.message} />
      {!current ? (
        <>
          <Button onClick={() => share.mutate()} disabled={share.isPending || stats.total === 0} className="self-start">
            {share.isPending ? t('creating') : t('create')}
          </Button>
          {stats.total === 0 && <p className="text-sm text-neutral-600">{t('emptyYear')}</p>}
        </>
      ) : (
        <>
          {/* eslint-disable-next-line @next/next/no-img-element -- a generated PNG with its own long cache headers */}
          <img src={current.ogImageUrl} width={1200} height={630} alt={alt} className="h-auto w-full max-w-xl rounded-xl border border-neutral-200" data-testid="share-preview" />
          <label className="text-sm font-semibold" htmlFor="share-link">{t('linkLabel')}</label>
          <input id="share-link" readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="min-h-11 rounded-xl border border-neutral-300 bg-neutral-50 px-3 text-sm" data-testid="share-link" />
          <div className="flex flex-wrap gap-2">
            <Button onClick={() => void navigator.clipboard?.writeText(url).then(() => setCopied(true))} className="min-h-11 text-sm">{t('copy')}</Button>
            {canShare && (
              <Button variant="secondary" className="min-h-11 text-sm" onClick={() => void navigator.share({ title: alt, url }).catch(() => {})}>{t('native')}</Button>
            )}
            <a href={current.storyImageUrl} download={`moa-${stats.year}.png`} className={linkClass}>{t('save')}</a>
            <a href={current.url} target="_blank" rel="noopener" className={linkClass}>{t('open')}</a>
            <Button variant="ghost" className="min-h-11 text-sm" disabled={revoke.isPending} onClick={() => window.confirm(t('revokeConfirm')) && revoke.mutate()}>{t('revoke')}</Button>
          </div>
          <p aria-live="polite" className="text-sm text-grape-700">{copied ? t('copied') : ''}</p>
        </>
      )}
    </section>
  );
}
