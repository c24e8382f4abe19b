// Couple tools: input schemas and the shapes the API returns, shared by server and client.
// Messages are message-file keys (validation.*), translated by the error layer.
import { z } from 'zod';
import { idSchema, isoDate, line, text } from '@/lib/schemas';
import type { Day } from '@/lib/missions/schedule';
import type { UserBrief } from '@/lib/users/brief';
import { FREQUENCIES, MAX_ANSWER, MAX_WORD } from './limits';

export { FREQUENCIES, MAX_ANSWER, MAX_WORD, TOP_CHOICES } from './limits';

/** Trimmed, required (when `required` is a key), at most `max` characters. */
const bounded = (kind: typeof line, max: number, tooLong: string, required?: string) => {
  const base = kind(required ?? tooLong);
  return (required ? base.min(1, { error: required }) : base).max(max, { error: tooLong });
};
export const daySchema = isoDate();

export const questionParams = z.object({ circleId: idSchema, questionId: idSchema });
export const eventParams = z.object({ circleId: idSchema, eventId: idSchema });

export const answerSchema = z.object({ body: bounded(text, MAX_ANSWER, 'validation.answerLength', 'validation.answerRequired') });
export const archiveQuerySchema = z.object({ q: bounded(line, 50, 'validation.searchLength').optional() });

export type Frequency = (typeof FREQUENCIES)[number];
export const settingsSchema = z
  .object({
    questionFrequency: z.enum(FREQUENCIES, { error: 'validation.frequency' }).optional(),
    startDate: daySchema.nullable().optional(),
  })
  .refine((v) => v.questionFrequency !== undefined || v.startDate !== undefined, { error: 'validation.nothingToChange' });

export const wordsQuerySchema = z.object({
  top: z.enum(['3', '5', '10'], { error: 'validation.top' }).default('5').transform(Number),
});
export const wordSchema = z.object({ word: bounded(line, MAX_WORD, 'validation.wordLength', 'validation.wordRequired') });

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.time' });
export const eventSchema = z.object({
  title: bounded(line, 60, 'validation.eventTitleLength', 'validation.eventTitleRequired'),
  date: daySchema,
  time: timeSchema.nullable().optional(),
  memo: bounded(text, 500, 'validation.memoLength').optional(),
  isDDay: z.boolean().optional(),
});
export const eventPatchSchema = eventSchema.partial().refine((v) => Object.keys(v).length > 0, { error: 'validation.nothingToChange' });
export type EventInput = z.infer<typeof eventSchema>;
export const monthQuerySchema = z.object({
  month: z.string().regex(/^(2\d{3})-(0[1-9]|1[0-2])$/, { error: 'validation.month' }).optional(),
});
export const icsParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/) });

// ── DTOs ────────────────────────────────────────────────────────────────────

export interface AnswerDto {
  user: UserBrief;
  answered: boolean;
  /** Null until both answered, except my own. */
  body: string | null;
}

export interface QuestionDto {
  id: string;
  questionId: string;
  keyword: string;
  text: string;
  askedAt: string;
  revealed: boolean;
  /** The room line that shows it (to open the room at the card). */
  cardSeq: number | null;
  answers: AnswerDto[];
  answeredByMe: boolean;
}

export interface DDayDto {
  id: string;
  title: string;
  date: Day;
  label: string;
}

export interface CoupleOverviewDto {
  circleId: string;
  roomId: string | null;
  today: Day;
  startDate: Day | null;
  daysTogether: number | null;
  questionFrequency: Frequency;
  /** Upcoming D-Days (nearest first), then the most recent past ones. */
  dDays: DDayDto[];
  /** The open question when I still have to answer it. */
  waitingQuestion: QuestionDto | null;
  openQuestion: QuestionDto | null;
}

export interface WordRankDto {
  rank: number;
  word: string;
  count: number;
}
export interface WordsDto {
  from: Day;
  to: Day;
  top: number;
  rankings: { user: UserBrief; words: WordRankDto[] }[];
  excluded: { word: string; isDefault: boolean }[];
}

export interface CoupleEventDto {
  id: string;
  title: string;
  date: Day;
  time: string | null;
  memo: string;
  isDDay: boolean;
  dDayLabel: string | null;
  createdBy: UserBrief | null;
}
export interface AnniversaryDto {
  day: Day;
  kind: 'days' | 'years' | 'birthday';
  n: number;
  /** Birthdays: whose. */
  user?: UserBrief;
}
export interface CoupleCalendarDto {
  month: string;
  today: Day;
  startDate: Day | null;
  events: CoupleEventDto[];
  anniversaries: AnniversaryDto[];
}
