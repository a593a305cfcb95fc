import { type ICalTimezone } from 'ical-generator';
import { daysInMonth, weekday } from './local-date.js';
import { contentLine, textValue } from './text.js';
import { type FeedWindow } from './types.js';
import {
  icalLocalDateTime,
  icalOffset,
  isValidZone,
  offsetAt,
  transitionsBetween,
  type Transition,
  wallAtOffset,
  type WallTime,
  zoneAbbreviation,
} from './zone.js';

/**
 * VTIMEZONE blocks generated from the runtime's tz database for the feed's window.
 *
 * Why not @touch4it/ical-timezones: its data is tzdata 2018g (São Paulo and Mexico City still
 * observe DST there, Europe/Kyiv is missing) and it reads files from disk. Outlook uses the
 * VTIMEZONE's own rules, so stale rules put events an hour off for months.
 *
 * Shape: Outlook approximates every VTIMEZONE by one yearly STANDARD and one yearly DAYLIGHT
 * rule (MS-OXCICAL) and mishandles RDATE lists, so where the window's transitions follow a
 * yearly "nth/last weekday of a month" rule we write exactly that, with an RRULE — after checking
 * that the rule reproduces every transition in the scanned range and predicts no other.
 * Zones that change irregularly (Morocco's Ramadan suspensions, a rule change inside the
 * window) get one observance per transition instead: exact for RFC 5545 clients.
 */

const DAY = 86_400_000;
/** Scan a year before the window so that each observance starts before the first event. */
const LOOKBACK = 370 * DAY;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

type Kind = 'STANDARD' | 'DAYLIGHT';

interface Onset extends Transition {
  kind: Kind;
  /** Local time of the onset in the offset before it (how RFC 5545 writes DTSTART). */
  wall: WallTime;
}

interface YearlyRule {
  kind: Kind;
  first: Onset;
  month: number;
  weekday: number;
  /** 1–4, or -1 for the last such weekday of the month. */
  ordinal: number;
}

/** The VTIMEZONE component for `zone`, exact over `window`, as folded content lines. */
export function vtimezone(zone: string, window: FeedWindow): string {
  const scanStart = window.start.getTime() - LOOKBACK;
  const scanEnd = window.end.getTime();
  const onsets = transitionsBetween(zone, scanStart, scanEnd).map(toOnset);

  let body: string;
  if (onsets.length === 0) {
    // No change in range: one fixed observance. 1970 is the conventional anchor.
    const offset = offsetAt(zone, scanEnd);
    body = observance(
      'STANDARD',
      '19700101T000000',
      offset,
      offset,
      zoneAbbreviation(zone, scanEnd),
    );
  } else {
    const rules = yearlyRules(onsets, scanStart, scanEnd);
    body = rules
      ? rules
          .map((rule) =>
            observance(
              rule.kind,
              icalLocalDateTime(rule.first.wall),
              rule.first.from,
              rule.first.to,
              zoneAbbreviation(zone, rule.first.at),
              `FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.ordinal}${WEEKDAYS[rule.weekday]}`,
            ),
          )
          .join('')
      : explicitObservances(zone, onsets, scanStart);
  }
  return (
    contentLine('BEGIN', 'VTIMEZONE') +
    contentLine('TZID', zone) +
    contentLine('X-LIC-LOCATION', zone) +
    body +
    contentLine('END', 'VTIMEZONE')
  );
}

/**
 * This builder as ical-generator's timezone generator, for `new ICalCalendar({ timezone })`:
 * the one VTIMEZONE implementation, whether we write the calendar envelope or ical-generator
 * does. `name` stays null: a calendar zone would make ical-generator write every DTSTAMP in
 * local time without `Z`; events carry their own zones.
 */
export function vtimezoneGenerator(window: FeedWindow): ICalTimezone {
  return {
    name: null,
    generator: (zone) => (isValidZone(zone) ? vtimezone(zone, window) : null),
  };
}

function toOnset(transition: Transition): Onset {
  return {
    ...transition,
    // A change to a larger offset starts daylight time; one to a smaller offset ends it.
    kind: transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD',
    wall: wallAtOffset(transition.at, transition.from),
  };
}

function observance(
  kind: Kind,
  dtstart: string,
  from: number,
  to: number,
  name: string,
  rrule?: string,
): string {
  return (
    contentLine('BEGIN', kind) +
    contentLine('DTSTART', dtstart) +
    (rrule ? contentLine('RRULE', rrule) : '') +
    contentLine('TZOFFSETFROM', icalOffset(from)) +
    contentLine('TZOFFSETTO', icalOffset(to)) +
    contentLine('TZNAME', textValue(name)) +
    contentLine('END', kind)
  );
}

/**
 * One STANDARD and one DAYLIGHT yearly rule that reproduce the onsets exactly over the scanned
 * range, or null when the zone does not follow such rules there.
 */
function yearlyRules(onsets: Onset[], scanStart: number, scanEnd: number): YearlyRule[] | null {
  const rules: YearlyRule[] = [];
  for (const kind of ['STANDARD', 'DAYLIGHT'] as const) {
    const ofKind = onsets.filter((onset) => onset.kind === kind);
    const rule = commonRule(kind, ofKind);
    if (!rule) return null;
    const predicted = predictedOnsets(rule, scanStart, scanEnd);
    if (predicted.length !== ofKind.length || predicted.some((at, i) => at !== ofKind[i]?.at)) {
      return null;
    }
    rules.push(rule);
  }
  const [standard, daylight] = rules as [YearlyRule, YearlyRule];
  // The two rules must hand over to each other.
  if (standard.first.from !== daylight.first.to || standard.first.to !== daylight.first.from) {
    return null;
  }
  return rules;
}

function commonRule(kind: Kind, onsets: Onset[]): YearlyRule | null {
  const first = onsets[0];
  if (!first) return null;
  const day = weekday(first.wall);
  let allLast = true;
  let nth: number | null = Math.ceil(first.wall.day / 7);
  for (const onset of onsets) {
    const { wall } = onset;
    if (
      onset.from !== first.from ||
      onset.to !== first.to ||
      wall.month !== first.wall.month ||
      weekday(wall) !== day ||
      wall.hour !== first.wall.hour ||
      wall.minute !== first.wall.minute ||
      wall.second !== first.wall.second
    ) {
      return null;
    }
    if (wall.day + 7 <= daysInMonth(wall.year, wall.month)) allLast = false;
    if (Math.ceil(wall.day / 7) !== nth) nth = null;
  }
  // "Last Sunday" is how the tz database states most rules, so prefer it when both fit.
  const ordinal = allLast ? -1 : nth !== null && nth <= 4 ? nth : null;
  if (ordinal === null) return null;
  return { kind, first, month: first.wall.month, weekday: day, ordinal };
}

/** The onsets the rule yields in (scanStart, scanEnd], as instants. */
function predictedOnsets(rule: YearlyRule, scanStart: number, scanEnd: number): number[] {
  const { first } = rule;
  const predicted: number[] = [];
  const lastYear = wallAtOffset(scanEnd, first.from).year;
  for (let year = first.wall.year; year <= lastYear; year++) {
    const day = nthWeekdayOfMonth(year, rule.month, rule.weekday, rule.ordinal);
    const at =
      Date.UTC(year, rule.month - 1, day, first.wall.hour, first.wall.minute, first.wall.second) -
      first.from * 60_000;
    if (at > scanStart && at <= scanEnd) predicted.push(at);
  }
  return predicted;
}

function nthWeekdayOfMonth(year: number, month: number, day: number, ordinal: number): number {
  if (ordinal > 0) {
    const firstWeekday = weekday({ year, month, day: 1 });
    return 1 + ((day - firstWeekday + 7) % 7) + (ordinal - 1) * 7;
  }
  const last = daysInMonth(year, month);
  const lastWeekday = weekday({ year, month, day: last });
  return last - ((lastWeekday - day + 7) % 7);
}

/** One observance per transition, after one fixing the offset from the scan's start. */
function explicitObservances(zone: string, onsets: Onset[], scanStart: number): string {
  const [first] = onsets as [Onset, ...Onset[]];
  const initial = first.from;
  let out = observance(
    initial > first.to ? 'DAYLIGHT' : 'STANDARD',
    icalLocalDateTime(wallAtOffset(scanStart, initial)),
    initial,
    initial,
    zoneAbbreviation(zone, scanStart),
  );
  for (const onset of onsets) {
    out += observance(
      onset.kind,
      icalLocalDateTime(onset.wall),
      onset.from,
      onset.to,
      zoneAbbreviation(zone, onset.at),
    );
  }
  return out;
}
