import rrulePkg from 'rrule';
import { fromDayNumber, toDayNumber } from '../time/local-date.js';
import { expandDates } from './expand-dates.js';

// In Node ESM only rrule's default (CommonJS) export works.
const { rrulestr } = rrulePkg;

/**
 * rrule as the oracle, used the TZ-independent way (STACK.md): no tzid, a DTSTART whose UTC
 * fields are the wall time, occurrences read back from their UTC fields.
 */
function rruleDates(rule: string, anchor: string, from: string, toExclusive: string): string[] {
  const [y, m, d] = anchor.split('-').map(Number) as [number, number, number];
  const parsed = rrulestr(rule, { dtstart: new Date(Date.UTC(y, m - 1, d, 9, 0)) });
  const after = new Date(toDayNumber(from) * 86_400_000);
  const before = new Date((toDayNumber(toExclusive) - 1) * 86_400_000 + 23 * 3_600_000);
  return parsed
    .between(after, before, true)
    .map((o) => fromDayNumber(Math.floor(o.getTime() / 86_400_000)));
}

describe('our expansion agrees with rrule', () => {
  it.each([
    'FREQ=DAILY',
    'FREQ=DAILY;INTERVAL=3',
    'FREQ=DAILY;BYDAY=SA,SU',
    'FREQ=DAILY;BYMONTH=3,4;BYMONTHDAY=1,15,-1',
    'FREQ=DAILY;COUNT=40',
    'FREQ=DAILY;BYYEARDAY=1,100,-1',
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
    'FREQ=WEEKLY;INTERVAL=3;BYDAY=SU;WKST=SU',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;WKST=MO',
    'FREQ=WEEKLY;BYDAY=FR;BYMONTH=12',
    'FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=-1',
    'FREQ=WEEKLY;COUNT=7;BYDAY=TU,TH',
    'FREQ=WEEKLY;UNTIL=20270315T235959;BYDAY=MO',
    'FREQ=MONTHLY',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=MONTHLY;BYMONTHDAY=31',
    'FREQ=MONTHLY;BYDAY=1MO',
    'FREQ=MONTHLY;BYDAY=-1FR,2TU',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1',
    'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
    'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=10',
    'FREQ=MONTHLY;BYMONTH=1,7;BYDAY=SA',
    'FREQ=YEARLY',
    'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=24,25,26',
    'FREQ=YEARLY;BYDAY=20MO',
    'FREQ=YEARLY;BYMONTH=11;BYDAY=4TH',
    'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'FREQ=YEARLY;BYYEARDAY=60',
    'FREQ=YEARLY;BYMONTHDAY=15',
    'FREQ=YEARLY;INTERVAL=2;BYMONTH=6',
  ])('%s', (rule) => {
    for (const [anchor, from, to] of [
      ['2027-01-06', '2027-01-01', '2028-06-30'],
      ['2026-11-30', '2027-02-10', '2027-09-01'],
      ['2027-01-31', '2027-01-31', '2029-01-31'],
    ] as const) {
      expect(expandDates(rule, anchor, from, to, 'Europe/Warsaw')).toEqual(
        rruleDates(rule, anchor, from, to),
      );
    }
  });
});
