import Holidays from 'date-holidays';
import { DomainError, type FieldError } from '../errors.js';
import type { LocalDate } from '../time/local-date.js';

export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

const MAX_YEARS = 10;
const COUNTRY = /^[A-Z]{2}$/;
const REGION = /^[A-Z0-9]{1,3}$/;

let catalogue: InstanceType<typeof Holidays> | undefined;

function holidayCatalogue(): InstanceType<typeof Holidays> {
  catalogue ??= new Holidays();
  return catalogue;
}

/** ISO 3166-1 alpha-2 codes known to date-holidays. */
export function isValidCountry(code: string): boolean {
  return (
    typeof code === 'string' &&
    COUNTRY.test(code) &&
    Object.hasOwn(holidayCatalogue().getCountries(), code)
  );
}

/** A state/region code (ISO 3166-2 subdivision without the country prefix, e.g. 'BY' in DE). */
export function isValidRegion(country: string, region: string): boolean {
  if (!isValidCountry(country) || typeof region !== 'string' || !REGION.test(region)) return false;
  const states = holidayCatalogue().getStates(country) as Record<string, string> | undefined;
  return states !== undefined && Object.hasOwn(states, region);
}

const calendars = new Map<string, InstanceType<typeof Holidays>>();

function calendarFor(country: string, region: string | null): InstanceType<typeof Holidays> {
  const key = `${country}-${region ?? ''}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = region === null ? new Holidays(country) : new Holidays(country, region);
    calendars.set(key, calendar);
  }
  return calendar;
}

export function holidayQueryProblems(
  countryCode: string,
  regionCode: string | null,
  fromYear: number,
  toYear: number,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!isValidCountry(countryCode)) {
    errors.push({
      field: 'countryCode',
      reason: 'must be a supported ISO 3166-1 alpha-2 code such as PL',
    });
  } else if (regionCode !== null && !isValidRegion(countryCode, regionCode)) {
    errors.push({ field: 'regionCode', reason: `is not a region of ${countryCode}` });
  }
  if (!Number.isInteger(fromYear) || fromYear < 1900 || fromYear > 2200) {
    errors.push({ field: 'fromYear', reason: 'must be a year between 1900 and 2200' });
  } else if (!Number.isInteger(toYear) || toYear < fromYear || toYear - fromYear >= MAX_YEARS) {
    errors.push({
      field: 'toYear',
      reason: `must be from fromYear to fromYear + ${MAX_YEARS - 1}`,
    });
  }
  return errors;
}

/**
 * Public holidays (type 'public' only: no bank holidays or observances) of a country or one of
 * its regions in [fromYear, toYear], as local dates of that country. date-holidays computes them
 * on its own calendar, so the process zone does not matter; the date is read from its local
 * 'YYYY-MM-DD hh:mm:ss' string, never from an instant.
 */
export function publicHolidays(
  countryCode: string,
  regionCode: string | null,
  fromYear: number,
  toYear: number,
  /** ISO 639-1 language of the names; English unless asked otherwise. */
  language = 'en',
): PublicHoliday[] {
  const errors = holidayQueryProblems(countryCode, regionCode, fromYear, toYear);
  if (errors.length > 0) throw DomainError.validation(errors);
  const result: PublicHoliday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    result.push(...holidaysOfYear(countryCode, regionCode, year, language));
  }
  return result;
}

/** A year's holidays never change, and date-holidays takes milliseconds to compute them. */
const years = new Map<string, readonly PublicHoliday[]>();

function holidaysOfYear(
  countryCode: string,
  regionCode: string | null,
  year: number,
  language: string,
): readonly PublicHoliday[] {
  const key = `${countryCode}|${regionCode ?? ''}|${year}|${language}`;
  let list = years.get(key);
  if (!list) {
    const seen = new Map<LocalDate, PublicHoliday>();
    for (const holiday of calendarFor(countryCode, regionCode).getHolidays(year, language)) {
      if (holiday.type !== 'public') continue;
      const date = holiday.date.slice(0, 10);
      // A date that carries two public holidays is listed once.
      if (!seen.has(date)) seen.set(date, { date, name: holiday.name });
    }
    list = [...seen.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    years.set(key, list);
  }
  return list.map((h) => ({ ...h }));
}
