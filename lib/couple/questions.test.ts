import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractNouns, matchesKeyword } from './nouns';
import { QUESTION_GROUPS, findQuestionGroupForNoun, questionById } from './questions';

/** Group ids a chat line triggers, in the order of its nouns, each once. */
function groupsOf(line: string) {
  const ids: string[] = [];
  for (const noun of extractNouns(line)) {
    const g = findQuestionGroupForNoun(noun);
    if (g && !ids.includes(g.id)) ids.push(g.id);
  }
  return ids;
}

const groupWith = (word: string) => QUESTION_GROUPS.find((g) => g.words.includes(word));

describe('question bank', () => {
  const questions = QUESTION_GROUPS.flatMap((g) => g.questions);

  it('has at least 90 keyword groups and 220 questions', () => {
    expect(QUESTION_GROUPS.length).toBeGreaterThanOrEqual(90);
    expect(questions.length).toBeGreaterThanOrEqual(220);
  });

  it('gives every group an id, a label, words and two questions or more', () => {
    const ids = new Set<string>();
    for (const g of QUESTION_GROUPS) {
      expect(g.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(ids.has(g.id)).toBe(false);
      ids.add(g.id);
      expect(g.label.ko.trim()).not.toBe('');
      expect(g.label.en.trim()).not.toBe('');
      expect(g.words.length).toBeGreaterThan(0);
      expect(g.questions.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has Korean and English text for every question, and unique stable ids', () => {
    const ids = new Set<string>();
    for (const g of QUESTION_GROUPS) {
      g.questions.forEach((q, i) => {
        expect(q.ko.trim()).not.toBe('');
        expect(q.en.trim()).not.toBe('');
        expect(q.ko).toMatch(/[\uac00-\ud7a3]/);
        expect(q.en).not.toMatch(/[\uac00-\ud7a3]/);
        // Ids are stored in the database: `<group>-<n>`, numbered in order.
        expect(q.id).toBe(`${g.id}-${i + 1}`);
        expect(ids.has(q.id)).toBe(false);
        ids.add(q.id);
      });
    }
  });

  it('puts every word in one group only', () => {
    const owner = new Map<string, string>();
    for (const g of QUESTION_GROUPS) {
      for (const w of g.words) {
        expect(owner.get(w), `${w} is in ${owner.get(w)} and ${g.id}`).toBeUndefined();
        owner.set(w, g.id);
      }
    }
  });

  it('words are nouns as extractNouns returns them, and lead to their own group', () => {
    for (const g of QUESTION_GROUPS) {
      for (const w of g.words) {
        expect(w, 'English words are lower-case').toBe(w.toLowerCase());
        expect(extractNouns(w), w).toEqual([w]);
        expect(findQuestionGroupForNoun(w)?.id, w).toBe(g.id);
      }
    }
  });

  it('starts the exercise, pets and food groups with the agreed questions', () => {
    expect(groupWith('운동')?.questions[0].ko).toBe('운동하는 거 좋아해?');
    const pets = groupWith('고양이');
    expect(pets?.words).toEqual(expect.arrayContaining(['강아지', '반려동물']));
    expect(pets?.questions[0].ko).toBe('고양이랑 강아지 중에 누굴 더 좋아해?');
    const food = groupWith('밥');
    expect(food).toBe(groupWith('음식'));
    expect(food?.questions[0].ko).toBe('한식, 중식, 양식, 일식 중에 뭘 제일 좋아해?');
  });

  it('has no keyword that the introduction lines would trip over', () => {
    for (const noun of ['안녕', '이름', '최윤석', '컴퓨터공학과', '재학', '중', '반가워', '오늘', '예정', '어제', '길', '쉬려고', '내일', '지금', '시간']) {
      expect(findQuestionGroupForNoun(noun), noun).toBeNull();
    }
  });
});

describe('findQuestionGroupForNoun', () => {
  it('matches a compound by its head, not by its start', () => {
    expect(findQuestionGroupForNoun('길고양이')?.id).toBe('pets');
    expect(findQuestionGroupForNoun('운동장')).toBeNull();
    expect(findQuestionGroupForNoun('Netflix')?.id).toBe(groupWith('netflix')?.id);
    expect(findQuestionGroupForNoun('보드게임카페')?.id).toBe(groupWith('보드게임카페')?.id);
    expect(findQuestionGroupForNoun('김치찌개')?.id).toBe(groupWith('찌개')?.id);
  });

  it('agrees with matchesKeyword: the group of the longest bank word the noun is or ends with', () => {
    const words = QUESTION_GROUPS.flatMap((g) => g.words).sort((a, b) => b.length - a.length);
    const expected = (noun: string) => {
      const w = words.find((k) => matchesKeyword(noun, k));
      return w ? groupWith(w)!.id : null;
    };
    const nouns = new Set<string>(['heart', 'Cats', '고양', '이', '']);
    for (const w of words) for (const head of ['', '길', '동네', '우리집', 'x']) nouns.add(head + w).add(w.slice(1)).add(w + '집');
    for (const f of ['nouns-labelled.tsv', 'nouns-heldout.tsv', 'nouns-fresh.tsv']) {
      for (const row of fs.readFileSync(path.join(__dirname, '../../tests/data', f), 'utf8').split('\n')) {
        for (const n of extractNouns(row.split('\t')[0])) nouns.add(n);
      }
    }
    let matched = 0;
    for (const n of nouns) {
      const want = expected(n);
      if (want) matched++;
      expect(findQuestionGroupForNoun(n)?.id ?? null, n).toBe(want);
    }
    expect(matched).toBeGreaterThan(1000);
  });
});

describe('questionById', () => {
  it('finds a question with its group', () => {
    const q = questionById('exercise-1');
    expect(q?.ko).toBe('운동하는 거 좋아해?');
    expect(q?.groupId).toBe('exercise');
    expect(q?.groupLabel.en).toBe('Exercise');
    expect(questionById('nope-1')).toBeUndefined();
  });
});

describe('replayed conversation', () => {
  it('asks nothing while the two introduce themselves', () => {
    expect(groupsOf('안녕 내 이름은 최윤석이야')).toEqual([]);
    expect(groupsOf('나는 컴퓨터공학과에 재학 중이야')).toEqual([]);
    expect(groupsOf('안녕 반가워!!')).toEqual([]);
    expect(groupsOf('오늘 뭐 할 예정이야?')).toEqual([]);
  });

  it('asks about exercise, then pets, then food at the keyword lines', () => {
    expect(groupsOf('나는 운동갔다가 저녁 먹고 쉬려고!')[0]).toBe('exercise');
    expect(groupsOf('어제 운동 가는 길에 길고양이 봤는데 너무 귀엽더라')).toEqual(['exercise', 'pets']);
    expect(groupsOf('아 나는 밥 먹으러 갔다 와야겠다!')).toEqual(['food']);
  });
});
