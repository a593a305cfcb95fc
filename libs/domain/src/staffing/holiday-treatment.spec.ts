import { publicHolidays } from '../holidays/holidays.js';
import { instantToLocal } from '../time/zoned.js';
import type { CoverageRuleDef } from './coverage-rule.js';
import { expandDemand } from './demand.js';

const zone = 'Europe/Warsaw';
const rule = (over: Partial<CoverageRuleDef>): CoverageRuleDef => ({
  id: 'r',
  teamId: 't',
  skillId: 'phone',
  startTime: '08:00',
  endTime: '16:00',
  recurrence: 'FREQ=DAILY',
  minHeadcount: 1,
  idealHeadcount: 1,
  priority: 3,
  validFrom: null,
  validTo: null,
  holidays: 'applies',
  ...over,
});

// 2027-05-01 (Saturday) and 2027-05-03 (Monday) are Polish public holidays.
const holidays = publicHolidays('PL', null, 2027, 2027);
const window = { from: '2027-04-29', to: '2027-05-05' };

function datesOf(r: CoverageRuleDef): string[] {
  return expandDemand([r], window, zone, holidays).map((s) => instantToLocal(s.start, zone).date);
}

describe('coverage rules and public holidays', () => {
  it("'applies' ignores holidays", () => {
    expect(datesOf(rule({ holidays: 'applies' }))).toEqual([
      '2027-04-29',
      '2027-04-30',
      '2027-05-01',
      '2027-05-02',
      '2027-05-03',
      '2027-05-04',
    ]);
  });

  it("'excluded' skips holidays: the weekday rule does not run on Monday 3 May", () => {
    expect(
      datesOf(rule({ holidays: 'excluded', recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' })),
    ).toEqual(['2027-04-29', '2027-04-30', '2027-05-04']);
  });

  it("'only' applies on holidays alone, e.g. a holiday skeleton crew", () => {
    expect(datesOf(rule({ holidays: 'only' }))).toEqual(['2027-05-01', '2027-05-03']);
  });

  it('without a holiday calendar every rule runs normally', () => {
    expect(expandDemand([rule({ holidays: 'only' })], window, zone)).toEqual([]);
    expect(expandDemand([rule({ holidays: 'excluded' })], window, zone)).toHaveLength(6);
  });
});
