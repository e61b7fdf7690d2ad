import { isReturned, statusLabel, summarizeValidation } from '../status';

describe('list labels', () => {
  it.each([
    [{ state: 'draft' }, '草稿'],
    [{ state: 'draft', lastAction: 'return' }, '已退回'],
    [{ state: 'draft', lastAction: 'withdraw' }, '已撤回'],
    [{ state: 'draft', lastAction: 'reopen' }, '已重新打开'],
    [{ state: 'pending_district_leader', lastAction: 'approve' }, '待区分管领导审批'],
    [{ state: 'approved', lastAction: 'approve' }, '已通过'],
  ] as const)('%o shows as %s', (report, label) => {
    expect(statusLabel(report)).toBe(label);
  });

  it('a returned or reopened draft counts as returned, a withdrawn one does not', () => {
    expect(isReturned({ state: 'draft', lastAction: 'return' })).toBe(true);
    expect(isReturned({ state: 'draft', lastAction: 'reopen' })).toBe(true);
    expect(isReturned({ state: 'draft', lastAction: 'withdraw' })).toBe(false);
    expect(isReturned({ state: 'pending_unit', lastAction: 'submit' })).toBe(false);
  });
});

describe('summarizeValidation', () => {
  it('counts HARD violations and SOFT ones without an explanation, ignoring INFO', () => {
    const violations = [
      { ruleId: 'a', severity: 'HARD' },
      { ruleId: 'b', severity: 'SOFT' },
      { ruleId: 'c', severity: 'SOFT' },
      { ruleId: 'd', severity: 'INFO' },
    ] as const;
    expect(summarizeValidation(violations, (violation) => violation.ruleId === 'b')).toEqual({
      hardViolations: 1,
      unexplainedSoftViolations: 1,
    });
  });
});
