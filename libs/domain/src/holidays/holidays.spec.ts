import { type DomainError } from '../errors.js';
import { isValidCountry, isValidRegion, publicHolidays } from './holidays.js';

describe('public holidays from date-holidays', () => {
  it('lists Poland 2027, public holidays only (no observances such as Dzień Babci)', () => {
    expect(publicHolidays('PL', null, 2027, 2027).map((h) => h.date)).toEqual([
      '2027-01-01',
      '2027-01-06',
      '2027-03-28',
      '2027-03-29',
      '2027-05-01',
      '2027-05-03',
      '2027-05-16',
      '2027-05-27',
      '2027-08-15',
      '2027-11-01',
      '2027-11-11',
      '2027-12-24',
      '2027-12-25',
      '2027-12-26',
    ]);
  });

  it('adds regional holidays: Bavaria has Epiphany and Corpus Christi, Germany as a whole does not', () => {
    const bavaria = publicHolidays('DE', 'BY', 2027, 2027).map((h) => h.date);
    const germany = publicHolidays('DE', null, 2027, 2027).map((h) => h.date);
    expect(bavaria).toEqual(expect.arrayContaining(['2027-01-06', '2027-05-27']));
    expect(germany).not.toContain('2027-01-06');
    expect(germany).not.toContain('2027-05-27');
    expect(germany).toContain('2027-10-03');
  });

  it('spans several years', () => {
    const dates = publicHolidays('PL', null, 2027, 2028).map((h) => h.date);
    expect(dates[0]).toBe('2027-01-01');
    expect(dates.at(-1)).toBe('2028-12-26');
  });

  it('validates country and region codes', () => {
    expect(isValidCountry('PL')).toBe(true);
    expect(isValidCountry('pl')).toBe(false);
    expect(isValidCountry('XX')).toBe(false);
    expect(isValidRegion('DE', 'BY')).toBe(true);
    expect(isValidRegion('DE', 'ZZ')).toBe(false);
    try {
      publicHolidays('DE', 'ZZ', 2027, 2040);
      throw new Error('expected a DomainError');
    } catch (error) {
      expect((error as DomainError).details.errors).toEqual([
        { field: 'regionCode', reason: 'is not a region of DE' },
        { field: 'toYear', reason: 'must be from fromYear to fromYear + 9' },
      ]);
    }
  });
});
