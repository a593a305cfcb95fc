/**
 * Dates, zones and numbers are formatted by Intl for the UI language. Instants are always shown
 * in an explicit zone (usually the team's), never the browser's by accident, so a manager in
 * New York and one in Warsaw read the same rota the same way.
 */

/** A calendar date for an ISO instant, as seen in `timeZone`. */
export function formatDate(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date);
  } catch {
    // An unknown zone name from old data: show the date in UTC rather than nothing.
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }
}

/** `America/New_York` → `America/New York`: the IANA id, readable. */
export function formatTimeZoneName(timeZone: string): string {
  return timeZone.replaceAll('_', ' ');
}

/**
 * The zone's UTC offset at `at` (`GMT-5`, `GMT+2`), which changes with daylight saving time, or
 * null when the zone is unknown to this browser.
 */
export function timeZoneOffset(
  timeZone: string,
  locale: string,
  at: Date = new Date(),
): string | null {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      timeZone,
      timeZoneName: 'shortOffset',
    }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
  } catch {
    return null;
  }
}

/** Sorts strings the way the UI language expects (Ł after L in Polish, for instance). */
export function compareText(locale: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return (a, b) => collator.compare(a, b);
}

/** An instant as date and time in `timeZone`, e.g. `Mar 3, 2025, 14:05`. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
  };
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
  }
}

/** Weekday names in ISO order (Monday first) in the UI language; `long` or `short`. */
export function weekdayNames(locale: string, width: 'long' | 'short' = 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, index) =>
    format.format(new Date(Date.UTC(2024, 0, 1 + index))),
  );
}

/** The IANA zones the browser knows, for zone pickers (a short list where Intl lacks it). */
export function supportedTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: string) => string[] };
  try {
    const zones = intl.supportedValuesOf?.('timeZone');
    if (zones && zones.length > 0) return zones.includes('UTC') ? zones : ['UTC', ...zones];
  } catch {
    // Older engines: fall through.
  }
  return ['UTC', 'Europe/London', 'Europe/Warsaw', 'Europe/Berlin', 'America/New_York'];
}
