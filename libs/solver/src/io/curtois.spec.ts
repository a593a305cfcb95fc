import { compileModel } from '../model/compiled-model.js';
import { readFileSync } from 'node:fs';
import { scoreRoster } from '../score/score-roster.js';
import { curtoisInstance } from '../testing/curtois-instances.js';
import {
  curtoisToModel,
  CurtoisParseError,
  parseCurtois,
  scaleCurtois,
  writeRosterCsv,
} from './curtois.js';

const VALID = `# a tiny instance
SECTION_HORIZON
7

SECTION_SHIFTS
E,480,
L,480,E

SECTION_STAFF
A,E=7|L=0,2400,960,5,2,2,1
B,,2400,0,5,1,1,1

SECTION_DAYS_OFF
A,0,6
B

SECTION_SHIFT_ON_REQUESTS
A,2,E,3

SECTION_SHIFT_OFF_REQUESTS
B,3,L,2

SECTION_COVER
0,E,1,100,1
1,L,2,100,1
`;

function errorOf(text: string): CurtoisParseError {
  try {
    parseCurtois(text);
  } catch (err) {
    if (err instanceof CurtoisParseError) return err;
    throw err;
  }
  throw new Error('expected a parse error');
}

describe('Curtois parser', () => {
  it('reads every section', () => {
    const inst = parseCurtois(VALID);
    expect(inst.horizon).toBe(7);
    expect(inst.shifts).toEqual([
      { id: 'E', minutes: 480, cannotFollow: [] },
      { id: 'L', minutes: 480, cannotFollow: ['E'] },
    ]);
    expect(inst.staff[0]).toMatchObject({
      id: 'A',
      maxShifts: { E: 7, L: 0 },
      minTotalMinutes: 960,
      maxWeekends: 1,
    });
    expect(inst.daysOff).toEqual([
      { employee: 'A', days: [0, 6] },
      { employee: 'B', days: [] },
    ]);
    expect(inst.cover).toHaveLength(2);
  });

  it('maps onto the roster model: days off → leave, requests → preferences, cover → demand, max 0 → no skill', () => {
    const model = curtoisToModel(parseCurtois(VALID));
    expect(model.firstWeekday).toBe(1);
    expect(model.leave).toEqual([
      { employee: 'A', day: 0 },
      { employee: 'A', day: 6 },
    ]);
    expect(model.preferences).toEqual([
      { employee: 'A', day: 2, kind: 'on', shiftType: 'E', weight: 3 },
      { employee: 'B', day: 3, kind: 'off', shiftType: 'L', weight: 2 },
    ]);
    expect(model.demand[1]).toEqual({
      day: 1,
      shiftType: 'L',
      minimum: 2,
      weightBelowMinimum: 100,
      weightAboveMaximum: 1,
    });
    expect(model.employees[0]!.skills).toEqual(['E']);
    expect(model.employees[1]!.skills).toEqual(['E', 'L']);
    expect(model.shiftTypes[1]).toMatchObject({
      id: 'L',
      cannotBeFollowedBy: ['E'],
      requiredSkills: ['L'],
    });
  });

  it.each([
    [
      'an unknown shift id',
      VALID.replace('1,L,2,100,1', '1,X,2,100,1'),
      25,
      "unknown shift id 'X'",
    ],
    ['a day out of range', VALID.replace('A,2,E,3', 'A,9,E,3'), 18, 'day 9 is out of range 0…6'],
    [
      'a non-numeric field',
      VALID.replace('A,E=7|L=0,2400', 'A,E=7|L=0,lots'),
      10,
      "MaxTotalMinutes 'lots' is not a whole number",
    ],
    ['a wrong number of fields', VALID.replace('0,E,1,100,1', '0,E,1,100'), 24, 'found 4'],
    ['an unknown employee', VALID.replace('B,3,L,2', 'Z,3,L,2'), 21, "unknown employee id 'Z'"],
    [
      'an unknown CannotFollow id',
      VALID.replace('L,480,E', 'L,480,Q'),
      7,
      "unknown shift id 'Q' in CannotFollow",
    ],
    [
      'a duplicate employee',
      VALID.replace('B,,2400', 'A,,2400'),
      11,
      "employee id 'A' is defined twice",
    ],
    [
      'an unknown section',
      VALID.replace('SECTION_COVER', 'SECTION_COVERS'),
      23,
      "unknown section 'SECTION_COVERS'",
    ],
    [
      'a bad MaxShifts entry',
      VALID.replace('E=7|L=0', 'E7|L=0'),
      10,
      "MaxShifts entry 'E7' is not ShiftID=max",
    ],
  ])('names the line of %s', (_what, text, line, fragment) => {
    const err = errorOf(text);
    expect(err.line).toBe(line);
    expect(err.message).toContain(`line ${line}:`);
    expect(err.message).toContain(fragment);
  });

  it('reports a missing section', () => {
    const err = errorOf(VALID.replace(/SECTION_COVER[\s\S]*$/, ''));
    expect(err.line).toBeNull();
    expect(err.message).toBe('missing section SECTION_COVER');
  });

  it('writes one CSV line per employee with an empty cell for a day off', () => {
    const m = compileModel(curtoisToModel(parseCurtois(VALID)));
    const cells = new Int16Array(m.E * m.D).fill(-1);
    cells[1] = 0;
    cells[m.D + 1] = 1;
    expect(writeRosterCsv(m, { employees: m.E, days: m.D, cells })).toBe('A,,E,,,,,\nB,,L,,,,,\n');
  });

  it('scales an instance: k copies of every employee, k times the cover, and k copies of a roster cost k times as much', () => {
    const original = parseCurtois(
      readFileSync('/work/shared/benchmarks/curtois/Instance4.txt', 'utf8'),
    );
    const big = scaleCurtois(original, 3);
    expect(big.staff.map((p) => p.id).slice(0, 4)).toEqual(['A', 'Ax2', 'Ax3', 'B']);
    expect(big.staff).toHaveLength(original.staff.length * 3);
    expect(big.shiftOnRequests).toHaveLength(original.shiftOnRequests.length * 3);
    expect(big.cover.map((c) => c.requirement)).toEqual(
      original.cover.map((c) => c.requirement * 3),
    );
    // Any roster of the original, each row given to all three copies.
    const m = curtoisInstance(4);
    const cells = new Int16Array(m.E * m.D);
    for (let e = 0; e < m.E; e++)
      for (let d = 0; d < m.D; d++) cells[e * m.D + d] = ((e + d) % 3) - 1;
    const small = scoreRoster(m, { employees: m.E, days: m.D, cells });
    const M = compileModel(curtoisToModel(big));
    const copied = new Int16Array(M.E * M.D);
    for (let e = 0; e < M.E; e++) {
      const from = m.employeeIndex.get(M.employeeIds[e]!.replace(/x\d+$/, ''))!;
      copied.set(cells.subarray(from * m.D, (from + 1) * m.D), e * M.D);
    }
    const large = scoreRoster(M, { employees: M.E, days: M.D, cells: copied });
    expect(large.objective).toBe(small.objective * 3);
    expect(large.hardViolations).toBe(small.hardViolations * 3);
    expect(() => scaleCurtois(original, 0)).toThrow('scale must be a whole number ≥ 1, got 0');
  });
});
