'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { FormError } from '@/components/ui/form-error';
import { useAnswer } from '@/lib/couple/queries';
import { MAX_ANSWER } from '@/lib/couple/limits';

/** The answer box of an open question (in the room's gate, and on the couple's home). */
export function AnswerForm({ circleId, questionId, idPrefix }: { circleId: string; questionId: string; idPrefix: string }) {
  const t = useTranslations('coupleTools.question');
  const [body, setBody] = useState('');
  const answer = useAnswer(circleId);
  const id = `${idPrefix}-${questionId}`;
  return (
    <form
      className="flex flex-col gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        if (!body.trim()) return;
        answer.mutate({ id: questionId, body: body.trim() }, { onSuccess: () => setBody('') });
      }}
    >
      <label htmlFor={id} className="text-sm font-semibold text-grape-800">{t('answerLabel')}</label>
      <div className="flex items-end gap-2">
        <textarea
          id={id}
          rows={2}
          maxLength={MAX_ANSWER}
          value={body}
          placeholder={t('answerPlaceholder')}
          onChange={(e) => setBody(e.target.value)}
          className="min-h-11 flex-1 resize-none rounded-xl border border-neutral-300 bg-white px-3 py-2 text-base outline-none focus:border-grape-500"
        />
        <button type="submit" disabled={!body.trim() || answer.isPending} className="min-h-11 rounded-full bg-grape-600 px-4 font-semibold text-white disabled:bg-grape-300">
          {answer.isPending ? t('submitting') : t('submit')}
        </button>
      </div>
      {answer.isError && <FormError message={answer.error.message} />}
    </form>
  );
}
