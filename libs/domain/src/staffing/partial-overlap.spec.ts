import { DomainError } from '../errors.js';
import { computeCoverage } from './coverage.js';
import type { DemandSlot } from './demand.js';

const at = (hh: number) => new Date(Date.UTC(2027, 0, 11, hh));
const slots: DemandSlot[] = [
  {
    start: at(8),
    end: at(16),
    requirements: [{ skillId: 'phone', min: 1, ideal: 1, priority: 2, ruleIds: ['p'] }],
  },
];
const employees = [{ id: 'ola', skillIds: ['phone'] }];

describe('a shift that covers part of a slot', () => {
  it('staffs exactly the part it covers: the slot is cut at the shift boundary', () => {
    const result = computeCoverage({
      slots,
      employees,
      shifts: [{ employeeId: 'ola', start: at(10), end: at(18) }],
    });
    expect(
      result.rows.map((r) => [
        r.start.getUTCHours(),
        r.end.getUTCHours(),
        r.requirements[0]!.staffed,
      ]),
    ).toEqual([
      [8, 10, 0],
      [10, 16, 1],
    ]);
    expect(
      result.gaps.map((g) => [g.start.getUTCHours(), g.end.getUTCHours(), g.priority]),
    ).toEqual([[8, 10, 2]]);
  });

  it('a shift outside every slot changes nothing', () => {
    const result = computeCoverage({
      slots,
      employees,
      shifts: [{ employeeId: 'ola', start: at(16), end: at(23) }],
    });
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]!.requirements[0]!.gap).toBe(true);
  });

  it('refuses shifts of employees it does not know and overlapping slots', () => {
    expect(() =>
      computeCoverage({
        slots,
        employees,
        shifts: [{ employeeId: 'ghost', start: at(8), end: at(9) }],
      }),
    ).toThrow('shifts[0].employeeId: employee ghost is not in employees');
    const overlapping = [...slots, { ...slots[0]!, start: at(15), end: at(17) }];
    expect(() => computeCoverage({ slots: overlapping, employees, shifts: [] })).toThrow(
      DomainError,
    );
  });
});
