import {
  addDays,
  addMonths,
  daysBetween,
  eachDate,
  formatDateRange,
  formatDateSpan,
  formatLocalDate,
  formatLocalStampRange,
  isLocalDate,
  isoWeekday,
  startOfIsoWeek,
  todayInZone,
} from './local-date';

// The suite runs under TZ=UTC and TZ=America/New_York; none of these may depend on it.
describe('local dates', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-30', -30)).toBe('2025-02-28');
    // Across the spring-forward night (Europe and the US): still one calendar day per day.
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-03-08', 2)).toBe('2025-03-10');
    expect(daysBetween('2025-03-01', '2025-06-01')).toBe(92);
    expect(daysBetween('2025-06-01', '2025-03-01')).toBe(-92);
  });

  it('knows weekdays, ISO weeks and months', () => {
    expect(isoWeekday('2025-04-28')).toBe(1);
    expect(isoWeekday('2025-05-04')).toBe(7);
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(startOfIsoWeek('2025-05-04')).toBe('2025-04-28');
    expect(startOfIsoWeek('2025-01-01')).toBe('2024-12-30');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-01');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-01');
    expect(addMonths('2025-11-01', 2)).toBe('2026-01-01');
    expect(eachDate('2025-02-27', '2025-03-02')).toEqual([
      '2025-02-27',
      '2025-02-28',
      '2025-03-01',
    ]);
  });

  it('validates the format and the calendar', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-13-01')).toBe(false);
    expect(isLocalDate('2025-1-01')).toBe(false);
    expect(isLocalDate(null)).toBe(false);
  });

  it('formats a date by its parts, whatever the browser’s zone', () => {
    // new Date('2025-04-28') is 27 April in New York; the formatter must not go that way.
    expect(formatLocalDate('2025-04-28', 'en', { dateStyle: 'full' })).toBe(
      'Monday, April 28, 2025',
    );
    expect(formatLocalDate('2025-04-28', 'pl', { weekday: 'short' })).toBe('pon.');
    expect(formatLocalDate('0099-01-01', 'en', { year: 'numeric' })).toBe('99');
    // Intl puts thin spaces around the dash.
    expect(formatDateRange('2025-04-28', '2025-05-05', 'en')).toMatch(/^Apr 28\s–\sMay 4, 2025$/u);
    expect(formatDateRange('2025-04-28', '2025-04-29', 'en')).toBe('Apr 28, 2025');
  });

  it('takes today from the team’s zone', () => {
    const at = Date.parse('2025-03-09T23:30:00.000Z');
    expect(todayInZone('Europe/Warsaw', at)).toBe('2025-03-10');
    expect(todayInZone('America/New_York', at)).toBe('2025-03-09');
    expect(todayInZone('Not/AZone', at)).toBe('2025-03-09');
  });

  it('formats inclusive leave dates and local stamp ranges by their parts, in any zone', () => {
    expect(formatDateSpan('2025-12-30', '2026-01-02', 'en')).toMatch(
      /^Tue, Dec 30, 2025\s–\sFri, Jan 2, 2026$/,
    );
    expect(formatDateSpan('2025-05-05', '2025-05-05', 'en')).toBe('Mon, May 5, 2025');
    expect(formatDateSpan('2025-05-05', '2025-05-05', 'pl')).toBe('pon., 5 maj 2025');
    expect(formatLocalStampRange('2025-05-05T08:00', '2025-05-05T16:00', 'en')).toBe(
      'Mon, May 5 08:00–16:00',
    );
    expect(formatLocalStampRange('2025-05-05T20:00', '2025-05-06T00:00', 'en')).toBe(
      'Mon, May 5 20:00–24:00',
    );
    expect(formatLocalStampRange('2025-03-29T22:00', '2025-03-30T06:00', 'en')).toBe(
      'Sat, Mar 29 22:00 – Sun, Mar 30 06:00',
    );
  });
});
