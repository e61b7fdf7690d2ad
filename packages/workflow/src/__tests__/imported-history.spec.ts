import { availableActions, transition } from '../index';
import type { WorkflowAction } from '../types';
import { cityReviewer, districtReviewer, townshipSubmitter } from './test-actors';

const imported = { state: 'approved', orgType: 'township', isImportedHistory: true } as const;

describe('an imported past report is a record of what was published: nobody acts on it', () => {
  it('offers no action to anyone, where a report approved on the platform could be reopened', () => {
    for (const actor of [townshipSubmitter, districtReviewer, cityReviewer])
      expect(availableActions({ report: imported, actor })).toEqual([]);
    expect(
      availableActions({ report: { ...imported, isImportedHistory: false }, actor: cityReviewer }),
    ).toEqual(['reopen']);
  });

  it.each<[WorkflowAction, typeof cityReviewer]>([
    ['reopen', cityReviewer],
    ['reopen', districtReviewer],
    ['approve', cityReviewer],
    ['submit', townshipSubmitter],
  ])('refuses %s with a Chinese reason', (action, actor) => {
    const result = transition({ report: imported, actor, action, context: { comment: '数据有误' } });
    expect(result).toMatchObject({ ok: false, code: 'IMPORTED_HISTORY' });
    expect(!result.ok && result.message).toContain('历史年报');
  });
});
