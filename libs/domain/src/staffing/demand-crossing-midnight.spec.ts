import type { CoverageRuleDef } from './coverage-rule.js';
import { expandDemand } from './demand.js';

const rule = (over: Partial<CoverageRuleDef>): CoverageRuleDef => ({
  id: 'r',
  teamId: 't',
  skillId: 'phone',
  startTime: '22:00',
  endTime: '06:00',
  recurrence: 'FREQ=DAILY',
  minHeadcount: 1,
  idealHeadcount: 2,
  priority: 1,
  validFrom: null,
  validTo: null,
  holidays: 'applies',
  ...over,
});

const spans = (slots: { start: Date; end: Date }[]) =>
  slots.map((s) => [s.start.toISOString(), s.end.toISOString()]);

describe('demand windows that cross midnight', () => {
  it('reach into the next day, and the previous evening reaches into the window', () => {
    const slots = expandDemand(
      [rule({})],
      { from: '2027-01-11', to: '2027-01-13' },
      'Europe/Warsaw',
    );
    expect(spans(slots)).toEqual([
      ['2027-01-10T23:00:00.000Z', '2027-01-11T05:00:00.000Z'], // Sunday night, clipped at the window start
      ['2027-01-11T21:00:00.000Z', '2027-01-12T05:00:00.000Z'],
      ['2027-01-12T21:00:00.000Z', '2027-01-12T23:00:00.000Z'], // clipped at the window end
    ]);
    expect(slots[1]?.requirements).toEqual([
      { skillId: 'phone', min: 1, ideal: 2, priority: 1, ruleIds: ['r'] },
    ]);
  });

  it('a weekday-only night rule starts only on weekdays but still runs into Saturday morning', () => {
    const slots = expandDemand(
      [rule({ recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' })],
      { from: '2027-01-15', to: '2027-01-18' }, // Fri–Sun
      'Europe/Warsaw',
    );
    expect(spans(slots)).toEqual([
      ['2027-01-14T23:00:00.000Z', '2027-01-15T05:00:00.000Z'], // from Thursday's night
      ['2027-01-15T21:00:00.000Z', '2027-01-16T05:00:00.000Z'], // Friday's night into Saturday
    ]);
  });
});
