import { computeCoverage } from './coverage.js';
import type { DemandSlot } from './demand.js';

const start = new Date('2027-01-11T08:00:00Z');
const end = new Date('2027-01-11T16:00:00Z');
const requirement = (skillId: string | null, min: number) => ({
  skillId,
  min,
  ideal: min,
  priority: 1,
  ruleIds: [`${skillId}`],
});
const slots: DemandSlot[] = [
  {
    start,
    end,
    requirements: [requirement(null, 3), requirement('chat', 1), requirement('phone', 2)],
  },
];
const employees = [
  { id: 'multi', skillIds: ['phone', 'chat'] },
  { id: 'solo', skillIds: ['phone'] },
];

describe('an employee with two skills', () => {
  const result = computeCoverage({
    slots,
    employees,
    shifts: [
      { employeeId: 'multi', start, end },
      { employeeId: 'solo', start, end },
      // A duplicate (e.g. a manual shift over the rotation's) must not count twice either.
      { employeeId: 'multi', start, end },
    ],
  });
  const [anyone, chat, phone] = result.rows[0]!.requirements;

  it('counts once towards an any-staff requirement', () => {
    expect(anyone).toMatchObject({
      staffed: 2,
      employeeIds: ['multi', 'solo'],
      gap: true,
      missing: 1,
    });
  });

  it('counts towards each skill requirement they hold, once each', () => {
    expect(chat).toMatchObject({ staffed: 1, employeeIds: ['multi'], gap: false });
    expect(phone).toMatchObject({ staffed: 2, employeeIds: ['multi', 'solo'], gap: false });
  });

  it('does not count for a skill they lack', () => {
    const onlySolo = computeCoverage({
      slots,
      employees,
      shifts: [{ employeeId: 'solo', start, end }],
    });
    expect(onlySolo.rows[0]!.requirements[1]).toMatchObject({
      skillId: 'chat',
      staffed: 0,
      gap: true,
    });
  });

  it('summarises the one gap', () => {
    expect(result.summary).toEqual({
      gaps: 1,
      shortfalls: 1,
      gapMinutes: 480,
      shortfallMinutes: 480,
      missingMinutes: 480,
    });
    expect(result.gaps).toEqual([
      {
        start,
        end,
        skillId: null,
        min: 3,
        ideal: 3,
        staffed: 2,
        missing: 1,
        priority: 1,
        ruleIds: ['null'],
      },
    ]);
  });
});
