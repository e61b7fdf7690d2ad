import { transition } from '../transition';
import type { OrgType, ReportState, TransitionContext, WorkflowActor, WorkflowConfig } from '../types';
import {
  cityLeader,
  cityReviewer,
  districtLeader,
  districtReviewer,
  townshipSubmitter,
  unitLeader,
} from './test-actors';

const clean: TransitionContext = { validation: { hardViolations: 0, unexplainedSoftViolations: 0 } };
const allSignOffs: WorkflowConfig = { leaderSignOff: { district: true, city: true } };
const noSignOffs: WorkflowConfig = { leaderSignOff: { district: false, city: false } };

/** Submit, then let each reviewer approve in turn; returns every state the report passed through. */
function walk(orgType: OrgType, config: WorkflowConfig, reviewers: WorkflowActor[]): ReportState[] {
  const states: ReportState[] = ['draft'];
  const steps: [WorkflowActor, 'submit' | 'approve'][] = [
    [townshipSubmitter, 'submit'],
    ...reviewers.map((reviewer): [WorkflowActor, 'approve'] => [reviewer, 'approve']),
  ];
  for (const [actor, action] of steps) {
    const result = transition({
      report: { state: states[states.length - 1], orgType },
      actor,
      action,
      context: { ...clean, isDistrictComplete: true },
      config,
    });
    if (!result.ok)
      throw new Error(`${action} at ${states[states.length - 1]}: ${result.code} ${result.message}`);
    states.push(result.nextState);
  }
  return states;
}

describe('every org type reaches 已通过 along its own route', () => {
  it.each<OrgType>(['township', 'district_department'])(
    'a %s report goes unit leader → district reviewer → district leader → city reviewer → city leader',
    (orgType) => {
      expect(
        walk(orgType, allSignOffs, [unitLeader, districtReviewer, districtLeader, cityReviewer, cityLeader]),
      ).toEqual([
        'draft',
        'pending_unit',
        'pending_district',
        'pending_district_leader',
        'pending_city',
        'pending_city_leader',
        'approved',
      ]);
    },
  );

  it.each<OrgType>(['township', 'district_department'])(
    'without leader sign-off a %s report skips both leader steps',
    (orgType) => {
      expect(walk(orgType, noSignOffs, [unitLeader, districtReviewer, cityReviewer])).toEqual([
        'draft',
        'pending_unit',
        'pending_district',
        'pending_city',
        'approved',
      ]);
    },
  );

  it('a city department report goes unit leader → city reviewer → city leader, never through a district', () => {
    expect(walk('city_department', allSignOffs, [unitLeader, cityReviewer, cityLeader])).toEqual([
      'draft',
      'pending_unit',
      'pending_city',
      'pending_city_leader',
      'approved',
    ]);
  });

  it("a district government's own report goes straight to the city reviewer, then the city leader", () => {
    expect(walk('district', allSignOffs, [cityReviewer, cityLeader])).toEqual([
      'draft',
      'pending_city',
      'pending_city_leader',
      'approved',
    ]);
  });
});
