import { relationOf } from '../relation';
import { availableActions, transition } from '../transition';
import type { OrgType, Role, WorkflowActor } from '../types';
import {
  actor,
  cityReviewer,
  districtLeader,
  districtReviewer,
  townshipSubmitter,
  unitLeader,
} from './test-actors';

// 示范市 ─ 东区 ─ 东街道, 东区教育局 ; 示范市 ─ 西区 ─ 西街道 ; 示范市 ─ 市财政局
const ORGS: Record<string, { type: OrgType; ancestorIds: string[] }> = {
  city: { type: 'city', ancestorIds: [] },
  east: { type: 'district', ancestorIds: ['city'] },
  eastStreet: { type: 'township', ancestorIds: ['east', 'city'] },
  eastEducation: { type: 'district_department', ancestorIds: ['east', 'city'] },
  west: { type: 'district', ancestorIds: ['city'] },
  westStreet: { type: 'township', ancestorIds: ['west', 'city'] },
  cityFinance: { type: 'city_department', ancestorIds: ['city'] },
};

/** A user holding `role` in `orgId`, seen from a report of `reportOrgId`. */
function userAt(orgId: string, role: Role, reportOrgId: string): WorkflowActor {
  const relation = relationOf({
    actorOrg: { id: orgId, type: ORGS[orgId].type },
    reportOrg: { id: reportOrgId, ancestorIds: ORGS[reportOrgId].ancestorIds },
  });
  return { grants: [{ role, relation }] };
}

describe('relationOf places an org relative to the report', () => {
  it.each([
    ['eastStreet', 'eastStreet', 'own'],
    ['east', 'eastStreet', 'district'],
    ['city', 'eastStreet', 'city'],
    ['city', 'cityFinance', 'city'],
    ['west', 'eastStreet', 'none'],
    ['westStreet', 'eastStreet', 'none'],
    ['eastEducation', 'eastStreet', 'none'],
    ['eastStreet', 'east', 'none'],
  ])('%s seen from a report of %s is %s', (actorOrgId, reportOrgId, expected) => {
    expect(
      relationOf({
        actorOrg: { id: actorOrgId, type: ORGS[actorOrgId].type },
        reportOrg: { id: reportOrgId, ancestorIds: ORGS[reportOrgId].ancestorIds },
      }),
    ).toBe(expected);
  });
});

describe('a user from another branch of the tree is refused', () => {
  const report = (state: 'draft' | 'pending_unit' | 'pending_district' | 'approved') =>
    ({ state, orgType: 'township' }) as const;

  it("the west district's reviewer cannot approve an east township's report", () => {
    const result = transition({
      report: report('pending_district'),
      actor: userAt('west', 'reviewer', 'eastStreet'),
      action: 'approve',
    });
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    expect(!result.ok && result.message).toBe('您无权通过这份报告。');
  });

  it("another township's submitter cannot submit or withdraw it", () => {
    const stranger = userAt('westStreet', 'submitter', 'eastStreet');
    expect(
      transition({
        report: report('draft'),
        actor: stranger,
        action: 'submit',
        context: { validation: { hardViolations: 0, unexplainedSoftViolations: 0 } },
      }),
    ).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
    expect(transition({ report: report('pending_unit'), actor: stranger, action: 'withdraw' })).toMatchObject(
      {
        ok: false,
        code: 'NOT_ALLOWED',
      },
    );
  });

  it("a sibling department's unit leader cannot approve it", () => {
    const result = transition({
      report: report('pending_unit'),
      actor: userAt('eastEducation', 'unit_leader', 'eastStreet'),
      action: 'approve',
    });
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it("the west district's reviewer cannot reopen it", () => {
    const result = transition({
      report: report('approved'),
      actor: userAt('west', 'reviewer', 'eastStreet'),
      action: 'reopen',
      context: { comment: '改' },
    });
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('is offered no action at all', () => {
    for (const state of ['draft', 'pending_unit', 'pending_district', 'approved'] as const) {
      for (const role of ['submitter', 'unit_leader', 'reviewer', 'leader', 'admin'] as const) {
        expect(
          availableActions({ report: report(state), actor: userAt('west', role, 'eastStreet') }),
        ).toEqual([]);
      }
    }
  });
});

describe('each step belongs to one role at one position', () => {
  it("the district reviewer cannot act in the district leader's place", () => {
    const result = transition({
      report: { state: 'pending_district_leader', orgType: 'township' },
      actor: districtReviewer,
      action: 'approve',
    });
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('the city reviewer cannot skip ahead and approve at the district step', () => {
    const result = transition({
      report: { state: 'pending_district', orgType: 'township' },
      actor: cityReviewer,
      action: 'approve',
    });
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it("a district's own reviewer does not review the district government's own report", () => {
    const result = transition({
      report: { state: 'pending_city', orgType: 'district' },
      actor: actor(['reviewer', 'own']),
      action: 'approve',
      context: { isDistrictComplete: true },
    });
    expect(result).toMatchObject({ ok: false, code: 'NOT_ALLOWED' });
  });

  it('a system administrator takes no part in approval', () => {
    const admin = actor(['admin', 'own'], ['admin', 'district'], ['admin', 'city']);
    expect(
      availableActions({ report: { state: 'pending_city', orgType: 'township' }, actor: admin }),
    ).toEqual([]);
  });

  it('a user with several roles acts through the one the step needs', () => {
    const submitterAndLeader = actor(['submitter', 'own'], ['unit_leader', 'own']);
    const result = transition({
      report: { state: 'pending_unit', orgType: 'township' },
      actor: submitterAndLeader,
      action: 'approve',
    });
    expect(result).toMatchObject({ ok: true, event: { actingAs: { role: 'unit_leader', relation: 'own' } } });
    expect(
      availableActions({ report: { state: 'pending_unit', orgType: 'township' }, actor: submitterAndLeader }),
    ).toEqual(['approve', 'return', 'withdraw']);
  });
});

describe('availableActions offers what each person may do now', () => {
  it.each([
    ['the submitter of a draft', 'draft', townshipSubmitter, ['submit']],
    ['the submitter while the unit leader has not acted', 'pending_unit', townshipSubmitter, ['withdraw']],
    ['the unit leader', 'pending_unit', unitLeader, ['approve', 'return']],
    ['the district leader', 'pending_district_leader', districtLeader, ['approve', 'return']],
    ['the district reviewer of an approved report', 'approved', districtReviewer, ['reopen']],
    ['the submitter of an approved report', 'approved', townshipSubmitter, []],
    ['the city reviewer before the report reaches the city', 'pending_district', cityReviewer, []],
  ] as const)('%s', (_who, state, who, expected) => {
    expect(availableActions({ report: { state, orgType: 'township' }, actor: who })).toEqual(expected);
  });
});
