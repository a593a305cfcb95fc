import { DomainError } from '../errors.js';
import { parseRecurrence } from './parse-recurrence.js';

function reasonsFor(text: unknown): string[] {
  try {
    parseRecurrence(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INVALID_RECURRENCE');
    const errors = (error as DomainError).details.errors ?? [];
    for (const e of errors) expect(e.field).toBe('recurrence');
    return errors.map((e) => e.reason);
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

describe('parseRecurrence accepts day-level rules', () => {
  it('parses weekdays', () => {
    const rule = parseRecurrence('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.interval).toBe(1);
    expect(rule.byDay.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(rule.text).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
  });

  it('normalises case, the RRULE: prefix and part order', () => {
    expect(parseRecurrence('RRULE:byday=fr,mo;freq=weekly;interval=2').text).toBe(
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR',
    );
  });

  it('reads ordinals, set positions, UNTIL forms and WKST', () => {
    const rule = parseRecurrence(
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=20271231T235959Z;WKST=SU',
    );
    expect(rule.bySetPos).toEqual([-1]);
    expect(rule.until).toEqual({ kind: 'utc', epochMs: Date.UTC(2027, 11, 31, 23, 59, 59) });
    expect(rule.weekStart).toBe(7);
    expect(parseRecurrence('FREQ=YEARLY;BYMONTH=12;BYDAY=-1FR').byDay).toEqual([
      { weekday: 5, ordinal: -1 },
    ]);
    expect(parseRecurrence('FREQ=DAILY;UNTIL=20270331').until).toEqual({
      kind: 'date',
      date: '2027-03-31',
    });
  });
});

describe('parseRecurrence refuses rules that never end, loop or inject', () => {
  it.each([
    ['FREQ=DAILY;INTERVAL=0', 'INTERVAL must be at least 1'],
    ['FREQ=DAILY;INTERVAL=-1', 'INTERVAL must be at least 1'],
    ['FREQ=DAILY;INTERVAL=99999', 'INTERVAL must be at most 1000'],
    ['FREQ=DAILY;COUNT=5;UNTIL=20271231', 'COUNT and UNTIL cannot both be set'],
    ['FREQ=DAILY;COUNT=0', 'COUNT must be at least 1'],
    [
      'FREQ=HOURLY',
      'FREQ=HOURLY is not supported: the finest frequency is DAILY (use a time window)',
    ],
    [
      'FREQ=MINUTELY',
      'FREQ=MINUTELY is not supported: the finest frequency is DAILY (use a time window)',
    ],
    [
      'FREQ=SECONDLY;INTERVAL=1',
      'FREQ=SECONDLY is not supported: the finest frequency is DAILY (use a time window)',
    ],
    ['FREQ=FORTNIGHTLY', 'FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY, got FORTNIGHTLY'],
    ['BYDAY=MO', 'FREQ is required (DAILY, WEEKLY, MONTHLY or YEARLY)'],
    ['FREQ=DAILY;FOO=1', 'unknown property FOO'],
    ['FREQ=DAILY;BYEASTER=0', 'unknown property BYEASTER'],
    [
      'FREQ=DAILY;BYHOUR=9',
      "BYHOUR is not supported: the time of day comes from the rule's start and end times",
    ],
    ['FREQ=YEARLY;BYWEEKNO=1', 'BYWEEKNO is not supported; use BYMONTH, BYMONTHDAY or BYDAY'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'FREQ appears more than once'],
    ['FREQ=DAILY;INTERVAL=', 'INTERVAL needs a value'],
    ['FREQ=DAILY;;BYDAY=MO', 'has an empty part (two ";" in a row or a leading ";")'],
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY item XX is not a weekday such as MO or 1MO'],
    ['FREQ=WEEKLY;BYDAY=1MO', 'BYDAY=1MO: an ordinal weekday needs FREQ=MONTHLY or FREQ=YEARLY'],
    ['FREQ=MONTHLY;BYDAY=6MO', 'BYDAY=6MO: the ordinal must be 1..5 or -5..-1'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY=32 is out of range (1..31 or -31..-1)'],
    ['FREQ=MONTHLY;BYMONTHDAY=0', 'BYMONTHDAY=0 is out of range (1..31 or -31..-1)'],
    ['FREQ=YEARLY;BYMONTH=13', 'BYMONTH=13 is out of range (1..12)'],
    ['FREQ=YEARLY;BYYEARDAY=400', 'BYYEARDAY=400 is out of range (1..366 or -366..-1)'],
    ['FREQ=WEEKLY;BYMONTHDAY=1', 'BYMONTHDAY cannot be used with FREQ=WEEKLY'],
    ['FREQ=MONTHLY;BYYEARDAY=1', 'BYYEARDAY cannot be used with FREQ=MONTHLY'],
    [
      'FREQ=DAILY;BYSETPOS=1',
      'BYSETPOS needs another BYDAY, BYMONTHDAY, BYMONTH or BYYEARDAY part to select from',
    ],
    [
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30,31',
      'BYMONTHDAY=30,31 never falls in BYMONTH=2: the rule would never occur',
    ],
    ['FREQ=DAILY;UNTIL=20270229', 'UNTIL 2027-02-29 does not exist'],
    ['FREQ=DAILY;UNTIL=2027-12-31', 'UNTIL must be YYYYMMDD, YYYYMMDDTHHMMSS or YYYYMMDDTHHMMSSZ'],
    ['FREQ=DAILY;WKST=XX', 'WKST must be one of MO, TU, WE, TH, FR, SA, SU'],
    ['FREQ=DAILY;INTERVAL=1.5', 'contains ".", which no recurrence uses'],
    ['FREQ=DAILY;INTERVAL=1O', 'INTERVAL must be a whole number, got 1O'],
  ])('%s', (text, reason) => {
    expect(reasonsFor(text)).toContain(reason);
  });

  it.each([
    'FREQ=DAILY\nDTSTART:20270101T000000Z',
    'FREQ=DAILY\r\nRRULE:FREQ=SECONDLY',
    'FREQ=DAILY;\nTZID=Europe/Warsaw',
  ])('refuses line breaks that could inject properties: %j', (text) => {
    expect(reasonsFor(text)).toEqual([
      'must be a single line: line breaks could inject DTSTART, TZID or other properties',
    ]);
  });

  it.each([
    [
      'DTSTART=20270101;FREQ=DAILY',
      'DTSTART is not allowed inside a recurrence; the anchor date and zone are separate fields',
    ],
    [
      'FREQ=DAILY;TZID=UTC',
      'TZID is not allowed inside a recurrence; the anchor date and zone are separate fields',
    ],
    [
      'FREQ=DAILY;DTSTART:20270101',
      "':' is only allowed in the RRULE: prefix; DTSTART, TZID and other properties are separate fields",
    ],
    ['FREQ=DAILY;TZID=Europe/Warsaw', 'contains "/", which no recurrence uses'],
  ])('refuses DTSTART/TZID smuggled into the text: %s', (text, reason) => {
    expect(reasonsFor(text)).toContain(reason);
  });

  it('refuses non-text and over-long input', () => {
    expect(reasonsFor(42)).toEqual(['must be RRULE text such as FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR']);
    expect(reasonsFor(`FREQ=DAILY;BYDAY=${'MO,'.repeat(1000)}MO`)).toEqual([
      'is 3019 characters long; at most 512 are allowed',
    ]);
  });

  it('answers hostile input well under 50 ms each', () => {
    const hostile = [
      'FREQ=SECONDLY;INTERVAL=0;COUNT=1;UNTIL=20270101',
      `FREQ=DAILY;${'BYDAY=MO;'.repeat(50)}`,
      `FREQ=YEARLY;BYYEARDAY=${Array.from({ length: 120 }, (_, i) => i + 1).join(',')}`,
      'x'.repeat(1_000_000),
      `FREQ=DAILY;${'\n'.repeat(100_000)}`,
      `FREQ=MONTHLY;BYMONTHDAY=${'9'.repeat(400)}`,
    ];
    for (const text of hostile) {
      const started = performance.now();
      try {
        parseRecurrence(text);
      } catch {
        // refused or accepted, either way quickly
      }
      expect(performance.now() - started).toBeLessThan(50);
    }
  });

  it('names a custom field in errors', () => {
    try {
      parseRecurrence('FREQ=DAILY;INTERVAL=0', 'rules[3].recurrence');
      throw new Error('expected a DomainError');
    } catch (error) {
      expect((error as DomainError).message).toBe(
        'rules[3].recurrence: INTERVAL must be at least 1',
      );
      expect((error as DomainError).details.errors).toEqual([
        { field: 'rules[3].recurrence', reason: 'INTERVAL must be at least 1' },
      ]);
    }
  });
});
