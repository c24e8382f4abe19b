'use client';

import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useErrorText } from '@/components/circles/use-form';
import { useGiveGrapes } from '@/lib/board/queries';
import type { BoardDto } from '@/lib/board/schemas';

/**
 * A parent's control: how many grapes (typed, stepped, or all that still fit), then
 * give them. Giving 28 used to take 27 taps on "하나 더".
 */
export function GiveGrapes({ circleId, board, childName }: { circleId: string; board: BoardDto; childName: string }) {
  const t = useTranslations('board');
  const tf = useTranslations('familyTools');
  const errorText = useErrorText();
  const give = useGiveGrapes(circleId);
  const inputId = useId();
  // What the field shows (may be empty while typing); the count given is clamped below.
  const [typed, setTyped] = useState('1');
  const [status, setStatus] = useState<{ done?: string; error?: string }>({});
  const left = board.goal - board.given;
  if (left <= 0) return <p className="text-sm text-neutral-600">{t('allGiven')}</p>;
  const wanted = Number(typed);
  const valid = typed !== '' && Number.isInteger(wanted) && wanted >= 1 && wanted <= left;
  const count = valid ? wanted : Math.min(Math.max(1, Math.trunc(wanted) || 1), left);
  const set = (n: number) => setTyped(String(Math.min(Math.max(1, n), left)));

  function onGive() {
    if (!valid) return setStatus({ error: tf('grapes.countRange', { max: left }) });
    setStatus({});
    give.mutate(
      { boardId: board.id, count },
      {
        onSuccess: () => {
          setTyped('1');
          setStatus({ done: t('gave', { name: childName, count }) });
        },
        onError: (err) => setStatus({ error: errorText(err) }),
      },
    );
  }

  return (
    <div className="flex flex-col gap-3 rounded-xl border border-grape-100 p-4">
      <label htmlFor={inputId} className="font-semibold">{t('giveTitle')}</label>
      <div className="flex items-center justify-center gap-3">
        <Button type="button" variant="secondary" aria-label={t('fewer')} disabled={count <= 1} onClick={() => set(count - 1)} className="w-14 text-2xl">
          −
        </Button>
        <input
          id={inputId}
          type="number"
          inputMode="numeric"
          min={1}
          max={left}
          value={typed}
          aria-label={t('countLabel')}
          aria-invalid={!valid || undefined}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={() => valid || set(count)}
          className="min-h-14 w-24 rounded-xl border border-grape-200 bg-white text-center text-3xl font-extrabold text-grape-800"
        />
        <Button type="button" variant="secondary" aria-label={t('more')} disabled={count >= left} onClick={() => set(count + 1)} className="w-14 text-2xl">
          +
        </Button>
      </div>
      <p className="text-center text-xs text-neutral-600">{t('canGive', { count: left })}</p>
      {left > 1 && (
        <Button type="button" variant="secondary" aria-pressed={valid && count === left} onClick={() => set(left)}>
          {tf('grapes.allLeft', { count: left })}
        </Button>
      )}
      <Button type="button" disabled={give.isPending} onClick={onGive} className="min-h-14 text-lg">
        {t('give', { count })}
      </Button>
      {status.done && <p role="status" className="text-center text-sm text-grape-700">{status.done}</p>}
      <FormError message={status.error} />
    </div>
  );
}
