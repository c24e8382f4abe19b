// The keyword question bank (questions.json): getting-to-know-you questions for a couple,
// grouped by keyword. A chat message whose nouns (extractNouns) hold a group's word asks
// that group's next question. Question ids are stored in the database: never change or
// reuse one; add new questions at the end of a group with the next number.
import bank from './questions.json';
import { matchesKeyword } from './nouns';

export interface BankQuestion {
  /** Stable forever: `<group id>-<n>`. */
  id: string;
  ko: string;
  en: string;
}

export interface QuestionGroup {
  id: string;
  /** Nouns as extractNouns returns them (English lower-cased). */
  words: readonly string[];
  label: { ko: string; en: string };
  /** In asking order: the first one is asked first. */
  questions: readonly BankQuestion[];
}

export interface BankQuestionInGroup extends BankQuestion {
  groupId: string;
  groupLabel: { ko: string; en: string };
}

export const QUESTION_GROUPS: readonly QuestionGroup[] = bank.groups;

const questionsById = new Map<string, BankQuestionInGroup>();
const groupByWord = new Map<string, QuestionGroup>();
for (const group of QUESTION_GROUPS) {
  for (const q of group.questions) questionsById.set(q.id, { ...q, groupId: group.id, groupLabel: group.label });
  for (const w of group.words) if (!groupByWord.has(w)) groupByWord.set(w, group);
}
/**
 * Words that may head a compound (matchesKeyword: Hangul, two syllables or more). Looked
 * up by the noun's own endings, longest first, so a noun costs a handful of map lookups
 * rather than a pass over the ~950 bank words (every couple-room message pays this).
 */
const headWords = new Map<string, QuestionGroup>();
for (const [w, group] of groupByWord) if (matchesKeyword(`가${w}`, w)) headWords.set(w, group);

export function questionById(id: string): BankQuestionInGroup | undefined {
  return questionsById.get(id);
}

/**
 * The group a noun belongs to: a group word equal to it, else the longest group word it
 * ends with (길고양이 → 고양이 → pets; 보드게임카페 → 보드게임카페, not 카페; see
 * matchesKeyword). Null when none.
 */
export function findQuestionGroupForNoun(noun: string): QuestionGroup | null {
  const key = noun.toLowerCase();
  const exact = groupByWord.get(key);
  if (exact) return exact;
  // Proper endings of two characters or more, longest first.
  for (let i = 1; i <= key.length - 2; i++) {
    const group = headWords.get(key.slice(i));
    if (group) return group;
  }
  return null;
}
