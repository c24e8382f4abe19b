'use client';
// The AI background buttons: paint one (it takes a while, so progress shows), paint
// again, or remove it. A provider failure keeps the layout and the message says so.
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { ApiError } from '@/lib/api-client';
import { useTicketArt } from '@/lib/pieces/share/queries';

export function TicketArt({ pieceId, hasArt, onArt }: { pieceId: string; hasArt: boolean; onArt: (art: string | null) => void }) {
  const t = useTranslations();
  const art = useTicketArt(pieceId);
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null);

  function run(method: 'POST' | 'DELETE') {
    setMessage(null);
    art.mutate(method, {
      onSuccess: (r) => {
        onArt(r.preview);
        setMessage({ text: r.art.message, bad: r.art.outcome === 'failed' || r.art.outcome === 'unconfigured' });
      },
      onError: (err) => setMessage({ text: err instanceof ApiError && err.message ? err.message : t('ticket.art.failed'), bad: true }),
    });
  }

  return (
    <div className="flex flex-col gap-2 border-t border-neutral-100 pt-4">
      <h3 className="text-sm font-semibold text-neutral-600">{t('ticket.art.title')}</h3>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => run('POST')} disabled={art.isPending}>
          {hasArt ? t('ticket.art.remake') : t('ticket.art.make')}
        </Button>
        {hasArt ? (
          <Button variant="ghost" onClick={() => run('DELETE')} disabled={art.isPending}>
            {t('ticket.art.remove')}
          </Button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm ${message?.bad ? 'text-red-700' : 'text-neutral-600'}`}>
        {art.isPending ? t('ticket.art.working') : message?.text ?? ''}
      </p>
    </div>
  );
}
