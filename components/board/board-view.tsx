'use client';

import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { FormError } from '@/components/ui/form-error';
import { useBoards, useFamilyLive } from '@/lib/board/queries';
import type { BoardsDto } from '@/lib/board/schemas';
import { BoardHistory } from './board-history';
import { ChildBoard } from './child-board';
import { ChildTabs } from './child-tabs';
import { FamilyPageHeader } from './family-page-header';

interface Props {
  circleId: string;
  me: { id: string; role: 'PARENT' | 'CHILD' };
  initial: BoardsDto;
}

/** The family's grape boards, live on every member's screen, and the finished ones. */
export function BoardView({ circleId, me, initial }: Props) {
  const t = useTranslations('board');
  useFamilyLive(circleId, me);
  const query = useBoards(circleId, initial);
  const data = query.data ?? initial;
  const [picked, setPicked] = useState<string | null>(null);
  const kids = data.children.map((c) => c.child);
  const selectedId = picked ?? (me.role === 'CHILD' ? me.id : kids[0]?.id);
  const selected = data.children.find((c) => c.child.id === selectedId) ?? data.children[0];

  return (
    <div className="flex flex-col gap-5">
      <FamilyPageHeader circleId={circleId} title={t('title')} tool="board" />
      {query.isError && <FormError message={t('loadFailed')} />}
      {!selected ? (
        <EmptyState title={t('noChildrenTitle')} body={t('noChildrenBody')}>
          <Link href={`/circles/${circleId}`} className="inline-flex min-h-12 items-center font-semibold text-grape-700 underline">
            {t('toFamily')}
          </Link>
        </EmptyState>
      ) : (
        <>
          <ChildTabs kids={kids} selectedId={selected.child.id} meId={me.id} onPick={setPicked} label={t('pickChild')} />
          <ChildBoard circleId={circleId} child={selected.child} board={selected.board} role={me.role} isMine={selected.child.id === me.id} />
        </>
      )}
      <BoardHistory history={data.history} kids={kids} />
    </div>
  );
}
