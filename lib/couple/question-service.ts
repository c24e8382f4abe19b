// Keyword questions: a couple-room message holding a keyword of the bank asks that
// keyword's next question (stored, shown as a card in the room); each partner must
// answer before sending more (the gate: lib/couple/gate.ts, checked by the send
// statement); answers stay hidden until both have answered.
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { now } from '@/lib/clock';
import { defer } from '@/lib/defer';
import { isUniqueViolation } from '@/lib/sql';
import { toMessageDto } from '@/lib/chat/dto';
import { publishMessage } from '@/lib/chat/events';
import { systemMessage } from '@/lib/chat/room-tx';
import type { Locale } from '@/lib/i18n/config';
import { findQuestionGroupForNoun, questionById, type QuestionGroup } from './questions';
import { getCoupleMemberOrThrow } from './access';
import { publishCoupleChanged } from './events';
import { notifyPartnersAway } from './notify';
import type { QuestionDto } from './schemas';
import { QUESTION_LINE } from './lines';
import { toUserBrief } from '@/lib/users/brief';

/** A keyword group of the bank met in a message, with the noun that met it. */
export interface KeywordMatch { group: QuestionGroup; word: string }

/** The bank groups a message's nouns (extractNouns) belong to, in message order, each once. */
export function keywordGroups(nouns: readonly string[]): KeywordMatch[] {
  const groups: KeywordMatch[] = [];
  for (const noun of nouns) {
    const group = findQuestionGroupForNoun(noun);
    if (group && !groups.some((g) => g.group.id === group.id)) groups.push({ group, word: noun });
  }
  return groups;
}

/**
 * Which question a message asks, if any. Keywords are taken in message order; a
 * keyword the couple has never been asked about wins over one whose first question
 * they already had (so "운동 … 길고양이" after the exercise question asks about cats),
 * and within a keyword the questions come in the bank's order, each only once.
 */
export function pickQuestion(groups: readonly KeywordMatch[], askedIds: Set<string>, askedGroups: Set<string>) {
  const next = (g: QuestionGroup) => g.questions.find((q) => !askedIds.has(q.id));
  const fresh = groups.find((g) => !askedGroups.has(g.group.id) && next(g.group));
  const pick = fresh ?? groups.find((g) => next(g.group));
  return pick ? { group: pick.group, question: next(pick.group)!, word: pick.word } : null;
}
export type QuestionPick = NonNullable<ReturnType<typeof pickQuestion>>;

/** What deciding on a question needs (read with the message's word counts, lib/couple/message-hooks.ts). */
export interface QuestionState {
  frequency: string; hasOpen: boolean; askedToday: boolean; questionIds: string[]; groupIds: string[];
}

/** The question to ask after a message with these keywords, or null. */
export function questionToAsk(state: QuestionState, groups: readonly KeywordMatch[]) {
  if (state.frequency === 'OFF') return null;
  // Decision: a keyword seen while a question is open is dropped, not queued.
  if (state.hasOpen) return null;
  if (state.frequency === 'DAILY' && state.askedToday) return null;
  return pickQuestion(groups, new Set(state.questionIds), new Set(state.groupIds));
}

/** Ask `pick` right after the message numbered `triggerSeq`: stored, shown as a card, announced. */
export async function askQuestion(circleId: string, roomId: string, pick: QuestionPick, triggerSeq: number, memberIds: string[]) {
  let created;
  try {
    created = await db.$transaction(async (tx) => {
      const q = await tx.coupleQuestion.create({
        data: { circleId, questionId: pick.question.id, groupId: pick.group.id, keyword: pick.word, triggerSeq, askedAt: now() },
      });
      const line = await systemMessage(tx, roomId, QUESTION_LINE, { questionId: q.id, circleId });
      await tx.coupleQuestion.update({ where: { id: q.id }, data: { cardSeq: line.seq } });
      return { q, line };
    });
  } catch (err) {
    // The partner's message opened a question at the same moment (one open per couple).
    if (isUniqueViolation(err)) return;
    throw err;
  }
  await Promise.all([publishMessage(toMessageDto(created.line), memberIds), publishCoupleChanged(circleId, 'questions')]);
  await notifyPartnersAway(roomId, memberIds, {
    kind: 'couple.question',
    titleKey: 'coupleTools.notify.newQuestion',
    body: (l) => questionText(pick.question.id, l),
    url: `/chat/${roomId}?seq=${created.line.seq}`,
  });
}

export function questionText(questionId: string, locale: Locale) {
  const q = questionById(questionId);
  return q ? q[locale] : '';
}

const questionInclude = {
  answers: { select: { userId: true, body: true, createdAt: true } },
} as const;
type QuestionRow = {
  id: string; questionId: string; keyword: string; askedAt: Date; revealedAt: Date | null; cardSeq: number | null;
  answers: { userId: string; body: string }[];
};
type Member = { userId: string; user: { id: string; displayName: string; avatarKey: string | null; deletedAt: Date | null } };

function toQuestionDto(q: QuestionRow, members: Member[], viewerId: string, locale: Locale): QuestionDto {
  const revealed = !!q.revealedAt;
  return {
    id: q.id,
    questionId: q.questionId,
    keyword: q.keyword,
    text: questionText(q.questionId, locale),
    askedAt: q.askedAt.toISOString(),
    revealed,
    cardSeq: q.cardSeq,
    answeredByMe: q.answers.some((a) => a.userId === viewerId),
    answers: members.map((m) => {
      const a = q.answers.find((x) => x.userId === m.userId);
      return { user: toUserBrief(m.user), answered: !!a, body: a && (revealed || m.userId === viewerId) ? a.body : null };
    }),
  };
}

async function coupleMembers(actorId: string, circleId: string): Promise<Member[]> {
  const couple = await getCoupleMemberOrThrow(actorId, circleId);
  return couple.members.map((m) => ({ userId: m.userId, user: m.user }));
}

/** The answer archive: every question asked, newest first; `q` filters by keyword, question or revealed answer. */
export async function listQuestions(actorId: string, circleId: string, locale: Locale, q?: string): Promise<QuestionDto[]> {
  const members = await coupleMembers(actorId, circleId);
  const rows = await db.coupleQuestion.findMany({ where: { circleId }, include: questionInclude, orderBy: [{ askedAt: 'desc' }, { id: 'desc' }] });
  const all = rows.map((r) => toQuestionDto(r, members, actorId, locale));
  const needle = q?.trim().toLowerCase();
  if (!needle) return all;
  return all.filter((d) => {
    const bank = questionById(d.questionId);
    const hay = [d.keyword, d.text, bank?.ko, bank?.en, bank?.groupLabel.ko, bank?.groupLabel.en, ...d.answers.map((a) => a.body ?? '')];
    return hay.some((s) => s?.toLowerCase().includes(needle));
  });
}

export async function getQuestion(actorId: string, circleId: string, id: string, locale: Locale) {
  const members = await coupleMembers(actorId, circleId);
  const row = await db.coupleQuestion.findFirst({ where: { id, circleId }, include: questionInclude });
  if (!row) throw notFound();
  return toQuestionDto(row, members, actorId, locale);
}

/** The open question, for the couple's home and the room's gate. */
export async function openQuestion(actorId: string, circleId: string, members: Member[], locale: Locale) {
  const row = await db.coupleQuestion.findFirst({ where: { circleId, revealedAt: null }, include: questionInclude });
  return row ? toQuestionDto(row, members, actorId, locale) : null;
}

/**
 * Answer a question once. The question row is locked so two partners answering at the
 * same moment see each other's answer: the second one reveals both.
 */
export async function answerQuestion(actorId: string, circleId: string, id: string, body: string, locale: Locale) {
  const couple = await getCoupleMemberOrThrow(actorId, circleId);
  const memberIds = couple.members.map((m) => m.userId);
  const outcome = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string; revealedAt: Date | null }[]>`
      SELECT id, "revealedAt" FROM "CoupleQuestion" WHERE id = ${id} AND "circleId" = ${circleId} FOR UPDATE`;
    if (!locked.length) throw notFound();
    const existing = await tx.coupleAnswer.findUnique({ where: { coupleQuestionId_userId: { coupleQuestionId: id, userId: actorId } } });
    if (existing) throw new AppError('conflict', 'errors.alreadyAnswered');
    await tx.coupleAnswer.create({ data: { coupleQuestionId: id, userId: actorId, body, createdAt: now() } });
    const answered = await tx.coupleAnswer.findMany({ where: { coupleQuestionId: id }, select: { userId: true } });
    const all = memberIds.every((m) => answered.some((a) => a.userId === m));
    if (all && !locked[0].revealedAt) await tx.coupleQuestion.update({ where: { id }, data: { revealedAt: now() } });
    return { revealed: all, firstAnswerers: answered.map((a) => a.userId).filter((u) => u !== actorId) };
  });
  defer(async () => {
    await publishCoupleChanged(circleId, 'questions');
    if (outcome.revealed && couple.room) {
      const row = await db.coupleQuestion.findUnique({ where: { id }, select: { cardSeq: true } });
      await notifyPartnersAway(couple.room.id, outcome.firstAnswerers, {
        kind: 'couple.answered',
        titleKey: 'coupleTools.notify.answered',
        body: () => '',
        url: `/chat/${couple.room.id}${row?.cardSeq ? `?seq=${row.cardSeq}` : ''}`,
      });
    }
  });
  return getQuestion(actorId, circleId, id, locale);
}

