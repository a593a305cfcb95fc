import {
  ICalCalendar,
  ICalEvent,
  ICalEventBusyStatus,
  type ICalEventData,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { FeedInputError } from './errors.js';
import { compareDates, isoDate, nextDay, parseLocalDate } from './local-date.js';
import { absenceSummary, composeShiftSummary } from './summary.js';
import { contentLine, fold, multiLine, multiLineTextValue, singleLine, textValue } from './text.js';
import { type FeedAbsence, type FeedOptions, type FeedShift } from './types.js';
import { vtimezoneGenerator } from './vtimezone.js';
import { isAmbiguousWallTime, isSupportedInstant, isValidZone } from './zone.js';
import { ZonedTime } from './zoned-time.js';

export const DEFAULT_PRODUCT_ID = '-//Coverage Planner//Calendar feeds//EN';
export const DEFAULT_REFRESH_MINUTES = 60;
const MAX_UID_LENGTH = 255;
// UIDs come from our own keys; a control character means a bug upstream, and silently
// rewriting it could merge two events, so it is refused rather than sanitised.
const UID_FORBIDDEN = /[\p{Cc}\u2028\u2029]/u;

/**
 * Writes one calendar piece by piece: `header()`, then `shift()`/`absence()` per event, then
 * `footer()`. `buildCalendar` joins the pieces and `streamCalendar` yields them in batches, so
 * both produce the same text by construction.
 *
 * Every VEVENT is ical-generator's: an `ICalEvent` rendered on its own with `toString()` and
 * folded with its `foldLines`. The envelope is ours (see `header`), because ical-generator's
 * `ICalCalendar.toString()` renders the whole calendar at once (quadratic: 3 s for 10 000
 * events, no streaming), writes NAME/X-WR-CALNAME unescaped, and writes calendar properties after
 * the VTIMEZONEs; its lines still go through ical-generator's `escape` and `foldLines`.
 */
export class FeedWriter {
  private readonly stamp: Date;
  private readonly timezone: ReturnType<typeof vtimezoneGenerator>;
  /**
   * The events' parent. It has no zone of its own on purpose: ical-generator formats DTSTAMP in
   * the calendar's zone, without `Z`. Events are never added to it (memory stays flat).
   */
  private readonly calendar: ICalCalendar;
  private readonly written = new Set<string>();
  private readonly undeclared: string[] = [];
  private shiftCount = 0;
  private absenceCount = 0;

  constructor(private readonly options: FeedOptions) {
    checkOptions(options);
    this.stamp = new Date(options.dtstamp.getTime());
    this.timezone = vtimezoneGenerator(options.window);
    this.calendar = new ICalCalendar({ timezone: this.timezone });
  }

  /** VCALENDAR properties and the VTIMEZONE of every declared zone. */
  header(): string {
    const { options } = this;
    // Names are sanitised to one line before ical-generator's escape (which would also turn a
    // CR/LF into "\n"), so a name cannot end its line and start a property of its own.
    const name = textValue(options.name);
    const description =
      options.description === undefined ? '' : multiLineTextValue(options.description);
    const refresh = durationOfMinutes(options.refreshMinutes ?? DEFAULT_REFRESH_MINUTES);
    let out =
      contentLine('BEGIN', 'VCALENDAR') +
      contentLine('VERSION', '2.0') +
      contentLine('PRODID', textValue(options.productId ?? DEFAULT_PRODUCT_ID)) +
      contentLine('CALSCALE', 'GREGORIAN') +
      contentLine('METHOD', 'PUBLISH') +
      contentLine('NAME', name) +
      contentLine('X-WR-CALNAME', name);
    if (description) {
      out += contentLine('DESCRIPTION', description) + contentLine('X-WR-CALDESC', description);
    }
    out +=
      contentLine('X-WR-TIMEZONE', options.zone) +
      // RFC 7986 for current clients, X-PUBLISHED-TTL for Outlook and older ones.
      contentLine('REFRESH-INTERVAL;VALUE=DURATION', refresh) +
      contentLine('X-PUBLISHED-TTL', refresh);
    for (const zone of [options.zone, ...(options.zones ?? [])]) {
      if (this.written.has(zone)) continue;
      this.written.add(zone);
      out += this.vtimezone(zone);
    }
    return out;
  }

  shift(shift: FeedShift): string {
    const field = `shifts[${this.shiftCount++}]`;
    checkShift(shift, field);
    const { zone } = shift;
    const start = ZonedTime.at(shift.start.getTime(), zone);
    const end = ZonedTime.at(shift.end.getTime(), zone);
    const cancelled = shift.status === 'cancelled';
    const location = shift.location === undefined ? '' : singleLine(shift.location);
    const description = shift.description === undefined ? '' : multiLine(shift.description);
    const code = singleLine(shift.shiftCode);
    // An instant whose local time occurs twice (the hour the clocks go back) cannot be written
    // with a TZID so that every client reads the right pass (RFC 5545 says the first, ical.js
    // takes the second). ical-generator gives an event one zone for both DTSTART and DTEND, so
    // such an event is written in UTC, start and end. (ical-generator writes zone "UTC" as UTC
    // anyway: no VTIMEZONE is needed for it.)
    const inUtc =
      zone === 'UTC' ||
      isAmbiguousWallTime(zone, start.getTime()) ||
      isAmbiguousWallTime(zone, end.getTime());
    if (!inUtc) this.use(zone);

    // One object literal, no spreads: this runs 90 000 times for a big team feed.
    return this.render({
      id: uidValue(shift.uid),
      sequence: shift.sequence,
      stamp: this.stamp,
      timezone: inUtc ? undefined : zone,
      start: inUtc ? new Date(start.getTime()) : start,
      end: inUtc ? new Date(end.getTime()) : end,
      summary: singleLine(composeShiftSummary(shift, start.wall, end.wall)),
      location: location || undefined,
      description: description || undefined,
      categories: code ? [{ name: code }] : undefined,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency:
        cancelled || this.options.showAs === 'free'
          ? ICalEventTransparency.TRANSPARENT
          : ICalEventTransparency.OPAQUE,
    });
  }

  absence(absence: FeedAbsence): string {
    const field = `absences[${this.absenceCount++}]`;
    const { start, end } = checkAbsence(absence, field);
    const cancelled = absence.status === 'cancelled';
    const free = cancelled || this.options.showAs === 'free';

    let times: Pick<ICalEventData, 'allDay' | 'start' | 'end' | 'timezone'>;
    if (absence.halfDay) {
      // A half day is local wall time in the employee's zone, written as such: a midnight that
      // DST skips is resolved by the client per RFC 5545 (the offset before the gap), which is
      // the domain's "move forward" rule.
      const zone = absence.zone ?? this.options.zone;
      if (zone !== 'UTC') this.use(zone);
      const at = (date: typeof start, hour: number) =>
        ZonedTime.atWall({ ...date, hour, minute: 0, second: 0 }, zone);
      times =
        absence.halfDay === 'am'
          ? { timezone: zone, start: at(start, 0), end: at(start, 12) }
          : { timezone: zone, start: at(start, 12), end: at(nextDay(start), 0) };
    } else {
      // All-day: VALUE=DATE with an exclusive end, the day after the last inclusive date,
      // computed on civil dates. The event has no zone, so ical-generator writes a `YYYY-MM-DD`
      // string's date exactly as given (it parses it as UTC midnight and reads UTC fields;
      // no local zone is involved).
      times = { allDay: true, start: isoDate(start), end: isoDate(nextDay(end)) };
    }
    return this.render({
      id: uidValue(absence.uid),
      sequence: absence.sequence ?? 0,
      stamp: this.stamp,
      ...times,
      summary: singleLine(absenceSummary(absence)),
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      transparency: free ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
      // Outlook shows a busy absence as "out of office" rather than plain busy.
      busystatus: free ? ICalEventBusyStatus.FREE : ICalEventBusyStatus.OOF,
    });
  }

  /** VTIMEZONEs of zones first met in events (RFC 5545 does not order components), then END. */
  footer(): string {
    let out = '';
    for (const zone of this.undeclared) out += this.vtimezone(zone);
    return out + contentLine('END', 'VCALENDAR');
  }

  private render(data: ICalEventData): string {
    return fold(new ICalEvent(data, this.calendar).toString());
  }

  private vtimezone(zone: string): string {
    return this.timezone.generator?.(zone) ?? '';
  }

  private use(zone: string): void {
    if (this.written.has(zone)) return;
    this.written.add(zone);
    this.undeclared.push(zone);
  }
}

/**
 * ical-generator writes an event's id as given; escaping it as TEXT keeps every UID byte for
 * byte what earlier feeds published, so subscribed clients keep matching their events.
 */
function uidValue(uid: string): string {
  return textValue(uid);
}

/** An RFC 5545 DURATION from whole minutes: 60 → PT1H, 1440 → P1D, 90 → PT1H30M. */
export function durationOfMinutes(total: number): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && isSupportedInstant(value.getTime());
}

function checkOptions(options: FeedOptions): void {
  if (typeof options.name !== 'string') throw new FeedInputError('name', 'must be a string');
  if (!isValidZone(options.zone)) throw new FeedInputError('zone', 'must be an IANA time zone');
  (options.zones ?? []).forEach((zone, i) => {
    if (!isValidZone(zone)) throw new FeedInputError(`zones[${i}]`, 'must be an IANA time zone');
  });
  const { window } = options;
  if (!window || !isValidDate(window.start) || !isValidDate(window.end)) {
    throw new FeedInputError('window', 'needs valid start and end dates');
  }
  if (window.end.getTime() <= window.start.getTime()) {
    throw new FeedInputError('window.end', 'must be after window.start');
  }
  if (!isValidDate(options.dtstamp)) throw new FeedInputError('dtstamp', 'must be a valid date');
  const refresh = options.refreshMinutes;
  if (refresh !== undefined && (!Number.isInteger(refresh) || refresh < 1)) {
    throw new FeedInputError('refreshMinutes', 'must be a positive whole number of minutes');
  }
  if (options.showAs !== undefined && options.showAs !== 'busy' && options.showAs !== 'free') {
    throw new FeedInputError('showAs', "must be 'busy' or 'free'");
  }
}

function checkUid(uid: unknown, field: string): void {
  if (typeof uid !== 'string' || uid.trim() === '' || uid.length > MAX_UID_LENGTH) {
    throw new FeedInputError(
      `${field}.uid`,
      `must be a non-empty string of ≤ ${MAX_UID_LENGTH} characters`,
    );
  }
  if (UID_FORBIDDEN.test(uid)) {
    throw new FeedInputError(`${field}.uid`, 'must not contain control characters');
  }
}

function checkSequenceAndStatus(
  item: { sequence?: number | undefined; status?: string | undefined },
  field: string,
): void {
  if (item.sequence !== undefined && (!Number.isInteger(item.sequence) || item.sequence < 0)) {
    throw new FeedInputError(`${field}.sequence`, 'must be a non-negative integer');
  }
  if (item.status !== undefined && item.status !== 'confirmed' && item.status !== 'cancelled') {
    throw new FeedInputError(`${field}.status`, "must be 'confirmed' or 'cancelled'");
  }
}

function checkShift(shift: FeedShift, field: string): void {
  checkUid(shift.uid, field);
  if (!isValidDate(shift.start)) throw new FeedInputError(`${field}.start`, 'must be a valid date');
  if (!isValidDate(shift.end)) throw new FeedInputError(`${field}.end`, 'must be a valid date');
  if (shift.end.getTime() <= shift.start.getTime()) {
    throw new FeedInputError(`${field}.end`, 'must be after start');
  }
  if (!isValidZone(shift.zone)) {
    throw new FeedInputError(`${field}.zone`, 'must be an IANA time zone');
  }
  if (typeof shift.sequence !== 'number') {
    throw new FeedInputError(`${field}.sequence`, 'must be a non-negative integer');
  }
  checkSequenceAndStatus(shift, field);
}

function checkAbsence(absence: FeedAbsence, field: string) {
  checkUid(absence.uid, field);
  const start = parseLocalDate(absence.startDate);
  const end = parseLocalDate(absence.endDate);
  if (!start) throw new FeedInputError(`${field}.startDate`, 'must be a date YYYY-MM-DD');
  if (!end) throw new FeedInputError(`${field}.endDate`, 'must be a date YYYY-MM-DD');
  if (compareDates(end, start) < 0) {
    throw new FeedInputError(`${field}.endDate`, 'must not be before startDate (it is inclusive)');
  }
  if (absence.halfDay !== undefined) {
    if (absence.halfDay !== 'am' && absence.halfDay !== 'pm') {
      throw new FeedInputError(`${field}.halfDay`, "must be 'am' or 'pm'");
    }
    if (compareDates(end, start) !== 0) {
      throw new FeedInputError(`${field}.halfDay`, 'a half day covers exactly one date');
    }
  }
  if (absence.zone !== undefined && !isValidZone(absence.zone)) {
    throw new FeedInputError(`${field}.zone`, 'must be an IANA time zone');
  }
  checkSequenceAndStatus(absence, field);
  return { start, end };
}
