'use client';

import { useTranslations } from 'use-intl';
import type { QuestionDto } from '@/lib/couple/schemas';
import { AnswerForm } from './answer-form';

/** In place of the composer while a question waits for my answer: why, and the answer box. */
export function QuestionGate({ circleId, q, onShow }: { circleId: string; q: QuestionDto; onShow: () => void }) {
  const t = useTranslations('coupleTools.question');
  return (
    <div className="border-t border-grape-200 bg-grape-50 p-3" data-testid="question-gate">
      <p role="status" className="text-sm font-semibold text-grape-800">{t('gate')}</p>
      <p className="mt-1 text-sm text-neutral-800">
        “{q.text}”{' '}
        <button type="button" onClick={onShow} className="min-h-8 text-grape-700 underline">{t('showQuestion')}</button>
      </p>
      <div className="mt-2">
        <AnswerForm circleId={circleId} questionId={q.id} idPrefix="gate-answer" />
      </div>
    </div>
  );
}
