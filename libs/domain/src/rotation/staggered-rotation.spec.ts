import type { ShiftTypeDef } from '../shift/shift-type.js';
import { type DomainError } from '../errors.js';
import { isoWeekday } from '../time/local-date.js';
import { expandRotation, type PlannedShift, type RotationDef } from './rotation.js';

const shiftTypes: ShiftTypeDef[] = [
  { id: 'E', code: 'E', startTime: '06:00', endTime: '14:00' },
  { id: 'L', code: 'L', startTime: '14:00', endTime: '22:00' },
  { id: 'N', code: 'N', startTime: '22:00', endTime: '06:00' },
];
const week = (shift: string | null) => [shift, shift, shift, shift, shift, null, null];

/** Four weeks: a week of earlies, of lates, of nights, then a week off. */
const fourWeek: RotationDef = {
  id: 'rot-4w',
  teamId: 't',
  zone: 'Europe/Warsaw',
  anchorDate: '2027-01-04',
  pattern: [...week('E'), ...week('L'), ...week('N'), ...week(null)],
  members: ['a', 'b', 'c', 'd'].map((employeeId, i) => ({
    employeeId,
    offsetDays: 7 * i,
    from: '2027-01-04',
    to: null,
  })),
};

const byDate = (shifts: PlannedShift[]) => {
  const days = new Map<string, string[]>();
  for (const s of shifts)
    days.set(s.date, [...(days.get(s.date) ?? []), `${s.employeeId}:${s.shiftTypeId}`]);
  return days;
};

describe('a 4-week E/L/N/off rotation with members staggered by a week', () => {
  const shifts = expandRotation(fourWeek, shiftTypes, { from: '2027-01-04', to: '2027-02-01' });

  it('gives each member the pattern from their own offset', () => {
    const onMonday = (monday: string) =>
      Object.fromEntries(
        shifts.filter((s) => s.date === monday).map((s) => [s.employeeId, s.shiftTypeId]),
      );
    // b enters a week later than a, so in week 1 b is still in its week off.
    expect(onMonday('2027-01-04')).toEqual({ a: 'E', c: 'N', d: 'L' });
    expect(onMonday('2027-01-11')).toEqual({ a: 'L', b: 'E', d: 'N' });
    expect(onMonday('2027-01-18')).toEqual({ a: 'N', b: 'L', c: 'E' });
    expect(onMonday('2027-01-25')).toEqual({ b: 'N', c: 'L', d: 'E' });
  });

  it('covers every weekday with exactly one E, one L and one N, and no weekend', () => {
    for (const [date, assigned] of byDate(shifts)) {
      expect(isoWeekday(date)).toBeLessThanOrEqual(5);
      expect(assigned.map((a) => a.split(':')[1]).sort()).toEqual(['E', 'L', 'N']);
    }
    expect(shifts).toHaveLength(20 * 3);
  });

  it('keys each occurrence stably as rotation:employee:date:shiftType', () => {
    expect(shifts[0]?.key).toBe('rot-4w:a:2027-01-04:E');
    const again = expandRotation(fourWeek, shiftTypes, { from: '2027-01-04', to: '2027-02-01' });
    expect(again.map((s) => s.key)).toEqual(shifts.map((s) => s.key));
  });
});

describe('weekly alternation of early and late', () => {
  const alternation: RotationDef = {
    id: 'rot-alt',
    teamId: 't',
    zone: 'Europe/Warsaw',
    anchorDate: '2027-01-04',
    pattern: [...week('E'), ...week('L')],
    members: [
      { employeeId: 'ewa', offsetDays: 0, from: '2027-01-04', to: null },
      { employeeId: 'jan', offsetDays: 7, from: '2027-01-04', to: null },
    ],
  };

  it('swaps the two members every week', () => {
    const shifts = expandRotation(alternation, shiftTypes, {
      from: '2027-01-04',
      to: '2027-01-25',
    });
    const mondays = shifts
      .filter((s) => isoWeekday(s.date) === 1)
      .map((s) => `${s.date} ${s.employeeId}:${s.shiftTypeId}`);
    expect(mondays).toEqual([
      '2027-01-04 ewa:E',
      '2027-01-04 jan:L',
      '2027-01-11 ewa:L',
      '2027-01-11 jan:E',
      '2027-01-18 ewa:E',
      '2027-01-18 jan:L',
    ]);
  });
});

describe('members join and leave without rewriting history', () => {
  const base: RotationDef = {
    ...fourWeek,
    members: [{ employeeId: 'a', offsetDays: 0, from: '2027-01-04', to: null }],
  };
  const window = { from: '2027-01-04', to: '2027-02-01' };

  it('a member who leaves on a date keeps every earlier shift', () => {
    const before = expandRotation(base, shiftTypes, window);
    const leaving: RotationDef = {
      ...base,
      members: [{ employeeId: 'a', offsetDays: 0, from: '2027-01-04', to: '2027-01-18' }],
    };
    const after = expandRotation(leaving, shiftTypes, window);
    expect(after.map((s) => s.key)).toEqual(
      before.filter((s) => s.date < '2027-01-18').map((s) => s.key),
    );
    expect(after.at(-1)?.date).toBe('2027-01-15');
  });

  it('a member who rejoins later gets a new membership with its own offset', () => {
    const rejoined: RotationDef = {
      ...base,
      members: [
        { employeeId: 'a', offsetDays: 0, from: '2027-01-04', to: '2027-01-11' },
        { employeeId: 'a', offsetDays: 14, from: '2027-01-25', to: null },
      ],
    };
    const shifts = expandRotation(rejoined, shiftTypes, window);
    expect(shifts.filter((s) => s.date < '2027-01-11').every((s) => s.shiftTypeId === 'E')).toBe(
      true,
    );
    expect(shifts.filter((s) => s.date >= '2027-01-11' && s.date < '2027-01-25')).toEqual([]);
    // Offset 14 on 2027-01-25 is cycle day 7: the late week.
    expect(shifts.filter((s) => s.date >= '2027-01-25').map((s) => s.shiftTypeId)).toEqual([
      'L',
      'L',
      'L',
      'L',
      'L',
    ]);
  });

  it('refuses overlapping memberships of one employee, naming the field', () => {
    const overlapping: RotationDef = {
      ...base,
      members: [
        { employeeId: 'a', offsetDays: 0, from: '2027-01-04', to: '2027-02-01' },
        { employeeId: 'a', offsetDays: 7, from: '2027-01-25', to: null },
      ],
    };
    try {
      expandRotation(overlapping, shiftTypes, window);
      throw new Error('expected a DomainError');
    } catch (error) {
      expect((error as DomainError).details.errors).toEqual([
        {
          field: 'members[1].from',
          reason: 'overlaps the membership of the same employee at members[0]',
        },
      ]);
    }
  });

  it('refuses unknown shift types in the pattern', () => {
    expect(() => expandRotation({ ...base, pattern: ['E', 'X'] }, shiftTypes, window)).toThrow(
      'pattern[1]: unknown shift type "X"',
    );
  });
});
