import { describe, expect, it } from 'vitest';
import { keywordGroups, pickQuestion, questionToAsk, type QuestionState } from './question-service';
import { extractNouns } from './nouns';
import { QUESTION_GROUPS } from './questions';

const pick = (line: string, asked: Set<string>, groups: Set<string>) => pickQuestion(keywordGroups(extractNouns(line)), asked, groups);

const exercise = QUESTION_GROUPS.find((g) => g.words.includes('운동'))!;
const pets = QUESTION_GROUPS.find((g) => g.words.includes('고양이'))!;

describe('pickQuestion', () => {
  it('takes the first keyword of the message and its first question', () => {
    const p = pick('나는 운동갔다가 저녁 먹고 쉬려고!', new Set(), new Set());
    expect(p?.group.id).toBe(exercise.id);
    expect(p?.question.ko).toBe('운동하는 거 좋아해?');
    expect(p?.word).toBe('운동');
  });

  it('prefers a keyword the couple was never asked about over the next question of an old one', () => {
    const asked = new Set([exercise.questions[0].id]);
    const p = pick('어제 운동 가는 길에 길고양이 봤는데 너무 귀엽더라', asked, new Set([exercise.id]));
    expect(p?.group.id).toBe(pets.id);
    expect(p?.word).toBe('길고양이');
  });

  it('asks the next question of a keyword when it is the only one, and never a question twice', () => {
    const asked = new Set<string>();
    const groups = new Set<string>();
    for (const q of exercise.questions) {
      const p = pick('운동!', asked, groups);
      expect(p?.question.id).toBe(q.id);
      asked.add(q.id);
      groups.add(exercise.id);
    }
    expect(pick('운동!', asked, groups)).toBeNull();
  });

  it('asks nothing for a message without keywords', () => {
    for (const line of ['안녕 내 이름은 최윤석이야', '나는 컴퓨터공학과에 재학 중이야', '안녕 반가워!!', '오늘 뭐 할 예정이야?', 'ㅋㅋㅋㅋ', '']) {
      expect(pick(line, new Set(), new Set()), line).toBeNull();
    }
  });
});

describe('questionToAsk', () => {
  const groups = keywordGroups(extractNouns('운동 가자'));
  const state = (over: Partial<QuestionState>): QuestionState => ({ frequency: 'ALWAYS', hasOpen: false, askedToday: false, questionIds: [], groupIds: [], ...over });

  it('asks when questions are on and none is open', () => {
    expect(questionToAsk(state({}), groups)?.question.ko).toBe('운동하는 거 좋아해?');
    expect(questionToAsk(state({ frequency: 'DAILY' }), groups)?.group.id).toBe(exercise.id);
  });

  it('asks nothing when off, while one is open (the keyword is dropped), or a second time the same day when daily', () => {
    expect(questionToAsk(state({ frequency: 'OFF' }), groups)).toBeNull();
    expect(questionToAsk(state({ hasOpen: true }), groups)).toBeNull();
    expect(questionToAsk(state({ frequency: 'DAILY', askedToday: true }), groups)).toBeNull();
    expect(questionToAsk(state({ askedToday: true }), groups)).not.toBeNull();
  });

  it('asks nothing once every question of the keyword was asked', () => {
    expect(questionToAsk(state({ questionIds: exercise.questions.map((q) => q.id), groupIds: [exercise.id] }), groups)).toBeNull();
  });
});
