import { WORKFLOW } from '../definition';
import { routeFor } from '../route';
import { availableActions, transition } from '../transition';
import type { TransitionRequest } from '../types';
import { districtLeader, districtReviewer, townshipSubmitter } from './test-actors';

describe('leader sign-off is configured per level', () => {
  it('is on at both levels in the demo configuration', () => {
    expect(WORKFLOW.defaultConfig).toEqual({ leaderSignOff: { district: true, city: true } });
    expect(routeFor('township')?.map((step) => step.state)).toContain('pending_district_leader');
  });

  it('switching only the district level off keeps the city leader step', () => {
    const route = routeFor('township', { leaderSignOff: { district: false, city: true } });
    expect(route?.map((step) => step.state)).toEqual([
      'pending_unit',
      'pending_district',
      'pending_city',
      'pending_city_leader',
    ]);
  });

  it('with the district sign-off off, the district reviewer approves straight to the city', () => {
    const result = transition({
      report: { state: 'pending_district', orgType: 'township' },
      actor: districtReviewer,
      action: 'approve',
      config: { leaderSignOff: { district: false, city: true } },
    });
    expect(result).toMatchObject({ ok: true, nextState: 'pending_city' });
  });

  it('a report already waiting for a district leader when the sign-off is switched off can still move on', () => {
    const result = transition({
      report: { state: 'pending_district_leader', orgType: 'township' },
      actor: districtLeader,
      action: 'approve',
      config: { leaderSignOff: { district: false, city: false } },
    });
    expect(result).toMatchObject({ ok: true, nextState: 'pending_city' });
  });

  it('a route step names its owner and label for the UI', () => {
    expect(routeFor('city_department')?.[1]).toEqual({
      state: 'pending_city',
      label: '待市审核',
      owner: { role: 'reviewer', relation: 'city' },
      approveGuards: [],
    });
  });
});

describe('bad input gets a Chinese message, never an exception', () => {
  const valid: TransitionRequest = {
    report: { state: 'pending_unit', orgType: 'township' },
    actor: townshipSubmitter,
    action: 'withdraw',
  };

  it.each([
    ['an unknown state', { ...valid, report: { state: 'submitted', orgType: 'township' } }, '未知的报告状态'],
    ['an unknown org type', { ...valid, report: { state: 'draft', orgType: 'province' } }, '未知的单位类型'],
    ['a missing report', { ...valid, report: null }, '未知的报告状态'],
    ['an unknown action', { ...valid, action: 'delete' }, '未知的操作'],
    ['an actor without grants', { ...valid, actor: {} }, '角色信息'],
    [
      'a grant with an unknown role',
      { ...valid, actor: { grants: [{ role: 'boss', relation: 'own' }] } },
      '角色信息',
    ],
    ['a malformed configuration', { ...valid, config: { leaderSignOff: 'yes' } }, '配置'],
  ])('%s', (_what, request, message) => {
    const result = transition(request as unknown as TransitionRequest);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(!result.ok && result.message).toContain(message);
    expect(availableActions(request as unknown as TransitionRequest)).toEqual([]);
  });

  it('a comment that is not text counts as missing', () => {
    const result = transition({
      report: { state: 'pending_district', orgType: 'township' },
      actor: districtReviewer,
      action: 'return',
      context: { comment: 42 as unknown as string },
    });
    expect(result).toMatchObject({ ok: false, code: 'COMMENT_REQUIRED' });
  });

  it("the city's own report has no route", () => {
    const result = transition({
      report: { state: 'draft', orgType: 'city' },
      actor: townshipSubmitter,
      action: 'submit',
    });
    expect(result).toMatchObject({ ok: false, code: 'NO_ROUTE' });
    expect(routeFor('city')).toBeNull();
  });

  it("a reviewer who already approved cannot approve again at the next step, which is the leader's", () => {
    const request: TransitionRequest = {
      report: { state: 'pending_district', orgType: 'township' },
      actor: districtReviewer,
      action: 'approve',
    };
    const first = transition(request);
    expect(first).toMatchObject({ ok: true, nextState: 'pending_district_leader' });
    const second = transition({
      ...request,
      report: { state: 'pending_district_leader', orgType: 'township' },
    });
    expect(second).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });
});
