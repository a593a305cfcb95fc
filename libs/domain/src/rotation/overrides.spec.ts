import { type DomainError } from '../errors.js';
import { shiftInstants, type ShiftTypeDef } from '../shift/shift-type.js';
import { applyOverrides, type ShiftOverride } from './overrides.js';
import { expandRotation, type RotationDef } from './rotation.js';

const shiftTypes: ShiftTypeDef[] = [
  { id: 'E', code: 'E', startTime: '06:00', endTime: '14:00' },
  { id: 'L', code: 'L', startTime: '14:00', endTime: '22:00' },
];
const rotation: RotationDef = {
  id: 'rot',
  teamId: 't',
  zone: 'Europe/Warsaw',
  anchorDate: '2027-01-04',
  pattern: ['E', 'E', 'L', 'L', null],
  members: [
    { employeeId: 'anna', offsetDays: 0, from: '2027-01-01', to: null },
    { employeeId: 'bartek', offsetDays: 2, from: '2027-01-01', to: null },
  ],
};
const window = { from: '2027-01-04', to: '2027-01-09' };
const late = shiftInstants('2027-01-05', shiftTypes[1]!, 'Europe/Warsaw');

const overrides: ShiftOverride[] = [
  { key: 'rot:anna:2027-01-04:E', action: 'remove', source: 'manual' },
  { key: 'rot:anna:2027-01-05:E', action: 'replace', source: 'manual', shiftTypeId: 'L', ...late },
  { key: 'rot:bartek:2027-01-04:L', action: 'replace', source: 'solver', employeeId: 'celina' },
];

describe('manual and solver overrides', () => {
  it('remove or replace single occurrences and keep their keys', () => {
    const planned = expandRotation(rotation, shiftTypes, window);
    const result = applyOverrides(planned, overrides);
    expect(result.find((s) => s.key === 'rot:anna:2027-01-04:E')).toBeUndefined();
    expect(result.find((s) => s.key === 'rot:anna:2027-01-05:E')).toMatchObject({
      employeeId: 'anna',
      shiftTypeId: 'L',
      start: new Date('2027-01-05T13:00:00Z'),
      end: new Date('2027-01-05T21:00:00Z'),
      source: 'manual',
    });
    expect(result.find((s) => s.key === 'rot:bartek:2027-01-04:L')).toMatchObject({
      employeeId: 'celina',
      source: 'solver',
    });
    expect(result).toHaveLength(planned.length - 1);
  });

  it('survive re-expansion, also after the rotation gains a member', () => {
    const first = applyOverrides(expandRotation(rotation, shiftTypes, window), overrides);
    const grown: RotationDef = {
      ...rotation,
      members: [
        ...rotation.members,
        { employeeId: 'dorota', offsetDays: 4, from: '2027-01-01', to: null },
      ],
    };
    const second = applyOverrides(expandRotation(grown, shiftTypes, window), overrides);
    expect(second.filter((s) => s.employeeId !== 'dorota')).toEqual(first);
    expect(second.filter((s) => s.source !== 'rotation').map((s) => s.key)).toEqual([
      'rot:bartek:2027-01-04:L',
      'rot:anna:2027-01-05:E',
    ]);
  });

  it('leave occurrences without an override untouched, and ignore keys outside the window', () => {
    const planned = expandRotation(rotation, shiftTypes, window);
    const result = applyOverrides(planned, [
      { key: 'rot:anna:2027-02-01:E', action: 'remove', source: 'manual' },
    ]);
    expect(result).toEqual(planned);
  });

  it('refuses a replacement that moves a shift without new instants', () => {
    try {
      applyOverrides(
        [],
        [{ key: 'rot:anna:2027-01-05:E', action: 'replace', source: 'manual', shiftTypeId: 'L' }],
      );
      throw new Error('expected a DomainError');
    } catch (error) {
      expect((error as DomainError).details.errors).toEqual([
        { field: 'overrides[0].start', reason: 'a new shift type or date needs its start and end' },
      ]);
    }
  });
});
