import Holidays from 'date-holidays';
import type { LocalDate } from '../time/local-date.js';

export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

let catalogue: Holidays | undefined;
const countries = (): Record<string, string> => (catalogue ??= new Holidays()).getCountries('en');

/** True when date-holidays has a calendar for this ISO 3166-1 alpha-2 code. */
export function isValidCountry(countryCode: string): boolean {
  return /^[A-Z]{2}$/.test(countryCode) && Object.hasOwn(countries(), countryCode);
}

/** True when the region (state, province) is known within the country. */
export function isValidRegion(countryCode: string, regionCode: string): boolean {
  if (!isValidCountry(countryCode) || !/^[A-Z0-9]{1,3}$/.test(regionCode)) return false;
  const states = (catalogue ??= new Holidays()).getStates(countryCode, 'en');
  return states !== undefined && Object.hasOwn(states, regionCode);
}

/**
 * Public holidays (type "public" only: bank and observance days do not close a country) as
 * local dates. date-holidays reports them as local 'YYYY-MM-DD hh:mm:ss' strings, which are
 * read as text, never through a Date, so they do not move with the process's zone.
 */
export function publicHolidays(
  countryCode: string,
  regionCode: string | null,
  fromYear: number,
  toYear: number,
): PublicHoliday[] {
  const calendar = regionCode ? new Holidays(countryCode, regionCode) : new Holidays(countryCode);
  const result: PublicHoliday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of calendar.getHolidays(year, 'en') || []) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10) as LocalDate;
      if (!result.some((h) => h.date === date)) result.push({ date, name: holiday.name });
    }
  }
  return result.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
