import { DomainError, type FieldError } from '../errors.js';
import {
  daysFromCivil,
  daysInMonth,
  localDateProblem,
  type IsoWeekday,
} from '../time/local-date.js';
import { DAY_MS } from '../time/zoned.js';
import {
  WEEKDAY_CODES,
  type Frequency,
  type Recurrence,
  type Until,
  type WeekdayRule,
} from './recurrence.js';

/** Longest text we read at all: hostile input is refused before any parsing work. */
const MAX_LENGTH = 512;
const MAX_INTERVAL = 1000;
const MAX_COUNT = 10_000;

const SUPPORTED = new Set([
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYYEARDAY',
  'BYSETPOS',
  'WKST',
]);

/** Properties people paste from iCalendar that belong in separate, validated fields. */
const SEPARATE_FIELDS = new Set(['DTSTART', 'DTEND', 'TZID', 'EXDATE', 'RDATE', 'EXRULE', 'RRULE']);
const TIME_OF_DAY = new Set(['BYHOUR', 'BYMINUTE', 'BYSECOND']);
const SUB_DAILY = new Set(['HOURLY', 'MINUTELY', 'SECONDLY']);
const FREQUENCIES = new Set<Frequency>(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

class Problems {
  readonly errors: FieldError[] = [];
  constructor(readonly field: string) {}
  add(reason: string): void {
    this.errors.push({ field: this.field, reason });
  }
}

/**
 * Validates RRULE text and returns its parsed form, or throws INVALID_RECURRENCE whose details
 * name `field` and every reason (e.g. 'INTERVAL must be at least 1'). Only day-level rules are
 * accepted, so that every expansion is bounded by its window; parsing is linear in the (capped)
 * length, so hostile input is answered in microseconds.
 */
export function parseRecurrence(text: unknown, field = 'recurrence'): Recurrence {
  const problems = new Problems(field);
  const recurrence = readRecurrence(text, problems);
  if (recurrence === null || problems.errors.length > 0) {
    throw DomainError.withFields('INVALID_RECURRENCE', problems.errors);
  }
  return recurrence;
}

/** The reasons `text` is not an acceptable recurrence (empty when it is one). */
export function recurrenceProblems(text: unknown, field = 'recurrence'): FieldError[] {
  const problems = new Problems(field);
  readRecurrence(text, problems);
  return problems.errors;
}

function readRecurrence(text: unknown, problems: Problems): Recurrence | null {
  if (typeof text !== 'string') {
    problems.add('must be RRULE text such as FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    return null;
  }
  if (text.length > MAX_LENGTH) {
    problems.add(`is ${text.length} characters long; at most ${MAX_LENGTH} are allowed`);
    return null;
  }
  if (/[\r\n]/.test(text)) {
    problems.add(
      'must be a single line: line breaks could inject DTSTART, TZID or other properties',
    );
    return null;
  }
  let body = text.trim().toUpperCase();
  if (body.startsWith('RRULE:')) body = body.slice('RRULE:'.length);
  if (body.includes(':')) {
    problems.add(
      "':' is only allowed in the RRULE: prefix; DTSTART, TZID and other properties are separate fields",
    );
    return null;
  }
  if (!/^[A-Z0-9=;,+-]*$/.test(body)) {
    const bad = /[^A-Z0-9=;,+-]/.exec(body)?.[0] ?? '';
    problems.add(`contains ${JSON.stringify(bad)}, which no recurrence uses`);
    return null;
  }
  const parts = readParts(body, problems);
  if (parts === null) return null;
  return buildRecurrence(parts, problems);
}

function readParts(body: string, problems: Problems): Map<string, string> | null {
  const parts = new Map<string, string>();
  const pieces = body.split(';');
  if (pieces[pieces.length - 1] === '') pieces.pop();
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    const name = eq < 0 ? piece : piece.slice(0, eq);
    const value = eq < 0 ? '' : piece.slice(eq + 1);
    if (name === '') {
      problems.add('has an empty part (two ";" in a row or a leading ";")');
    } else if (SEPARATE_FIELDS.has(name)) {
      problems.add(
        `${name} is not allowed inside a recurrence; the anchor date and zone are separate fields`,
      );
    } else if (TIME_OF_DAY.has(name)) {
      problems.add(
        `${name} is not supported: the time of day comes from the rule's start and end times`,
      );
    } else if (name === 'BYWEEKNO') {
      problems.add('BYWEEKNO is not supported; use BYMONTH, BYMONTHDAY or BYDAY');
    } else if (!SUPPORTED.has(name)) {
      problems.add(`unknown property ${name.slice(0, 30)}`);
    } else if (eq < 0 || value === '') {
      problems.add(`${name} needs a value`);
    } else if (parts.has(name)) {
      problems.add(`${name} appears more than once`);
    } else {
      parts.set(name, value);
    }
  }
  return problems.errors.length > 0 ? null : parts;
}

function buildRecurrence(parts: Map<string, string>, problems: Problems): Recurrence | null {
  const freq = readFrequency(parts.get('FREQ'), problems);
  const interval = readInteger(parts.get('INTERVAL'), 'INTERVAL', 1, MAX_INTERVAL, problems) ?? 1;
  const count = readInteger(parts.get('COUNT'), 'COUNT', 1, MAX_COUNT, problems);
  const until = readUntil(parts.get('UNTIL'), problems);
  if (parts.has('COUNT') && parts.has('UNTIL')) problems.add('COUNT and UNTIL cannot both be set');
  const byMonthDay = readIntegerList(parts.get('BYMONTHDAY'), 'BYMONTHDAY', 31, problems);
  const byMonth = readIntegerList(parts.get('BYMONTH'), 'BYMONTH', 12, problems, false);
  const byYearDay = readIntegerList(parts.get('BYYEARDAY'), 'BYYEARDAY', 366, problems);
  const bySetPos = readIntegerList(parts.get('BYSETPOS'), 'BYSETPOS', 366, problems);
  const byDay = readByDay(parts.get('BYDAY'), freq, problems);
  const weekStart = readWeekStart(parts.get('WKST'), problems);
  if (freq === null) return null;

  if (freq === 'WEEKLY' && byMonthDay.length > 0)
    problems.add('BYMONTHDAY cannot be used with FREQ=WEEKLY');
  if ((freq === 'WEEKLY' || freq === 'MONTHLY') && byYearDay.length > 0) {
    problems.add(`BYYEARDAY cannot be used with FREQ=${freq}`);
  }
  const hasOtherBy = byDay.length + byMonthDay.length + byMonth.length + byYearDay.length > 0;
  if (bySetPos.length > 0 && !hasOtherBy) {
    problems.add(
      'BYSETPOS needs another BYDAY, BYMONTHDAY, BYMONTH or BYYEARDAY part to select from',
    );
  }
  checkMonthDaysCanOccur(byMonth, byMonthDay, problems);
  if (problems.errors.length > 0) return null;

  const recurrence: Recurrence = {
    text: '',
    freq,
    interval,
    count,
    until,
    byDay,
    byMonthDay,
    byMonth,
    byYearDay,
    bySetPos,
    weekStart,
  };
  recurrence.text = formatRecurrence(recurrence, parts);
  return recurrence;
}

function readFrequency(value: string | undefined, problems: Problems): Frequency | null {
  if (value === undefined) {
    problems.add('FREQ is required (DAILY, WEEKLY, MONTHLY or YEARLY)');
    return null;
  }
  if (SUB_DAILY.has(value)) {
    problems.add(
      `FREQ=${value} is not supported: the finest frequency is DAILY (use a time window)`,
    );
    return null;
  }
  if (!FREQUENCIES.has(value as Frequency)) {
    problems.add(`FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, got ${value.slice(0, 20)}`);
    return null;
  }
  return value as Frequency;
}

const INTEGER = /^[+-]?\d{1,6}$/;

function readInteger(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
  problems: Problems,
): number | null {
  if (value === undefined) return null;
  if (!INTEGER.test(value)) {
    problems.add(`${name} must be a whole number, got ${value.slice(0, 20)}`);
    return null;
  }
  const n = Number(value);
  if (n < min) problems.add(`${name} must be at least ${min}`);
  else if (n > max) problems.add(`${name} must be at most ${max}`);
  else return n;
  return null;
}

function readIntegerList(
  value: string | undefined,
  name: string,
  maxAbs: number,
  problems: Problems,
  allowNegative = true,
): number[] {
  if (value === undefined) return [];
  const items = value.split(',');
  if (items.length > 366) {
    problems.add(`${name} lists ${items.length} values; at most 366 are allowed`);
    return [];
  }
  const result = new Set<number>();
  for (const item of items) {
    if (!INTEGER.test(item)) {
      problems.add(
        `${name} must be a list of whole numbers, got ${item.slice(0, 20) || 'an empty item'}`,
      );
      continue;
    }
    const n = Number(item);
    const lowest = allowNegative ? -maxAbs : 1;
    if (n === 0 || n < lowest || n > maxAbs) {
      const range = allowNegative ? `1..${maxAbs} or -${maxAbs}..-1` : `1..${maxAbs}`;
      problems.add(`${name}=${item} is out of range (${range})`);
      continue;
    }
    result.add(n);
  }
  return [...result].sort((a, b) => a - b);
}

const BYDAY_ITEM = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

function readByDay(
  value: string | undefined,
  freq: Frequency | null,
  problems: Problems,
): WeekdayRule[] {
  if (value === undefined) return [];
  const items = value.split(',');
  if (items.length > 64) {
    problems.add(`BYDAY lists ${items.length} values; at most 64 are allowed`);
    return [];
  }
  const seen = new Map<string, WeekdayRule>();
  for (const item of items) {
    const match = BYDAY_ITEM.exec(item);
    if (!match) {
      problems.add(
        `BYDAY item ${item.slice(0, 20) || '(empty)'} is not a weekday such as MO or 1MO`,
      );
      continue;
    }
    const ordinal = match[1] === undefined ? 0 : Number(match[1]);
    const weekday = (WEEKDAY_CODES.indexOf(match[2] as (typeof WEEKDAY_CODES)[number]) +
      1) as IsoWeekday;
    if (match[1] !== undefined) {
      if (freq !== 'MONTHLY' && freq !== 'YEARLY') {
        problems.add(`BYDAY=${item}: an ordinal weekday needs FREQ=MONTHLY or FREQ=YEARLY`);
        continue;
      }
      const limit = freq === 'MONTHLY' ? 5 : 53;
      if (ordinal === 0 || Math.abs(ordinal) > limit) {
        problems.add(`BYDAY=${item}: the ordinal must be 1..${limit} or -${limit}..-1`);
        continue;
      }
    }
    seen.set(`${ordinal}${weekday}`, { weekday, ordinal });
  }
  return [...seen.values()].sort((a, b) => a.ordinal - b.ordinal || a.weekday - b.weekday);
}

function readWeekStart(value: string | undefined, problems: Problems): IsoWeekday {
  if (value === undefined) return 1;
  const index = WEEKDAY_CODES.indexOf(value as (typeof WEEKDAY_CODES)[number]);
  if (index < 0) {
    problems.add(`WKST must be one of ${WEEKDAY_CODES.join(', ')}`);
    return 1;
  }
  return (index + 1) as IsoWeekday;
}

const UNTIL_FORMAT = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/;

function readUntil(value: string | undefined, problems: Problems): Until | null {
  if (value === undefined) return null;
  const match = UNTIL_FORMAT.exec(value);
  if (!match) {
    problems.add('UNTIL must be YYYYMMDD, YYYYMMDDTHHMMSS or YYYYMMDDTHHMMSSZ');
    return null;
  }
  const [, y, m, d, hh, mm, ss, z] = match;
  const date = `${y}-${m}-${d}`;
  const dateProblem = localDateProblem(date);
  if (dateProblem !== null) {
    problems.add(`UNTIL ${dateProblem}`);
    return null;
  }
  if (hh === undefined) return { kind: 'date', date };
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) {
    problems.add(`UNTIL has an impossible time ${hh}:${mm}:${ss}`);
    return null;
  }
  const wall =
    daysFromCivil(Number(y), Number(m), Number(d)) * DAY_MS +
    (Number(hh) * 3600 + Number(mm) * 60 + Number(ss)) * 1000;
  return z === 'Z' ? { kind: 'utc', epochMs: wall } : { kind: 'local', wallMs: wall };
}

/** A rule such as BYMONTH=2;BYMONTHDAY=30 would never occur: say so instead of expanding nothing. */
function checkMonthDaysCanOccur(byMonth: number[], byMonthDay: number[], problems: Problems): void {
  const positive = byMonthDay.filter((d) => d > 0);
  if (byMonth.length === 0 || positive.length === 0 || positive.length < byMonthDay.length) return;
  const longest = Math.max(...byMonth.map((m) => daysInMonth(2000, m)));
  if (Math.min(...positive) > longest) {
    problems.add(
      `BYMONTHDAY=${byMonthDay.join(',')} never falls in BYMONTH=${byMonth.join(',')}: the rule would never occur`,
    );
  }
}

function formatRecurrence(r: Recurrence, parts: Map<string, string>): string {
  const out = [`FREQ=${r.freq}`];
  if (r.interval !== 1) out.push(`INTERVAL=${r.interval}`);
  if (r.count !== null) out.push(`COUNT=${r.count}`);
  if (r.until !== null) out.push(`UNTIL=${parts.get('UNTIL') ?? ''}`);
  if (r.byMonth.length > 0) out.push(`BYMONTH=${r.byMonth.join(',')}`);
  if (r.byYearDay.length > 0) out.push(`BYYEARDAY=${r.byYearDay.join(',')}`);
  if (r.byMonthDay.length > 0) out.push(`BYMONTHDAY=${r.byMonthDay.join(',')}`);
  if (r.byDay.length > 0) {
    const days = r.byDay.map(
      (d) => `${d.ordinal === 0 ? '' : d.ordinal}${WEEKDAY_CODES[d.weekday - 1]}`,
    );
    out.push(`BYDAY=${days.join(',')}`);
  }
  if (r.bySetPos.length > 0) out.push(`BYSETPOS=${r.bySetPos.join(',')}`);
  if (r.weekStart !== 1) out.push(`WKST=${WEEKDAY_CODES[r.weekStart - 1]}`);
  return out.join(';');
}
