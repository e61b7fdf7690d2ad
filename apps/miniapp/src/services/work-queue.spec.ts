import { isInQueue, queueStatesFor } from './work-queue';

describe('what waits for whom (待办)', () => {
  it('a unit leader reviews reports of their own unit only', () => {
    const unitLeader = { orgId: 3, orgType: 'township', roles: ['unit_leader'] } as const;
    const states = queueStatesFor(unitLeader);
    expect(states).toEqual([{ state: 'pending_unit', isOwnOrgOnly: true }]);
    expect(isInQueue({ orgId: 3 }, states[0], unitLeader)).toBe(true);
    expect(isInQueue({ orgId: 4 }, states[0], unitLeader)).toBe(false);
  });

  it('a district leader signs off the district’s reports, not the district government’s own', () => {
    const districtLeader = { orgId: 2, orgType: 'district', roles: ['leader'] } as const;
    const states = queueStatesFor(districtLeader);
    expect(states).toEqual([{ state: 'pending_district_leader', isOwnOrgOnly: false }]);
    expect(isInQueue({ orgId: 5 }, states[0], districtLeader)).toBe(true);
    expect(isInQueue({ orgId: 2 }, states[0], districtLeader)).toBe(false);
  });

  it('the city reviewer and leader see the city steps; a district reviewer does not', () => {
    expect(queueStatesFor({ orgId: 1, orgType: 'city', roles: ['reviewer', 'leader'] })).toEqual([
      { state: 'pending_city', isOwnOrgOnly: false },
      { state: 'pending_city_leader', isOwnOrgOnly: false },
    ]);
    expect(queueStatesFor({ orgId: 2, orgType: 'district', roles: ['reviewer'] })).toEqual([
      { state: 'pending_district', isOwnOrgOnly: false },
    ]);
  });

  it('a submitter has their own unit’s drafts to fill in or fix after a return', () => {
    expect(queueStatesFor({ orgId: 3, orgType: 'township', roles: ['submitter'] })).toEqual([
      { state: 'draft', isOwnOrgOnly: true },
    ]);
  });

  it('an administrator approves nothing', () => {
    expect(queueStatesFor({ orgId: 1, orgType: 'city', roles: ['admin'] })).toEqual([]);
  });
});
