'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useErrorText } from '@/components/circles/use-form';
import { useStartBoard } from '@/lib/board/queries';
import { GOAL_DEFAULT, GOAL_MAX, GOAL_MIN, type WishDto } from '@/lib/board/schemas';

/** A parent picks the goal (10–50 grapes, 31 unless changed) and starts the board. */
export function StartBoardForm({ circleId, wish, onCancel }: { circleId: string; wish: WishDto; onCancel: () => void }) {
  const t = useTranslations('wishlist');
  const tf = useTranslations('familyTools');
  const router = useRouter();
  const errorText = useErrorText();
  const start = useStartBoard(circleId);
  const id = useId();
  const [goal, setGoal] = useState(String(GOAL_DEFAULT));
  const [error, setError] = useState<string | null>(null);
  const n = Number(goal);
  const valid = Number.isInteger(n) && n >= GOAL_MIN && n <= GOAL_MAX;

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!valid) return setError(t('goalRange', { min: GOAL_MIN, max: GOAL_MAX }));
    setError(null);
    // mutateAsync: this form unmounts as soon as the wish shows "on a board" (the answer
    // or the realtime event), and a plain mutate() would then drop its callbacks.
    start.mutateAsync({ wishId: wish.id, goal: n }).then(
      () => router.push(`/circles/${circleId}/board`),
      (err) => setError(errorText(err)),
    );
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 rounded-xl bg-grape-50 p-3" noValidate>
      <label htmlFor={id} className="text-sm font-semibold">{t('goalLabel', { min: GOAL_MIN, max: GOAL_MAX })}</label>
      {/* Chips on a row of their own and the number below: every target stays ≥ 44 px at 360 px wide. */}
      <div className="grid grid-cols-4 gap-2" role="group" aria-label={tf('goalChips')}>
        {[10, 20, 31, 50].map((g) => (
          <button
            key={g}
            type="button"
            aria-pressed={n === g}
            onClick={() => setGoal(String(g))}
            className={`min-h-12 min-w-11 rounded-lg text-base font-semibold ${n === g ? 'bg-grape-600 text-white' : 'bg-white text-grape-700'}`}
          >
            {g}
          </button>
        ))}
      </div>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={GOAL_MIN}
        max={GOAL_MAX}
        value={goal}
        onChange={(e) => setGoal(e.target.value)}
        aria-invalid={!valid || undefined}
        className="min-h-12 w-28 rounded-lg border border-neutral-300 bg-white px-2 text-center text-base"
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={start.isPending} className="flex-1">{start.isPending ? t('starting') : t('start')}</Button>
        <Button type="button" variant="ghost" onClick={onCancel}>{t('cancel')}</Button>
      </div>
      <FormError message={error} />
    </form>
  );
}
