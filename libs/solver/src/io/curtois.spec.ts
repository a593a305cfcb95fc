import { compileModel } from '../model/compiled-model.js';
import { curtoisToModel, CurtoisParseError, parseCurtois, writeRosterCsv } from './curtois.js';

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
});
