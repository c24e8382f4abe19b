'use client';
// Sharing a piece: public or private (the piece's PATCH), the /p/<token> link (copy,
// send with the Web Share API, replace, revoke) and "save image" (the 1080×1920 PNG).
import { useState, useSyncExternalStore } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { api, ApiError } from '@/lib/api-client';
import type { ShareDto } from '@/lib/pieces/share/schemas';
import { useShare, useShareLink, useVisibility } from '@/lib/pieces/share/queries';

export interface SharePanelProps {
  pieceId: string;
  /** The piece's title: the shared text and the saved file's name. */
  title: string;
  /** The state from the server (ticketPanelProps()); fetched when absent. */
  initial?: ShareDto;
}

const noSubscription = () => () => {};
const useOrigin = () => useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
// False on the server and while hydrating, so the first client render matches the HTML.
const useCanShare = () => useSyncExternalStore(noSubscription, () => typeof navigator.share === 'function', () => false);

export function SharePanel({ pieceId, title, initial }: SharePanelProps) {
  const t = useTranslations();
  const origin = useOrigin();
  const shareable = useCanShare();
  const share = useShare(pieceId, initial);
  const link = useShareLink(pieceId);
  const visibility = useVisibility(pieceId);
  const [note, setNote] = useState<{ text: string; bad: boolean } | null>(null);
  const [saving, setSaving] = useState(false);
  const state = share.data;
  const url = state?.link ? origin + state.link.path : '';
  const fail = (err: unknown) => setNote({ text: err instanceof ApiError && err.message ? err.message : t('ticket.share.failed'), bad: true });

  function changeLink(method: 'POST' | 'DELETE', confirmKey?: 'ticket.share.newLinkConfirm' | 'ticket.share.revokeConfirm') {
    if (confirmKey && !window.confirm(t(confirmKey))) return;
    setNote(null);
    link.mutate(method, { onSuccess: () => method === 'DELETE' && setNote({ text: t('ticket.share.revoked'), bad: false }), onError: fail });
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setNote({ text: t('ticket.share.copied'), bad: false });
    } catch {
      setNote({ text: t('ticket.share.copyFailed'), bad: true });
    }
  }

  async function saveImage() {
    setSaving(true);
    setNote(null);
    try {
      // Ask for the current image name: the look may have changed since this panel loaded.
      const fresh = (await api<{ share: ShareDto }>(`/api/pieces/${pieceId}/share`)).share;
      const res = await fetch(`${fresh.images.story}?download=1`, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(String(res.status));
      const href = URL.createObjectURL(await res.blob());
      const a = Object.assign(document.createElement('a'), { href, download: `${title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || 'moa'}.png` });
      a.click();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
    } catch (err) {
      fail(err);
    } finally {
      setSaving(false);
    }
  }

  if (!state) return null;
  const busy = link.isPending || visibility.isPending;
  return (
    <section className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm" aria-labelledby={`share-${pieceId}`}>
      <h2 id={`share-${pieceId}`} className="text-lg font-bold">{t('ticket.share.title')}</h2>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-neutral-700">{state.isPublic ? t('ticket.share.publicNote') : t('ticket.share.privateNote')}</p>
        <Button variant="secondary" disabled={busy} onClick={() => visibility.mutate(!state.isPublic, { onError: fail })}>
          {state.isPublic ? t('ticket.share.makePrivate') : t('ticket.share.makePublic')}
        </Button>
      </div>
      {state.link ? (
        <div className="flex flex-col gap-2">
          <label className="text-sm font-semibold text-neutral-600" htmlFor={`share-url-${pieceId}`}>{t('ticket.share.linkLabel')}</label>
          <input id={`share-url-${pieceId}`} readOnly value={url || state.link.path} onFocus={(e) => e.currentTarget.select()} className="min-h-12 w-full rounded-xl border border-neutral-300 px-3 text-sm" />
          <div className="flex flex-wrap gap-2">
            <Button onClick={copy} disabled={busy}>{t('ticket.share.copy')}</Button>
            {shareable ? <Button variant="secondary" onClick={() => navigator.share({ title, url }).catch(() => {})}>{t('ticket.share.system')}</Button> : null}
            <Button variant="ghost" disabled={busy} onClick={() => changeLink('POST', 'ticket.share.newLinkConfirm')}>{t('ticket.share.newLink')}</Button>
            <Button variant="ghost" disabled={busy} onClick={() => changeLink('DELETE', 'ticket.share.revokeConfirm')}>{t('ticket.share.revoke')}</Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-neutral-600">{t('ticket.share.noLink')}</p>
          <Button onClick={() => changeLink('POST')} disabled={busy}>{t('ticket.share.makeLink')}</Button>
        </div>
      )}
      <Button variant="secondary" onClick={saveImage} disabled={saving} aria-busy={saving}>{saving ? t('ticket.share.savingImage') : t('ticket.share.saveImage')}</Button>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm ${note?.bad ? 'text-red-700' : 'text-neutral-600'}`}>{note?.text ?? ''}</p>
    </section>
  );
}
