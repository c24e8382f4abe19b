import { describe, expect, it } from 'vitest';
import { normaliseTitle } from './normalise';

describe('normaliseTitle', () => {
  it('folds spacing, punctuation, width and case', () => {
    const same = ['레미제라블', '레미제라블 ', ' 레미 제라블', '레미제라블!', '《레미제라블》'];
    expect(new Set(same.map(normaliseTitle))).toEqual(new Set(['레미제라블']));
    expect(normaliseTitle('ＷＩＣＫＥＤ')).toBe(normaliseTitle('Wicked'));
    expect(normaliseTitle('Mamma Mia!')).toBe('mammamia');
  });
  it('keeps different titles apart', () => {
    expect(normaliseTitle('레미제라블')).not.toBe(normaliseTitle('레 미제라블 2'));
    expect(normaliseTitle('')).toBe('');
  });
});
