'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import { useErrorText } from '@/components/circles/use-form';
import { useAttachAll, useAttachGrape, useGiftGiven } from '@/lib/board/queries';
import type { BoardDto } from '@/lib/board/schemas';
import { CancelBoard } from './cancel-board';
import { GiftCard } from './gift-card';
import { GiveGrapes } from './give-grapes';
import { GrapeBunch, LooseGrapes } from './grape-bunch';
import styles from './grape.module.css';
import type { UserBrief } from '@/lib/users/brief';

interface Props {
  circleId: string;
  child: UserBrief;
  board: BoardDto | null;
  role: 'PARENT' | 'CHILD';
  isMine: boolean;
}

/** One child's board: the gift, the bunch, progress, and what the viewer may do next. */
export function ChildBoard({ circleId, child, board, role, isMine }: Props) {
  const t = useTranslations('board');
  if (!board) {
    return (
      <div className="flex flex-col items-center gap-3 rounded-2xl bg-white p-6 text-center shadow-sm" data-testid="no-board">
        <h2 className="text-lg font-bold">{isMine ? t('emptyMineTitle') : t('emptyTitle', { name: child.displayName })}</h2>
        <p className="text-sm text-neutral-600">{role === 'PARENT' ? t('emptyParentBody') : t('emptyChildBody')}</p>
        <Link href={`/circles/${circleId}/wishlist`} className="inline-flex min-h-12 items-center justify-center rounded-xl bg-grape-600 px-5 font-semibold text-white hover:bg-grape-700">
          {role === 'PARENT' ? t('toWishlistParent') : t('toWishlistChild')}
        </Link>
      </div>
    );
  }
  return <OpenBoard key={board.id} circleId={circleId} child={child} board={board} role={role} isMine={isMine} />;
}

function OpenBoard({ circleId, child, board, role, isMine }: Props & { board: BoardDto }) {
  const t = useTranslations('board');
  const tf = useTranslations('familyTools');
  const errorText = useErrorText();
  const attach = useAttachGrape(circleId);
  const attachAll = useAttachAll(circleId);
  const gift = useGiftGiven(circleId);
  const [error, setError] = useState<string | null>(null);
  // Taps in flight show at once; the server's count takes over when they settle.
  const [inFlight, setInFlight] = useState(0);
  const [target, setTarget] = useState(0);
  const attached = inFlight > 0 ? Math.min(board.given, Math.max(board.attached, target)) : board.attached;
  const waiting = board.given - attached;
  const giftTime = board.status === 'GIFT_TIME' || attached === board.goal;

  function onAttach() {
    const next = attached + 1;
    if (next > board.given) return;
    setError(null);
    setTarget(next);
    setInFlight((n) => n + 1);
    attach.mutate(board.id, { onError: (err) => setError(errorText(err)), onSettled: () => setInFlight((n) => n - 1) });
  }

  function onAttachAll() {
    setError(null);
    setTarget(board.given);
    setInFlight((n) => n + 1);
    attachAll.mutate(board.id, { onError: (err) => setError(errorText(err)), onSettled: () => setInFlight((n) => n - 1) });
  }

  return (
    <section
      aria-labelledby={`board-${board.id}`}
      className="flex flex-col gap-4 rounded-2xl bg-white p-5 shadow-sm"
      data-testid="grape-board"
      data-board-id={board.id}
      data-given={board.given}
      data-attached={board.attached}
      data-goal={board.goal}
      data-status={board.status}
    >
      <h2 id={`board-${board.id}`} className="text-lg font-bold">
        {isMine ? t('myBoard') : t('childBoard', { name: child.displayName })}
      </h2>
      <GiftCard wish={board.wish} />
      {giftTime && (
        <div role="status" className={`rounded-xl bg-grape-600 p-4 text-center text-white ${styles.celebrate}`}>
          <p className="text-2xl font-extrabold">{t('giftTime')}</p>
          <p className="text-sm">{role === 'PARENT' ? t('giftTimeParent', { name: child.displayName }) : t('giftTimeChild')}</p>
        </div>
      )}
      <GrapeBunch boardId={board.id} goal={board.goal} given={board.given} attached={attached} label={t('bunchLabel', { goal: board.goal, attached, waiting })} />
      <div aria-live="polite" className="text-center">
        <p className="text-lg font-bold text-grape-800" data-testid="board-progress">{t('progress', { attached, goal: board.goal })}</p>
        {!giftTime && <p className="text-sm text-neutral-600">{t('toGift', { count: board.goal - attached })}</p>}
      </div>
      {board.status === 'ACTIVE' && role === 'CHILD' && isMine && (
        <div className="flex flex-col gap-3 rounded-xl border border-grape-100 p-4">
          {waiting > 0 ? (
            <>
              <div className="flex items-center justify-between gap-3">
                <p className="font-semibold" data-testid="waiting-grapes">{t('waiting', { count: waiting })}</p>
                <LooseGrapes count={waiting} />
              </div>
              <Button type="button" onClick={onAttach} className="min-h-14 text-lg">
                {t('attach')}
              </Button>
              {waiting > 1 && (
                <Button type="button" variant="secondary" onClick={onAttachAll} disabled={attachAll.isPending}>
                  {tf('grapes.attachAll', { count: waiting })}
                </Button>
              )}
            </>
          ) : (
            <p className="text-sm text-neutral-600" data-testid="waiting-grapes">{t('noneWaiting')}</p>
          )}
        </div>
      )}
      {board.status === 'ACTIVE' && role === 'PARENT' && (
        <>
          {waiting > 0 && <p className="text-sm text-neutral-700" data-testid="waiting-grapes">{t('waitingFor', { name: child.displayName, count: waiting })}</p>}
          <GiveGrapes circleId={circleId} board={board} childName={child.displayName} />
        </>
      )}
      {board.status === 'GIFT_TIME' && role === 'PARENT' && (
        <Button type="button" disabled={gift.isPending} onClick={() => gift.mutate(board.id, { onError: (err) => setError(errorText(err)) })} className="min-h-14 text-lg">
          {gift.isPending ? t('giftGiving') : t('giftGiven')}
        </Button>
      )}
      <FormError message={error} />
      {/* A full board is gift time: the way out is giving the gift, not cancelling. */}
      {role === 'PARENT' && board.status === 'ACTIVE' && <CancelBoard circleId={circleId} board={board} childName={child.displayName} />}
    </section>
  );
}
