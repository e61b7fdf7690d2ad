import { isPublishedOnTime, publicationDeadline } from './publication-deadline';

describe('the statutory publication deadline', () => {
  it('is 1月31日 of the next year for agencies, townships and departments', () => {
    expect(publicationDeadline(2025, 'township')).toBe('2026-01-31');
    expect(publicationDeadline(2025, 'county-department')).toBe('2026-01-31');
    expect(publicationDeadline(2025, 'city-department')).toBe('2026-01-31');
    expect(publicationDeadline(2025, null)).toBe('2026-01-31');
  });

  it('is 3月31日 for a district/county or city government’s own report', () => {
    expect(publicationDeadline(2025, 'county-government')).toBe('2026-03-31');
    expect(publicationDeadline(2025, 'city-government')).toBe('2026-03-31');
  });

  it('counts the deadline day itself as on time', () => {
    expect(isPublishedOnTime('2026-01-31', '2026-01-31')).toBe(true);
    expect(isPublishedOnTime('2026-02-01', '2026-01-31')).toBe(false);
  });
});
