import { DomainError } from '../errors.js';
import {
  addDays,
  daysBetween,
  eachDate,
  isLocalDate,
  isoWeekday,
  parseLocalDate,
} from './local-date.js';

describe('LocalDate', () => {
  it.each(['2027-01-01', '2028-02-29', '2000-02-29', '2027-12-31'])('accepts %s', (date) => {
    expect(isLocalDate(date)).toBe(true);
  });

  it.each([
    ['2027-02-29', '2027-02-29 does not exist'],
    ['1900-02-29', '1900-02-29 does not exist'],
    ['2027-04-31', '2027-04-31 does not exist'],
    ['2027-13-01', 'month 13 does not exist'],
    ['2027-1-01', 'must be a date YYYY-MM-DD, got "2027-1-01"'],
    ['2027-01-01T00:00', 'must be a date YYYY-MM-DD, got "2027-01-01T00:00"'],
  ])('refuses %s naming the field and reason', (date, reason) => {
    expect(isLocalDate(date)).toBe(false);
    try {
      parseLocalDate(date, 'validFrom');
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('VALIDATION_FAILED');
      expect((error as DomainError).details.errors).toEqual([{ field: 'validFrom', reason }]);
    }
  });

  it('adds days across month, leap day and year ends without a process zone', () => {
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-28', -1)).toBe('2027-03-27');
    expect(addDays('2027-01-01', 365)).toBe('2028-01-01');
  });

  it('counts days between dates, also across DST change dates (days, not hours)', () => {
    expect(daysBetween('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysBetween('2027-10-31', '2027-10-30')).toBe(-1);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
  });

  it('knows the ISO weekday', () => {
    expect(isoWeekday('2027-01-01')).toBe(5); // Friday
    expect(isoWeekday('2027-03-28')).toBe(7); // Sunday, Warsaw's spring-forward day
    expect(isoWeekday('2027-11-07')).toBe(7);
    expect(isoWeekday('2027-03-15')).toBe(1);
    expect(isoWeekday('1970-01-01')).toBe(4);
  });

  it('lists each date of a half-open range', () => {
    expect(eachDate('2027-02-27', '2027-03-02')).toEqual([
      '2027-02-27',
      '2027-02-28',
      '2027-03-01',
    ]);
    expect(eachDate('2027-02-27', '2027-02-27')).toEqual([]);
  });
});
