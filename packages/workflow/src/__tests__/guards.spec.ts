import { transition } from '../transition';
import { cityLeader, cityReviewer, townshipSubmitter } from './test-actors';

const draft = { state: 'draft', orgType: 'township' } as const;

describe('submitting needs a clean validation', () => {
  it('is refused while a HARD violation remains, saying how many', () => {
    const result = transition({
      report: draft,
      actor: townshipSubmitter,
      action: 'submit',
      context: { validation: { hardViolations: 2, unexplainedSoftViolations: 0 } },
    });
    expect(result).toMatchObject({ ok: false, code: 'HARD_VIOLATIONS' });
    expect(!result.ok && result.message).toContain('2');
  });

  it('is refused while a SOFT violation lacks an explanation', () => {
    const result = transition({
      report: draft,
      actor: townshipSubmitter,
      action: 'submit',
      context: { validation: { hardViolations: 0, unexplainedSoftViolations: 1 } },
    });
    expect(result).toMatchObject({ ok: false, code: 'UNEXPLAINED_SOFT' });
  });

  it('is refused when the caller did not validate at all', () => {
    const result = transition({ report: draft, actor: townshipSubmitter, action: 'submit' });
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION_MISSING' });
  });

  it('goes through with no HARD violation and every SOFT one explained', () => {
    const result = transition({
      report: draft,
      actor: townshipSubmitter,
      action: 'submit',
      context: { validation: { hardViolations: 0, unexplainedSoftViolations: 0 } },
    });
    expect(result).toMatchObject({ ok: true, nextState: 'pending_unit' });
  });
});

describe("a district government's own report waits for its district", () => {
  it.each([
    ['the city reviewer', 'pending_city', cityReviewer],
    ['the city leader', 'pending_city_leader', cityLeader],
  ] as const)('%s cannot approve it while reports of the district are still open', (_who, state, actor) => {
    const result = transition({
      report: { state, orgType: 'district' },
      actor,
      action: 'approve',
      context: { isDistrictComplete: false },
    });
    expect(result).toMatchObject({ ok: false, code: 'DISTRICT_INCOMPLETE' });
  });

  it('treats an unknown completeness as incomplete', () => {
    const result = transition({
      report: { state: 'pending_city', orgType: 'district' },
      actor: cityReviewer,
      action: 'approve',
    });
    expect(result).toMatchObject({ ok: false, code: 'DISTRICT_INCOMPLETE' });
  });

  it('can still be returned while the district is incomplete', () => {
    const result = transition({
      report: { state: 'pending_city', orgType: 'district' },
      actor: cityReviewer,
      action: 'return',
      context: { comment: '请补充', isDistrictComplete: false },
    });
    expect(result).toMatchObject({ ok: true, nextState: 'draft' });
  });

  it('does not hold up township reports, which have no such guard', () => {
    const result = transition({
      report: { state: 'pending_city', orgType: 'township' },
      actor: cityReviewer,
      action: 'approve',
    });
    expect(result).toMatchObject({ ok: true, nextState: 'pending_city_leader' });
  });
});
