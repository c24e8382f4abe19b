// The question gate: while a couple has an open question, a partner who has not
// answered it may send nothing in the couple room (any kind: text, sticker, file).
// The rule is written here but runs inside the chat send statement
// (lib/chat/statements.ts): checking it there costs no round trip of its own, reads the
// database at the moment of the send (so every server instance sees a question another
// one opened), and a refused send stores nothing. It imports only lib/errors, so the
// chat modules can include it without an import cycle.
import { AppError } from '@/lib/errors';

/**
 * SQL (a SELECT ending in its WHERE clause, so the caller may add conditions): the open
 * question of the couple that owns room `room` which user `user` has not answered. No
 * rows in a room without a circle, in a family's room (families have no questions) and
 * for a partner who answered; at most one row (one open question per couple, a unique index).
 */
export const unansweredQuestionSql = (user: string, room: string) => `
      SELECT q.id FROM "Room" gr JOIN "CoupleQuestion" q ON q."circleId" = gr."circleId" AND q."revealedAt" IS NULL
      WHERE gr.id = ${room}
        AND NOT EXISTS (SELECT 1 FROM "CoupleAnswer" ga WHERE ga."coupleQuestionId" = q.id AND ga."userId" = ${user})`;

/** The refusal: 409 with a message key, what to answer, and why (clients key on `reason`). */
export const questionUnanswered = (questionId: string) =>
  new AppError('conflict', 'errors.answerQuestionFirst', { questionId, reason: 'question_unanswered' });
