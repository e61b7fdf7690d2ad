import { findingKey } from './finding-key';

describe('findingKey', () => {
  it('names a table finding by its rule and cells', () => {
    expect(findingKey({ ruleId: 'R1', cells: ['A', 'B'], actual: 3 })).toBe('R1:A,B');
  });

  it('tells apart two sentences stating different numbers for the same cells', () => {
    const first = findingKey({ ruleId: 'NARRATIVE-APPLICATIONS', cells: ['X'], actual: 347 });
    const second = findingKey({ ruleId: 'NARRATIVE-APPLICATIONS', cells: ['X'], actual: 350 });
    expect(first).not.toBe(second);
  });

  it('names a 内容雷同 finding by its section, whatever the similarity', () => {
    expect(findingKey({ ruleId: 'NARRATIVE-COPIED', cells: [], actual: 0.93, sectionId: 'problems' })).toBe(
      'NARRATIVE-COPIED:problems',
    );
  });
});
