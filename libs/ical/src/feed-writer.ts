import { FeedInputError } from './errors.js';
import { compareDates, icalDate, nextDay, parseLocalDate } from './local-date.js';
import { composeShiftSummary, absenceSummary } from './summary.js';
import { contentLine, multiLineTextValue, textValue } from './text.js';
import { type FeedAbsence, type FeedOptions, type FeedShift, type FeedWindow } from './types.js';
import { vtimezone } from './vtimezone.js';
import {
  icalLocalDateTime,
  icalUtcDateTime,
  isAmbiguousWallTime,
  isSupportedInstant,
  isValidZone,
  offsetAt,
  wallAtOffset,
  type WallTime,
} from './zone.js';

export const DEFAULT_PRODUCT_ID = '-//Coverage Planner//Calendar feeds//EN';
export const DEFAULT_REFRESH_MINUTES = 60;
const MAX_UID_LENGTH = 255;
// UIDs come from our own keys; a control character means a bug upstream, and silently
// rewriting it could merge two events, so it is refused rather than sanitised.
const UID_FORBIDDEN = /[\p{Cc}\u2028\u2029]/u;

/**
 * Serialises one calendar piece by piece: `header()`, then `shift()`/`absence()` per event,
 * then `footer()`. `buildCalendar` joins the pieces and `streamCalendar` yields them in
 * batches, so both produce the same text by construction.
 */
export class FeedWriter {
  private readonly stamp: string;
  private readonly window: FeedWindow;
  private readonly written = new Set<string>();
  private readonly undeclared: string[] = [];
  private shiftCount = 0;
  private absenceCount = 0;

  constructor(private readonly options: FeedOptions) {
    checkOptions(options);
    this.stamp = icalUtcDateTime(options.dtstamp.getTime());
    this.window = options.window;
  }

  /** VCALENDAR properties and the VTIMEZONE of every declared zone. */
  header(): string {
    const { options } = this;
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
      out += vtimezone(zone, this.window);
    }
    return out;
  }

  shift(shift: FeedShift): string {
    const field = `shifts[${this.shiftCount++}]`;
    checkShift(shift, field);
    this.use(shift.zone);
    const startMs = shift.start.getTime();
    const endMs = shift.end.getTime();
    const startOffset = offsetAt(shift.zone, startMs);
    const endOffset = offsetAt(shift.zone, endMs);
    const startWall = wallAtOffset(startMs, startOffset);
    const endWall = wallAtOffset(endMs, endOffset);
    const cancelled = shift.status === 'cancelled';

    let out =
      contentLine('BEGIN', 'VEVENT') +
      contentLine('UID', textValue(shift.uid)) +
      contentLine('DTSTAMP', this.stamp) +
      contentLine('SEQUENCE', String(shift.sequence)) +
      dateTimeLine('DTSTART', shift.zone, startMs, startWall) +
      dateTimeLine('DTEND', shift.zone, endMs, endWall) +
      contentLine('SUMMARY', textValue(composeShiftSummary(shift, startWall, endWall)));
    const location = shift.location === undefined ? '' : textValue(shift.location);
    if (location) out += contentLine('LOCATION', location);
    const description =
      shift.description === undefined ? '' : multiLineTextValue(shift.description);
    if (description) out += contentLine('DESCRIPTION', description);
    const code = textValue(shift.shiftCode);
    if (code) out += contentLine('CATEGORIES', code);
    return (
      out +
      contentLine('STATUS', cancelled ? 'CANCELLED' : 'CONFIRMED') +
      contentLine(
        'TRANSP',
        cancelled || this.options.showAs === 'free' ? 'TRANSPARENT' : 'OPAQUE',
      ) +
      contentLine('END', 'VEVENT')
    );
  }

  absence(absence: FeedAbsence): string {
    const field = `absences[${this.absenceCount++}]`;
    const { start, end } = checkAbsence(absence, field);
    const cancelled = absence.status === 'cancelled';
    const free = cancelled || this.options.showAs === 'free';

    let out =
      contentLine('BEGIN', 'VEVENT') +
      contentLine('UID', textValue(absence.uid)) +
      contentLine('DTSTAMP', this.stamp) +
      contentLine('SEQUENCE', String(absence.sequence ?? 0));
    if (absence.halfDay) {
      // A half day is local wall time in the employee's zone, written as such: no instant is
      // computed, so a midnight that DST skips is resolved by the client per RFC 5545 (the
      // offset before the gap), which is the domain's "move forward" rule.
      const zone = absence.zone ?? this.options.zone;
      this.use(zone);
      const [from, to] =
        absence.halfDay === 'am'
          ? [
              { ...start, hour: 0 },
              { ...start, hour: 12 },
            ]
          : [
              { ...start, hour: 12 },
              { ...nextDay(start), hour: 0 },
            ];
      out +=
        contentLine(`DTSTART;TZID=${zone}`, icalLocalDateTime({ ...from, minute: 0, second: 0 })) +
        contentLine(`DTEND;TZID=${zone}`, icalLocalDateTime({ ...to, minute: 0, second: 0 }));
    } else {
      // All-day: VALUE=DATE with an exclusive end, the day after the last inclusive date.
      out +=
        contentLine('DTSTART;VALUE=DATE', icalDate(start)) +
        contentLine('DTEND;VALUE=DATE', icalDate(nextDay(end))) +
        contentLine('X-MICROSOFT-CDO-ALLDAYEVENT', 'TRUE');
    }
    return (
      out +
      contentLine('SUMMARY', textValue(absenceSummary(absence))) +
      contentLine('STATUS', cancelled ? 'CANCELLED' : 'CONFIRMED') +
      contentLine('TRANSP', free ? 'TRANSPARENT' : 'OPAQUE') +
      // Outlook shows a busy absence as "out of office" rather than plain busy.
      contentLine('X-MICROSOFT-CDO-BUSYSTATUS', free ? 'FREE' : 'OOF') +
      contentLine('END', 'VEVENT')
    );
  }

  /** VTIMEZONEs of zones first met in events (RFC 5545 does not order components), then END. */
  footer(): string {
    let out = '';
    for (const zone of this.undeclared) out += vtimezone(zone, this.window);
    return out + contentLine('END', 'VCALENDAR');
  }

  private use(zone: string): void {
    if (this.written.has(zone)) return;
    this.written.add(zone);
    this.undeclared.push(zone);
  }
}

/**
 * A DATE-TIME in the zone, or in UTC for an instant whose local time occurs twice (the hour
 * the clocks go back): a TZID form could not say which pass is meant to every client.
 */
function dateTimeLine(name: string, zone: string, ms: number, wall: WallTime): string {
  if (isAmbiguousWallTime(zone, ms)) return contentLine(name, icalUtcDateTime(ms));
  return contentLine(`${name};TZID=${zone}`, icalLocalDateTime(wall));
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
