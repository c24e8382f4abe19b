'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useErrorText } from '@/components/circles/use-form';
import { useCancelBoard } from '@/lib/board/queries';
import type { BoardDto } from '@/lib/board/schemas';

/** A parent's way out of a board started with the wrong gift: ask first, then cancel. */
export function CancelBoard({ circleId, board, childName }: { circleId: string; board: BoardDto; childName: string }) {
  const t = useTranslations('board');
  const errorText = useErrorText();
  const cancel = useCancelBoard(circleId);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (!asking) {
    return (
      <Button type="button" variant="secondary" onClick={() => setAsking(true)} className="self-center">
        {t('cancel.open')}
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby={`cancel-${board.id}`} className="flex flex-col gap-3 rounded-xl border border-red-200 bg-red-50 p-4">
      <p id={`cancel-${board.id}`} className="font-semibold">{t('cancel.question', { name: childName, gift: board.wish.name })}</p>
      <p className="text-sm text-neutral-700">{board.given > 0 ? t('cancel.grapesStay', { count: board.given }) : t('cancel.noGrapes')}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          disabled={cancel.isPending}
          onClick={() => cancel.mutate(board.id, { onError: (err) => setError(errorText(err)) })}
          variant="danger"
        >
          {cancel.isPending ? t('cancel.cancelling') : t('cancel.confirm')}
        </Button>
        <Button type="button" variant="secondary" disabled={cancel.isPending} onClick={() => setAsking(false)}>
          {t('cancel.keep')}
        </Button>
      </div>
      <FormError message={error} />
    </div>
  );
}
