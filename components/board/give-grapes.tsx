'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useErrorText } from '@/components/circles/use-form';
import { useGiveGrapes } from '@/lib/board/queries';
import type { BoardDto } from '@/lib/board/schemas';

/** A parent's control: how many grapes (1 up to what still fits), then give them. */
export function GiveGrapes({ circleId, board, childName }: { circleId: string; board: BoardDto; childName: string }) {
  const t = useTranslations('board');
  const errorText = useErrorText();
  const give = useGiveGrapes(circleId);
  const [wanted, setWanted] = useState(1);
  const [status, setStatus] = useState<{ done?: string; error?: string }>({});
  const left = board.goal - board.given;
  if (left <= 0) return <p className="text-sm text-neutral-600">{t('allGiven')}</p>;
  const count = Math.min(Math.max(1, wanted), left);

  function onGive() {
    setStatus({});
    give.mutate(
      { boardId: board.id, count },
      {
        onSuccess: () => {
          setWanted(1);
          setStatus({ done: t('gave', { name: childName, count }) });
        },
        onError: (err) => setStatus({ error: errorText(err) }),
      },
    );
  }

  return (
    <div className="flex flex-col gap-3 rounded-xl border border-grape-100 p-4">
      <p className="font-semibold">{t('giveTitle')}</p>
      <div className="flex items-center justify-center gap-4">
        <Button type="button" variant="secondary" aria-label={t('fewer')} disabled={count <= 1} onClick={() => setWanted(count - 1)} className="w-14 text-2xl">
          −
        </Button>
        <output aria-live="polite" aria-label={t('countLabel')} className="min-w-16 text-center text-3xl font-extrabold text-grape-800">
          {count}
        </output>
        <Button type="button" variant="secondary" aria-label={t('more')} disabled={count >= left} onClick={() => setWanted(count + 1)} className="w-14 text-2xl">
          +
        </Button>
      </div>
      <p className="text-center text-xs text-neutral-600">{t('canGive', { count: left })}</p>
      <Button type="button" disabled={give.isPending} onClick={onGive} className="min-h-14 text-lg">
        {t('give', { count })}
      </Button>
      {status.done && <p role="status" className="text-center text-sm text-grape-700">{status.done}</p>}
      <FormError message={status.error} />
    </div>
  );
}
