import { indexGrams, queryGrams, queryTerms } from './search-grams';

const isFound = (text: string, query: string) => {
  const indexed = new Set(indexGrams(text));
  return queryGrams(query).every((gram) => indexed.has(gram));
};

describe('search grams', () => {
  const text = '本年度共收到政府信息公开申请42件，全部按时答复。东城街道';

  it('finds a Chinese word of any length inside unspaced text', () => {
    expect(isFound(text, '信息公开')).toBe(true);
    expect(isFound(text, '按时答复')).toBe(true);
    expect(isFound(text, '街')).toBe(true);
    expect(isFound(text, '东城街道 申请')).toBe(true);
  });

  it('does not find a word whose characters are in the text but not side by side', () => {
    expect(isFound(text, '公收')).toBe(false);
    expect(isFound(text, '行政复议')).toBe(false);
  });

  it('ignores full-width forms and case', () => {
    expect(isFound('ＡＢＣ１２３', 'abc123')).toBe(true);
    expect(queryTerms('  东城  申请 ')).toEqual(['东城', '申请']);
  });

  it('gives every gram as a 32-bit integer, for an int column', () => {
    for (const gram of indexGrams(`${text}😀𠀀`)) {
      expect(Number.isInteger(gram)).toBe(true);
      expect(Math.abs(gram)).toBeLessThan(2 ** 31);
    }
  });
});
