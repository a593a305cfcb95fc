import { rruleToWeekdays, weekdaysToRrule } from './rrule';

describe('weekday rules', () => {
  it('writes ISO weekdays as a weekly rule in week order, every day as daily', () => {
    expect(weekdaysToRrule([5, 1, 3])).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR');
    expect(weekdaysToRrule([6, 7, 6])).toBe('FREQ=WEEKLY;BYDAY=SA,SU');
    expect(weekdaysToRrule([1, 2, 3, 4, 5, 6, 7])).toBe('FREQ=DAILY');
  });

  it('reads what the picker can show, and nothing else', () => {
    expect(rruleToWeekdays('FREQ=WEEKLY;BYDAY=TU,TH')).toEqual([2, 4]);
    expect(rruleToWeekdays('RRULE:freq=weekly;byday=su,mo')).toEqual([1, 7]);
    expect(rruleToWeekdays('FREQ=DAILY')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rruleToWeekdays('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO')).toBeNull();
    expect(rruleToWeekdays('FREQ=MONTHLY;BYMONTHDAY=1')).toBeNull();
    expect(rruleToWeekdays('FREQ=WEEKLY;BYDAY=1MO')).toBeNull();
    expect(rruleToWeekdays('')).toBeNull();
  });
});
