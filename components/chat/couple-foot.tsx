'use client';

import type { ReactNode } from 'react';
import { useCoupleLive, useCoupleOverview } from '@/lib/couple/queries';
import { QuestionGate } from '@/components/couple/question-gate';

/**
 * A couple room's foot: the composer, or the question gate in its place while a question
 * waits for my answer. Its own module (issue 12) so the couple queries and the gate come
 * with couple rooms only, not with every room's first load.
 */
export function CoupleFoot({ circleId, composer, onShow }: { circleId: string; composer: ReactNode; onShow: (seq: number) => void }) {
  useCoupleLive(circleId);
  const waiting = useCoupleOverview(circleId).data?.waitingQuestion ?? null;
  if (!waiting) return composer;
  return <QuestionGate circleId={circleId} q={waiting} onShow={() => waiting.cardSeq && onShow(waiting.cardSeq)} />;
}
