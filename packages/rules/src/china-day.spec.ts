import { chinaDay } from './china-day';

describe('the calendar day in China', () => {
  it('turns at 16:00 UTC', () => {
    expect(chinaDay('2025-01-16T15:59:59.000Z')).toBe('2025-01-16');
    expect(chinaDay(new Date('2025-01-16T16:00:00.000Z'))).toBe('2025-01-17');
  });
});
