import { buildCalendar } from './calendar.js';
import { FeedInputError } from './errors.js';
import {
  oracleAmbiguous,
  parseFeed,
  physicalLines,
  tzidsUsed,
  type ParsedEvent,
} from './test/ical-parse.js';
import { type FeedAbsence, type FeedOptions, type FeedShift } from './types.js';

const HOUR = 3_600_000;
const utf8 = new TextEncoder();

function options(overrides: Partial<FeedOptions> = {}): FeedOptions {
  return {
    name: 'My schedule',
    zone: 'Europe/Warsaw',
    window: { start: new Date('2027-01-01T00:00:00Z'), end: new Date('2028-03-01T00:00:00Z') },
    dtstamp: new Date('2027-02-01T08:30:00Z'),
    productId: '-//Coverage Planner//Test//EN',
    ...overrides,
  };
}

function shift(overrides: Partial<FeedShift> & Pick<FeedShift, 'start' | 'end'>): FeedShift {
  return {
    uid: 'assignment-1',
    zone: 'Europe/Warsaw',
    shiftName: 'Night',
    shiftCode: 'N',
    sequence: 0,
    ...overrides,
  };
}

function absence(overrides: Partial<FeedAbsence>): FeedAbsence {
  return {
    uid: 'leave-1',
    employeeName: 'Anna Kowalska',
    startDate: '2027-03-28',
    endDate: '2027-03-28',
    label: 'Vacation',
    ...overrides,
  };
}

function byUid(events: ParsedEvent[], uid: string): ParsedEvent {
  const event = events.find((e) => e.uid === uid);
  if (!event) throw new Error(`no event ${uid}`);
  return event;
}

// Instants written out by hand from the 2027 rules: Warsaw changes at 01:00Z on 28 March and
// 31 October; New York at 07:00Z on 14 March and 06:00Z on 7 November.
const dstShifts: Array<{
  uid: string;
  zone: string;
  start: string;
  end: string;
  hours: number;
  startWall: string;
  endWall: string;
}> = [
  // Night 22:00–06:00 into the spring change: 7 real hours.
  {
    uid: 'waw-spring-night',
    zone: 'Europe/Warsaw',
    start: '2027-03-27T21:00Z',
    end: '2027-03-28T04:00Z',
    hours: 7,
    startWall: '20270327T220000',
    endWall: '20270328T060000',
  },
  // Night 22:00–06:00 into the autumn change: 9 real hours.
  {
    uid: 'waw-autumn-night',
    zone: 'Europe/Warsaw',
    start: '2027-10-30T20:00Z',
    end: '2027-10-31T05:00Z',
    hours: 9,
    startWall: '20271030T220000',
    endWall: '20271031T060000',
  },
  // Late 14:00–22:00 on each change day: 8 hours, offsets of the new season.
  {
    uid: 'waw-spring-late',
    zone: 'Europe/Warsaw',
    start: '2027-03-28T12:00Z',
    end: '2027-03-28T20:00Z',
    hours: 8,
    startWall: '20270328T140000',
    endWall: '20270328T220000',
  },
  {
    uid: 'waw-autumn-late',
    zone: 'Europe/Warsaw',
    start: '2027-10-31T13:00Z',
    end: '2027-10-31T21:00Z',
    hours: 8,
    startWall: '20271031T140000',
    endWall: '20271031T220000',
  },
  {
    uid: 'nyc-spring-night',
    zone: 'America/New_York',
    start: '2027-03-14T03:00Z',
    end: '2027-03-14T10:00Z',
    hours: 7,
    startWall: '20270313T220000',
    endWall: '20270314T060000',
  },
  {
    uid: 'nyc-autumn-night',
    zone: 'America/New_York',
    start: '2027-11-07T02:00Z',
    end: '2027-11-07T11:00Z',
    hours: 9,
    startWall: '20271106T220000',
    endWall: '20271107T060000',
  },
];

describe('buildCalendar: timed shifts across the 2027 DST changes', () => {
  const shifts = dstShifts.map((s) =>
    shift({ uid: s.uid, zone: s.zone, start: new Date(s.start), end: new Date(s.end) }),
  );
  const text = buildCalendar(options({ zones: ['America/New_York'] }), shifts);
  const feed = parseFeed(text);

  it.each(dstShifts)('$uid reads back as the same instants ($hours h)', (expected) => {
    const event = byUid(feed.events, expected.uid);
    expect(event.start.instant).toBe(Date.parse(expected.start));
    expect(event.end.instant).toBe(Date.parse(expected.end));
    expect(((event.end.instant ?? 0) - (event.start.instant ?? 0)) / HOUR).toBe(expected.hours);
  });

  it.each(dstShifts)('$uid is written as local wall time in its zone', (expected) => {
    const event = byUid(feed.events, expected.uid);
    expect(event.start).toMatchObject({ tzid: expected.zone, raw: expected.startWall });
    expect(event.end).toMatchObject({ tzid: expected.zone, raw: expected.endWall });
  });

  it('has a VTIMEZONE for every TZID used, once each', () => {
    const used = tzidsUsed(feed);
    expect([...used].sort()).toEqual(['America/New_York', 'Europe/Warsaw']);
    for (const tzid of used) expect(feed.vtimezones.filter((z) => z === tzid)).toHaveLength(1);
  });

  it('summarises with local times and an en dash', () => {
    expect(byUid(feed.events, 'waw-autumn-night').summary).toBe('Night 22:00–06:00');
    expect(byUid(feed.events, 'nyc-spring-night').summary).toBe('Night 22:00–06:00');
  });
});

describe('buildCalendar: instants in the hour that occurs twice', () => {
  // 2027-11-07 in New York: 01:00–01:59 happens first in EDT (05:xxZ), then in EST (06:xxZ).
  const first = shift({
    uid: 'first-pass',
    zone: 'America/New_York',
    start: new Date('2027-11-07T05:30Z'),
    end: new Date('2027-11-07T13:30Z'),
  });
  const second = shift({
    uid: 'second-pass',
    zone: 'America/New_York',
    start: new Date('2027-11-07T06:30Z'),
    end: new Date('2027-11-07T14:30Z'),
  });
  const feed = parseFeed(buildCalendar(options({ zone: 'America/New_York' }), [first, second]));

  it('writes them in UTC so that no client has to guess which pass is meant', () => {
    expect(byUid(feed.events, 'first-pass').start.raw).toBe('20271107T053000Z');
    expect(byUid(feed.events, 'second-pass').start.raw).toBe('20271107T063000Z');
    // ical-generator gives an event one zone for DTSTART and DTEND: the end goes in UTC too.
    expect(byUid(feed.events, 'first-pass').end).toEqual({
      instant: Date.parse('2027-11-07T13:30Z'),
      raw: '20271107T133000Z',
    });
  });

  it('keeps the TZID for an event whose ends are both unambiguous on that day', () => {
    const after = parseFeed(
      buildCalendar(options({ zone: 'America/New_York' }), [
        { ...second, uid: 'after', start: new Date('2027-11-07T07:30Z') },
      ]),
    );
    expect(byUid(after.events, 'after').start).toMatchObject({
      tzid: 'America/New_York',
      raw: '20271107T023000',
    });
  });

  it('reads back as the exact instants, both showing 01:30 in the summary', () => {
    for (const input of [first, second]) {
      const event = byUid(feed.events, input.uid);
      expect(event.start.instant).toBe(input.start.getTime());
      expect(event.end.instant).toBe(input.end.getTime());
      expect(event.summary).toMatch(/^Night 01:30–/);
    }
  });
});

describe('buildCalendar: leave', () => {
  const absences: FeedAbsence[] = [
    absence({ uid: 'spring-day', startDate: '2027-03-28', endDate: '2027-03-28' }),
    absence({ uid: 'autumn-day', startDate: '2027-10-31', endDate: '2027-10-31' }),
    absence({ uid: 'new-year', startDate: '2027-12-27', endDate: '2028-01-02' }),
    absence({ uid: 'leap-day', startDate: '2028-02-28', endDate: '2028-02-29' }),
    absence({
      uid: 'nyc-day',
      startDate: '2027-11-07',
      endDate: '2027-11-07',
      zone: 'America/New_York',
    }),
    absence({ uid: 'am', startDate: '2027-03-28', endDate: '2027-03-28', halfDay: 'am' }),
    absence({ uid: 'pm', startDate: '2027-10-31', endDate: '2027-10-31', halfDay: 'pm' }),
    absence({
      uid: 'nyc-pm',
      startDate: '2027-11-07',
      endDate: '2027-11-07',
      halfDay: 'pm',
      zone: 'America/New_York',
    }),
  ];
  const text = buildCalendar(options(), [], absences);
  const feed = parseFeed(text);

  it.each([
    ['spring-day', '2027-03-28', '2027-03-29'],
    ['autumn-day', '2027-10-31', '2027-11-01'],
    ['new-year', '2027-12-27', '2028-01-03'],
    ['leap-day', '2028-02-28', '2028-03-01'],
    ['nyc-day', '2027-11-07', '2027-11-08'],
  ])('%s is all-day from %s to the exclusive %s', (uid, start, end) => {
    const event = byUid(feed.events, uid);
    expect(event.start).toEqual({ date: start, raw: start.replaceAll('-', '') });
    expect(event.end).toEqual({ date: end, raw: end.replaceAll('-', '') });
  });

  it('writes all-day dates as VALUE=DATE with no TZID', () => {
    const lines = physicalLines(text);
    expect(lines).toContain('DTSTART;VALUE=DATE:20280228');
    expect(lines).toContain('DTEND;VALUE=DATE:20280301');
    expect(lines.filter((l) => l.startsWith('DTSTART;VALUE=DATE;TZID'))).toEqual([]);
  });

  it.each([
    // am on the spring change day: 00:00 CET → 12:00 CEST is 11 hours.
    ['am', '2027-03-27T23:00Z', '2027-03-28T10:00Z'],
    // pm on the autumn change day: 12:00 CET → 24:00 CET.
    ['pm', '2027-10-31T11:00Z', '2027-10-31T23:00Z'],
    ['nyc-pm', '2027-11-07T17:00Z', '2027-11-08T05:00Z'],
  ])('half day %s is a timed event in its zone', (uid, start, end) => {
    const event = byUid(feed.events, uid);
    expect(event.start.instant).toBe(Date.parse(start));
    expect(event.end.instant).toBe(Date.parse(end));
    expect(event.start.tzid).toBe(uid === 'nyc-pm' ? 'America/New_York' : 'Europe/Warsaw');
  });

  it('summarises leave with the name and label, and half days with the part of the day', () => {
    expect(byUid(feed.events, 'spring-day').summary).toBe('Anna Kowalska: Vacation');
    expect(byUid(feed.events, 'am').summary).toBe('Anna Kowalska: Vacation (morning)');
    expect(byUid(feed.events, 'pm').summary).toBe('Anna Kowalska: Vacation (afternoon)');
  });

  it('declares a VTIMEZONE for the half day in another zone', () => {
    expect([...tzidsUsed(feed)].sort()).toEqual(['America/New_York', 'Europe/Warsaw']);
    expect(feed.vtimezones.sort()).toEqual(['America/New_York', 'Europe/Warsaw']);
  });
});

describe('buildCalendar: calendar properties and RFC 5545 form', () => {
  const text = buildCalendar(
    options({ refreshMinutes: 90, description: 'Shifts and cover duties; updated hourly' }),
    [shift({ start: new Date('2027-05-01T20:00Z'), end: new Date('2027-05-02T04:00Z') })],
    [absence({})],
  );
  const lines = physicalLines(text);
  const feed = parseFeed(text);

  it('carries the name, zone, refresh hints and product id', () => {
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Coverage Planner//Test//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        'NAME:My schedule',
        'X-WR-CALNAME:My schedule',
        'X-WR-CALDESC:Shifts and cover duties\\; updated hourly',
        'X-WR-TIMEZONE:Europe/Warsaw',
        'REFRESH-INTERVAL;VALUE=DURATION:PT1H30M',
        'X-PUBLISHED-TTL:PT1H30M',
      ]),
    );
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('My schedule');
  });

  it('defaults the refresh hints to one hour', () => {
    const plain = physicalLines(buildCalendar(options(), []));
    expect(plain).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(plain).toContain('X-PUBLISHED-TTL:PT1H');
  });

  it('puts every calendar property before the first component', () => {
    const firstComponent = lines.findIndex(
      (l) => l.startsWith('BEGIN:V') && l !== 'BEGIN:VCALENDAR',
    );
    const lastProperty = lines.findIndex((l) => l.startsWith('X-PUBLISHED-TTL'));
    expect(lastProperty).toBeGreaterThan(0);
    expect(lastProperty).toBeLessThan(firstComponent);
  });

  it('stamps every event with DTSTAMP in UTC', () => {
    expect(feed.events).toHaveLength(2);
    for (const event of feed.events) expect(event.dtstamp).toBe('20270201T083000Z');
  });

  it('uses CRLF everywhere, ends with one, and keeps lines within 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
  });

  it('marks own shifts busy and own leave out of office', () => {
    const [shiftEvent, leaveEvent] = feed.events;
    expect(shiftEvent?.transp).toBe('OPAQUE');
    expect(shiftEvent?.status).toBe('CONFIRMED');
    expect(leaveEvent?.transp).toBe('OPAQUE');
    expect(leaveEvent?.properties).toContain('X-MICROSOFT-CDO-BUSYSTATUS');
    expect(lines).toContain('X-MICROSOFT-CDO-BUSYSTATUS:OOF');
  });

  it("marks team feeds free so colleagues' events never block the subscriber", () => {
    const team = parseFeed(
      buildCalendar(
        options({ showAs: 'free' }),
        [shift({ start: new Date('2027-05-01T20:00Z'), end: new Date('2027-05-02T04:00Z') })],
        [absence({ label: 'Away' })],
      ),
    );
    expect(team.events.map((e) => e.transp)).toEqual(['TRANSPARENT', 'TRANSPARENT']);
  });
});

describe('buildCalendar: zones met only in events', () => {
  const nyc = shift({
    uid: 'nyc',
    zone: 'America/New_York',
    start: new Date('2027-03-14T03:00Z'),
    end: new Date('2027-03-14T10:00Z'),
  });

  it('still gets its VTIMEZONE, after the events, and reads back exactly', () => {
    const text = buildCalendar(options(), [nyc]);
    const feed = parseFeed(text);
    expect(feed.vtimezones).toEqual(['Europe/Warsaw', 'America/New_York']);
    expect(text.lastIndexOf('TZID:America/New_York')).toBeGreaterThan(
      text.lastIndexOf('END:VEVENT'),
    );
    expect(byUid(feed.events, 'nyc').start.instant).toBe(nyc.start.getTime());
  });

  it('needs none for UTC, which is written with Z', () => {
    const utc = { ...nyc, uid: 'utc', zone: 'UTC' };
    const text = buildCalendar(options(), [utc]);
    const feed = parseFeed(text);
    expect(feed.vtimezones).toEqual(['Europe/Warsaw']);
    expect(byUid(feed.events, 'utc').start).toEqual({
      instant: utc.start.getTime(),
      raw: '20270314T030000Z',
    });
  });

  it('goes into the header when declared in options.zones', () => {
    const text = buildCalendar(options({ zones: ['America/New_York'] }), [nyc]);
    expect(text.indexOf('TZID:America/New_York')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
  });
});

describe('buildCalendar: UIDs, SEQUENCE and removed shifts', () => {
  const shifts = [
    shift({
      uid: 'assignment-7f3a',
      start: new Date('2027-06-01T12:00Z'),
      end: new Date('2027-06-01T20:00Z'),
    }),
    shift({
      uid: 'rotation-r1:e42:2027-06-02',
      start: new Date('2027-06-02T12:00Z'),
      end: new Date('2027-06-02T20:00Z'),
      sequence: 3,
    }),
  ];

  it('takes UIDs from the assignment, the same on every fetch and in every feed', () => {
    const monday = parseFeed(
      buildCalendar(options({ dtstamp: new Date('2027-05-31T06:00Z') }), shifts),
    );
    const tuesday = parseFeed(
      buildCalendar(
        options({ dtstamp: new Date('2027-06-01T06:00Z'), name: 'Team rota', showAs: 'free' }),
        [...shifts].reverse().map((s) => ({ ...s, employeeName: 'Jan Nowak' })),
      ),
    );
    expect(monday.events.map((e) => e.uid)).toEqual([
      'assignment-7f3a',
      'rotation-r1:e42:2027-06-02',
    ]);
    expect(tuesday.events.map((e) => e.uid).sort()).toEqual(monday.events.map((e) => e.uid).sort());
    for (const event of monday.events) {
      expect(byUid(tuesday.events, event.uid).start.instant).toBe(event.start.instant);
    }
  });

  it('writes UIDs as TEXT, escaped as before, and reads them back unchanged', () => {
    const uid = 'team-rota:a,b;c\\d@coverage-planner';
    const text = buildCalendar(options(), [{ ...(shifts[0] as FeedShift), uid }]);
    expect(physicalLines(text)).toContain('UID:team-rota:a\\,b\\;c\\\\d@coverage-planner');
    expect(parseFeed(text).events[0]?.uid).toBe(uid);
  });

  it('writes the SEQUENCE the caller derived', () => {
    const feed = parseFeed(buildCalendar(options(), shifts));
    expect(feed.events.map((e) => e.sequence)).toEqual([0, 3]);
  });

  it('drops a removed shift, or marks it cancelled when the caller keeps it', () => {
    const [kept, removed] = shifts as [FeedShift, FeedShift];
    expect(parseFeed(buildCalendar(options(), [kept])).events.map((e) => e.uid)).toEqual([
      'assignment-7f3a',
    ]);
    const cancelled = byUid(
      parseFeed(buildCalendar(options(), [kept, { ...removed, status: 'cancelled', sequence: 4 }]))
        .events,
      removed.uid,
    );
    expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: 4, transp: 'TRANSPARENT' });
    expect(cancelled.summary).toBe('Cancelled: Night 14:00–22:00');
  });
});

describe('buildCalendar: untrusted text cannot inject properties', () => {
  const evil = 'Mallory\r\nATTENDEE:mailto:x';
  const text = buildCalendar(
    options({ name: `Team ${evil}`, description: `About\r\nATTENDEE:mailto:x\rEND:VCALENDAR` }),
    [
      shift({
        start: new Date('2027-06-01T12:00Z'),
        end: new Date('2027-06-01T20:00Z'),
        shiftName: `Late\nATTENDEE:mailto:x`,
        shiftCode: `L\r\nATTENDEE:mailto:x`,
        employeeName: evil,
        coverFor: { name: `Anna ${evil}`, reason: 'vacation\nATTENDEE:mailto:x' },
        location: `Desk 4\r\nATTENDEE:mailto:x`,
        description: `Bring headset\r\nATTENDEE:mailto:x;\u0000\u001b[31m`,
      }),
    ],
    [absence({ employeeName: evil, label: 'Away\r\nATTENDEE:mailto:x' })],
  );
  const feed = parseFeed(text);

  it('produces no ATTENDEE (or any other injected) property anywhere', () => {
    expect(physicalLines(text).filter((l) => /^ATTENDEE/i.test(l))).toEqual([]);
    for (const event of feed.calendar.getAllSubcomponents('vevent')) {
      expect(event.getAllProperties('attendee')).toEqual([]);
    }
    expect(feed.calendar.getAllProperties('attendee')).toEqual([]);
    expect(feed.events).toHaveLength(2);
    expect(physicalLines(text).filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
  });

  it('keeps the text, on one line, as the value it belongs to', () => {
    const [shiftEvent, leaveEvent] = feed.events as [ParsedEvent, ParsedEvent];
    expect(shiftEvent.summary).toBe(
      'Mallory ATTENDEE:mailto:x: Late ATTENDEE:mailto:x 14:00–22:00 — covering for Anna A. (vacation ATTENDEE:mailto:x)',
    );
    expect(leaveEvent.summary).toBe('Mallory ATTENDEE:mailto:x: Away ATTENDEE:mailto:x');
    expect(feed.calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Team Mallory ATTENDEE:mailto:x',
    );
    const description = feed.calendar
      .getAllSubcomponents('vevent')[0]
      ?.getFirstPropertyValue('description');
    // Multi-line text keeps its line break, escaped as \n inside the one property.
    expect(description).toBe('Bring headset\nATTENDEE:mailto:x;  [31m');
  });

  it('folds a long summary at 75 octets without splitting UTF-8', () => {
    const long = buildCalendar(options(), [
      shift({
        start: new Date('2027-06-01T12:00Z'),
        end: new Date('2027-06-01T20:00Z'),
        employeeName: 'Małgorzata Żółtowska-Brzęczyszczykiewicz 🌙',
        coverFor: { name: 'Grzegorz Brzęczyszczykiewicz', reason: 'urlop wypoczynkowy — zaległy' },
      }),
    ]);
    const summaryLines = long.slice(long.indexOf('SUMMARY:')).split('\r\n');
    expect(summaryLines[1]?.startsWith(' ')).toBe(true);
    for (const line of physicalLines(long)) {
      const bytes = utf8.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(line);
    }
    expect(parseFeed(long).events[0]?.summary).toBe(
      'Małgorzata Żółtowska-Brzęczyszczykiewicz 🌙: Night 14:00–22:00 — covering for Grzegorz B. (urlop wypoczynkowy — zaległy)',
    );
  });
});

describe('buildCalendar: input it cannot represent', () => {
  const base = { start: new Date('2027-06-01T12:00Z'), end: new Date('2027-06-01T20:00Z') };

  it.each<[string, () => string, string]>([
    [
      'bad zone',
      () => buildCalendar(options(), [shift({ ...base, zone: 'Europe/Atlantis' })]),
      'shifts[0].zone',
    ],
    [
      'end before start',
      () => buildCalendar(options(), [shift({ start: base.end, end: base.start })]),
      'shifts[0].end',
    ],
    [
      'invalid date',
      () => buildCalendar(options(), [shift({ ...base, start: new Date('nope') })]),
      'shifts[0].start',
    ],
    [
      'UID with a line break',
      () => buildCalendar(options(), [shift({ ...base, uid: 'a\r\nATTENDEE:x' })]),
      'shifts[0].uid',
    ],
    [
      'negative sequence',
      () => buildCalendar(options(), [shift({ ...base, sequence: -1 })]),
      'shifts[0].sequence',
    ],
    [
      'leave ending before it starts',
      () =>
        buildCalendar(options(), [], [absence({ startDate: '2027-03-02', endDate: '2027-03-01' })]),
      'absences[0].endDate',
    ],
    [
      'impossible date',
      () => buildCalendar(options(), [], [absence({ startDate: '2027-02-29' })]),
      'absences[0].startDate',
    ],
    [
      'half day over two dates',
      () => buildCalendar(options(), [], [absence({ endDate: '2027-03-29', halfDay: 'am' })]),
      'absences[0].halfDay',
    ],
    ['calendar zone', () => buildCalendar(options({ zone: 'CET;X=1' }), []), 'zone'],
    [
      'empty window',
      () => buildCalendar(options({ window: { start: base.end, end: base.start } }), []),
      'window.end',
    ],
    ['zero refresh', () => buildCalendar(options({ refreshMinutes: 0 }), []), 'refreshMinutes'],
  ])('refuses %s with a FeedInputError naming the field', (_label, build, field) => {
    expect(build).toThrow(FeedInputError);
    try {
      build();
    } catch (error) {
      expect((error as FeedInputError).field).toBe(field);
    }
  });
});

describe('buildCalendar: a sweep of start times around every 2027 change', () => {
  const changes = [
    ['Europe/Warsaw', '2027-03-28T01:00Z'],
    ['Europe/Warsaw', '2027-10-31T01:00Z'],
    ['America/New_York', '2027-03-14T07:00Z'],
    ['America/New_York', '2027-11-07T06:00Z'],
  ] as const;
  const shifts: FeedShift[] = [];
  for (const [zone, change] of changes) {
    // Every 15 minutes from 30 hours before to 30 hours after, lasting 8 h 20 min.
    for (
      let t = Date.parse(change) - 30 * HOUR;
      t <= Date.parse(change) + 30 * HOUR;
      t += HOUR / 4
    ) {
      shifts.push(
        shift({
          uid: `${zone}-${t}`,
          zone,
          start: new Date(t),
          end: new Date(t + 8 * HOUR + 20 * 60_000),
        }),
      );
    }
  }
  const feed = parseFeed(buildCalendar(options({ zones: ['America/New_York'] }), shifts));

  it('reads every start and end back as the instant given', () => {
    expect(feed.events).toHaveLength(shifts.length);
    const wrong = shifts.filter((input, i) => {
      const event = feed.events[i];
      return (
        event?.uid !== input.uid ||
        event.start.instant !== input.start.getTime() ||
        event.end.instant !== input.end.getTime()
      );
    });
    expect(wrong.map((s) => s.uid)).toEqual([]);
  });

  it('writes an event in UTC exactly when a start or end falls in a repeated hour', () => {
    const wrongForm = shifts.filter((input, i) => {
      const event = feed.events[i];
      if (!event) return true;
      const ambiguous =
        oracleAmbiguous(input.zone, input.start.getTime()) ||
        oracleAmbiguous(input.zone, input.end.getTime());
      const inZone = event.start.tzid === input.zone && event.end.tzid === input.zone;
      const inUtc =
        event.start.tzid === undefined &&
        event.end.tzid === undefined &&
        event.start.raw.endsWith('Z') &&
        event.end.raw.endsWith('Z');
      return ambiguous ? !inUtc : !inZone;
    });
    expect(wrongForm.map((s) => s.uid)).toEqual([]);
  });
});
