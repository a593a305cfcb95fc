import { daysBetween, icalDate, nextDay, parseLocalDate, weekday } from './local-date.js';

describe('parseLocalDate', () => {
  it('accepts real dates only', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('2027-02-29')).toBeNull();
    expect(parseLocalDate('2027-04-31')).toBeNull();
    expect(parseLocalDate('2027-13-01')).toBeNull();
    expect(parseLocalDate('2027-3-1')).toBeNull();
    expect(parseLocalDate('2027-03-01T00:00')).toBeNull();
  });
});

describe('nextDay', () => {
  it.each([
    ['2027-03-28', '20270329'],
    ['2027-04-30', '20270501'],
    ['2027-12-31', '20280101'],
    ['2028-02-28', '20280229'],
    ['2028-02-29', '20280301'],
    ['2027-02-28', '20270301'],
    ['2100-02-28', '21000301'],
    ['2000-02-28', '20000229'],
  ])('%s → %s', (date, expected) => {
    const parsed = parseLocalDate(date);
    if (!parsed) throw new Error('bad fixture');
    expect(icalDate(nextDay(parsed))).toBe(expected);
  });
});

describe('weekday and daysBetween', () => {
  it('knows the 2027 change Sundays and counts days across years', () => {
    expect(weekday({ year: 2027, month: 3, day: 28 })).toBe(0);
    expect(weekday({ year: 2027, month: 11, day: 7 })).toBe(0);
    expect(weekday({ year: 1970, month: 1, day: 1 })).toBe(4);
    expect(weekday({ year: 1969, month: 12, day: 31 })).toBe(3);
    expect(daysBetween({ year: 2027, month: 12, day: 31 }, { year: 2028, month: 3, day: 1 })).toBe(
      61,
    );
  });
});
