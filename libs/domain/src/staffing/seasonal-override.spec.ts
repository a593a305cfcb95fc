import { instantToLocal } from '../time/zoned.js';
import type { CoverageRuleDef } from './coverage-rule.js';
import { expandDemand, type DemandSlot } from './demand.js';

const zone = 'Europe/Warsaw';
const base = (over: Partial<CoverageRuleDef>): CoverageRuleDef => ({
  id: 'phone-base',
  teamId: 'support',
  skillId: 'phone',
  startTime: '08:00',
  endTime: '20:00',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  minHeadcount: 2,
  idealHeadcount: 3,
  priority: 2,
  validFrom: null,
  validTo: null,
  holidays: 'applies',
  ...over,
});

const peakWeek = base({
  id: 'phone-peak',
  startTime: '07:00',
  endTime: '22:00',
  recurrence: 'FREQ=DAILY',
  minHeadcount: 4,
  idealHeadcount: 5,
  priority: 1,
  validFrom: '2027-12-20',
  validTo: '2027-12-23',
  overrides: true,
});
const chat = base({
  id: 'chat-base',
  skillId: 'chat',
  startTime: '08:00',
  endTime: '16:00',
  minHeadcount: 1,
  idealHeadcount: 1,
});

/** The demand for one skill as local "date start–end min/ideal" lines, contiguous slots merged. */
function timeline(slots: DemandSlot[], skill: string): string[] {
  const lines: { start: Date; end: Date; min: number; ideal: number }[] = [];
  for (const slot of slots) {
    const r = slot.requirements.find((x) => x.skillId === skill);
    if (!r) continue;
    const last = lines.at(-1);
    if (
      last &&
      last.end.getTime() === slot.start.getTime() &&
      last.min === r.min &&
      last.ideal === r.ideal
    ) {
      last.end = slot.end;
    } else lines.push({ start: slot.start, end: slot.end, min: r.min, ideal: r.ideal });
  }
  return lines.map((l) => {
    const start = instantToLocal(l.start, zone);
    return `${start.date} ${start.time}-${instantToLocal(l.end, zone).time} ${l.min}/${l.ideal}`;
  });
}

describe('a seasonal override (peak week) replaces the base rule only inside its validity', () => {
  const slots = expandDemand(
    [base({}), peakWeek, chat],
    { from: '2027-12-17', to: '2027-12-28' },
    zone,
  );

  it('applies the peak rule Mon–Thu of the peak week and the base rule on either side', () => {
    expect(timeline(slots, 'phone')).toEqual([
      '2027-12-17 08:00-20:00 2/3',
      // The peak rule is DAILY but valid from the 20th: nothing on the weekend before it.
      '2027-12-20 07:00-22:00 4/5',
      '2027-12-21 07:00-22:00 4/5',
      '2027-12-22 07:00-22:00 4/5',
      '2027-12-23 07:00-22:00 4/5',
      '2027-12-24 08:00-20:00 2/3',
      '2027-12-27 08:00-20:00 2/3',
    ]);
  });

  it('does not touch rules for other skills', () => {
    expect(timeline(slots, 'chat')).toEqual([
      '2027-12-17 08:00-16:00 1/1',
      '2027-12-20 08:00-16:00 1/1',
      '2027-12-21 08:00-16:00 1/1',
      '2027-12-22 08:00-16:00 1/1',
      '2027-12-23 08:00-16:00 1/1',
      '2027-12-24 08:00-16:00 1/1',
      '2027-12-27 08:00-16:00 1/1',
    ]);
  });

  it('without the override flag the same rule only adds to the base (maximum per skill)', () => {
    const additive = expandDemand(
      [base({}), { ...peakWeek, overrides: false, minHeadcount: 1, idealHeadcount: 1 }],
      { from: '2027-12-20', to: '2027-12-21' },
      zone,
    );
    expect(timeline(additive, 'phone')).toEqual([
      '2027-12-20 07:00-08:00 1/1',
      '2027-12-20 08:00-20:00 2/3',
      '2027-12-20 20:00-22:00 1/1',
    ]);
  });

  it('with replacesRuleIds it replaces only the named rule and keeps the others', () => {
    const night = base({
      id: 'phone-night',
      startTime: '22:00',
      endTime: '06:00',
      recurrence: 'FREQ=DAILY',
      minHeadcount: 1,
      idealHeadcount: 1,
    });
    const targeted = { ...peakWeek, replacesRuleIds: ['phone-base'] };
    const slots = expandDemand(
      [base({}), night, targeted],
      { from: '2027-12-20', to: '2027-12-21' },
      zone,
    );
    expect(timeline(slots, 'phone')).toEqual([
      '2027-12-20 00:00-06:00 1/1', // Sunday's night rule runs on
      '2027-12-20 07:00-22:00 4/5',
      '2027-12-20 22:00-00:00 1/1',
    ]);
    const everything = expandDemand(
      [base({}), night, peakWeek],
      { from: '2027-12-20', to: '2027-12-21' },
      zone,
    );
    // Validity is by roster date: the night that starts on Sunday the 19th is still the base rule's.
    expect(timeline(everything, 'phone')).toEqual([
      '2027-12-20 00:00-06:00 1/1',
      '2027-12-20 07:00-22:00 4/5',
    ]);
  });

  it('an override with ideal 0 closes the line on its dates', () => {
    const closed = base({
      id: 'closed',
      minHeadcount: 0,
      idealHeadcount: 0,
      validFrom: '2027-12-24',
      validTo: '2027-12-24',
      overrides: true,
    });
    expect(
      timeline(
        expandDemand([base({}), closed], { from: '2027-12-23', to: '2027-12-28' }, zone),
        'phone',
      ),
    ).toEqual(['2027-12-23 08:00-20:00 2/3', '2027-12-27 08:00-20:00 2/3']);
  });
});
