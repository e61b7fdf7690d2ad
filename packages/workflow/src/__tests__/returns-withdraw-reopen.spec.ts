import { transition } from '../transition';
import type { TransitionRequest } from '../types';
import { cityLeader, cityReviewer, districtReviewer, townshipSubmitter, unitLeader } from './test-actors';

const clean = { validation: { hardViolations: 0, unexplainedSoftViolations: 0 } };

function township(state: TransitionRequest['report']['state']): TransitionRequest['report'] {
  return { state, orgType: 'township' };
}

describe('退回 sends a report back to its submitter, who can fix and resubmit it', () => {
  it.each([
    ['pending_unit', unitLeader],
    ['pending_district', districtReviewer],
    ['pending_city', cityReviewer],
    ['pending_city_leader', cityLeader],
  ] as const)('from %s the step owner returns it to 草稿 with their comment', (state, actor) => {
    const result = transition({
      report: township(state),
      actor,
      action: 'return',
      context: { comment: '  第三部分数据有误  ' },
    });
    expect(result).toEqual({
      ok: true,
      nextState: 'draft',
      event: {
        action: 'return',
        from: state,
        to: 'draft',
        actingAs: actor.grants[0],
        comment: '第三部分数据有误',
      },
    });
  });

  it.each(['', '   ', undefined])('is refused without a comment (%p)', (comment) => {
    const result = transition({
      report: township('pending_district'),
      actor: districtReviewer,
      action: 'return',
      context: { comment },
    });
    expect(result).toMatchObject({ ok: false, code: 'COMMENT_REQUIRED' });
  });

  it('a returned report is submitted again from the start of its route', () => {
    const returned = transition({
      report: township('pending_city'),
      actor: cityReviewer,
      action: 'return',
      context: { comment: '请核对' },
    });
    expect(returned.ok && returned.nextState).toBe('draft');
    const resubmitted = transition({
      report: township('draft'),
      actor: townshipSubmitter,
      action: 'submit',
      context: clean,
    });
    expect(resubmitted).toMatchObject({ ok: true, nextState: 'pending_unit' });
  });
});

describe('撤回 is possible only until the next person acts', () => {
  it('the submitter withdraws a report still waiting for the unit leader', () => {
    const result = transition({
      report: township('pending_unit'),
      actor: townshipSubmitter,
      action: 'withdraw',
    });
    expect(result).toMatchObject({
      ok: true,
      nextState: 'draft',
      event: { action: 'withdraw', from: 'pending_unit' },
    });
  });

  it('once the unit leader has approved, the submitter can no longer withdraw', () => {
    const approved = transition({ report: township('pending_unit'), actor: unitLeader, action: 'approve' });
    expect(approved).toMatchObject({ ok: true, nextState: 'pending_district' });
    const result = transition({
      report: township('pending_district'),
      actor: townshipSubmitter,
      action: 'withdraw',
    });
    expect(result).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(!result.ok && result.message).toContain('待区审核');
  });

  it("a district government's submitter withdraws while the city reviewer has not acted", () => {
    const result = transition({
      report: { state: 'pending_city', orgType: 'district' },
      actor: townshipSubmitter,
      action: 'withdraw',
    });
    expect(result).toMatchObject({ ok: true, nextState: 'draft' });
  });

  it('nobody but the submitter withdraws', () => {
    const result = transition({ report: township('pending_unit'), actor: unitLeader, action: 'withdraw' });
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });
});

describe('重新打开 an approved report', () => {
  it.each([
    ['the district reviewer', districtReviewer],
    ['the city reviewer', cityReviewer],
  ])('%s above it reopens it with a comment, back to the submitter', (_who, actor) => {
    const result = transition({
      report: township('approved'),
      actor,
      action: 'reopen',
      context: { comment: '数据需更正' },
    });
    expect(result).toMatchObject({
      ok: true,
      nextState: 'draft',
      event: { action: 'reopen', comment: '数据需更正' },
    });
  });

  it('needs a comment', () => {
    const result = transition({
      report: township('approved'),
      actor: cityReviewer,
      action: 'reopen',
      context: {},
    });
    expect(result).toMatchObject({ ok: false, code: 'COMMENT_REQUIRED' });
  });

  it('is not open to the submitter, the unit leader or a leader', () => {
    for (const actor of [townshipSubmitter, unitLeader, cityLeader]) {
      const result = transition({
        report: township('approved'),
        actor,
        action: 'reopen',
        context: { comment: '改' },
      });
      expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    }
  });

  it('a district reviewer cannot reopen a city department report, which never passed a district', () => {
    const result = transition({
      report: { state: 'approved', orgType: 'city_department' },
      actor: districtReviewer,
      action: 'reopen',
      context: { comment: '改' },
    });
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('only an approved report can be reopened', () => {
    const result = transition({
      report: township('pending_city'),
      actor: cityReviewer,
      action: 'reopen',
      context: { comment: '改' },
    });
    expect(result).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });
});
