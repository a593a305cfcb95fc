import type { CoverageRuleDef } from './coverage-rule.js';
import { expandDemand } from './demand.js';

const rule = (over: Partial<CoverageRuleDef>): CoverageRuleDef => ({
  id: 'r',
  teamId: 't',
  skillId: 'phone',
  startTime: '00:00',
  endTime: '00:00',
  recurrence: 'FREQ=DAILY',
  minHeadcount: 1,
  idealHeadcount: 1,
  priority: 3,
  validFrom: null,
  validTo: null,
  holidays: 'applies',
  ...over,
});

const around = { id: 'phone-24x7' };
const daytime = {
  id: 'phone-day',
  startTime: '08:00',
  endTime: '20:00',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  minHeadcount: 3,
  idealHeadcount: 4,
  priority: 1,
};

describe('demand slots are maximal intervals of constant demand', () => {
  it('combines rules for the same skill by maximum and merges back-to-back occurrences', () => {
    const slots = expandDemand(
      [rule(around), rule(daytime)],
      { from: '2027-01-11', to: '2027-01-13' },
      'UTC',
    );
    expect(
      slots.map((s) => [
        s.start.toISOString(),
        s.end.toISOString(),
        s.requirements.map((r) => `${r.min}/${r.ideal} p${r.priority} ${r.ruleIds.join('+')}`),
      ]),
    ).toEqual([
      ['2027-01-11T00:00:00.000Z', '2027-01-11T08:00:00.000Z', ['1/1 p3 phone-24x7']],
      ['2027-01-11T08:00:00.000Z', '2027-01-11T20:00:00.000Z', ['3/4 p1 phone-24x7+phone-day']],
      // Monday's 24-hour occurrence runs straight into Tuesday's: one slot across midnight.
      ['2027-01-11T20:00:00.000Z', '2027-01-12T08:00:00.000Z', ['1/1 p3 phone-24x7']],
      ['2027-01-12T08:00:00.000Z', '2027-01-12T20:00:00.000Z', ['3/4 p1 phone-24x7+phone-day']],
      ['2027-01-12T20:00:00.000Z', '2027-01-13T00:00:00.000Z', ['1/1 p3 phone-24x7']],
    ]);
  });

  it('keeps one requirement per skill, any-staff first', () => {
    const slots = expandDemand(
      [
        rule({ id: 'chat', skillId: 'chat' }),
        rule({ id: 'anyone', skillId: null, minHeadcount: 2, idealHeadcount: 2 }),
        rule(around),
      ],
      { from: '2027-01-11', to: '2027-01-12' },
      'UTC',
    );
    expect(slots).toHaveLength(1);
    expect(slots[0]?.requirements.map((r) => r.skillId)).toEqual([null, 'chat', 'phone']);
  });

  it('a 24/7 day in Warsaw lasts 23 hours on 2027-03-28', () => {
    const slots = expandDemand(
      [rule(around)],
      { from: '2027-03-28', to: '2027-03-29' },
      'Europe/Warsaw',
    );
    expect(slots.map((s) => [s.start.toISOString(), s.end.toISOString()])).toEqual([
      ['2027-03-27T23:00:00.000Z', '2027-03-28T22:00:00.000Z'],
    ]);
  });

  it('limits a rule to its inclusive validity dates', () => {
    const slots = expandDemand(
      [rule({ ...daytime, validFrom: '2027-01-12', validTo: '2027-01-13' })],
      { from: '2027-01-11', to: '2027-01-16' },
      'UTC',
    );
    expect(slots.map((s) => s.start.toISOString().slice(0, 10))).toEqual([
      '2027-01-12',
      '2027-01-13',
    ]);
  });
});
