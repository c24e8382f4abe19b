'use client';

import { useTranslations } from 'use-intl';
import { useQuestion } from '@/lib/couple/queries';
import type { QuestionDto } from '@/lib/couple/schemas';

/** Both answers once revealed; until then who has answered (my own answer is mine to see). */
export function QuestionAnswers({ q, meId, inRoom = false }: { q: QuestionDto; meId: string; inRoom?: boolean }) {
  const t = useTranslations('coupleTools.question');
  return (
    <ul className="flex flex-col gap-2">
      {q.answers.map((a) => {
        const name = a.user.id === meId ? t('you') : a.user.displayName;
        return (
          <li key={a.user.id} className="rounded-xl bg-white px-3 py-2 text-sm shadow-sm" data-testid="question-answer">
            <p className="text-xs font-semibold text-grape-700">{name}</p>
            {a.body !== null ? (
              <p className="whitespace-pre-wrap break-words text-neutral-900">{a.body}</p>
            ) : a.answered ? (
              <p className="text-neutral-600">{t('answered')} · {t('hiddenUntilBoth')}</p>
            ) : (
              <p className="text-neutral-600">{a.user.id === meId ? t(inRoom ? 'yourTurn' : 'answerInRoomHint') : t('notAnswered', { name: a.user.displayName })}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A question as it appears in the couple room, live for both partners. */
interface CardProps { circleId: string; questionId: string; meId: string; seq: number; highlighted: boolean }

export function QuestionCard({ circleId, questionId, meId, seq, highlighted }: CardProps) {
  const t = useTranslations('coupleTools.question');
  const query = useQuestion(circleId, questionId);
  const q = query.data;
  return (
    <li id={`m-${seq}`} className="my-1 flex justify-center" data-testid="question-card" data-question-id={questionId}>
      <article className={`w-full max-w-md rounded-2xl border bg-grape-50 p-4 shadow-sm ${highlighted ? 'border-grape-600 ring-2 ring-grape-400' : 'border-grape-200'}`} aria-label={t('arrived')}>
        <p className="text-xs font-semibold text-grape-600">{t('arrived')}{q && ` · ${t('keyword', { keyword: q.keyword })}`}</p>
        <h3 className="mt-1 text-base font-bold text-neutral-900" data-testid="question-text">{q?.text ?? '…'}</h3>
        {/* The answer box is in the gate under the timeline (one box, always in reach). */}
        {q && <div className="mt-3"><QuestionAnswers q={q} meId={meId} inRoom /></div>}
      </article>
    </li>
  );
}
