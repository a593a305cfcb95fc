import { type DomainError } from '../errors.js';
import { expandDates } from './expand-dates.js';

const zone = 'Europe/Warsaw';

describe('expandDates', () => {
  it('expands weekdays inside a half-open window', () => {
    expect(
      expandDates(
        'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        '2027-01-01',
        '2027-03-26',
        '2027-04-02',
        zone,
      ),
    ).toEqual(['2027-03-26', '2027-03-29', '2027-03-30', '2027-03-31', '2027-04-01']);
  });

  it('aligns INTERVAL to the anchor, not to the window', () => {
    // Fortnightly Mondays anchored on 2027-01-04: the 18th and 1 Feb, not the 11th and 25th.
    const dates = expandDates(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      '2027-01-04',
      '2027-01-10',
      '2027-02-05',
      zone,
    );
    expect(dates).toEqual(['2027-01-18', '2027-02-01']);
  });

  it('defaults WEEKLY to the anchor weekday and MONTHLY to its day of month', () => {
    expect(expandDates('FREQ=WEEKLY', '2027-01-06', '2027-01-01', '2027-01-21', zone)).toEqual([
      '2027-01-06',
      '2027-01-13',
      '2027-01-20',
    ]);
    expect(expandDates('FREQ=MONTHLY', '2027-01-31', '2027-01-01', '2027-06-01', zone)).toEqual([
      '2027-01-31',
      '2027-03-31',
      '2027-05-31',
    ]);
  });

  it('counts COUNT from the anchor even before the window', () => {
    expect(
      expandDates('FREQ=DAILY;COUNT=10', '2027-01-01', '2027-01-08', '2027-02-01', zone),
    ).toEqual(['2027-01-08', '2027-01-09', '2027-01-10']);
  });

  it('treats a date UNTIL as the last included date and a UTC UNTIL in the rule zone', () => {
    expect(
      expandDates('FREQ=DAILY;UNTIL=20270103', '2027-01-01', '2027-01-01', '2027-01-10', zone),
    ).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
    // 2027-01-02T21:30Z is 22:30 in Warsaw: the 22:00 occurrence on the 2nd is still in.
    const options = { startTime: '22:00' };
    expect(
      expandDates(
        'FREQ=DAILY;UNTIL=20270102T213000Z',
        '2027-01-01',
        '2027-01-01',
        '2027-01-10',
        zone,
        options,
      ),
    ).toEqual(['2027-01-01', '2027-01-02']);
    expect(
      expandDates(
        'FREQ=DAILY;UNTIL=20270102T205959Z',
        '2027-01-01',
        '2027-01-01',
        '2027-01-10',
        zone,
        options,
      ),
    ).toEqual(['2027-01-01']);
  });

  it('picks ordinal weekdays and set positions', () => {
    expect(
      expandDates('FREQ=MONTHLY;BYDAY=-1FR', '2027-01-01', '2027-01-01', '2027-04-01', zone),
    ).toEqual(['2027-01-29', '2027-02-26', '2027-03-26']);
    // Last working day of each month.
    expect(
      expandDates(
        'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
        '2027-01-01',
        '2027-01-01',
        '2027-04-01',
        zone,
      ),
    ).toEqual(['2027-01-29', '2027-02-26', '2027-03-31']);
  });

  it('stops a rule that no longer matches at the window instead of iterating to year 9999', () => {
    const started = performance.now();
    expect(
      expandDates(
        'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO',
        '2000-01-03',
        '2027-01-01',
        '2028-12-31',
        zone,
      ),
    ).toEqual([]);
    // Every fourth year from 2027 is never a leap year (rrule loops to 9999 on this one).
    expect(
      expandDates(
        'FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29',
        '2027-01-01',
        '2027-01-01',
        '2028-12-31',
        zone,
      ),
    ).toEqual([]);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses a COUNT rule anchored centuries before the window, quickly', () => {
    const started = performance.now();
    expect(() =>
      expandDates(
        'FREQ=DAILY;COUNT=10000;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO',
        '1000-01-01',
        '2027-01-01',
        '2027-02-01',
        zone,
      ),
    ).toThrow('a COUNT rule starting this long before the window cannot be expanded');
    expect(performance.now() - started).toBeLessThan(500);
    // A few centuries back is still fine: COUNT=3 is exhausted in 1800.
    expect(
      expandDates('FREQ=DAILY;COUNT=3', '1800-01-01', '2027-01-01', '2027-02-01', zone),
    ).toEqual([]);
  });

  it('throws TOO_MANY_OCCURRENCES past the cap', () => {
    try {
      expandDates('FREQ=DAILY', '2027-01-01', '2027-01-01', '2027-04-01', zone, {
        maxOccurrences: 31,
      });
      throw new Error('expected a DomainError');
    } catch (error) {
      expect((error as DomainError).code).toBe('TOO_MANY_OCCURRENCES');
      expect((error as DomainError).details.limit).toBe(31);
    }
    expect(
      expandDates('FREQ=DAILY', '2027-01-01', '2027-01-01', '2027-02-01', zone, {
        maxOccurrences: 31,
      }),
    ).toHaveLength(31);
  });

  it('refuses a bad window with INVALID_WINDOW naming the field', () => {
    const attempt = (from: string, to: string) => {
      try {
        expandDates('FREQ=DAILY', '2027-01-01', from, to, zone);
      } catch (error) {
        return { code: (error as DomainError).code, errors: (error as DomainError).details.errors };
      }
      return null;
    };
    expect(attempt('2027-02-01', '2027-01-01')).toEqual({
      code: 'INVALID_WINDOW',
      errors: [{ field: 'window.to', reason: 'must be after from (the range is half-open)' }],
    });
    expect(attempt('2027-01-01', '2037-01-01')).toEqual({
      code: 'INVALID_WINDOW',
      errors: [
        { field: 'window.to', reason: 'the window spans 3653 days; at most 732 are allowed' },
      ],
    });
    expect(attempt('2027-02-30', '2027-03-01')?.errors).toEqual([
      { field: 'window.from', reason: '2027-02-30 does not exist' },
    ]);
  });
});
