import { mayImportHistory, maySendReminders, seesSubtree } from '../office';

describe('who may send reminders now', () => {
  it('the 政务公开办 of a district or the city', () => {
    expect(maySendReminders({ roles: ['reviewer'], orgType: 'district' })).toBe(true);
    expect(maySendReminders({ roles: ['leader', 'reviewer'], orgType: 'city' })).toBe(true);
  });

  it('not a township or bureau user, even one holding the reviewer role, nor a leader alone', () => {
    expect(maySendReminders({ roles: ['reviewer'], orgType: 'township' })).toBe(false);
    expect(maySendReminders({ roles: ['reviewer', 'unit_leader'], orgType: 'district_department' })).toBe(
      false,
    );
    expect(maySendReminders({ roles: ['leader'], orgType: 'district' })).toBe(false);
    expect(maySendReminders({ roles: ['submitter'], orgType: 'city_department' })).toBe(false);
  });

  it('an administrator anywhere', () => {
    expect(maySendReminders({ roles: ['admin'], orgType: 'township' })).toBe(true);
  });
});

describe('who may import the past published reports of their jurisdiction', () => {
  it('the 政务公开办 and the administrators of a district or the city', () => {
    expect(mayImportHistory({ roles: ['admin'], orgType: 'district' })).toBe(true);
    expect(mayImportHistory({ roles: ['reviewer'], orgType: 'city' })).toBe(true);
  });

  it('nobody at a township or bureau, and no leader or submitter', () => {
    expect(mayImportHistory({ roles: ['admin'], orgType: 'township' })).toBe(false);
    expect(mayImportHistory({ roles: ['leader'], orgType: 'city' })).toBe(false);
    expect(mayImportHistory({ roles: ['submitter', 'unit_leader'], orgType: 'district' })).toBe(false);
  });
});

describe('who sees the orgs below their own', () => {
  it('reviewers, leaders and administrators; not submitters or unit leaders', () => {
    expect(seesSubtree(['leader'])).toBe(true);
    expect(seesSubtree(['reviewer'])).toBe(true);
    expect(seesSubtree(['admin'])).toBe(true);
    expect(seesSubtree(['submitter'])).toBe(false);
    expect(seesSubtree(['unit_leader'])).toBe(false);
  });
});
