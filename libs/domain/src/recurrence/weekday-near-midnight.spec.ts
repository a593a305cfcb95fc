import type { CoverageRuleDef } from '../staffing/coverage-rule.js';
import { expandDemand } from '../staffing/demand.js';
import { instantToLocal } from '../time/zoned.js';

const mondayRule = (startTime: string, endTime: string): CoverageRuleDef => ({
  id: 'monday',
  teamId: 't',
  skillId: null,
  startTime,
  endTime,
  recurrence: 'FREQ=WEEKLY;BYDAY=MO',
  minHeadcount: 1,
  idealHeadcount: 1,
  priority: 1,
  validFrom: null,
  validTo: null,
  holidays: 'applies',
});

/** Whatever the process TZ, BYDAY=MO means Monday on the wall clock where the rule lives. */
describe('weekly BYDAY rules near midnight stay on their weekday in the rule zone', () => {
  it('New York, Monday 23:30 is Tuesday 04:30 UTC', () => {
    const zone = 'America/New_York';
    const slots = expandDemand(
      [mondayRule('23:30', '00:30')],
      { from: '2027-01-11', to: '2027-01-25' },
      zone,
    );
    expect(slots.map((s) => s.start.toISOString())).toEqual([
      '2027-01-12T04:30:00.000Z',
      '2027-01-19T04:30:00.000Z',
    ]);
    for (const s of slots)
      expect(instantToLocal(s.start, zone)).toMatchObject({ weekday: 1, time: '23:30' });
  });

  it('Auckland, Monday 00:30 is Sunday 11:30 UTC', () => {
    const zone = 'Pacific/Auckland';
    const slots = expandDemand(
      [mondayRule('00:30', '01:30')],
      { from: '2027-01-11', to: '2027-01-25' },
      zone,
    );
    expect(slots.map((s) => s.start.toISOString())).toEqual([
      '2027-01-10T11:30:00.000Z',
      '2027-01-17T11:30:00.000Z',
    ]);
    for (const s of slots)
      expect(instantToLocal(s.start, zone)).toMatchObject({ weekday: 1, time: '00:30' });
  });

  it('Kolkata, Monday 00:00–00:00 is the whole Indian Monday, from Sunday 18:30 UTC', () => {
    const zone = 'Asia/Kolkata';
    const slots = expandDemand(
      [mondayRule('00:00', '00:00')],
      { from: '2027-01-11', to: '2027-01-12' },
      zone,
    );
    expect(slots.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ['2027-01-10T18:30:00.000Z', '2027-01-11T18:30:00.000Z'],
    ]);
  });

  it('a Sunday 23:30 rule is Sunday in New York although it is Monday in UTC', () => {
    const zone = 'America/New_York';
    const window = { from: '2027-01-10', to: '2027-01-11' }; // Sunday only
    const sunday = { ...mondayRule('23:30', '00:30'), recurrence: 'FREQ=WEEKLY;BYDAY=SU' };
    expect(expandDemand([sunday], window, zone).map((s) => s.start.toISOString())).toEqual([
      '2027-01-11T04:30:00.000Z',
    ]);
    expect(expandDemand([mondayRule('23:30', '00:30')], window, zone)).toEqual([]);
  });
});
